/**
 * The rule that a go-live (an event of a status of type `drift`) is never
 * dated after its source's own date: a source can announce a switch-over,
 * not report one that has not happened. One home for the rule and its
 * Norwegian wording, used by `npm run check` (rules.ts) and by the tools
 * that write events (`npm run new -- hendelse`, `npm run import-events`).
 */
import { parsePeriod } from '../domain/period.ts';
import { isRecord } from '../content-model/read/read-content.ts';

/** The own date of each source an event may name, by id, as written in its file (not yet validated). */
export interface SourceDates {
  /** A registered source's `dato` (`kilder/<id>.yaml`). */
  ekstern: ReadonlyMap<string, unknown>;
  /** A document's own `dato`. */
  dokument: ReadonlyMap<string, unknown>;
  /** A news item's `publisert`. */
  nyhet: ReadonlyMap<string, unknown>;
}

/**
 * The own date of the source an event gives (`kilde`), as written: an inline
 * page's `dato`, a registered source's (`ekstern`), a document's own date
 * (`dokument`) or a news item's publication (`nyhet`). `undefined` when the
 * source has no date, or is not found (references.ts reports that).
 */
export function sourceDateOf(kilde: unknown, registered: SourceDates): string | undefined {
  const field = (key: string): unknown => (isRecord(kilde) ? kilde[key] : undefined);
  const inline = field('url') !== undefined ? field('dato') : undefined;
  const named = (['ekstern', 'dokument', 'nyhet'] as const).map((key) => {
    const id = field(key);
    return typeof id === 'string' ? registered[key].get(id) : undefined;
  });
  const date = [inline, ...named].find((d) => d !== undefined);
  return typeof date === 'string' && parsePeriod(date) ? date : undefined;
}

/** Why an event cannot be registered, in the check's two parts: what is wrong and how to fix it. */
export interface GoLiveProblem {
  what: string;
  fix: string;
}

/**
 * The problem with an event that says a go-live (`type` is its status's type)
 * happened after the date of the source it cites, or `undefined` when there
 * is none (another type, an undated source, or a date on or before the
 * source's). `planStatus` is the status to register an announced go-live as;
 * `written` shows how staff write a field with a value, by default as in a
 * content file («status: innforing-planlagt»).
 */
export function goLiveAfterSource(
  event: { status: unknown; dato: unknown; kilde: unknown },
  type: string | undefined,
  registered: SourceDates,
  planStatus: string,
  written: (field: 'status' | 'planlagt', value: string) => string = (field, value) => `«${field}: ${value}»`,
): GoLiveProblem | undefined {
  if (type !== 'drift') return undefined;
  const sourceDate = sourceDateOf(event.kilde, registered);
  if (!sourceDate || periodStartOf(event.dato) <= periodEndOf(sourceDate)) return undefined;
  const status = String(event.status);
  const dato = String(event.dato);
  return {
    what: `«${status}» er datert ${dato}, etter kilden (datert ${sourceDate}); en kilde kan ikke melde at overgangen er gjennomført før den har skjedd`,
    fix: `Registrer en planlagt innføring i stedet: en hendelse datert ${sourceDate} med ${written('status', planStatus)} og ${written('planlagt', dato)}. Legg til «${status}» når en kilde melder at overgangen er gjennomført.`,
  };
}

function periodEndOf(value: string): string {
  return parsePeriod(value)?.end ?? '9999-12-31';
}

function periodStartOf(value: unknown): string {
  return (typeof value === 'string' && parsePeriod(value)?.start) || '0000-01-01';
}
