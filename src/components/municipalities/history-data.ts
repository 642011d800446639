/**
 * The status history the date choice needs in the browser, packed small:
 * status and phase ids become indexes, and each event keeps only its date,
 * status, phase and planned date; the waves keep only their plan history. `unpackHistories` restores the shape the domain's
 * `statusOn` reads, so the browser and the build share one implementation.
 */
import type { MunicipalityHistory } from '../../domain/municipality-status.ts';
import type { PhaseInfo } from '../../domain/phases.ts';
import type { StatusEvent } from '../../schemas/municipality.ts';

/** One packed event: date as written, status index, phase index (or -1 for none), and what a plan aims at ('' for none). */
type PackedEvent = [date: string, status: number, phase: number, planned: string];

/** The packed histories, as embedded in the page's JSON. */
export interface PackedHistories {
  /** Status ids, vocabulary order; the first is the status before any event. */
  s: string[];
  /** Status names, same order. */
  n: string[];
  /** Phase ids. */
  f: string[];
  /** By municipality slug: `gyldigFra` (or ''), `gyldigTil` (or ''), events. */
  m: Record<string, [from: string, to: string, events: PackedEvent[]]>;
}

/** A municipality as {@link packHistories} reads it. */
export interface HistoryItem {
  id: string;
  data: MunicipalityHistory;
}

/** Packs the municipalities' histories for the page. Throws on a status or phase id it was not given. */
export function packHistories(
  municipalities: readonly HistoryItem[],
  statuses: readonly { id: string; navn: string; type?: string }[],
  phaseIds: readonly string[],
): PackedHistories {
  const statusIndex = new Map(statuses.map((s, i) => [s.id, i]));
  const phaseIndex = new Map(phaseIds.map((id, i) => [id, i]));
  const m: PackedHistories['m'] = {};
  for (const { id, data } of municipalities) {
    const events = data.hendelser.map((event): PackedEvent => {
      const status = statusIndex.get(event.status);
      const phase = event.fase === undefined ? -1 : phaseIndex.get(event.fase);
      if (status === undefined) throw new Error(`${id}: status "${event.status}" is not among the settings' statuser.`);
      if (phase === undefined) throw new Error(`${id}: phase "${event.fase}" is not among the phases.`);
      return [event.dato, status, phase, event.planlagt ?? ''];
    });
    m[id] = [data.gyldigFra ?? '', data.gyldigTil ?? '', events];
  }
  return { s: statuses.map((s) => s.id), n: statuses.map((s) => s.navn), f: [...phaseIds], m };
}

// The browser never shows sources; statusOn only needs the event to carry one.
const NO_SOURCE = { url: '' } as StatusEvent['kilde'];

/** Unpacks {@link packHistories}' result into histories `statusOn` and friends accept, by slug. */
export function unpackHistories(packed: PackedHistories): Map<string, MunicipalityHistory> {
  const histories = new Map<string, MunicipalityHistory>();
  for (const [slug, [from, to, events]] of Object.entries(packed.m)) {
    histories.set(slug, {
      gyldigFra: from || undefined,
      gyldigTil: to || undefined,
      hendelser: events.map(([dato, status, phase, planned]) => ({
        dato,
        status: packed.s[status]!,
        ...(phase >= 0 ? { fase: packed.f[phase]! } : {}),
        ...(planned ? { planlagt: planned } : {}),
        kilde: NO_SOURCE,
      })),
    });
  }
  return histories;
}

/** A wave packed for the browser: name, number, plans as [decided, aims at], go-live date ('' if none). */
export type PackedPhase = [name: string, nummer: number, plans: [string, string][], done: string];

/** Packs the waves' plan histories (without sources) for the page. */
export function packPhases(phases: readonly PhaseInfo[]): Record<string, PackedPhase> {
  return Object.fromEntries(phases.map((p) => [p.id, [p.navn, p.nummer, p.planer.map((plan) => [plan.dato, plan.planlagt]), p.gjennomfort?.dato ?? '']]));
}

/** Unpacks {@link packPhases}' result into waves the domain's functions accept, in the packed order. */
export function unpackPhases(packed: Record<string, PackedPhase>): PhaseInfo[] {
  return Object.entries(packed).map(([id, [navn, nummer, plans, done]]) => ({
    id,
    navn,
    nummer,
    planer: plans.map(([dato, planlagt]) => ({ dato, planlagt, kilde: NO_SOURCE })),
    gjennomfort: done ? { dato: done, kilde: NO_SOURCE } : undefined,
  }));
}
