/**
 * Meetings as an iCalendar file (RFC 5545), made with ical-generator: one
 * VEVENT per meeting whose day is known, in Norwegian time (TZID
 * Europe/Oslo, with its VTIMEZONE from timezones-ical-library).
 *
 * - UID: `<meeting id>@<site host>`, the same in every feed and build, so a
 *   calendar that subscribed updates the event instead of adding a copy.
 * - SEQUENCE: the number of dated change notes, so a moved or cancelled
 *   meeting outranks the version a calendar has.
 * - DTSTAMP: the day the meeting's record last changed (not the build time),
 *   so an unchanged meeting gives the same bytes in every build.
 * - STATUS: CANCELLED for a cancelled meeting; TENTATIVE for a planned
 *   meeting whose day has passed with no source that it was held (the site's
 *   «Dato passert, ikke bekreftet avholdt»); else CONFIRMED. A postponed meeting
 *   is at its new date.
 * - Every content line ends with CRLF, the last (END:VCALENDAR) too
 *   (RFC 5545, 3.1); ical-generator leaves the last one bare.
 * - A meeting with a start time has DTSTART (and DTEND when the end is
 *   known); one without is an all-day event. A meeting known only by its
 *   month is left out: a calendar needs a day.
 */
import { ICalCalendar, ICalEventStatus } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { meetingLastChanged, monthOnly, scheduled, unconfirmed } from '../domain/meetings.ts';
import type { Meeting } from '../schemas/meeting.ts';

/** The time zone of every meeting time. */
export const MEETING_TIME_ZONE = 'Europe/Oslo';

/** One meeting as the calendar shows it. */
export interface CalendarMeeting {
  id: string;
  data: Meeting;
  /** The event's title, e.g. «Styremøte i Helseplattformen AS». */
  summary: string;
  /** Plain text: the agenda and decisions. */
  description: string;
  /** Absolute address of the meeting's page. */
  url: string;
}

/** What the calendar is. */
export interface CalendarOptions {
  /** The calendar's name (X-WR-CALNAME), e.g. «Møter – Helseplattformen». */
  name: string;
  /** The site's base address; its host makes the UIDs unique. */
  siteUrl: string;
  /** Product identifier company and product (PRODID). */
  product: { company: string; product: string };
  /** The build date, `YYYY-MM-DD`: a planned meeting before it is unconfirmed. */
  today: string;
}

/** The meetings a calendar can hold: those whose (new) day is known. */
export function calendarMeetings<T extends { data: Meeting }>(meetings: readonly T[]): T[] {
  return meetings.filter((m) => !monthOnly(scheduled(m.data).date));
}

/** How many of the meetings a calendar leaves out because only their month is known. */
export function monthOnlyCount(meetings: readonly { data: Meeting }[]): number {
  return meetings.length - calendarMeetings(meetings).length;
}

/** The event status: CANCELLED, TENTATIVE when planned but not confirmed held, else CONFIRMED. */
function eventStatus(data: Meeting, today: string): ICalEventStatus {
  if (data.status === 'avlyst') return ICalEventStatus.CANCELLED;
  return unconfirmed(data, today) ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED;
}

/**
 * The VTIMEZONE block for a zone, under the zone's own name. The library
 * follows the time zone database, where Europe/Oslo has been a link to
 * Europe/Berlin (the same rules since 1980) and answers with Berlin's block;
 * the events say Europe/Oslo, so the block must carry that TZID.
 */
function vtimezone(zone: string): string | null {
  const block = tzlib_get_ical_block(zone)[0];
  if (!block) return null;
  return block.replace(/^(TZID|X-LIC-LOCATION):.*$/gm, `$1:${zone}`);
}

/** The iCalendar text (CRLF line ends, folded at 75 octets) for the meetings. */
export function meetingCalendar(meetings: readonly CalendarMeeting[], options: CalendarOptions): string {
  const host = new URL(options.siteUrl).host;
  const calendar = new ICalCalendar({
    name: options.name,
    prodId: { company: options.product.company, product: options.product.product, language: 'NO' },
    timezone: { name: MEETING_TIME_ZONE, generator: vtimezone },
  });
  const stamps: string[] = [];
  for (const meeting of calendarMeetings(meetings)) {
    const { data } = meeting;
    const { date, time } = scheduled(data);
    // Wall-clock text without a zone: ical-generator writes the local fields
    // of the Date it makes from it, which are these digits on any machine.
    const allDay = time === undefined;
    const end = !allDay && data.slutt && data.status !== 'utsatt' ? `${date}T${data.slutt}:00` : undefined;
    stamps.push(`${meetingLastChanged(data).replaceAll('-', '')}T000000Z`);
    calendar.createEvent({
      id: `${meeting.id}@${host}`,
      sequence: data.endringer.length,
      stamp: new Date(`${meetingLastChanged(data)}T00:00:00Z`),
      start: `${date}T${time ?? '00:00'}:00`,
      end: end ?? null,
      allDay,
      timezone: MEETING_TIME_ZONE,
      summary: meeting.summary,
      description: meeting.description,
      location: data.sted ?? null,
      url: meeting.url,
      status: eventStatus(data, options.today),
    });
  }
  // ical-generator writes DTSTAMP in the calendar's time zone without «Z»,
  // but RFC 5545 (3.8.7.2) requires UTC there: write each event's own stamp.
  let next = 0;
  const text = calendar.toString().replace(/^DTSTAMP:[^\r\n]*/gm, () => `DTSTAMP:${stamps[next++]}`);
  return text.endsWith('\r\n') ? text : `${text.replace(/[\r\n]*$/, '')}\r\n`;
}
