/**
 * Meetings as the pages, feeds and data files need them: who met (the body
 * and its permanent key), when (as precise as the source, Norwegian time),
 * whether a meeting is still to come, and the order lists show them in:
 * upcoming first, soonest first; then past meetings by year, newest first.
 * Pure logic, no Astro.
 */
import { parsePeriod, periodEnd, periodStart } from './period.ts';
import type { Meeting, MeetingBody } from '../schemas/meeting.ts';

/** A meeting with its id (the file name). */
export interface MeetingItem {
  id: string;
  data: Meeting;
}

/** Names to show for the organisations and municipalities a meeting names. */
export interface BodyNames {
  organisation: ReadonlyMap<string, string>;
  municipality: ReadonlyMap<string, string>;
}

/** Who meets: a body of one organisation or municipality. */
export interface Body {
  /** Permanent key, used in addresses: `<organisation or municipality id>-<body>`, e.g. `helseplattformen-as-styre`. */
  key: string;
  /** Which body. */
  body: MeetingBody;
  /** The organisation, for a board or a company meeting. */
  organisation?: string | undefined;
  /** The municipality, for a council. */
  municipality?: string | undefined;
  /** The name of the organisation or municipality, e.g. «Helseplattformen AS», «Molde». */
  ownerName: string;
}

/** The body of a meeting; the default is a board for an organisation and the council for a municipality. */
export function meetingBody(meeting: Meeting, names: BodyNames): Body {
  const { organisasjon, kommune } = meeting.organ;
  const body: MeetingBody = meeting.organ.utvalg ?? (kommune ? 'kommunestyre' : 'styre');
  const owner = organisasjon ?? kommune ?? '';
  const ownerName = (organisasjon ? names.organisation.get(organisasjon) : kommune ? names.municipality.get(kommune) : undefined) ?? owner;
  return { key: `${owner}-${body}`, body, organisation: organisasjon, municipality: kommune, ownerName };
}

/**
 * When a meeting takes place as far as is known now: the new date of a
 * postponed meeting, else its date. `date` is a day or a month as written,
 * `time` the start time when known.
 */
export function scheduled(meeting: Meeting): { date: string; time?: string | undefined } {
  return meeting.status === 'utsatt' && meeting.nyDato
    ? { date: meeting.nyDato, time: meeting.nyTid }
    : { date: meeting.dato, time: meeting.tid };
}

/** Whether the meeting's date is only known to the month. */
export function monthOnly(date: string): boolean {
  return parsePeriod(date)?.precision === 'maned';
}

/**
 * Whether a meeting is still to come on `today` (`YYYY-MM-DD`): planned or
 * postponed, and its (new) date not yet past. A month counts as to come
 * until its last day.
 */
export function isUpcoming(meeting: Meeting, today: string): boolean {
  if (meeting.status !== 'planlagt' && meeting.status !== 'utsatt') return false;
  return periodEnd(scheduled(meeting).date) >= today;
}

/**
 * Whether a planned meeting's date has passed with no report that it was
 * held, cancelled or moved: the page says so instead of implying it was held.
 */
export function unconfirmed(meeting: Meeting, today: string): boolean {
  return (meeting.status === 'planlagt' || meeting.status === 'utsatt') && periodEnd(scheduled(meeting).date) < today;
}

/** The status a meeting has whose planned date passed unconfirmed (see `unconfirmed`): not a status staff set. */
export const UNCONFIRMED = 'ikke-bekreftet';

/**
 * The status a meeting is shown and grouped under on `today`: its own, or
 * `ikke-bekreftet` (UNCONFIRMED) when it was planned or postponed to a date
 * that has passed with no report that it was held: such a meeting is no
 * longer planned, and must not read as upcoming.
 */
export function shownStatus(meeting: Meeting, today: string): Meeting['status'] | typeof UNCONFIRMED {
  return unconfirmed(meeting, today) ? UNCONFIRMED : meeting.status;
}

/** Sort key for a meeting: its first possible day, then its start time. */
function sortKey(meeting: Meeting): string {
  const { date, time } = scheduled(meeting);
  return `${periodStart(date)}T${time ?? '00:00'}`;
}

/** Meetings grouped for a list: upcoming soonest first; past by year (newest year first), newest first. */
export interface MeetingGroups<T extends MeetingItem> {
  upcoming: T[];
  past: { year: string; meetings: T[] }[];
}

/** Groups and orders meetings for a list on `today`. Ties keep a stable order by id. */
export function groupMeetings<T extends MeetingItem>(meetings: readonly T[], today: string): MeetingGroups<T> {
  const ascending = [...meetings].sort((a, b) => sortKey(a.data).localeCompare(sortKey(b.data)) || a.id.localeCompare(b.id));
  const upcoming = ascending.filter((m) => isUpcoming(m.data, today));
  const past = ascending.filter((m) => !isUpcoming(m.data, today)).reverse();
  const years = new Map<string, T[]>();
  for (const meeting of past) {
    const year = scheduled(meeting.data).date.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), meeting]);
  }
  return { upcoming, past: [...years].map(([year, list]) => ({ year, meetings: list })) };
}

/** The year a meeting belongs to in lists and the year filter: the year of its (new) date. */
export function meetingYear(meeting: Meeting): string {
  return scheduled(meeting).date.slice(0, 4);
}

/** The anchor of an agenda item on the meeting's page: `sak-1`, `sak-2`, … in agenda order. */
export function agendaAnchor(index: number): string {
  return `sak-${index + 1}`;
}

/** The latest date a meeting's record changed: its publication, or a later dated change note. */
export function meetingLastChanged(meeting: Meeting): string {
  return [meeting.publisert, ...meeting.endringer.map((e) => e.dato)].sort().at(-1)!;
}
