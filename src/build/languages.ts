/**
 * The site's languages and page routes as the build reads them from disk:
 * the settings' `sprak` list, the strings files in src/i18n and the page
 * files in src/pages. The integration injects every translated page again
 * under each other language's prefix (src/i18n/languages.ts says which).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readSettings } from '../content-model/read/read-content.ts';
import { DEFAULT_LANGUAGES, isTranslatedPage, routeOfPageFile, type LanguageSet, type RoutePattern, type Strings } from '../i18n/languages.ts';

/**
 * The language codes the settings in `contentDir` list (`sprak`), or bokmål
 * only when they list none. The settings are read by the content reader, as
 * the check reads them (a byte-order mark is fine); settings it cannot read
 * throw an error in Norwegian rather than build a site without its other
 * languages. A build passes the validated list instead (`languagesOf`).
 */
export function settingsLanguages(contentDir: string): string[] {
  return languagesOf(readSettings(contentDir));
}

/** The language codes of validated or freshly read `settings` (`sprak`), or bokmål only when they list none. */
export function languagesOf(settings: Record<string, unknown>): string[] {
  const sprak = settings['sprak'];
  if (Array.isArray(sprak) && sprak.length > 0 && sprak.every((c) => typeof c === 'string')) return [...(sprak as string[])];
  return [...DEFAULT_LANGUAGES];
}

/** Every strings file in `dir` (`<code>.json`), by language code. */
export function readStringsFiles(dir: string): Record<string, Strings> {
  const files: Record<string, Strings> = {};
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.json')) files[name.slice(0, -5)] = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as Strings;
  }
  return files;
}

/** Page files under `pagesDir`, relative, with `/` separators. */
export function pageFiles(pagesDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), relative);
      else if (/\.(astro|ts)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) out.push(relative);
    }
  };
  if (existsSync(pagesDir)) walk(pagesDir, '');
  return out.sort();
}

/** A route to add for another language: its pattern (Astro's syntax) and the page file that renders it. */
export interface LanguageRoute {
  pattern: string;
  /** Relative to src/pages. */
  file: string;
  lang: string;
}

/**
 * The routes each non-main language adds: every translated page file under
 * `/<code>/`, with its fixed words in that language (`nyheter/[slug].astro`
 * gives `/nn/nyheiter/[slug]` for nynorsk).
 */
export function languageRoutes(files: readonly string[], set: LanguageSet): LanguageRoute[] {
  return set.codes.slice(1).flatMap((lang) =>
    files.filter(isTranslatedPage).map((file) => {
      // Fixed words in the language (`url.<word>`), parameters as they are.
      const words = routeOfPageFile(file).map((segment) => (segment.startsWith('[') ? segment : (set.strings[lang]?.[`url.${segment}`] ?? segment)));
      return { pattern: `/${[lang, ...words].join('/')}`, file, lang };
    }),
  );
}

/** Route patterns of the page files (for translating addresses). */
export function routesOf(files: readonly string[]): RoutePattern[] {
  return files.map(routeOfPageFile);
}
