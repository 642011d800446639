/**
 * Norwegian formatting of dates, numbers, names and plurals, all through
 * `Intl` so that the rules come from the platform, not from us. Every
 * function takes the locale of the page (`Astro.locals.i18n.locale`, e.g.
 * `nn-NO`); bokmål (`nb-NO`) when none is given.
 */

/** The locale when none is given: bokmål. */
export const DEFAULT_LOCALE = 'nb-NO';

/** A language code as a full locale for `Intl`: `nn` gives `nn-NO`; a tag with a region is kept. */
export function localeOf(code: string): string {
  return /^(nb|nn)$/.test(code) ? `${code}-NO` : code;
}

/**
 * The locale to give `Intl` for a page language (`nn`, `nb`, `nn-NO`):
 * the language's own locale when this runtime has its data, else bokmål's.
 * Browsers built with a reduced ICU (Debian's Chromium among them) have no
 * nynorsk and would print «January 1, 2024» for `nn`; nynorsk writes dates,
 * numbers, lists and plurals as bokmål does («1. januar 2024», «1 234»,
 * «a og b»), so bokmål's data gives the same text.
 */
export function supportedLocale(lang: string): string {
  const wanted = localeOf(lang);
  return Intl.DateTimeFormat.supportedLocalesOf([wanted]).length > 0 ? wanted : DEFAULT_LOCALE;
}

const cached = <T>(make: (locale: string) => T) => {
  const made = new Map<string, T>();
  return (locale: string): T => {
    let value = made.get(locale);
    if (!value) made.set(locale, (value = make(locale)));
    return value;
  };
};

// UTC on both sides: an ISO date parsed as UTC midnight and printed in the
// machine's own zone can land on the previous day west of Greenwich.
const longDate = cached((locale) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
const numberFormat = cached((locale) => new Intl.NumberFormat(locale));
const pluralRules = cached((locale) => new Intl.PluralRules(locale));

/** `one` or `other`: the plural form `count` takes in `locale` (Norwegian has only these two). */
export function pluralForm(count: number, locale: string = DEFAULT_LOCALE): 'one' | 'other' {
  return pluralRules(locale).select(count) === 'one' ? 'one' : 'other';
}

/**
 * An ISO date (`YYYY-MM-DD`) as Norwegian text: `formatDate('2022-02-23')`
 * gives «23. februar 2022». Throws on anything that is not a real date, so a
 * bad value fails the build instead of printing «Invalid Date».
 */
export function formatDate(isoDate: string, locale: string = DEFAULT_LOCALE): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate) || Number.isNaN(date.getTime())) {
    throw new RangeError(`formatDate expects an ISO date (YYYY-MM-DD), got "${isoDate}"`);
  }
  return longDate(locale).format(date);
}

const monthYear = cached((locale) => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }));

/** Seasons as content writes them (bokmål) and as nynorsk writes them. */
const nynorskSeasons: Record<string, string> = { våren: 'våren', sommeren: 'sommaren', høsten: 'hausten' };

/**
 * A date as precise as it was written, as Norwegian text: a day
 * «30. april 2022», a month «desember 2020», a year «2025», a season as
 * written «høsten 2022» (see src/domain/period.ts for the forms). Throws on
 * text that is none of these.
 */
export function formatPeriod(text: string, locale: string = DEFAULT_LOCALE): string {
  const value = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, locale);
  if (/^\d{4}-\d{2}$/.test(value)) {
    const date = new Date(`${value}-01T00:00:00Z`);
    if (Number.isNaN(date.getTime())) throw new RangeError(`formatPeriod expects a period, got "${text}"`);
    return monthYear(locale).format(date);
  }
  if (/^\d{4}$/.test(value)) return value;
  const season = /^(våren|sommeren|høsten)\s+(\d{4})$/iu.exec(value);
  if (season) {
    const name = season[1]!.toLocaleLowerCase('nb');
    return `${locale.startsWith('nn') ? (nynorskSeasons[name] ?? name) : name} ${season[2]}`;
  }
  throw new RangeError(`formatPeriod expects a period, got "${text}"`);
}

/**
 * A period as it stands after a verb in a sentence, «… tok i bruk
 * Helseplattformen {når}.»: a month or a year takes «i» («i april 2026»,
 * «i 2025»), a day and a season take none («7. mai 2022», «våren 2027»).
 * The same in bokmål and nynorsk. Where a preposition already stands
 * («fra», «til», «per») use {@link formatPeriod}.
 */
export function formatWhen(text: string, locale: string = DEFAULT_LOCALE): string {
  const formatted = formatPeriod(text, locale);
  return /^\d{4}(?:-\d{2})?$/.test(text.trim()) ? `i ${formatted}` : formatted;
}

/**
 * Whether `text` already ends like a sentence: «?», «!», «.» or «…», also
 * inside closing quotes or a bracket («Når kommer Helseplattformen?»), so
 * no «.» may follow it.
 */
export function endsSentence(text: string): boolean {
  return /[.?!…][»"”’')\]]*\s*$/u.test(text);
}

/** `text` with a full stop after it, unless it already ends like a sentence ({@link endsSentence}). */
export function withFullStop(text: string): string {
  return endsSentence(text) ? text : `${text}.`;
}

/**
 * A number in Norwegian style: `formatNumber(12345.5)` gives «12 345,5».
 * Mind that the thousands separator is a no-break space (U+00A0) and the minus
 * sign is U+2212.
 */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions, locale: string = DEFAULT_LOCALE): string {
  return options ? new Intl.NumberFormat(locale, options).format(value) : numberFormat(locale).format(value);
}

/** Collator for Norwegian sort order (Æ, Ø, Å last, in that order). */
export const collator = new Intl.Collator('nb');

/**
 * A sorted copy of `items`, by Norwegian alphabetical order of their name:
 * `item.navn` unless a `name` function is given.
 */
export function sortByName<T extends { navn: string }>(items: readonly T[]): T[];
export function sortByName<T>(items: readonly T[], name: (item: T) => string): T[];
export function sortByName<T>(items: readonly T[], name?: (item: T) => string): T[] {
  const key = name ?? ((item: T) => (item as { navn: string }).navn);
  return [...items].sort((a, b) => collator.compare(key(a), key(b)));
}

/** Word forms for a count, chosen by `Intl.PluralRules('nb')`: `{ one: 'kommune', other: 'kommuner' }`. */
export interface PluralForms {
  one: string;
  other: string;
}

/** The form of a word that goes with `count`: `plural(1, forms)` is `forms.one`, 0 and 2 are `forms.other`. */
export function plural(count: number, forms: PluralForms, locale: string = DEFAULT_LOCALE): string {
  return pluralForm(count, locale) === 'one' ? forms.one : forms.other;
}

/** A count with its word: `formatCount(3, { one: 'kommune', other: 'kommuner' })` gives «3 kommuner». */
export function formatCount(count: number, forms: PluralForms, locale: string = DEFAULT_LOCALE): string {
  return `${formatNumber(count, undefined, locale)} ${plural(count, forms, locale)}`;
}

/**
 * A time of day `TT:MM` as Norwegian text, with a full stop: `formatTime('09:30')`
 * gives «09.30» (Språkrådet's recommended form).
 */
export function formatTime(time: string): string {
  return time.replace(':', '.');
}
