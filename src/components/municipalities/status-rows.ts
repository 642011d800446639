/**
 * One row per municipality for the status table and the municipality page:
 * its status, since when, last change, phase and planned go-live on a date.
 * Pure: the pages hand in the published collections and the build date.
 */
import { formatPeriod, formatWhen } from '../../domain/format.ts';
import { numberShownOn } from '../../domain/municipality-numbers.ts';
import { activePhase, currentPhase, lastChange, statusOn, type MunicipalityHistory } from '../../domain/municipality-status.ts';
import { parsePeriod } from '../../domain/period.ts';
import { phaseState, type PhaseInfo } from '../../domain/phases.ts';
import type { Municipality } from '../../schemas/municipality.ts';
import type { StatusDefinition } from '../../schemas/settings.ts';

/** The words of a row in the page's language: the go-live text when done, with `{date}`, and the locale for dates. */
export interface RowLabels {
  done: string;
  locale: string;
}

/** Bokmål, the default. */
export const BOKMAL_ROW_LABELS: RowLabels = { done: 'Tatt i bruk {date}', locale: 'nb-NO' };

// «Tatt i bruk i april 2026», «Tatt i bruk 7. mai 2022».
const doneText = (labels: RowLabels, date: string) => labels.done.replace('{date}', formatWhen(date, labels.locale));

/** A municipality entry as the content collection gives it. */
export interface MunicipalityItem {
  /** The slug (file name). */
  id: string;
  data: Municipality;
}

/** A municipality's row on one date. */
export interface StatusRow {
  slug: string;
  navn: string;
  /** The kommunenummer valid on the date. */
  nummer: string;
  fylke: string;
  /** The status on the date; `undefined` when the municipality did not exist then. */
  status: StatusDefinition | undefined;
  /** First day of the current status, as written (a day or a month); `undefined` for the default status. */
  since: string | undefined;
  /** Date of the latest event up to the date, as written. */
  lastChange: string | undefined;
  /** The wave the municipality is in on the date; none once it has declined. */
  phase: PhaseInfo | undefined;
  /** The wave it was in before it declined, and the date it declined. */
  formerPhase?: { phase: PhaseInfo; until: string } | undefined;
  /** Its go-live: done, planned or overdue. */
  goLive: GoLive | undefined;
  /** True when its latest plan's date has passed with nothing newer registered. */
  overdue: boolean;
  /** `gyldigFra` and `gyldigTil`, when set. */
  validFrom: string | undefined;
  validTo: string | undefined;
}

/** A go-live for readers, and a key that sorts it by time. */
export interface GoLive {
  /** «30. april 2022», «høsten 2022», or «Tatt i bruk 7. mai 2022». */
  text: string;
  /** The first day it could be, `YYYY-MM-DD`, for `<time>` and sorting. */
  date?: string;
  /** The date as written (a day, a month or a season), when it is a plan. */
  planned?: string;
  /** The date as written (a day or a month), once it has happened; `text` already says «Tatt i bruk». */
  doneOn?: string;
  /** True once it has happened. */
  done: boolean;
  /** True for a plan whose period has passed with nothing newer registered. */
  overdue: boolean;
}

/** A wave's go-live on `date`: carried out, planned, planned but passed, or nothing known. */
export function goLiveOf(phase: PhaseInfo, date: string, labels: RowLabels = BOKMAL_ROW_LABELS): GoLive | undefined {
  const state = phaseState(phase, date);
  switch (state.kind) {
    case 'gjennomfort':
      return { text: doneText(labels, state.date), date: parsePeriod(state.date)!.start, doneOn: state.date, done: true, overdue: false };
    case 'planlagt':
    case 'passert':
      return { text: formatPeriod(state.plan.planlagt, labels.locale), date: state.period.start, planned: state.plan.planlagt, done: false, overdue: state.kind === 'passert' };
    default:
      return undefined;
  }
}

/** Where a history stands on a date: what a row of the status table shows, apart from the name. */
export interface RowState {
  status: StatusDefinition | undefined;
  since: string | undefined;
  lastChange: string | undefined;
  /** The wave it is in on the date; none once its latest status declines (type `nei`). */
  phase: PhaseInfo | undefined;
  /** The wave it was in before it declined, and the date it declined (`since`): history, never a plan. */
  formerPhase?: { phase: PhaseInfo; until: string } | undefined;
  goLive: GoLive | undefined;
  overdue: boolean;
}

