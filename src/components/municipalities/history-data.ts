/**
 * The status history the date choice needs in the browser, packed small:
 * status and phase ids become indexes, and each event keeps only its date,
 * status and phase. `unpackHistories` restores the shape the domain's
 * `statusOn` reads, so the browser and the build share one implementation.
 */
import type { MunicipalityHistory } from '../../domain/municipality-status.ts';
import type { StatusEvent } from '../../schemas/municipality.ts';

/** One packed event: date, status index, and phase index (or -1 for none). */
type PackedEvent = [date: string, status: number, phase: number];

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
  statuses: readonly { id: string; navn: string }[],
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
      return [event.dato, status, phase];
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
      hendelser: events.map(([dato, status, phase]) => ({
        dato,
        status: packed.s[status]!,
        ...(phase >= 0 ? { fase: packed.f[phase]! } : {}),
        kilde: NO_SOURCE,
      })),
    });
  }
  return histories;
}
