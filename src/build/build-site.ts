/**
 * Builds the site from a content folder: one library call that the build
 * command, the publisher and the tests share. A child process validates
 * the content once and, when it has no problems, builds the pages with
 * Astro from what it read (run-astro-build.ts, src/content-model/snapshot.ts);
 * then this process builds the search index in another, into a fresh
 * folder, and only then replaces the output folder, so a failed build
 * leaves what was there.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../validation/problem.ts';
import { crashLine, problemLines } from '../validation/report.ts';
import type { ContentCounts } from '../validation/validate-content.ts';
import { fileURLToPath } from 'node:url';
import { discardOutputFolder, freshOutputFolder, OutputBusyError, replaceOutput } from './output-folder.ts';
import { machineFault, machineFaultSentences } from './fault-messages.ts';
import { describeBuildFiles, describeSearchIndex, type PageCounts } from './page-counts.ts';
import { OutOfMemoryError, startAstroBuild, type AstroBuild, type CheckOutcome } from './run-astro-build.ts';
import { copyPrebuiltSite, prebuiltSiteFromEnv } from './prebuilt-copy.ts';

/** The project folder (holding src/ and public/), as site-config.ts has it, without loading Astro's plugins. */
const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** What to build. */
export interface BuildSiteOptions {
  /** Absolute path of the content folder. */
  contentDir: string;
  /** Where the finished site goes; replaced only when the build succeeds. */
  outDir: string;
  /** The «today» of the build, `YYYY-MM-DD`. */
  buildDate: string;
  /** The command staff run again after fixing a problem, named in the report (default «npm run build»). */
  rerun?: string;
  /** Writes one line for staff (default: the console). */
  log?: (line: string) => void;
  /** Writes one line about a failure (default: the console's error stream). */
  error?: (line: string) => void;
  /** How much Astro itself prints (default `info`: every step and page; tests use `silent`). */
  astroLog?: 'info' | 'warn' | 'error' | 'silent';
  /**
   * Render every page, reusing nothing from the previous build (Astro's
   * `--force`); the build still leaves its pages for the next one to reuse.
   */
  fresh?: boolean;
  /**
   * Absolute path of a module whose default export is a list of extra Vite
   * plugins (Astro builds in a process of its own, so plugins go by module);
   * tests use one that changes a module to stand for a change of code.
   */
  vitePluginsModule?: string;
  /**
   * Heap limit of Astro's process in MB (default {@link ASTRO_HEAP_LIMIT_MB});
   * a build that runs out of it is run again without a limit. Tests set a
   * small one to go through that path.
   */
  astroHeapLimitMb?: number;
  /**
   * Called when Astro has written the pages into `dir` and the search index
   * is next; the index waits until it resolves, and a rejection is ignored.
   * The publisher shows the pages meanwhile (src/publishing/pages-first.ts).
   */
  onPagesBuilt?: (dir: string, pages: PageCounts) => Promise<void>;
}

/**
 * Heap limit of Astro's build process, in MB. Without one, V8 lets the heap
 * of the 10,000-item corpus's build grow to 2.47 GB of resident memory
 * although less than 0.9 GB of it is live (the build finishes with a
 * 900 MB limit); with 1,400 MB the process peaks at 1.85 GB and the build
 * takes no more CPU time (BENCHMARKS.md, «Memory and the search index»).
 * Content that needs more is built again without the limit.
 */
export const ASTRO_HEAP_LIMIT_MB = 1400;

/** The outcome of a build. */
export type BuildSiteResult =
  | { ok: true; outDir: string; counts: ContentCounts; pages: PageCounts }
  | { ok: false; stage: 'check'; problems: Problem[] }
  | { ok: false; stage: 'build'; message: string };

