/**
 * Publishes the site: validates the content, builds it into a fresh folder
 * and swaps that in for the published one atomically, only when everything
 * succeeded. Without `--once` it keeps watching the content folder and
 * republishes after each pause in editing.
 *
 *   npm run publish                  watch content/ and publish every change
 *   npm run publish:once             publish once and exit (servers, cron)
 *
 * Options: --published <path> (env PUBLISH_DIR, default `site`), --builds <dir>
 * (default `.published/` beside the published path), --content <dir> (env
 * CONTENT_DIR, default `content`), --debounce <ms> (default 300), --force,
 * --verbose.
 */
import watcher from '@parcel/watcher';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultBuildsDir, NotALinkError } from '../src/publishing/atomic-swap.ts';
import { isEditorTempFile } from '../src/publishing/editor-files.ts';
import { buildDate } from '../src/build-date.ts';
import { clockInOslo, msUntilNextOsloMidnight } from '../src/publishing/oslo-date.ts';
import { acquirePublishLock, PublishLockedError, type PublishLock } from '../src/publishing/publish-lock.ts';
import { machineFault, machineFaultSentences } from '../src/build/fault-messages.ts';
import { publishOnce, stopRunningSteps, type PublishSettings } from '../src/publishing/publisher.ts';
import { createRebuildScheduler, type ChangeKind } from '../src/publishing/rebuild-scheduler.ts';
import { missingContentFolder } from '../src/content-root.ts';

