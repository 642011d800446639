/**
 * The rules that keep dates from saying more than the sources did, with
 * their Norwegian wording, in one home used by `npm run check` (rules.ts)
 * and by the tools that write content (`npm run new`, `npm run import-events`):
 * - a go-live (a status event of a status of type `drift`, a wave's
 *   `gjennomfort`, a total of a `drift` status) is never dated after its
 *   source's own date, after the day it was registered, or after today: a
 *   source can announce a switch-over, not report one that has not happened;
 * - a source is never dated after today;
 * - a plan never aims at a month before the one it was announced in.
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

/** Why something cannot be registered, in the check's two parts: what is wrong and how to fix it. */
export interface GoLiveProblem {
  what: string;
  fix: string;
}

/** A go-live as the rule reads it, every value as written (not yet validated). */
export interface GoLiveRecord {
  /** The day or month it is dated. */
  dato: unknown;
  /** Its source (`kilde`). */
  kilde: unknown;
  /** The day it was entered on the site, for the kinds that record it (a status event's `registrert`). */
  registrert?: unknown;
}

/** The first date a go-live may not come after and it does: its source's own date, the day it was registered, or today. */
export type GoLiveLimit = { by: 'kilde' | 'registrert' | 'idag'; date: string };

/**
 * The limit a go-live's date breaks, or `undefined` when it breaks none (or
 * is not a valid date, which the schema reports). A go-live counts from the
 * first day of its date (a month from its first day), a source's date to its
 * last day: the same day is allowed.
 */
export function goLiveLimit(record: GoLiveRecord, registered: SourceDates, today: string): GoLiveLimit | undefined {
  if (typeof record.dato !== 'string' || !parsePeriod(record.dato)) return undefined;
  const start = periodStartOf(record.dato);
  const sourceDate = sourceDateOf(record.kilde, registered);
  if (sourceDate && start > periodEndOf(sourceDate)) return { by: 'kilde', date: sourceDate };
  const registrert = typeof record.registrert === 'string' && parsePeriod(record.registrert)?.precision === 'dag' ? record.registrert : undefined;
  if (registrert && start > registrert) return { by: 'registrert', date: registrert };
  if (start > today) return { by: 'idag', date: today };
  return undefined;
}

/** What a go-live is, for its wording: a status event, a wave's `gjennomfort`, or a total (`tall/`). */
export type GoLiveSubject =
  | {
      kind: 'hendelse';
      /** The event's status. */
      status: string;
      /** The status to register an announced go-live as (the settings' status of type `plan`). */
      planStatus: string;
      /** How staff write a field with a value; by default as in a content file («status: innforing-planlagt»). */
      written?: (field: 'status' | 'planlagt', value: string) => string;
    }
  | { kind: 'fase' }
  | { kind: 'tall'; status: string };

const NOT_YET = 'en innføring kan bare registreres som gjennomført når den har skjedd';

/**
 * The problem with a go-live dated after its source's own date, after the
 * day it was registered, or after today (see {@link goLiveLimit}), worded for
 * what it is; `undefined` when there is none. `type` is the type of its
 * status: only a status of type `drift` is a go-live (a wave's
 * `gjennomfort` always is).
 */
