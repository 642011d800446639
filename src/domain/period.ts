/**
 * Dates as precise as their source: a day, a month, a year, or a Norwegian
 * season («høsten 2022»). Each is a closed period of calendar days, so a
 * plan «for April 2025» can be compared with today (it is overdue from
 * 1 May 2025) and an event known only to have happened «in December 2020»
 * can be placed in a history (it counts from 31 December 2020, the first
 * day it is certain to have happened by).
 *
 * Written forms (ISO 8601 reduced precision, plus Norwegian season words as
 * plans are announced):
 * - `2022-04-30` a day
 * - `2025-04` a month
 * - `2025` a year
 * - `våren 2025` January–June, `sommeren 2025` June–August,
 *   `høsten 2022` August–December (Norwegian planning usage: «høsten» runs
 *   to the end of the year). Capitalised forms are accepted.
 */

/** How precise a period is. */
export type Precision = 'dag' | 'maned' | 'ar' | 'sesong';

/** A closed period of calendar days. */
export interface Period {
  /** The text as written, e.g. «2025-04» or «høsten 2022». */
  text: string;
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Last day, `YYYY-MM-DD`. */
  end: string;
  precision: Precision;
}

const seasons: Record<string, { from: string; to: string }> = {
  våren: { from: '01-01', to: '06-30' },
  sommeren: { from: '06-01', to: '08-31' },
  høsten: { from: '08-01', to: '12-31' },
};

/** The season words accepted in `planlagt`, for messages. */
export const seasonWords = Object.keys(seasons);

/**
 * Parses a period as written, or returns `undefined` when the text is not one
 * of the forms above or names a day that does not exist (2022-02-30).
 */
export function parsePeriod(text: string): Period | undefined {
  const value = text.trim();
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match) {
    return realDay(value) ? { text: value, start: value, end: value, precision: 'dag' } : undefined;
  }
  match = /^(\d{4})-(\d{2})$/.exec(value);
  if (match) {
    const month = Number(match[2]);
    if (month < 1 || month > 12) return undefined;
    return { text: value, start: `${value}-01`, end: `${value}-${pad(daysInMonth(Number(match[1]), month))}`, precision: 'maned' };
  }
  match = /^(\d{4})$/.exec(value);
  if (match) return { text: value, start: `${value}-01-01`, end: `${value}-12-31`, precision: 'ar' };
  match = /^(\p{L}+)\s+(\d{4})$/u.exec(value);
  if (match) {
    const season = seasons[match[1]!.toLocaleLowerCase('nb')];
    if (!season) return undefined;
    return { text: value, start: `${match[2]}-${season.from}`, end: `${match[2]}-${season.to}`, precision: 'sesong' };
  }
  return undefined;
}

/**
 * Why `text` is not a period, in Norwegian, or `undefined` when it is one.
 * `allowed` limits the precisions accepted (events: day or month).
 */
export function periodProblem(text: string, allowed: readonly Precision[]): string | undefined {
  const period = parsePeriod(text);
  const forms = formsOf(allowed);
  if (!period) {
    if (/^\d{4}-\d{2}-\d{2}$/.test(text.trim())) return `${text.trim()} finnes ikke i kalenderen; sjekk dag og måned`;
    return `«${text}» er ikke ${forms}${rewriteHint(text, allowed)}`;
  }
  if (!allowed.includes(period.precision)) return `«${text}» er ikke ${forms}`;
  return undefined;
}

/** A separator between day, month and year in a Norwegian date. */
export type DateSeparator = '.' | '/' | '-';

/** Which Norwegian forms {@link norwegianDateAsIso} reads. */
export interface NorwegianDateForms {
  /** Separators a day may be written with (the same one twice); default all: «01.12.2026», «01/12/2026», «01-12-2026». */
  separators?: readonly DateSeparator[];
  /** Whether a month alone is read («12.2026», «12/2026»); default true. */
  months?: boolean;
}

/** A Norwegian date read into the form the content uses. */
export interface NorwegianDate {
  /** `YYYY-MM-DD` for a day, `YYYY-MM` for a month. */
  iso: string;
  precision: 'dag' | 'maned';
  /** False for a day the calendar does not have (31.02.2026, 23.13.2022). */
  exists: boolean;
}

