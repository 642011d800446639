/**
 * Translation helpers for unit tests and Node code outside Astro: the
 * strings files read from disk (Astro pages use src/i18n/index.ts instead).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readStringsFiles } from '../build/languages.ts';
import { createI18n, type I18n, type RoutePattern } from './languages.ts';

/** The strings files in src/i18n, by language code. */
export const diskStrings = readStringsFiles(path.dirname(fileURLToPath(import.meta.url)));

/** The helpers of `lang` on a site built in `codes` (default bokmål and nynorsk). */
export function i18nForTest(lang = 'nb', codes: readonly string[] = ['nb', 'nn'], routes: readonly RoutePattern[] = []): I18n {
  return createI18n(lang, { codes, strings: diskStrings }, routes);
}
