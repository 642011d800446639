/**
 * Pages first, search after: how `npm run publish` (watching) shows an edit
 * before the search index is rebuilt.
 *
 * The search index is the slowest step of a republish (about 65 s of 120 s
 * at 10,000 items, BENCHMARKS.md), and Pagefind can only write a whole
 * index. So once Astro has written the pages, the build
 * (`buildSite({ onPagesBuilt })`, run by scripts/build.ts under the
 * publisher) tells the publisher, which publishes those pages at once with
 * the previous build's search index beside them (`publishPagesFirst`), and
 * then the build goes on to the index. When it is done, the publisher swaps
 * to the whole build. Until then the search finds what it found before the
 * edit: one complete earlier index, never a mix of two.
 *
 * The build and the publisher talk over Node's IPC channel: the build sends
 * a {@link PagesBuilt} message and waits for a {@link PagesAnswer} before it
 * starts the index, so nothing it writes next can race the publisher's
 * hard-linking of the pages.
 */
import { existsSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import path from 'node:path';
import type { PageCounts } from '../build/page-counts.ts';

/** Sent by the build when the pages are written and the index is next: the folder holding them, and Astro's page counts. */
export interface PagesBuilt {
  pagesBuilt: string;
  pages: PageCounts;
}

/** The publisher's answer: whether it published the pages (it may not: a first publication has no index to show beside them). */
export interface PagesAnswer {
  pagesPublished: boolean;
}

/** Whether an IPC message is a {@link PagesBuilt}. */
export function isPagesBuilt(message: unknown): message is PagesBuilt {
  return typeof message === 'object' && message !== null && typeof (message as PagesBuilt).pagesBuilt === 'string';
}

/**
 * The build's side, for `buildSite({ onPagesBuilt })` when this process has
 * an IPC channel to a publisher (scripts/build.ts): sends {@link PagesBuilt}
 * and resolves when the publisher has answered (or is gone). Resolves at
 * once without a channel.
 */
export function announcePagesBuilt(dir: string, pages: PageCounts): Promise<void> {
  const channel = process.channel;
  if (!process.send || !channel || !process.connected) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      process.off('message', answered);
      process.off('disconnect', done);
      channel.unref();
      resolve();
    };
    const answered = (message: unknown) => {
      if (typeof message === 'object' && message !== null && 'pagesPublished' in message) done();
    };
    process.on('message', answered);
    process.on('disconnect', done);
    // Kept open while waiting: nothing else holds the event loop then.
    channel.ref();
    process.send!({ pagesBuilt: dir, pages } satisfies PagesBuilt, (error: Error | null) => {
      if (error) done();
    });
  });
}

/**
 * Hard-links every file under `from` into `to` (made as needed), under the
 * same relative paths, leaving out the top-level entries `skip` names.
 * Folders are made, not linked. Returns how many files it linked; throws
 * on the first file that cannot be linked (another file system, a file
 * that went away).
 *
 * Synchronous on purpose: the 29,387 pages of the 10,000-item corpus link
 * in 2.3–3.0 s this way against 6.2 s with one awaited call per file, and
 * the publisher has nothing else to do meanwhile.
 */
export function linkTree(from: string, to: string, skip: (topLevelName: string) => boolean = () => false): number {
  let linked = 0;
  const walk = (dir: string, target: string, top: boolean) => {
    mkdirSync(target, { recursive: top });
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (top && skip(entry.name)) continue;
      const source = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(source, path.join(target, entry.name), false);
      else {
        linkSync(source, path.join(target, entry.name));
        linked += 1;
      }
    }
  };
  walk(from, to, true);
  return linked;
}

/**
 * The top-level entries of a build folder that are the search index or its
 * work (`pagefind/`, and `.pagefind-pages-<lang>` while it is built:
 * src/search/index-site.ts); the pages-first publication
 * takes everything else.
 */
export function isSearchIndexEntry(name: string): boolean {
  return name === 'pagefind' || name.startsWith('.pagefind-');
}

/**
 * Test only: with `HP_TEST_HOLD_SEARCH_INDEX` set to a file path, waits
 * (polling every 50 ms) until that file exists, so a test can look at the
 * pages-first publication, or stop the publisher, before the search index
 * is built. Never set it outside tests: the index would wait forever.
 */
export async function holdForTest(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const file = env['HP_TEST_HOLD_SEARCH_INDEX'];
  while (file && !existsSync(file)) await sleep(50);
}
