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
 *   An event known only by its month (`2020-12`) counts from the month's
 *   last day, the first day it is certain to have happened by.
 * - Of several events on the same date, the one listed later in the file wins
 *   (the sort is stable), so staff can record two steps taken on one day in
 *   the order they happened.
 * - With no event up to the date, the status is the vocabulary's first entry
 *   (`statuser[0]` in the settings, e.g. `ikke-registrert`).
 * - A plan (an event with `planlagt`) whose planned period has ended by the
 *   date, with no later event, is *overdue*: «the planned date has passed;
 *   no newer information registered». It is never shown as current.
 */
import type { StatusEvent } from '../schemas/event.ts';
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

const sorted = new WeakMap<readonly StatusEvent[], StatusEvent[]>();

/**
 * The municipality's events, oldest first; events on the same date keep their
 * order in the file. The result is cached per events array: do not mutate it.
 */
export function eventsInOrder(municipality: MunicipalityHistory): readonly StatusEvent[] {
  const events = municipality.hendelser;
  let ordered = sorted.get(events);
  if (!ordered) {
    // Array.prototype.sort is stable, which is what makes "later in the file wins" hold.
    const keyed = events.map((event) => ({ event, key: effectiveDate(event.dato) }));
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

/** The events dated on or before `date`, oldest first. */
function eventsUpTo(municipality: MunicipalityHistory, date: string): readonly StatusEvent[] {
  const events = eventsInOrder(municipality);
  let end = events.length;
  while (end > 0 && effectiveDate(events[end - 1]!.dato) > date) end--;
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
 * The latest event on or before `date` (status change, phase or note), for
 * «sist endret». `undefined` before any event, or when the municipality does
 * not exist on the date.
 */
export function lastChange(municipality: MunicipalityHistory, date: string): StatusEvent | undefined {
  if (!existsOn(municipality, date)) return undefined;
  return eventsUpTo(municipality, date).at(-1);
}
