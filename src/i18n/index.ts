/**
 * The site's languages inside Astro: every strings file in this folder
 * (`<code>.json`) and the languages the settings list (given to Astro by the
 * site integration, with the page routes). Pages never import a `t()`:
 * they take `Astro.locals.i18n`, which src/middleware.ts sets from the
 * address (`/nn/…` is nynorsk).
 */
import { site } from 'virtual:helseplattformen/site';
import nb from './nb.json';
import { alternatesOf, createI18n, type I18n, type LanguageSet, type Strings } from './languages.ts';

/** Every interface string key; `nb` is the reference language. */
export type StringKey = keyof typeof nb;

const files = import.meta.glob<Strings>('./*.json', { eager: true, import: 'default' });

/** Strings files by language code. */
export const stringsFiles: Record<string, Strings> = Object.fromEntries(
  Object.entries(files).map(([file, strings]) => [file.replace(/^.*\/|\.json$/g, ''), strings]),
);

/** The languages this site is built in (settings `sprak`), main language first. */
export const languages: LanguageSet = { codes: site.languages, strings: stringsFiles };

const made = new Map<string, I18n>();

/** The translation helpers for language `lang` (one object per language, shared by its pages). */
export function i18nOf(lang: string): I18n {
  let i18n = made.get(lang);
  if (!i18n) made.set(lang, (i18n = createI18n(lang, languages, site.routes)));
  return i18n;
}

/** The main language's helpers: for code that runs outside a page (open data, the build's own messages). */
export const mainI18n = (): I18n => i18nOf(languages.codes[0]!);

/**
 * The same page in every language of the site (main language first), for
 * `hreflang` alternates and the language switch: `/nyheter/x/` gives
 * `[{ lang: 'nb', path: '/nyheter/x/' }, { lang: 'nn', path: '/nn/nyheiter/x/' }]`.
 */
export function alternatesFor(pathname: string): { lang: string; path: string; name: string }[] {
  return alternatesOf(pathname, languages, site.routes).map((a) => ({ ...a, name: i18nOf(a.lang).t('lang.name') }));
}
