/**
 * One row per municipality for the status table and the municipality page:
 * its status, since when, last change, phase and planned go-live on a date.
 * Pure: the pages hand in the published collections and the build date.
 */
import { formatDate } from '../../domain/format.ts';
import { currentPhase, lastChange, statusOn } from '../../domain/municipality-status.ts';
import type { PhaseInfo } from '../../domain/phases.ts';
import type { Municipality } from '../../schemas/municipality.ts';
import type { StatusDefinition } from '../../schemas/settings.ts';

/** A municipality entry as the content collection gives it. */
export interface MunicipalityItem {
  /** The slug (file name). */
  id: string;
  data: Municipality;
}

/** A phase's go-live for readers, and a key that sorts it by time. */
export interface GoLive {
  /** «30. april 2022», «høsten 2022», or «Tatt i bruk 4. juni 2022». */
  text: string;
  /** ISO date when known, for `<time>` and sorting. */
  date?: string;
  /** True once the phase has been carried out (`gjennomfort`). */
  done: boolean;
}

/** A municipality's row on one date. */
export interface StatusRow {
  slug: string;
  navn: string;
  nummer: string;
  fylke: string;
  /** The status on the date; `undefined` when the municipality did not exist then. */
  status: StatusDefinition | undefined;
  /** First day of the current status; `undefined` for the default status. */
  since: string | undefined;
  /** Date of the latest event up to the date. */
  lastChange: string | undefined;
  /** The phase the municipality is in on the date. */
  phase: PhaseInfo | undefined;
  /** Its phase's go-live. */
  goLive: GoLive | undefined;
  /** `gyldigFra` and `gyldigTil`, when set. */
  validFrom: string | undefined;
  validTo: string | undefined;
}

/** A phase's go-live: carried out, planned on a date, planned in words, or nothing known. */
export function goLiveOf(phase: PhaseInfo): GoLive | undefined {
  if (phase.gjennomfort) return { text: `Tatt i bruk ${formatDate(phase.gjennomfort)}`, date: phase.gjennomfort, done: true };
  if (phase.planlagt) return { text: formatDate(phase.planlagt), date: phase.planlagt, done: false };
  if (phase.planlagtTekst) return { text: phase.planlagtTekst, done: false };
  return undefined;
}

/**
 * The municipality's status on `date`. For one that has ceased by then, the
 * status on its last day, so its page can say where it stood when it ended.
 */
export function statusRow(
  municipality: MunicipalityItem,
  statuses: readonly StatusDefinition[],
  phases: readonly PhaseInfo[],
  date: string,
): StatusRow {
  const m = municipality.data;
  const asOf = m.gyldigTil !== undefined && m.gyldigTil < date ? m.gyldigTil : date;
  const current = statusOn(m, asOf, statuses[0]!.id);
  const phaseId = currentPhase(m, asOf);
  const phase = phases.find((p) => p.id === phaseId);
  return {
    slug: municipality.id,
    navn: m.navn,
    nummer: m.nummer,
    fylke: m.fylke,
    status: current && statuses.find((s) => s.id === current.status),
    since: current?.since,
    lastChange: lastChange(m, asOf)?.dato,
    phase,
    goLive: phase && goLiveOf(phase),
    validFrom: m.gyldigFra,
    validTo: m.gyldigTil,
  };
}

/** The earliest event date of any municipality: where the date choice starts. */
export function firstEventDate(municipalities: readonly MunicipalityItem[]): string | undefined {
  let first: string | undefined;
  for (const m of municipalities) for (const e of m.data.hendelser) if (first === undefined || e.dato < first) first = e.dato;
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
      const goLive = goLiveOf(phase);
      return goLive?.date && goLive.date <= today ? [{ date: goLive.date, phase: phase.navn, done: goLive.done }] : [];
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}
