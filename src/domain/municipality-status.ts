/**
 * The status of a municipality (or a health trust or hospital) on any date,
 * derived from its dated events.
 *
 * Rules, in the order they apply:
 * - Outside its lifetime (before `gyldigFra`, after `gyldigTil`, both days
 *   included in the lifetime) a municipality does not exist, and every
 *   function here returns `undefined` for that date.
 * - Events are taken in date order; events dated after the asked date are
 *   ignored, so the status on the build date never shows a future event.
 *   Every ordering and cut-off uses one date per event, {@link eventCountsFrom}:
 *   an event known only by its month (`2020-12`) counts from the month's
 *   last day, the first day it is certain to have happened by; but a plan
 *   announced in the same month as the day it plans for (`dato: 2024-04`,
 *   `planlagt: 2024-04-27`) counts from the day before that planned day, so
 *   it never sorts after what happened on the planned day itself.
 * - Of several events counting from the same day, the one listed later in the file wins
 *   (the sort is stable), so staff can record two steps taken on one day in
 *   the order they happened.
 * - With no event up to the date, the status is the vocabulary's first entry
 *   (`statuser[0]` in the settings, e.g. `ikke-registrert`).
 * - A plan (an event with `planlagt`) whose planned period has ended by the
 *   date, with no later event, is *overdue*: «the planned date has passed;
 *   no newer information registered». It is never shown as current.
 */
import type { StatusEvent } from '../schemas/event.ts';
import type { StatusDefinition } from '../schemas/settings.ts';
import { effectiveDate, parsePeriod, type Period } from './period.ts';

/** The parts of a municipality (or organisation) its status depends on. */
export interface MunicipalityHistory {
  gyldigFra?: string | undefined;
  gyldigTil?: string | undefined;
  hendelser: readonly StatusEvent[];
}

/** A municipality's status on one date. */
export interface StatusOnDate {
  /** Status id from the settings' `statuser`. */
  status: string;
  /**
   * First day of the current unbroken run of this status: the date of the
   * earliest event in the latest row of events that all set this status.
   * `undefined` while the status is the default one, set by no event.
   */
  since: string | undefined;
  /** The latest event up to the date (its source and note explain the status); `undefined` before any event. */
  event: StatusEvent | undefined;
  /** What the latest event plans for, when it is a plan. */
  planned: Period | undefined;
  /** True when that plan's period ended before the date and nothing newer is registered. */
  overdue: boolean;
}

/**
 * The day from which an event counts as having happened, for ordering a
 * history and for cutting it off at a date. Normally the last day of its
 * `dato` ({@link effectiveDate}: the day itself, or a month's last day).
 * When the event is a plan announced within the same imprecise period as
 * the start of what it plans for (start of `dato` < start of `planlagt` <=
 * end of `dato`), it counts from the day before the planned start instead:
 * it was certainly known by then, and so it sorts before an event on the
 * planned day (a go-live on 27 April 2024 follows the plan «for 27 April
 * 2024» announced in «April 2024»).
 */
export function eventCountsFrom(event: Pick<StatusEvent, 'dato' | 'planlagt'>): string {
  const end = effectiveDate(event.dato);
  if (event.planlagt === undefined) return end;
  const announced = parsePeriod(event.dato);
  const plan = parsePeriod(event.planlagt);
  if (announced && plan && announced.start < plan.start && plan.start <= announced.end) return dayBefore(plan.start);
  return end;
}

const sorted = new WeakMap<readonly StatusEvent[], StatusEvent[]>();

/**
 * The municipality's events, oldest first by {@link eventCountsFrom}; events
 * counting from the same day keep their order in the file. The result is cached per events array: do not mutate it.
 */
export function eventsInOrder(municipality: MunicipalityHistory): readonly StatusEvent[] {
  const events = municipality.hendelser;
  let ordered = sorted.get(events);
  if (!ordered) {
    // Array.prototype.sort is stable, which is what makes "later in the file wins" hold.
    const keyed = events.map((event) => ({ event, key: eventCountsFrom(event) }));
    keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    ordered = keyed.map((k) => k.event);
    sorted.set(events, ordered);
  }
  return ordered;
}

/** Whether the municipality exists on `date`: on or after `gyldigFra` and on or before `gyldigTil`. */
export function existsOn(municipality: MunicipalityHistory, date: string): boolean {
  const { gyldigFra, gyldigTil } = municipality;
  return (gyldigFra === undefined || date >= gyldigFra) && (gyldigTil === undefined || date <= gyldigTil);
}

/**
 * The events that count by `date` ({@link eventCountsFrom}), oldest first.
 * They are a prefix of {@link eventsInOrder}, which sorts by the same day.
 */
function eventsUpTo(municipality: MunicipalityHistory, date: string): readonly StatusEvent[] {
  const events = eventsInOrder(municipality);
  let end = events.length;
  while (end > 0 && eventCountsFrom(events[end - 1]!) > date) end--;
  return end === events.length ? events : events.slice(0, end);
}

/**
 * The municipality's status on `date`, or `undefined` when it does not exist
 * on that date. `defaultStatus` is the status before any event: the first id
 * in the settings' `statuser`.
 */
export function statusOn(
  municipality: MunicipalityHistory,
  date: string,
  defaultStatus: string,
): StatusOnDate | undefined {
  if (!existsOn(municipality, date)) return undefined;
  const events = eventsUpTo(municipality, date);
  const event = events.at(-1);
  if (!event) return { status: defaultStatus, since: undefined, event: undefined, planned: undefined, overdue: false };
  let first = events.length - 1;
  while (first > 0 && events[first - 1]!.status === event.status) first--;
  const planned = event.planlagt === undefined ? undefined : parsePeriod(event.planlagt);
  return { status: event.status, since: events[first]!.dato, event, planned, overdue: planned !== undefined && planned.end < date };
}

/**
 * Id of the rollout phase the municipality belongs to on `date`: the `fase`
 * of the latest event up to the date that names one. `undefined` when no event
 * so far names a phase, or when the municipality does not exist on the date.
 */
export function currentPhase(municipality: MunicipalityHistory, date: string): string | undefined {
  if (!existsOn(municipality, date)) return undefined;
  return eventsUpTo(municipality, date).findLast((event) => event.fase !== undefined)?.fase;
}

/**
 * The wave a municipality, health trust or hospital takes part in on `date`:
 * its {@link currentPhase}, unless its status on the date declines (a status
 * of type `nei` in the settings' `statuser`, e.g. «Takket nei»). A wave named
 * before it declined is history, never a current membership. `statuses` are
 * the settings' statuses, the first being the status before any event.
 */
export function activePhase(history: MunicipalityHistory, statuses: readonly Pick<StatusDefinition, 'id' | 'type'>[], date: string): string | undefined {
  const phaseId = currentPhase(history, date);
  if (phaseId === undefined) return undefined;
  const current = statusOn(history, date, statuses[0]!.id);
  return statuses.find((s) => s.id === current?.status)?.type === 'nei' ? undefined : phaseId;
}

/**
 * The latest event on or before `date` (status change, phase or note), for
 * «sist endret». `undefined` before any event, or when the municipality does
 * not exist on the date.
 */
export function lastChange(municipality: MunicipalityHistory, date: string): StatusEvent | undefined {
  if (!existsOn(municipality, date)) return undefined;
  return eventsUpTo(municipality, date).at(-1);
}

/** The calendar day before `date` (`YYYY-MM-DD`). */
function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
