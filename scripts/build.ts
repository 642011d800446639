/**
 * `npm run build [-- --out <folder>]`: validates the content and refuses to
 * build on any problem; otherwise builds the site and its search index into
 * a fresh folder and puts it in place of the output folder (default dist/).
 * A thin caller of `buildSite()` (src/build/build-site.ts).
 *
 * Exit status: 0 built; 1 the content has problems (or the build date is
 * wrong), listed above; 3 the content passed but Astro's build failed.
 *
 * Stopped by SIGINT/SIGTERM/SIGHUP (or, under the publisher, when the
 * publisher is gone), it removes its work folder and exits; a work folder
 * left by a build killed outright is cleared by the next build.
 *
 * Environment: CONTENT_DIR (content folder, default content/), OUT_DIR
 * (output folder, default dist/; `--out` sets it), BUILD_DATE (YYYY-MM-DD,
 * default today in Norway). HP_PAGES_FIRST=1, set by a watching publisher
 * that started this with an IPC channel, has it tell the publisher when the
 * pages are written, before the search index (src/publishing/pages-first.ts).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { PageCounts } from '../src/build/page-counts.ts';

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

let out: string | undefined;
try {
  out = parseArgs({ args: process.argv.slice(2), options: { out: { type: 'string' } }, strict: true }).values.out;
} catch (error) {
  // «--out» last, or followed by another option: the folder is what is missing, not a known option.
  if ((error as { code?: string }).code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') missingOutFolder();
  fail('Ukjent valg. Bruk: npm run build -- [--out <mappe>]', 2);
}
// «--out=» names no folder either (and would otherwise mean the project folder itself).
if (out !== undefined && out.trim() === '') missingOutFolder();

function missingOutFolder(): never {
  fail('Mappen mangler etter --out. Skriv hvilken mappe nettstedet skal bygges i, for eksempel: npm run build -- --out /tmp/nettsted', 2);
}

try {
  const [{ buildSite }, { buildDate }, { contentRoot, missingContentFolder }, { discardAllOutputFolders }, { stopSearchIndex }, { stopAstroBuild }, { announcePagesBuilt, holdForTest }] = await Promise.all([
    import('../src/build/build-site.ts'),
    import('../src/build-date.ts'),
    import('../src/content-root.ts'),
    import('../src/build/output-folder.ts'),
    import('../src/search/run-search-index.ts'),
    import('../src/build/run-astro-build.ts'),
    import('../src/publishing/pages-first.ts'),
  ]);
  // Under a watching publisher (HP_PAGES_FIRST, with an IPC channel): it shows the pages while the
  // search index is built (src/publishing/pages-first.ts). The channel must not keep this process alive.
  const pagesFirst = process.env['HP_PAGES_FIRST'] === '1' && process.send !== undefined;
  if (pagesFirst) process.channel?.unref();
  // An interrupted build cleans up after itself: its work folder goes, the output stays as it was.
  const stop = (why: string, code: number) => {
    stopAstroBuild();
    stopSearchIndex();
    discardAllOutputFolders();
    console.error(`${why} Det som var der fra før, er urørt.`);
    process.exit(code);
  };
  process.once('SIGINT', () => stop('Byggingen ble avbrutt.', 130));
  process.once('SIGTERM', () => stop('Byggingen ble stoppet.', 143));
  process.once('SIGHUP', () => stop('Byggingen ble stoppet.', 129));
  // Started by the publisher (src/publishing/publisher.ts): stop when it is gone (killed), not build on for nobody.
  if (process.env['HP_STOP_WITH_PARENT'] === '1') {
    process.stdin.on('end', () => stop('Publiseringen som startet byggingen, er borte, så byggingen ble stoppet.', 1));
    process.stdin.on('error', () => {});
    process.stdin.resume();
    process.stdin.unref();
  }
  let date: string;
  try {
    date = buildDate();
  } catch (error) {
    fail(`Kan ikke bygge nettstedet. ${(error as Error).message.replace(/([^.])$/, '$1.')}`);
  }
  // No content folder: say so in one sentence, not as a problem «in 1 file» there is no file for.
  const missing = missingContentFolder(contentRoot());
  if (missing) {
    console.error(missing);
    fail('Nettstedet ble ikke bygget.');
  }
  const outDir = path.resolve(out ?? process.env['OUT_DIR'] ?? 'dist');
  const onPagesBuilt = async (dir: string, pages: PageCounts) => {
    await announcePagesBuilt(dir, pages);
    await holdForTest();
  };
  const result = await buildSite({ contentDir: contentRoot(), outDir, buildDate: date, ...(pagesFirst ? { onPagesBuilt } : {}) });
  if (!result.ok) fail('Nettstedet ble ikke bygget.', result.stage === 'check' ? 1 : 3);
  console.log(`Nettstedet er bygget i ${path.relative(process.cwd(), outDir) || '.'}.`);
} catch (error) {
  fail(`Byggingen kunne ikke starte: ${error instanceof Error ? error.message : String(error)}. Gi beskjed til en utvikler.`);
}
