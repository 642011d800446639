/**
 * The site's page types, by URL, for the page-weight report, and the list of
 * pages in a built folder.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageFiles, readStringsFiles, routesOf } from '../../src/build/languages.ts';
import { DEFAULT_LANGUAGES, languageOfPath, translatePath, type LanguageSet, type RoutePattern } from '../../src/i18n/languages.ts';

/** One page type: a name, what it is, and which site paths belong to it. */
export interface PageType {
  /** Stable key used in results.json, e.g. `article`. */
  id: string;
  /** What the page is, for BENCHMARKS.md. */
  label: string;
  /** An example path, for BENCHMARKS.md. */
  example: string;
  matches: (sitePath: string) => boolean;
}

const exact = (p: string) => (sitePath: string) => sitePath === p;
const oneLevelUnder = (prefix: string, except: readonly string[] = []) => (sitePath: string) =>
  sitePath.startsWith(prefix) &&
  /^[^/]+\/$/.test(sitePath.slice(prefix.length)) &&
  !except.includes(sitePath.slice(prefix.length, -1));

/** Page types of this site, first match wins; anything else is `other`. */
export const PAGE_TYPES: readonly PageType[] = [
  { id: 'front', label: 'Front page', example: '/', matches: exact('/') },
  {
    id: 'news-list',
    label: 'News list (paginated)',
    example: '/nyheter/',
    matches: (p) => p === '/nyheter/' || /^\/nyheter\/side\/\d+\/$/.test(p),
  },
  {
    id: 'topic',
    label: 'News topic (paginated)',
    example: '/nyheter/emne/<emne>/',
    matches: (p) => /^\/nyheter\/emne\/[^/]+\/(?:side\/\d+\/)?$/.test(p),
  },
  { id: 'article', label: 'News article', example: '/nyheter/<slug>/', matches: oneLevelUnder('/nyheter/', ['side', 'emne']) },
  { id: 'documents-list', label: 'Documents list', example: '/dokumenter/', matches: exact('/dokumenter/') },
  { id: 'document', label: 'Document', example: '/dokumenter/<slug>/', matches: oneLevelUnder('/dokumenter/') },
  { id: 'answers', label: 'Questions and answers: index', example: '/sporsmal-og-svar/', matches: exact('/sporsmal-og-svar/') },
  { id: 'answer-category', label: 'Answers of one category', example: '/sporsmal-og-svar/<kategori>/', matches: oneLevelUnder('/sporsmal-og-svar/') },
  { id: 'map', label: 'Municipalities: map, table', example: '/kommuner/', matches: exact('/kommuner/') },
  { id: 'charts', label: 'Municipalities over time (charts)', example: '/kommuner/utvikling/', matches: exact('/kommuner/utvikling/') },
  { id: 'municipality', label: 'One municipality', example: '/kommuner/<slug>/', matches: oneLevelUnder('/kommuner/', ['utvikling']) },
  { id: 'rollout', label: 'Rollout phases (chart)', example: '/innforing/', matches: exact('/innforing/') },
  { id: 'data', label: 'Open data', example: '/data/', matches: exact('/data/') },
  { id: 'search', label: 'Search', example: '/sok/', matches: exact('/sok/') },
  {
    id: 'text',
    label: 'Text pages (about, accessibility, privacy)',
    example: '/om/',
    matches: (p) => ['/om/', '/tilgjengelighet/', '/personvern/'].includes(p),
  },
  { id: 'changes', label: 'Change log (selections paginated)', example: '/endringer/type/<type>/', matches: (p) => p.startsWith('/endringer/') },
  { id: 'not-found', label: 'Not found (404)', example: '/404.html', matches: exact('/404.html') },
];

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let site: { set: LanguageSet; routes: RoutePattern[] } | undefined;

/**
 * The main-language (bokmål) address of a page of another language's copy,
 * translated with the site's own address words (src/i18n/<code>.json,
 * `url.*`) and routes (src/pages): `/nn/kommunar/roros/` gives
 * `/kommuner/roros/`. A main-language address comes back unchanged.
 */
export function mainLanguagePath(sitePath: string): string {
  if (!site) {
    const strings = readStringsFiles(path.join(projectDir, 'src', 'i18n'));
    const main = DEFAULT_LANGUAGES[0]!;
    site = {
      set: { codes: [main, ...Object.keys(strings).filter((code) => code !== main).sort()], strings },
      routes: routesOf(pageFiles(path.join(projectDir, 'src', 'pages'))),
    };
  }
  const lang = languageOfPath(sitePath, site.set);
  if (lang === site.set.codes[0]) return sitePath;
  // The language's front page (`/nn/`) is the main front page.
  if (sitePath === `/${lang}/`) return '/';
  return translatePath(sitePath, lang, site.set.codes[0]!, site.set, site.routes);
}

/** The type id of a site path, a page in another language typed as its main-language twin; `other` when none matches. */
export function pageType(sitePath: string, types: readonly PageType[] = PAGE_TYPES): string {
  const main = mainLanguagePath(sitePath);
  return types.find((t) => t.matches(main))?.id ?? 'other';
}

/**
 * The type of a route as Astro's build log names it: a page
 * (`/nyheter/a/index.html`, typed by `pageType`) or an endpoint (`feeds`,
 * `data-files`, `attachments`, `other-files`).
 */
export function routeType(route: string, types: readonly PageType[] = PAGE_TYPES): string {
  const withoutSlash = route.replace(/\/$/, '');
  if (withoutSlash.endsWith('.html')) return pageType(sitePathOf(withoutSlash.slice(1)), types);
  if (withoutSlash.endsWith('.xml')) return 'feeds';
  if (/^\/data\/[^/]+\.(csv|json)$/.test(withoutSlash)) return 'data-files';
  if (/^\/dokumenter\/[^/]+\/.+\.[A-Za-z0-9]+$/.test(withoutSlash)) return 'attachments';
  if (!/\.[A-Za-z0-9]+$/.test(withoutSlash)) return pageType(`${withoutSlash}/`, types);
  return 'other-files';
}

/** The site path of a built HTML file (`a/b/index.html` → `/a/b/`, `404.html` → `/404.html`). */
export function sitePathOf(relativeFile: string): string {
  const posix = relativeFile.split(path.sep).join('/');
  if (posix === 'index.html') return '/';
  if (posix.endsWith('/index.html')) return `/${posix.slice(0, -'index.html'.length)}`;
  return `/${posix}`;
}

/**
 * Every HTML page in a built folder, as site paths, sorted. Pagefind's own
 * folder holds no pages and is skipped.
 */
export function listPages(siteDir: string): string[] {
  const pages: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(siteDir, relative), { withFileTypes: true })) {
      const child = relative ? path.join(relative, entry.name) : entry.name;
      if (entry.isDirectory()) {
        if (child !== 'pagefind' && child !== '_astro') walk(child);
      } else if (entry.name.endsWith('.html')) {
        pages.push(sitePathOf(child));
      }
    }
  };
  walk('');
  return pages.sort();
}