const { values } = parseArgs({
  options: {
    once: { type: 'boolean', default: false },
    published: { type: 'string' },
    builds: { type: 'string' },
    content: { type: 'string' },
    debounce: { type: 'string', default: '300' },
    force: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});

const projectRoot = path.resolve(import.meta.dirname, '..');
const contentDir = path.resolve(values.content ?? process.env.CONTENT_DIR ?? 'content');
const publishedPath = path.resolve(values.published ?? process.env.PUBLISH_DIR ?? 'site');
const buildsDir = path.resolve(values.builds ?? defaultBuildsDir(publishedPath));
const debounceMs = Number(values.debounce);

/** A path relative to the current folder when inside it, as staff would type it. */
const shown = (file: string) => {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') ? relative : file;
};
const log = (line: string) => process.stdout.write(`[${clockInOslo()}] ${line}\n`);
let lock: PublishLock | undefined;
const settings = (force: boolean): PublishSettings => ({
  projectRoot,
  contentDir,
  publishedPath,
  buildsDir,
  // Read per build: a watcher left running over midnight publishes items dated the new day.
  buildDate: buildDate(),
  force,
  verbose: values.verbose,
  log,
  write: (stream, chunk) => process[stream].write(chunk),
  ...(lock ? { lockFd: lock.fd } : {}),
  // Watching, staff wait for their edit: the pages go out before the search index (src/publishing/pages-first.ts).
  pagesFirst: !values.once,
});

async function main(): Promise<number> {
  if (!Number.isFinite(debounceMs) || debounceMs < 0) {
    console.error(`--debounce må være et antall millisekunder, ikke «${values.debounce}».`);
    return 2;
  }
  // Before the lock and the first build: a wrong folder is not a content problem to fix in a file.
  const missing = missingContentFolder(
    contentDir,
    'gi riktig mappe med --content (for eksempel npm run publish -- --content /sti/til/content)',
  );
  if (missing) {
    console.error(missing);
    return 2;
  }
  let release: () => Promise<void>;
  try {
    lock = await acquirePublishLock(publishedPath, buildsDir);
    release = lock.release;
  } catch (error) {
    if (error instanceof PublishLockedError) {
      console.error(error.message);
      return 1;
    }
    const fault = machineFault(error);
    if (!fault) throw error;
    const { what, todo } = machineFaultSentences(fault, shown(buildsDir));
    console.error(`Ikke publisert: ${what} Nettstedet er som før. ${todo}`);
    return 1;
  }

  if (values.once) {
    const interrupt = () => {
      stopRunningSteps();
      void release().finally(() => process.exit(130));
    };
    process.once('SIGINT', interrupt);
    process.once('SIGTERM', interrupt);
    try {
      const result = await publishOnce(settings(values.force));
      return result.status === 'failed' ? 1 : 0;
    } finally {
      await release();
    }
  }
  return watchAndPublish(release);
}

async function watchAndPublish(release: () => Promise<void>): Promise<number> {
  let forceNext = values.force;
  let ready = false;
  // While the last attempt failed, editor leftovers count as changes too: the
  // checker may have refused one (a stray `nyhet.md~`), and deleting it must retry.
  let lastFailed = false;
  const scheduler = createRebuildScheduler({
    debounceMs,
    rebuild: async (changes) => {
      const force = forceNext;
      forceNext = false;
      try {
        lastFailed = (await publishOnce(settings(force), changes)).status === 'failed';
      } catch (error) {
        lastFailed = true;
        log(`Ikke publisert: ${(error as Error).message} Nettstedet er som før.`);
      }
    },
    onIdle: () => {
      if (ready) log('Venter på nye endringer.');
    },
  });
  const outside = (file: string) => {
    const resolved = path.resolve(file);
    return [publishedPath, buildsDir].some((dir) => resolved === dir || resolved.startsWith(dir + path.sep));
  };
  // @parcel/watcher (inotify on Linux, native on macOS and Windows) keeps its file tree in
  // native memory: about 8 MB for the 14,418 files of the 10,000-item corpus, where chokidar
  // held about 100 MB of JavaScript objects in the publisher beside every build (BENCHMARKS.md).
  const kinds: Record<watcher.EventType, ChangeKind> = { create: 'ny', update: 'endret', delete: 'slettet' };
  // It cannot watch through a link, so a content folder given as a link is watched where it points.
  const watchedDir = await realpath(contentDir);
  const subscription = await watcher.subscribe(
    watchedDir,
    (error, events) => {
      if (error) {
        log(`Feil fra filovervåkingen: ${error.message}`);
        return;
      }
      for (const { path: file, type } of events) {
        if (outside(file) || (isEditorTempFile(file) && !lastFailed)) continue;
        scheduler.notify(path.relative(watchedDir, file).split(path.sep).join('/'), kinds[type]);
      }
    },
    // The published folder or builds may sit inside the content folder in odd setups; never react to our own output.
    { ignore: [publishedPath, buildsDir] },
  );

  // Ctrl+C must stop cleanly from the first moment, also during the first build.
  let midnight: NodeJS.Timeout | undefined;
  let stopping = false;
  const stopped = new Promise<number>((resolve) => {
    const shutdown = async () => {
      if (stopping) return;
      stopping = true;
      clearTimeout(midnight);
      scheduler.stop();
      stopRunningSteps();
      await subscription.unsubscribe();
      await scheduler.idle();
      await release();
      log('Stoppet.');
      resolve(0);
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  });

  log(`Følger med på ${shown(contentDir)}/ og publiserer til ${shown(publishedPath)}.`);
  scheduler.requestRebuild();
  await scheduler.idle();
  if (stopping) return stopped;
  log('Klar. Lagre en fil for å publisere endringen. Stopp med Ctrl+C.');
  ready = true;

  // Items dated tomorrow are due at midnight though no file changes then: rebuild for the new day.
  const scheduleMidnight = () => {
    midnight = setTimeout(() => {
      log('Ny dag: bygger nettstedet på nytt, så saker datert i dag kommer med.');
      scheduler.requestRebuild();
      scheduleMidnight();
    }, msUntilNextOsloMidnight() + 5_000);
  };
  // A fixed BUILD_DATE never changes, so there is no new day to wait for.
  if (!process.env.BUILD_DATE) scheduleMidnight();
  return stopped;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof NotALinkError) console.error(error.message);
    else {
      // One sentence for staff, never a stack trace.
      const fault = machineFault(error);
      const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
      const { what, todo } = fault
        ? machineFaultSentences(fault, shown(buildsDir))
        : { what: `en uventet feil stoppet publiseringen (${message}).`, todo: 'Gi beskjed til en utvikler.' };
      console.error(`Ikke publisert: ${what} Nettstedet er som før. ${todo}`);
    }
    process.exit(1);
  },
);
