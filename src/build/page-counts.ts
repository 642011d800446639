/**
 * How many of a build's files were rendered and how many Astro's
 * incremental build copied from the previous build, for the build's and
 * the publisher's log. Astro keeps a copy of every keyed page in
 * `<cacheDir>/dist/`, listed in `<cacheDir>/incremental-build.json`, and
 * rewrites the copy only when it renders the page; a copy older than the
 * build's start was therefore reused.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Files written by the build's routes. */
export interface PageCounts {
  /** Files rendered in this build (pages, feeds, data files). */
  rendered: number;
  /** Files copied from the previous build because their content and code were unchanged. */
  reused: number;
  /** Of the rendered files, those without a cache key, rendered on every build (front page, feeds of everything). */
  unkeyed: number;
  /**
   * Of all the files, rendered and reused, the HTML pages: what Astro's own
   * «page(s) built» line and the search index's reading count. Absent when not counted.
   */
  pages?: number;
}

interface Manifest {
  routes?: Record<string, { paths?: Record<string, { outputFile?: string }> }>;
}

/**
 * Counts a finished build's files: `assets` is Astro's map of every route
 * to the files it wrote (`astro:build:done`), `cacheDir` Astro's cache
 * folder, `started` the build's start (ms since 1970).
 */
export function pageCounts(cacheDir: string, assets: ReadonlyMap<string, readonly unknown[]>, started: number): PageCounts {
  let total = 0;
  let pages = 0;
  for (const files of assets.values()) {
    total += files.length;
    for (const file of files) if (/\.html$/.test(file instanceof URL ? file.pathname : String(file))) pages += 1;
  }
  let reused = 0;
  let keyed = 0;
  let manifest: Manifest = {};
  try {
    manifest = JSON.parse(readFileSync(path.join(cacheDir, 'incremental-build.json'), 'utf8')) as Manifest;
  } catch {
    // No incremental build: everything was rendered.
  }
  for (const route of Object.values(manifest.routes ?? {})) {
    for (const entry of Object.values(route.paths ?? {})) {
      if (!entry.outputFile) continue;
      keyed += 1;
      try {
        if (statSync(path.join(cacheDir, 'dist', entry.outputFile)).mtimeMs < started) reused += 1;
      } catch {
        // A copy that is gone was not reused.
      }
    }
  }
  return { rendered: Math.max(0, total - reused), reused: Math.min(reused, total), unkeyed: Math.max(0, total - keyed), pages };
}

const number = (n: number) => n.toLocaleString('nb-NO');

/**
 * «12 filer bygget, 9 804 gjenbrukt»: the counts for staff, in Norwegian, as
 * the publisher's «Publisert på …» line shows them. Files, not pages: the
 * count includes feeds, data files and attachments.
 */
export function describePageCounts(counts: Pick<PageCounts, 'rendered' | 'reused'>): string {
  return `${number(counts.rendered)} ${counts.rendered === 1 ? 'fil' : 'filer'} bygget, ${number(counts.reused)} gjenbrukt`;
}

/**
 * The build log's line about its files, saying what they are, so the three
 * numbers in the log (these files, Astro's «page(s) built», the pages the
 * search index reads) are not taken for pages gone missing:
 * «1 033 filer i alt (759 sider og 274 feeder, datafiler og vedlegg):
 * 12 filer bygget, 1 021 gjenbrukt fra forrige bygging.»
 */
export function describeBuildFiles(counts: Pick<PageCounts, 'rendered' | 'reused' | 'pages'>): string {
  const total = counts.rendered + counts.reused;
  const kinds = counts.pages === undefined ? 'sider, feeder, datafiler og vedlegg' : `${number(counts.pages)} sider og ${number(total - counts.pages)} feeder, datafiler og vedlegg`;
  return `${number(total)} filer i alt (${kinds}): ${describePageCounts(counts)} fra forrige bygging.`;
}

/**
 * The build log's line about the search index: `pages` is the number of
 * searchable pages Pagefind read (those marking a searchable body; lists
 * and feeds do not), `answers` the answers and `attachments` the PDFs
 * indexed as records of their own: «Søkeindeksen er bygget over de 262
 * sidene: nyheter, … er søkbare, i tillegg til 21 svar og 7 vedlegg.»
 */
export function describeSearchIndex(index: { pages: number; answers: number; attachments: number }): string {
  return (
    `Søkeindeksen er bygget over de ${number(index.pages)} sidene: nyheter, dokumenter, møter, kommuner og innføringen er søkbare ` +
    `(lister og feeder er ikke med), i tillegg til ${number(index.answers)} svar og ${number(index.attachments)} vedlegg.`
  );
}

/** The counts from a build's log, as `describePageCounts()` wrote them (the publisher reads the build's output). */
export function parsePageCounts(log: string): Pick<PageCounts, 'rendered' | 'reused'> | undefined {
  const match = /(?:^|: )(\d[\d \u00a0]*) (?:fil(?:er)?|sider?) bygget, (\d[\d \u00a0]*) gjenbrukt/m.exec(log);
  if (!match) return undefined;
  const count = (text: string) => Number(text.replace(/[ \u00a0]/g, ''));
  return { rendered: count(match[1]!), reused: count(match[2]!) };
}
