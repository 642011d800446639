/**
 * The site's languages and page routes as the build reads them from disk:
 * the settings' `sprak` list, the strings files in src/i18n and the page
 * files in src/pages. The integration injects every translated page again
 * under each other language's prefix (src/i18n/languages.ts says which).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_LANGUAGES, isTranslatedPage, routeOfPageFile, type LanguageSet, type RoutePattern, type Strings } from '../i18n/languages.ts';

/** The language codes the settings in `contentDir` list (`sprak`), or bokmål only. Unreadable settings give the default (the check reports them). */
export function settingsLanguages(contentDir: string): string[] {
  try {
    const settings = JSON.parse(readFileSync(path.join(contentDir, 'innstillinger.json'), 'utf8')) as { sprak?: unknown };
    if (Array.isArray(settings.sprak) && settings.sprak.length > 0 && settings.sprak.every((c) => typeof c === 'string')) return settings.sprak as string[];
  } catch {
    // The content check names the problem with the settings.
  }
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