/** Builds the site; never throws for a content problem or a failed Astro build, only reports them. */
export async function buildSite(options: BuildSiteOptions): Promise<BuildSiteResult> {
  const log = options.log ?? ((line) => console.log(line));
  const error = options.error ?? ((line) => console.error(line));
  const rerun = options.rerun ?? 'npm run build';

  // The check runs in the build's child process, which keeps the content for Astro's
  // loaders: this process never holds it (BENCHMARKS.md, «Memory and the search index»).
  let pages: PageCounts = { rendered: 0, reused: 0, unkeyed: 0 };
  const start = (heapLimitMb: number | undefined) =>
    startAstroBuild(
      {
        contentDir: options.contentDir,
        buildDate: options.buildDate,
        root: astroRootFor(options.contentDir),
        astroLog: options.astroLog ?? 'info',
        fresh: options.fresh ?? false,
        ...(options.vitePluginsModule ? { vitePluginsModule: options.vitePluginsModule } : {}),
        ...(heapLimitMb ? { heapLimitMb } : {}),
      },
      {
        log,
        onPages: (written) => {
          pages = written;
          log(describeBuildFiles(written));
        },
      },
    );
  const check = async (build: AstroBuild): Promise<CheckOutcome> => {
    try {
      return await build.checked;
    } catch (crash) {
      if (crash instanceof OutOfMemoryError) throw crash;
      return { type: 'crashed', message: crash instanceof Error ? crash.message : String(crash) };
    }
  };
  /** The same build again, without a heap limit, after one that ran out of it. */
  const again = async (crash: OutOfMemoryError) => {
    log(`Byggingen trengte mer minne enn grensen på ${crash.heapLimitMb} MB og startes på nytt uten grense …`);
    const unlimited = start(undefined);
    return { astro: unlimited, checked: await check(unlimited) };
  };
  let astro = start(options.astroHeapLimitMb ?? ASTRO_HEAP_LIMIT_MB);
  let checked: CheckOutcome;
  try {
    checked = await check(astro);
  } catch (crash) {
    if (!(crash instanceof OutOfMemoryError)) throw crash;
    ({ astro, checked } = await again(crash));
  }
  if (checked.type === 'crashed') {
    const message = crashLine(checked.file, checked.message);
    error(message);
    return { ok: false, stage: 'build', message };
  }
  if (checked.type === 'refused') {
    for (const line of problemLines(checked.problems, rerun)) error(line);
    return { ok: false, stage: 'check', problems: checked.problems };
  }
  const counts = checked.counts;
  log(checked.summary);

  let workDir: string;
  try {
    workDir = freshOutputFolder(options.outDir);
  } catch (failure) {
    astro.stop();
    const message = failure instanceof OutputBusyError ? failure.message : buildFailure(failure, options.outDir);
    error(message);
    return { ok: false, stage: 'build', message };
  }
  const prebuilt = prebuiltSiteFromEnv();
  try {
    if (prebuilt) {
      astro.stop();
      await copyPrebuiltSite(prebuilt.dir, workDir, prebuilt.pauseMs, prebuilt.fault);
    } else {
      // The child ends (and frees the 1.5 GB Astro's build leaves behind at
      // 10,000 items) before the search index starts: BENCHMARKS.md.
      let built: { cacheDir: string };
      try {
        built = await astro.build(workDir);
      } catch (crash) {
        if (!(crash instanceof OutOfMemoryError)) throw crash;
        // What the first process wrote goes; the check's outcome is the same content's.
        rmSync(workDir, { recursive: true, force: true });
        mkdirSync(workDir, { recursive: true });
        const retry = await again(crash);
        if (retry.checked.type !== 'checked') {
          retry.astro.stop();
          throw new Error(`the build without a heap limit did not pass the check again (${retry.checked.type})`);
        }
        built = await retry.astro.build(workDir);
      }
      const { cacheDir } = built;
      await options.onPagesBuilt?.(workDir, pages).catch(() => undefined);
      log('Søkeindeksen bygges …');
      // In a process of its own: Pagefind's binary panics on a full disk and would hang this one.
      const { runSearchIndex } = await import('../search/run-search-index.ts');
      const index = await runSearchIndex(workDir, cacheDir);
      log(describeSearchIndex(index));
      for (const file of index.unreadable) {
        log(`Merk: teksten i ${file} kunne ikke leses, så vedlegget er ikke søkbart. Er det et skannet dokument?`);
      }
    }
  } catch (failure) {
    try {
      discardOutputFolder(workDir);
    } catch {
      // The next build of this output clears it.
    }
    const message = buildFailure(failure, options.outDir);
    error(message);
    return { ok: false, stage: 'build', message };
  }
  try {
    replaceOutput(workDir, options.outDir);
  } catch (failure) {
    discardOutputFolder(workDir);
    const message = buildFailure(failure, options.outDir);
    error(message);
    return { ok: false, stage: 'build', message };
  }
  return { ok: true, outDir: options.outDir, counts, pages };
}

/**
 * Astro writes the image and MDX maps of the content it builds
 * (content-assets.mjs, content-modules.mjs) into `<root>/.astro/`, and no
 * option moves them. Builds of different content folders at the same time
 * (tests, the publisher, a benchmark) would overwrite each other's maps, so
 * each content folder gets a root of its own, stable across builds because
 * Astro's content cache stores paths relative to it. Roots unused for a week
 * are removed, so temporary folders (tests) cannot pile up.
 */
export function astroRootFor(contentDir: string): string {
  const rootsDir = path.join(projectDir, '.astro', 'roots');
  const key = createHash('sha256').update(contentDir).digest('hex').slice(0, 12);
  const root = path.join(rootsDir, key);
  mkdirSync(root, { recursive: true });
  const now = new Date();
  utimesSync(root, now, now);
  const weekAgo = now.getTime() - 7 * 24 * 3600 * 1000;
  for (const name of readdirSync(rootsDir)) {
    const dir = path.join(rootsDir, name);
    if (name !== key && existsSync(dir) && statSync(dir).mtimeMs < weekAgo) rmSync(dir, { recursive: true, force: true });
  }
  return root;
}

/** A failed build in plain sentences for staff: a machine fault (full disk …) as such, anything else as Astro's failure. */
function buildFailure(failure: unknown, outDir: string): string {
  const fault = machineFault(failure);
  if (!fault) return astroFailure(failure);
  const { what, todo } = machineFaultSentences(fault, path.dirname(outDir));
  // The code is for a developer (and lets the publisher tell the fault apart); it is no stack trace.
  const code = { 'disk-full': 'ENOSPC', 'read-only': 'EROFS', 'no-access': 'EACCES', 'other-file-system': 'EXDEV' }[fault];
  return `${what} Det som var der fra før, er urørt. ${todo} (Feilkode ${code}.)`;
}

/** A failed Astro build in one plain sentence for staff, with Astro's own message for a developer. */
function astroFailure(failure: unknown): string {
  const detail = failure instanceof Error ? failure.message.split('\n')[0]!.trim() : String(failure);
  return `Byggingen feilet etter at innholdet var kontrollert, så nettstedet er ikke endret. Dette er trolig en feil i nettstedets kode, ikke i innholdet; gi beskjed til en utvikler og oppgi meldingen: ${detail}`;
}
