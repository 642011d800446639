/**
 * Small built sites in memory for the gates' unit tests: a valid page by
 * default, with every part a test wants to break given as an option.
 */
import { createBuiltSite, type BuiltSite } from './built-site.ts';

/** The public address the test sites are built for. */
export const TEST_SITE_URL = 'https://innsyn.example/';

/** What a test page contains; each option replaces the valid default. */
export interface TestPageOptions {
  /** URL path of the page, for its canonical link. Default `/`. */
  path?: string;
  title?: string;
  lang?: string | null;
  /** Extra markup in `<head>`. */
  head?: string;
  /** The `<main>` content after the `<h1>`. */
  body?: string;
  /** The heading; null leaves it out. */
  h1?: string | null;
  /** The canonical link's href; null leaves it out. Default: the page's own address. */
  canonical?: string | null;
  noindex?: boolean;
}

/** A complete, valid page (by html-validate's recommended rules) unless the options break it. */
export function testPage(options: TestPageOptions = {}): string {
  const path = options.path ?? '/';
  const title = options.title ?? `Side ${path}`;
  const canonical = options.canonical === undefined ? new URL(path, TEST_SITE_URL).href : options.canonical;
  const lang = options.lang === undefined ? 'nb' : options.lang;
  return [
    '<!DOCTYPE html>',
    `<html${lang === null ? '' : ` lang="${lang}"`}>`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${title}</title>`,
    canonical === null ? '' : `<link rel="canonical" href="${canonical}">`,
    options.noindex ? '<meta name="robots" content="noindex">' : '',
    options.head ?? '',
    '</head>',
    '<body>',
    '<main id="innhold">',
    options.h1 === null ? '' : `<h1>${options.h1 ?? title}</h1>`,
    options.body ?? '',
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** A built site from file name → content (`null` for files whose content does not matter). */
export function testSite(files: Record<string, string | null>): BuiltSite {
  return createBuiltSite(new Map(Object.entries(files)), TEST_SITE_URL);
}
