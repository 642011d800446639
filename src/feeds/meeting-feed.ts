/**
 * What the meeting feeds say: the calendar entries (see meeting-calendar.ts)
 * and the RSS items, both from the same text, so the agenda and decisions
 * read the same in a calendar and a feed reader.
 */
import { meetingLastChanged, scheduled } from '../domain/meetings.ts';
import type { Meeting } from '../schemas/meeting.ts';
import type { I18n } from '../i18n/languages.ts';
import type { CalendarMeeting } from './meeting-calendar.ts';
import type { FeedItem } from './municipality-feed.ts';
import { emptyRecord, firstAddress } from '../domain/permanent-links.ts';
import type { AddressRecord } from '../schemas/addresses.ts';

/** A meeting with its title and body name (as `MeetingView` in the queries has them). */
export interface NamedMeeting {
  entry: { id: string; data: Meeting };
  title: string;
  bodyName: string;
}

/** The agenda and decisions as plain text, one line per item: «Sak 1: Tittel. Vedtak: …». */
export function agendaText(meeting: Meeting, { t }: Pick<I18n, 't'>): string {
  const lines = meeting.saker.map((item, index) => {
    const number = t('meeting.item', { number: String(index + 1) });
    const decision = item.vedtak ? ` ${t('meeting.decision')}: ${item.vedtak.tekst}` : '';
    return `${number}: ${item.tittel}.${decision}`;
  });
  return [meeting.statusmerknad, ...lines].filter(Boolean).join('\n');
}

/** The meetings as calendar entries with absolute links. */
export function calendarEntries(meetings: readonly NamedMeeting[], siteUrl: string, i18n: Pick<I18n, 't' | 'path'>, record: AddressRecord = emptyRecord): CalendarMeeting[] {
  return meetings.map(({ entry, title, bodyName }) => ({
    // The first name the meeting had (content/adresser.yaml): a renamed meeting keeps its calendar UID.
    id: /^\/moter\/([^/]+)\/$/.exec(firstAddress(`/moter/${entry.id}/`, record))?.[1] ?? entry.id,
    data: entry.data,
    summary: title,
    description: [bodyName, agendaText(entry.data, i18n)].filter(Boolean).join('\n'),
    url: new URL(i18n.path(`/moter/${entry.id}/`), siteUrl).href,
  }));
}

/**
 * The meetings as RSS items, newest record change first: the item is dated
 * by when its record last changed on this site (published, or a later change
 * note), so a feed reader hears about a new date or a cancellation.
 */
export function meetingFeedItems(meetings: readonly NamedMeeting[], i18n: Pick<I18n, 't' | 'formatPeriod'>): FeedItem[] {
  const { t, formatPeriod } = i18n;
  return meetings
    .map(({ entry, title, bodyName }) => ({
      title: `${title} (${t(`meeting.statuses.${entry.data.status}`).toLocaleLowerCase()})`,
      description: [`${bodyName}, ${formatPeriod(scheduled(entry.data).date)}.`, agendaText(entry.data, i18n)].join(' '),
      date: meetingLastChanged(entry.data),
      link: `/moter/${entry.id}/`,
      guid: `/moter/${entry.id}/`,
      category: t('feed.category.meeting'),
    }))
    .sort((a, b) => b.date.localeCompare(a.date) || a.link.localeCompare(b.link));
}
