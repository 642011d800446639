/**
 * Languages of the site as data. Plain TypeScript with no Vite or Astro
 * imports, so the build (route injection), the content check and the tests
 * share it: the interface strings of each language are one JSON file in
 * src/i18n (`<code>.json`), and the settings (`content/innstillinger.json`,
 * field `sprak`) list which languages the site is built in. The first listed
 * is the main language, served at the root; every other language is served
 * under `/<code>/`, with the fixed words of its addresses translated
 * (strings `url.<main word>`, e.g. `"url.nyheter": "nyheiter"`).
 */
import { formatDate, formatNumber, formatPeriod, formatWhen, localeOf, pluralForm } from '../domain/format.ts';

/** One language's strings: key to text with `{name}` placeholders. */
export type Strings = Readonly<Record<string, string>>;

/** The languages a site is built in. */
export interface LanguageSet {
  /** Language codes (BCP 47 primary tags, e.g. `nb`, `nn`), the main language first. */
  codes: readonly string[];
  /** Strings by language code; a key missing from a language falls back to the main language. */
  strings: Readonly<Record<string, Strings>>;
}

/**
 * The language of content text that has no language field of its own (the
 * settings, statuses, phases, answer categories, municipalities' and
 * meetings' notes): bokmål, as items' `sprak` defaults to (src/schemas/common.ts).
 */
export const CONTENT_LANGUAGE = 'nb';

/** The languages when the settings list none: bokmål only. */
export const DEFAULT_LANGUAGES: readonly string[] = ['nb'];

/**
 * Route patterns of the site's pages, in the main language: one array of
 * segments per page file, dynamic segments as written in the file name
 * (`['nyheter', '[slug]']`). Made from page file paths relative to
 * src/pages by `routeOfPageFile()`.
 */
export type RoutePattern = readonly string[];

/**
 * Whether a page file also exists in the other languages. Old addresses
 * (`[...adresse].astro`) and the 404 page exist only in the main language; files that hold no
 * language (attachments, open data, style sheet, robots.txt, the address
 * record) are written once. Pages, feeds and calendars are translated.
 * `file` is relative to src/pages, with `/` separators.
 */
export function isTranslatedPage(file: string): boolean {
  // A static host serves one 404 page (404.html), in the main language.
  if (file === '[...adresse].astro' || file === '404.astro') return false;
  if (file.endsWith('.astro')) return true;
  return /(?:^|\/)(?:rss\.xml|kalender\.ics)\.ts$/.test(file);
}

/**
 * The route pattern of a page file (relative to src/pages): `nyheter/[slug].astro`
 * gives `['nyheter', '[slug]']`, `index.astro` gives `[]`, `moter/kalender.ics.ts`
 * gives `['moter', 'kalender.ics']`.
 */
export function routeOfPageFile(file: string): RoutePattern {
  const segments = file.replace(/\.(astro|ts|js|md|mdx)$/, '').split('/');
  if (segments.at(-1) === 'index') segments.pop();
  return segments;
}

const isDynamic = (segment: string) => segment.startsWith('[');

/** The address prefix of a language: `''` for the main language, `/nn` for nynorsk. */
export function prefixOf(code: string, set: LanguageSet): string {
  return code === set.codes[0] ? '' : `/${code}`;
}

/** The language an address belongs to (by its first segment), the main language when none. */
export function languageOfPath(pathname: string, set: LanguageSet): string {
  const first = pathname.split('/')[1] ?? '';
  return set.codes.slice(1).includes(first) ? first : set.codes[0]!;
}

/** A fixed address word in `code`: the string `url.<word>`, or the word itself. */
function word(segment: string, code: string, set: LanguageSet): string {
  return set.strings[code]?.[`url.${segment}`] ?? segment;
}

/**
 * The main-language route a list of segments matches (fixed segments equal,
 * dynamic ones anything; a rest parameter `[...x]` any number), with its
 * words read in `code`. Routes whose first segment is dynamic (old
 * addresses) never match: they would claim every address.
 */
function matchRoute(segments: readonly string[], code: string, set: LanguageSet, routes: readonly RoutePattern[]): RoutePattern | undefined {
  let best: RoutePattern | undefined;
  let bestFixed = -1;
  for (const route of routes) {
    if (route.length > 0 && isDynamic(route[0]!)) continue;
    const rest = route.at(-1)?.startsWith('[...') ?? false;
    const fixedLength = rest ? route.length - 1 : route.length;
    if (rest ? segments.length < fixedLength : segments.length !== route.length) continue;
    // A file (an attachment, a data file) is never a page: only a route that names that very file matches it.
    if (/\./.test(segments.at(-1) ?? '') && (route.length === 0 || isDynamic(route.at(-1)!))) continue;
    let fixed = 0;
    let ok = true;
    for (let i = 0; i < fixedLength && ok; i++) {
      if (isDynamic(route[i]!)) continue;
      if (word(route[i]!, code, set) === segments[i]) fixed++;
      else ok = false;
    }
    if (ok && fixed > bestFixed) {
      best = route;
      bestFixed = fixed;
    }
  }
  return best;
}