/**
 * A day or month written the Norwegian way, in the form the content uses:
 * «01.12.2026», «1.12.2026», «01/12/2026» and «01-12-2026» give `2026-12-01`;
 * «12.2026» and «12/2026» give `2026-12`. `forms` narrows what is read (the
 * status-event import reads only «dd.mm.åååå»). A day the calendar does not
 * have comes back with `exists: false`, so the caller can say so; anything
 * else (a month above 12, two-digit years like «01.12.26», whose century
 * would be a guess, ISO dates) gives `undefined`.
 *
 * The one reader of Norwegian dates: the check's hint (`rewriteHint`, «skriv
 * 2026-12-01») and the import's `parseNorwegianDate`
 * (src/publishing/status-events.ts, spreadsheets and `npm run new`) use it.
 */
export function norwegianDateAsIso(text: string, forms: NorwegianDateForms = {}): NorwegianDate | undefined {
  const value = text.trim();
  const separators = (forms.separators ?? ['.', '/', '-']).map((separator) => `\\${separator}`).join('');
  const day = separators ? new RegExp(`^(\\d{1,2})([${separators}])(\\d{1,2})\\2(\\d{4})$`).exec(value) : null;
  if (day) {
    const iso = `${day[4]}-${day[3]!.padStart(2, '0')}-${day[1]!.padStart(2, '0')}`;
    return { iso, precision: 'dag', exists: realDay(iso) };
  }
  const month = forms.months === false ? null : /^(\d{1,2})[./](\d{4})$/.exec(value);
  if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12) return { iso: `${month[2]}-${month[1]!.padStart(2, '0')}`, precision: 'maned', exists: true };
  return undefined;
}

/**
 * The fix for a date written the Norwegian way, computed from it
 * («; skriv 2026-12-01»), or '' when the text is not one or its precision
 * is not allowed here.
 */
export function rewriteHint(text: string, allowed: readonly Precision[]): string {
  const rewritten = norwegianDateAsIso(text) ?? unpaddedIsoDate(text);
  if (!rewritten?.exists || !allowed.includes(rewritten.precision)) return '';
  return `; skriv ${rewritten.iso} (${rewritten.precision === 'dag' ? 'år-måned-dag' : 'år-måned'})`;
}

/** «2023-6-29» or «2023-6» (year first, a day or month without its leading zero) in full: «2023-06-29», «2023-06». */
function unpaddedIsoDate(text: string): NorwegianDate | undefined {
  const value = text.trim();
  const day = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (day) {
    const iso = `${day[1]}-${day[2]!.padStart(2, '0')}-${day[3]!.padStart(2, '0')}`;
    return { iso, precision: 'dag', exists: realDay(iso) };
  }
  const month = /^(\d{4})-(\d)$/.exec(value);
  if (month && month[2] !== '0') return { iso: `${month[1]}-0${month[2]}`, precision: 'maned', exists: true };
  return undefined;
}

function formsOf(allowed: readonly Precision[]): string {
  const forms: string[] = [];
  if (allowed.includes('dag')) forms.push('en dato (2022-11-12)');
  if (allowed.includes('maned')) forms.push('en måned (2022-11)');
  if (allowed.includes('ar')) forms.push('et år (2025)');
  if (allowed.includes('sesong')) forms.push('en årstid («våren 2025», «sommeren 2025» eller «høsten 2025»)');
  return forms.length === 1 ? forms[0]! : `${forms.slice(0, -1).join(', ')} eller ${forms.at(-1)}`;
}

/**
 * The day from which a dated event counts as having happened: the day
 * itself, or the last day of a month or longer period (only then is it
 * certain to have happened). Throws on text that is not a period; the
 * schemas have refused such text before any caller sees it.
 */
export function effectiveDate(text: string): string {
  const period = parsePeriod(text);
  if (!period) throw new Error(`Not a period: ${text}`);
  return period.end;
}

/** The last day of a period as written (see {@link effectiveDate}). */
export const periodEnd = effectiveDate;

/** The first day of a period as written; throws on text that is not one. */
export function periodStart(text: string): string {
  const period = parsePeriod(text);
  if (!period) throw new Error(`Not a period: ${text}`);
  return period.start;
}

/** Whether `text` names a real calendar day `YYYY-MM-DD`. */
function realDay(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Why a string is not a real `YYYY-MM-DD` date, or `undefined` when it is one. */
export function dateProblem(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const hint = rewriteHint(value, ['dag']);
    return hint ? `«${value}» er ikke en dato på formen ÅÅÅÅ-MM-DD${hint}` : `«${value}» er ikke en dato på formen ÅÅÅÅ-MM-DD (for eksempel 2022-02-23)`;
  }
  return periodProblem(value, ['dag']);
}