/**
 * A status history's state on `date` (already clamped to its lifetime):
 * status, since when, last change, wave and go-live. The go-live is its own:
 * the date it went live, or what its latest plan aims at (marked overdue
 * when that has passed); failing that, its wave's. A history whose latest
 * status declines (type `nei`) is in no wave: the wave it named before is
 * `formerPhase`, with the date it declined. Pure, so the browser's
 * date choice computes exactly what the build shows.
 */
export function rowState(history: MunicipalityHistory, statuses: readonly StatusDefinition[], phases: readonly PhaseInfo[], date: string, labels: RowLabels = BOKMAL_ROW_LABELS): RowState {
  const current = statusOn(history, date, statuses[0]!.id);
  const phaseId = currentPhase(history, date);
  const status = current && statuses.find((s) => s.id === current.status);
  const named = phases.find((p) => p.id === phaseId);
  const phase = phases.find((p) => p.id === activePhase(history, statuses, date));
  const formerPhase = !phase && named && current?.since ? { phase: named, until: current.since } : undefined;
  let goLive: GoLive | undefined;
  if (status?.type === 'drift' && current?.since) {
    goLive = { text: doneText(labels, current.since), date: parsePeriod(current.since)!.start, doneOn: current.since, done: true, overdue: false };
  } else if (current?.planned && current.event?.planlagt) {
    goLive = { text: formatPeriod(current.event.planlagt, labels.locale), date: current.planned.start, planned: current.event.planlagt, done: false, overdue: current.overdue };
  } else if (phase && status?.type !== 'nei') {
    goLive = goLiveOf(phase, date, labels);
  }
  return { status, since: current?.since, lastChange: lastChange(history, date)?.dato, phase, formerPhase, goLive, overdue: current?.overdue ?? false };
}

/**
 * The municipality's row on `date`. For one that has ceased by then, the
 * state on its last day, so its page can say where it stood when it ended.
 */
export function statusRow(
  municipality: MunicipalityItem,
  statuses: readonly StatusDefinition[],
  phases: readonly PhaseInfo[],
  date: string,
  labels: RowLabels = BOKMAL_ROW_LABELS,
): StatusRow {
  const m = municipality.data;
  const asOf = m.gyldigTil !== undefined && m.gyldigTil < date ? m.gyldigTil : date;
  return {
    slug: municipality.id,
    navn: m.navn,
    nummer: numberShownOn(m, asOf),
    fylke: m.fylke,
    ...rowState(m, statuses, phases, asOf, labels),
    validFrom: m.gyldigFra,
    validTo: m.gyldigTil,
  };
}

/** The earliest event date of any municipality: where the date choice starts. */
export function firstEventDate(municipalities: readonly MunicipalityItem[]): string | undefined {
  let first: string | undefined;
  for (const m of municipalities) {
    for (const e of m.data.hendelser) {
      const start = parsePeriod(e.dato)?.start;
      if (start && (first === undefined || start < first)) first = start;
    }
  }
  return first;
}

/**
 * The earliest date the date choice offers: New Year's Day of the year of
 * the first event, so a reader can also see how things stood before the
 * first change (every municipality still at the default status).
 */
export function dateChoiceStart(firstEvent: string): string {
  return `${firstEvent.slice(0, 4)}-01-01`;
}

/** A date on which a phase went live, or was planned to, for the table of status on past dates. */
export interface GoLiveDate {
  /** ISO date. */
  date: string;
  /** The phase's name. */
  phase: string;
  /** True when the phase was carried out that day; false when it was only planned for it. */
  done: boolean;
}

/**
 * The go-live dates up to `today`, oldest first: each phase's date of going
 * live, or its planned date when that has passed without a recorded go-live.
 * Phases planned only in words («høsten 2022») have no date and are left out.
 */
export function goLiveDates(phases: readonly PhaseInfo[], today: string): GoLiveDate[] {
  return phases
    .flatMap((phase) => {
      const state = phaseState(phase, today);
      if (state.kind === 'gjennomfort') return [{ date: parsePeriod(state.date)!.start, phase: phase.navn, done: true }];
      // A plan for a day that has passed: the date it was meant for, marked not done.
      if (state.kind === 'passert' && state.period.precision === 'dag') return [{ date: state.period.start, phase: phase.navn, done: false }];
      return [];
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}
