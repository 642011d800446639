/**
 * A built site as the gates see it: every file name in the output folder, and
 * the pages (HTML) parsed, the stylesheets (CSS) and XML files (feeds,
 * sitemaps) read as text.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { attr, byTag, parseHtml, type HtmlDocument } from './html-document.ts';

/** One HTML file of the output. */
export interface BuiltPage {
  /** The page's URL path, decoded: `/`, `/nyheter/`, `/404.html`. */
  path: string;
  /** The file, relative to the output folder, `/`-separated: `nyheter/index.html`. */
  file: string;
  source: string;
  document: HtmlDocument;
}

/** A CSS or XML file of the output, read as text. */
export interface BuiltTextFile {
  /** The file's URL path, decoded: `/_astro/index.abc123.css`. */
  path: string;
  file: string;
  source: string;
}

/** Everything the gates check, read once. */
export interface BuiltSite {
  /** The site's own origin, from its public address: `https://innforing.example`. */
  origin: string;
  /** Every file in the output, relative and `/`-separated. */
  files: ReadonlySet<string>;
  pages: BuiltPage[];
  /** Pages by file, for following links to them. */
  pageByFile: ReadonlyMap<string, BuiltPage>;
  stylesheets: BuiltTextFile[];
  /** Feeds and sitemaps. */
  xmlFiles: BuiltTextFile[];
}

/**
 * Reads a built output folder. `siteUrl` is the site's public address (the
 * settings' `nettadresse`); links to its origin count as internal.
 */
export function readBuiltSite(dir: string, siteUrl: string): BuiltSite {
  const root = path.resolve(dir);
  if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) {
    throw new Error(`There is no built site at ${root}. Build it first (npm run build) or name the folder it was built into.`);
  }
  const files = new Map<string, string | null>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() && !entry.isSymbolicLink()) continue;
    const full = path.join(entry.parentPath, entry.name);
    if (entry.isSymbolicLink() && !statSync(full, { throwIfNoEntry: false })?.isFile()) continue;
    const file = path.relative(root, full).split(path.sep).join('/');
    files.set(file, isTextFile(file) ? readFileSync(full, 'utf8') : null);
  }
  return createBuiltSite(files, siteUrl);
}

/**
 * The same from memory, for tests: file name → text (for `.html`, `.css`,
 * `.xml`) or `null` (any other file, where only its existence matters).
 */
export function createBuiltSite(files: ReadonlyMap<string, string | null>, siteUrl: string): BuiltSite {
  const pages: BuiltPage[] = [];
  const stylesheets: BuiltTextFile[] = [];
  const xmlFiles: BuiltTextFile[] = [];
  for (const [file, source] of [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (source === null) continue;
    if (file.endsWith('.html')) pages.push({ path: pagePath(file), file, source, document: parseHtml(source) });
    else if (file.endsWith('.css')) stylesheets.push({ path: `/${file}`, file, source });
    else if (file.endsWith('.xml')) xmlFiles.push({ path: `/${file}`, file, source });
  }
  return {
    origin: new URL(siteUrl).origin,
    files: new Set(files.keys()),
    pages,
    pageByFile: new Map(pages.map((page) => [page.file, page])),
    stylesheets,
    xmlFiles,
  };
}

/** The URL path a file is served at: `nyheter/index.html` → `/nyheter/`, `404.html` → `/404.html`. */
export function pagePath(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

const fragmentCache = new WeakMap<BuiltPage, Set<string>>();

/** Every fragment a link can land on in the page: element ids and `<a name>`. */
export function fragmentTargets(page: BuiltPage): Set<string> {
  let targets = fragmentCache.get(page);
  if (!targets) {
    targets = new Set();
    for (const element of page.document.elements) {
      const id = attr(element, 'id');
      if (id) targets.add(id);
      const name = element.tagName === 'a' ? attr(element, 'name') : null;
      if (name) targets.add(name);
    }
    fragmentCache.set(page, targets);
  }
  return targets;
}

/** Whether the page is a redirect stub, like those Astro writes for `redirects`. */
export function isRedirectPage(page: BuiltPage): boolean {
  return byTag(page.document, 'meta').some((meta) => attr(meta, 'http-equiv')?.toLowerCase() === 'refresh');
}

function isTextFile(file: string): boolean {
  return file.endsWith('.html') || file.endsWith('.css') || file.endsWith('.xml');
}