function split(pathname: string): { segments: string[]; trailing: boolean; suffix: string } {
  const match = /^([^?#]*)(.*)$/.exec(pathname)!;
  const path = match[1]!;
  const segments = path.split('/').filter((s) => s !== '');
  return { segments, trailing: path.endsWith('/') && segments.length > 0, suffix: match[2]! };
}

/**
 * The address of a page in language `to`, given its address in language
 * `from`: `translatePath('/nyheter/emne/okonomi/', 'nb', 'nn', …)` gives
 * `/nn/nyheiter/emne/okonomi/`. Only fixed words of a known route are
 * translated, never slugs; query and fragment are kept. An address that is
 * no translated page (a file, an attachment, an old address) is returned
 * unchanged (in the main language's form).
 */
export function translatePath(pathname: string, from: string, to: string, set: LanguageSet, routes: readonly RoutePattern[]): string {
  let { segments, trailing, suffix } = split(pathname);
  if (from !== set.codes[0]) {
    if (segments[0] !== from) return pathname;
    segments = segments.slice(1);
  }
  const route = matchRoute(segments, from, set, routes);
  if (!route) return pathname;
  const translated = segments.map((segment, i) => (i < route.length && !isDynamic(route[i]!) ? word(route[i]!, to, set) : segment));
  const body = translated.join('/');
  const path = `${prefixOf(to, set)}/${body}${body && trailing ? '/' : ''}`;
  return (path === '' ? '/' : path.replace(/^\/\/+/, '/')) + suffix;
}

/** The same address in every language, main language first: for `hreflang` alternates. */
export function alternatesOf(pathname: string, set: LanguageSet, routes: readonly RoutePattern[]): { lang: string; path: string }[] {
  const from = languageOfPath(pathname, set);
  return set.codes.map((lang) => ({ lang, path: translatePath(pathname, from, lang, set, routes) }));
}

/** Variables of a string: `{name}` placeholders are replaced, others kept. */
export type Vars = Record<string, string | number>;

/** Everything a page needs to speak one language; `Astro.locals.i18n` on every page. */
export interface I18n {
  /** Language code of the page, e.g. `nn`. */
  lang: string;
  /** Full locale for `Intl`, from the string `lang.locale`, e.g. `nn-NO`. */
  locale: string;
  /** The site's languages. */
  set: LanguageSet;
  /** Interface string by key, placeholders filled in. Throws on a key no language has. */
  t(key: string, vars?: Vars): string;
  /** `<base>.one` or `<base>.other` by the language's plural rules, with `{count}` as a formatted number. */
  tCount(base: string, count: number, vars?: Vars): string;
  /** `YYYY-MM-DD` as a long date in this language. */
  formatDate(isoDate: string): string;
  /** A day, month, year or season as written, in this language. */
  formatPeriod(text: string): string;
  /** A day, month, year or season as it stands after a verb: «i april 2026», «7. mai 2022», «våren 2027». */
  formatWhen(text: string): string;
  /** A number in this language's style. */
  formatNumber(value: number, options?: Intl.NumberFormatOptions): string;
  /** «a, b og c» in this language. */
  list(items: readonly string[]): string;
  /** Collator for this language's alphabetical order. */
  collator: Intl.Collator;
  /** A main-language address of a page as it is in this language (`/nyheter/` → `/nn/nyheiter/`). */
  path(mainPath: string): string;
  /**
   * The `lang` attribute for a part of the page written in `written`
   * (default: content with no language of its own, `CONTENT_LANGUAGE`):
   * that code on pages in another language, `undefined` on pages in the same
   * one, so bokmål pages carry no redundant `lang="nb"` (WCAG 3.1.2).
   * `<td lang={i18n.partLang()}>{status.navn}</td>`; for inline text, see
   * src/components/ContentText.astro.
   */
  partLang(written?: string): string | undefined;
}

/** Strings with `{name}` placeholders filled in. */
export function fill(text: string, vars: Vars = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/**
 * `format` remembering each text it wrote: one language's helpers are shared
 * by all its pages, which write the same few thousand dates tens of
 * thousands of times (Intl's formatting was about a second of a 10,000-item
 * build). What throws is not remembered, so it throws again.
 */
function remembered(format: (text: string) => string): (text: string) => string {
  const written = new Map<string, string>();
  return (text) => {
    let result = written.get(text);
    if (result === undefined) written.set(text, (result = format(text)));
    return result;
  };
}

/** The translation helpers of one language of `set`; `routes` are the site's page routes (for `path`). */
export function createI18n(lang: string, set: LanguageSet, routes: readonly RoutePattern[] = []): I18n {
  const own = set.strings[lang] ?? {};
  const main = set.strings[set.codes[0]!] ?? {};
  const locale = localeOf(own['lang.locale'] ?? lang);
  const collator = new Intl.Collator(locale);
  const listFormat = new Intl.ListFormat(locale, { type: 'conjunction' });
  const t = (key: string, vars?: Vars) => {
    const text = own[key] ?? main[key];
    if (text === undefined) throw new Error(`Interface string «${key}» is missing (src/i18n/${set.codes[0]}.json).`);
    return fill(text, vars);
  };
  return {
    lang,
    locale,
    set,
    t,
    tCount: (base, count, vars = {}) => t(`${base}.${pluralForm(count, locale)}`, { ...vars, count: formatNumber(count, undefined, locale) }),
    formatDate: remembered((iso) => formatDate(iso, locale)),
    formatPeriod: remembered((text) => formatPeriod(text, locale)),
    formatWhen: (text) => formatWhen(text, locale),
    formatNumber: (value, options) => formatNumber(value, options, locale),
    list: (items) => listFormat.format(items),
    collator,
    path: (mainPath) => (lang === set.codes[0] ? mainPath : translatePath(mainPath, set.codes[0]!, lang, set, routes)),
    partLang: (written = CONTENT_LANGUAGE) => (written === lang ? undefined : written),
  };
}