export function goLiveProblem(
  record: GoLiveRecord,
  type: string | undefined,
  subject: GoLiveSubject,
  registered: SourceDates,
  today: string,
): GoLiveProblem | undefined {
  if (type !== 'drift') return undefined;
  const limit = goLiveLimit(record, registered, today);
  if (!limit) return undefined;
  const dato = String(record.dato);
  const after =
    limit.by === 'kilde'
      ? `etter kilden (datert ${limit.date}); en kilde kan ikke melde at overgangen er gjennomført før den har skjedd`
      : limit.by === 'registrert'
        ? `etter dagen den ble registrert (registrert: ${limit.date}); ${NOT_YET}`
        : `fram i tid (i dag er ${limit.date}); ${NOT_YET}`;
  if (subject.kind === 'hendelse') {
    const written = subject.written ?? ((field, value) => `«${field}: ${value}»`);
    const { status } = subject;
    return {
      what: `«${status}» er datert ${dato}, ${after}`,
      fix:
        (limit.by === 'kilde'
          ? `Registrer en planlagt innføring i stedet: en hendelse datert ${limit.date} med ${written('status', subject.planStatus)} og ${written('planlagt', dato)}. `
          : `Registrer en planlagt innføring i stedet: en hendelse med ${written('status', subject.planStatus)} og ${written('planlagt', dato)}, datert den dagen planen ble kjent. `) +
        `Legg til «${status}» når en kilde melder at overgangen er gjennomført${limit.by === 'kilde' ? '' : ', eller rett datoen hvis den er feil'}.`,
    };
  }
  if (subject.kind === 'fase') {
    return {
      what: `fasen er meldt gjennomført ${dato}, ${after}`,
      fix:
        `Fjern «gjennomfort» og legg planen til under «planer» i stedet (dato: den dagen planen ble kjent, planlagt: ${dato}, kilde). ` +
        `Legg til «gjennomfort» når en kilde melder at overgangen er gjennomført${limit.by === 'kilde' ? '' : ', eller rett datoen hvis den er feil'}.`,
    };
  }
  return {
    what: `tallet for «${subject.status}» gjelder ${dato}, ${after}`,
    fix:
      limit.by === 'kilde'
        ? `Skriv datoen kilden oppgir tallet for (senest ${limit.date}), eller vent med tallet til en kilde melder det. En planlagt innføring hører hjemme som plan i en fase.`
        : 'Rett datoen hvis den er feil, eller vent med tallet til innføringene har skjedd og en kilde melder det. En planlagt innføring hører hjemme som plan i en fase.',
  };
}

/**
 * The problem with a source dated after today (`dato` of a registered source
 * or of a page named in place), or `undefined`. A month or a year counts
 * from its first day, so the current month is allowed.
 */
export function sourceDateProblem(dato: unknown, today: string): GoLiveProblem | undefined {
  if (typeof dato !== 'string' || !parsePeriod(dato) || periodStartOf(dato) <= today) return undefined;
  return {
    what: `kilden er datert ${dato}, fram i tid (i dag er ${today}); en kilde kan ikke være publisert senere enn i dag`,
    fix: 'Skriv datoen kilden ble publisert, slik siden eller dokumentet viser den. Er datoen noe kilden sier vil skje, hører den hjemme i «planlagt» på hendelsen eller planen, ikke i kildens dato.',
  };
}

/**
 * The problem with a plan that aims at a time wholly before the month it was
 * announced in (`dato`), a plan already past on the day it was made, or
 * `undefined`. `written` shows a field with its value, as staff write it;
 * `kind` says where a go-live belongs instead: a status event
 * (`hendelse`, the default) or a wave's `gjennomfort` (`fase`).
 */
export function planBeforeEventProblem(
  event: { dato: unknown; planlagt: unknown },
  {
    written = (field, value) => `«${field}: ${value}»`,
    kind = 'hendelse',
  }: { written?: (field: 'dato' | 'planlagt', value: string) => string; kind?: 'hendelse' | 'fase' } = {},
): GoLiveProblem | undefined {
  const { dato, planlagt } = event;
  if (typeof dato !== 'string' || typeof planlagt !== 'string') return undefined;
  const announced = parsePeriod(dato);
  const planned = parsePeriod(planlagt);
  if (!announced || !planned) return undefined;
  const month = `${announced.start.slice(0, 7)}-01`;
  if (planned.end >= month) return undefined;
  const instead = kind === 'fase' ? 'før den opp under «gjennomfort» i stedet' : 'registrer den med en status for gjennomført innføring i stedet';
  return {
    what: `planen sikter mot ${planlagt}, før måneden den ble kjent (${written('dato', dato)}); en plan kan ikke allerede være passert den dagen den ble meldt`,
    fix: `Sjekk de to datoene: ${written('dato', dato)} er dagen kilden meldte planen, ${written('planlagt', planlagt)} er når innføringen skal skje. Har innføringen skjedd, ${instead}.`,
  };
}

function periodEndOf(value: string): string {
  return parsePeriod(value)?.end ?? '9999-12-31';
}

function periodStartOf(value: unknown): string {
  return (typeof value === 'string' && parsePeriod(value)?.start) || '0000-01-01';
}
