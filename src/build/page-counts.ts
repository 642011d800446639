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
  for (const files of assets.values()) total += files.length;
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
  return { rendered: Math.max(0, total - reused), reused: Math.min(reused, total), unkeyed: Math.max(0, total - keyed) };
}

/** «12 sider bygget, 9 804 gjenbrukt»: the counts for staff, in Norwegian. */
export function describePageCounts(counts: Pick<PageCounts, 'rendered' | 'reused'>): string {
  const number = (n: number) => n.toLocaleString('nb-NO');
  return `${number(counts.rendered)} ${counts.rendered === 1 ? 'side' : 'sider'} bygget, ${number(counts.reused)} gjenbrukt`;
}

/** The counts from a build's log, as `describePageCounts()` wrote them (the publisher reads the build's output). */
export function parsePageCounts(log: string): Pick<PageCounts, 'rendered' | 'reused'> | undefined {
  const match = /^(\d[\d \u00a0]*) sider? bygget, (\d[\d \u00a0]*) gjenbrukt/m.exec(log);
  if (!match) return undefined;
  const number = (text: string) => Number(text.replace(/[ \u00a0]/g, ''));
  return { rendered: number(match[1]!), reused: number(match[2]!) };
}
