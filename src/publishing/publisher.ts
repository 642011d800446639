import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { createBuildDir, currentTarget, pruneBuilds, removeTree, swapLink } from './atomic-swap.ts';
import { fingerprintApart, fingerprintDifference, sameFingerprint, type Fingerprint } from './fingerprint.ts';
import type { ChangeBatch } from './rebuild-scheduler.ts';
import { describePageCounts, parsePageCounts, type PageCounts } from '../build/page-counts.ts';
import { existsSync } from 'node:fs';
import { clearOutputLeftovers } from '../build/output-folder.ts';
import { isPagesBuilt, isSearchIndexEntry, linkTree, type PagesAnswer } from './pages-first.ts';
import { killedSentences, machineFault, machineFaultInText, machineFaultSentences } from '../build/fault-messages.ts';

/** Where and how to publish. */
export interface PublishSettings {
  /** Project folder holding `scripts/build.ts`. */
  projectRoot: string;
  /** Content folder (absolute). */
  contentDir: string;
  /** The published path: a link to the current build's web root. */
  publishedPath: string;
  /** Folder holding the build folders. */
  buildsDir: string;
  /** The date the site is built for (see `buildDate()`). */
  buildDate: string;
  /** Rebuild even when nothing changed. */
  force?: boolean;
  /** Show the checker's and Astro's output even on success. */
  verbose?: boolean;
  /** Writes one log line. */
  log: (line: string) => void;
  /** Writes tool output through unchanged. */
  write: (stream: 'stdout' | 'stderr', chunk: Buffer) => void;
  /**
   * The descriptor holding the publishing lock (`acquirePublishLock().fd`).
   * The check and the build get it as their descriptor 3, so a build that
   * outlives a killed publisher keeps the lock until it has stopped, and no
   * new publisher clears or swaps under it.
   */
  lockFd?: number;
  /**
   * Publish the pages as soon as they are built, with the previous build's
   * search index, then the whole build when its index is done
   * (src/publishing/pages-first.ts). The watcher does; `--once` publishes
   * in one step.
   */
  pagesFirst?: boolean;
}

/** Outcome of one publishing attempt. */
export type PublishResult =
  | { status: 'unchanged'; ms: number }
  | { status: 'published'; ms: number; buildDir: string }
  | { status: 'failed'; ms: number; stage: 'check' | 'build' | 'swap' };

/** Kept beside each build's web root: what it was built from and when. */
export interface BuildManifest {
  fingerprint: Fingerprint;
  publishedAt: string;
  durationMs: number;
  changes: Record<string, string>;
  /**
   * Set on a pages-first publication: the build folder whose search index
   * it shows. Such a build counts as not yet published in full, so the next
   * run builds again even if nothing changed.
   */
  searchIndexOf?: string;
}

/** Web root inside a build folder; the manifest sits beside it, out of the public site. */
export const WEB_ROOT = 'www';
const MANIFEST = 'publish.json';

const running = new Set<ChildProcess>();
// Set when a step was stopped on purpose, so its failure is reported as an interruption.
let interrupted = false;

/**
 * Stops the checker or the build if one is running (on Ctrl+C or shutdown),
 * with everything it started: each step runs in its own process group, so
 * Astro, started by the build script, goes too.
 */
export function stopRunningSteps(): void {
  if (running.size > 0) interrupted = true;
  for (const child of running) {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      child.kill('SIGTERM');
    }
  }
}

// A publisher that dies from an uncaught error must not leave a build running behind it.
process.on('exit', stopRunningSteps);

/** The manifest of what is published now, if it was published by us. */
export async function publishedManifest(publishedPath: string): Promise<BuildManifest | undefined> {
  const target = await currentTarget(publishedPath);
  if (!target) return undefined;
  try {
    return JSON.parse(await readFile(path.join(path.dirname(target), MANIFEST), 'utf8')) as BuildManifest;
  } catch {
    return undefined;
  }
}

/**
 * Publishes the content once: skips when the fingerprint equals the
 * published build's; otherwise validates, builds into a fresh folder and,
 * only if both succeed, swaps the published link to it and removes all but
 * the new and the previous build. Any failure leaves the published site
 * untouched and prints the tools' own messages.
 */
export async function publishOnce(settings: PublishSettings, changes: ChangeBatch = new Map()): Promise<PublishResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const { log } = settings;

  if (changes.size > 0) log(`Endret: ${describeChanges(changes)}`);
  const cleared = await clearLeftovers(settings);
  if (cleared > 0) log('Ryddet bort det en avbrutt publisering lot etter seg. Nettstedet var hele tiden som før.');
  const next = await fingerprintApart(settings.contentDir, settings.projectRoot, settings.buildDate);
  const manifestNow = await publishedManifest(settings.publishedPath);
  const published = manifestNow?.fingerprint;
  // A pages-first publication whose search index never followed (stopped, or the index failed).
  const searchBehind = manifestNow?.searchIndexOf !== undefined;
  if (!settings.force && !searchBehind && sameFingerprint(published, next)) {
    log('Ingen endringer som påvirker nettstedet; ingenting å publisere.');
    return { status: 'unchanged', ms: elapsed() };
  }

  const previous = await currentTarget(settings.publishedPath);
  // Made when the build has succeeded, so build folders sort in the order they were published.
  let buildDir: string | undefined;
  // The pages-first publication of this build, once it is live (src/publishing/pages-first.ts).
  let early: string | undefined;
  // The build writes to the same path every time and is moved into the new
  // build folder when it succeeded: Astro's incremental build only reuses
  // pages built for the same output path (it is part of the image code).
  const staging = stagingOf(settings);
  const stagedRoot = path.join(staging, WEB_ROOT);
  const env = {
    ...process.env,
    CONTENT_DIR: settings.contentDir,
    BUILD_DATE: settings.buildDate,
    // The check compares the content with what the live site answers (permanent links).
    PUBLISHED_SITE: settings.publishedPath,
    // The build starts tools through `#!/usr/bin/env node`; they must find this Node (24), not an
    // older system one, also when the publisher runs outside npm (systemd, cron with a full path).
    PATH: [path.dirname(process.execPath), process.env.PATH].filter(Boolean).join(path.delimiter),
  };
  const fail = async (stage: 'check' | 'build' | 'swap', why: string, hint = ''): Promise<PublishResult> => {
    if (buildDir) tryRemoveTree(buildDir);
    tryRemoveTree(staging);
    const ms = elapsed();
    if (early) {
      // The pages are out; only the search index did not follow. The next run builds it.
      const behind = 'Sidene med endringen er publisert, men søket viser forrige versjon til neste publisering.';
      if (interrupted) log(`Avbrutt etter ${seconds(ms)}. ${behind}`);
      else log(`Søket ble ikke oppdatert (${seconds(ms)}): ${why} ${behind}${hint ? ` ${hint}` : ''}`);
    } else if (interrupted) log(`Avbrutt etter ${seconds(ms)}. Nettstedet er som før.`);
    else log(`Ikke publisert (${seconds(ms)}): ${why} Nettstedet er som før.${hint ? ` ${hint}` : ''}`);
    return { status: 'failed', ms, stage };
  };

  // One step: the build validates the content itself (once) and refuses on any
  // problem, printing the same lines as the check, so there is no second check.
  // It reuses every page the edit did not touch from the previous build
  // (Astro's incremental build, src/build/cache-keys.ts).
  const reasons = settings.force ? ['tvunget ombygging'] : [...fingerprintDifference(published, next), ...(searchBehind ? ['søket ble ikke oppdatert sist'] : [])];
  log(`Kontrollerer innholdet og bygger nettstedet (${reasons.join(', ')}) …`);
  /** A fault of the machine (full disk, read-only folder …) or a kill, as staff read it. */
  const machine = (error: unknown, stage: 'build' | 'swap'): Promise<PublishResult> => {
    const fault = machineFault(error);
    if (fault) {
      const { what, todo } = machineFaultSentences(fault, shown(settings.buildsDir));
      return fail(stage, what, todo);
    }
    return fail(stage, `en uventet feil stoppet publiseringen (${oneLine(error)}).`, 'Gi beskjed til en utvikler.');
  };
  try {
    removeTree(staging);
    await mkdir(staging, { recursive: true });
  } catch (error) {
    return machine(error, 'build');
  }

  const pagesFirst = async (dir: string, counts: PageCounts): Promise<PagesAnswer> => {
    early = await publishPagesFirst(settings, { dir, counts, previous, fingerprint: next, changes, started: elapsed });
    return { pagesPublished: early !== undefined };
  };
  const build = await runStep(settings, ['scripts/build.ts', '--out', stagedRoot], settings.pagesFirst ? { ...env, HP_PAGES_FIRST: '1' } : env, settings.pagesFirst ? pagesFirst : undefined);
  if (build.signal && !interrupted) {
    const { what, todo } = killedSentences(build.signal);
    return fail('build', what, todo);
  }
  const buildFault = build.code === 0 || interrupted ? undefined : machineFaultInText(textOf(build.output));
  if (buildFault) {
    const { what, todo } = machineFaultSentences(buildFault, shown(settings.buildsDir));
    return fail('build', what, todo);
  }
  if (build.code !== 0) {
    if (!interrupted) replay(settings, build.output);
    // scripts/build.ts exits 1 for content problems, 3 for a failed build.
    if (build.code === 1) return fail('check', 'innholdet har feil (se over).', 'Rett feilen og lagre filen igjen, så publiseres endringen.');
    return fail('build', 'byggingen feilet (se over).');
  }
  if (!(await isFile(path.join(stagedRoot, 'index.html')))) {
    replay(settings, build.output);
    return fail('build', `byggingen laget ingen forside (${path.join(stagedRoot, 'index.html')} mangler).`);
  }
  let webRoot: string;
  try {
    buildDir = await createBuildDir(settings.publishedPath, settings.buildsDir);
    webRoot = path.join(buildDir, WEB_ROOT);
    await rename(stagedRoot, webRoot);
    removeTree(staging);
  } catch (error) {
    return machine(error, 'build');
  }
  const counts = parsePageCounts(Buffer.concat(build.output.map((o) => o.chunk)).toString('utf8'));

  const manifest: BuildManifest = {
    fingerprint: next,
    publishedAt: new Date().toISOString(),
    durationMs: elapsed(),
    changes: Object.fromEntries(changes),
  };
  try {
    await writeFile(path.join(buildDir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    await swapLink(settings.publishedPath, webRoot);
  } catch (error) {
    return machine(error, 'swap');
  }
  // Said as soon as readers see it: removing an old build of the 10,000-item corpus takes seconds.
  const ms = elapsed();
  if (early) log(`Søket er oppdatert på ${seconds(ms)}: ${showsNow(settings, webRoot)}.`);
  else log(`Publisert på ${seconds(ms)}${counts ? ` (${describePageCounts(counts)})` : ''}: ${showsNow(settings, webRoot)}.`);
  // Old builds are only tidied; a failure here changes nothing readers see.
  await pruneBuilds(settings.publishedPath, settings.buildsDir, [buildDir, ...(previous ? [path.dirname(previous)] : [])]).catch(() => []);
  return { status: 'published', ms, buildDir };
}

/**
 * Publishes the pages of a build that is still making its search index
 * (`dir`, the build's work folder: src/publishing/pages-first.ts): a new
 * build folder with every page hard-linked from `dir` and the search index
 * hard-linked from the published build `previous`, swapped in as any build.
 * Returns the new build folder, or `undefined` when there is no earlier
 * index to show (a first publication) or the pages could not be linked (the
 * whole build is then published when it is done, as without pages first).
 */
async function publishPagesFirst(
  settings: PublishSettings,
  build: { dir: string; counts: PageCounts; previous: string | undefined; fingerprint: Fingerprint; changes: ChangeBatch; started: () => number },
): Promise<string | undefined> {
  if (!build.previous || !(await stat(path.join(build.previous, 'pagefind')).catch(() => undefined))) return undefined;
  // A site published to another disk is built in the project (src/build/output-folder.ts): no hard links across.
  const devices = await Promise.all([build.dir, settings.buildsDir].map((dir) => stat(dir).then((s) => s.dev).catch(() => undefined)));
  if (devices[0] === undefined || devices[0] !== devices[1]) return undefined;
  let buildDir: string | undefined;
  try {
    buildDir = await createBuildDir(settings.publishedPath, settings.buildsDir);
    const webRoot = path.join(buildDir, WEB_ROOT);
    linkTree(build.dir, webRoot, isSearchIndexEntry);
    linkTree(path.join(build.previous, 'pagefind'), path.join(webRoot, 'pagefind'));
    const manifest: BuildManifest = {
      fingerprint: build.fingerprint,
      publishedAt: new Date().toISOString(),
      durationMs: build.started(),
      changes: Object.fromEntries(build.changes),
      searchIndexOf: path.dirname(build.previous),
    };
    await writeFile(path.join(buildDir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    await swapLink(settings.publishedPath, webRoot);
    settings.log(`Publisert på ${seconds(build.started())} (${describePageCounts(build.counts)}): ${showsNow(settings, webRoot)}. Søket oppdateres …`);
    return buildDir;
  } catch (error) {
    if (buildDir) tryRemoveTree(buildDir);
    const code = (error as NodeJS.ErrnoException).code;
    settings.log(`Sidene kunne ikke publiseres før søket${code ? ` (feilkode ${code})` : ''}, så de publiseres sammen med søket når det er bygget.`);
    return undefined;
  }
}

/** `site viser nå .published/site-…/www`: what the published path points at after a swap to `webRoot`. */
function showsNow(settings: PublishSettings, webRoot: string): string {
  return `${shown(settings.publishedPath)} viser nå ${path.relative(path.dirname(settings.publishedPath), webRoot)}`;
}

/** The folder the build writes to, the same path every time (Astro's incremental build needs that). */
function stagingOf(settings: PublishSettings): string {
  return path.join(settings.buildsDir, `.${path.basename(settings.publishedPath)}-bygger`);
}

/**
 * Removes what a publisher that was killed left behind: the build's
 * folder, a half-made link beside the published path, and build folders
 * newer than the live one (it never swapped to them). Keeps the live build
 * and the one before it. Runs under the publishing lock, which a build left
 * running by a killed publisher still holds, so nothing here is in use.
 * Returns how many things it removed.
 */
export async function clearLeftovers(settings: PublishSettings): Promise<number> {
  let removed = 0;
  const gone = async (file: string) => {
    try {
      await stat(file);
    } catch {
      return;
    }
    removeTree(file);
    removed += 1;
  };
  // A build on another file system than the project works in the project (src/build/output-folder.ts).
  if (existsSync(stagingOf(settings)) && clearOutputLeftovers(path.join(stagingOf(settings), WEB_ROOT))) removed += 1;
  await gone(stagingOf(settings));
  const parent = path.dirname(settings.publishedPath);
  const tmpPrefix = `.${path.basename(settings.publishedPath)}.tmp-`;
  for (const name of await readdir(parent).catch(() => [] as string[])) {
    if (!name.startsWith(tmpPrefix)) continue;
    await unlink(path.join(parent, name)).catch(() => {});
    removed += 1;
  }
  let live: string | undefined;
  try {
    const target = await currentTarget(settings.publishedPath);
    live = target ? path.dirname(target) : undefined;
  } catch {
    return removed;
  }
  const prefix = `${path.basename(settings.publishedPath)}-`;
  const builds = (await readdir(settings.buildsDir).catch(() => [] as string[])).filter((name) => name.startsWith(prefix)).sort();
  const liveName = live && path.dirname(live) === path.resolve(settings.buildsDir) ? path.basename(live) : undefined;
  const before = liveName ? builds.filter((name) => name < liveName).at(-1) : undefined;
  const keep = [liveName, before].filter((name): name is string => name !== undefined).map((name) => path.join(settings.buildsDir, name));
  removed += (await pruneBuilds(settings.publishedPath, settings.buildsDir, keep)).length;
  return removed;
}

/** An error's first line, without a stack. */
function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim();
}

/** The text a step printed. */
function textOf(output: StepResult['output']): string {
  return Buffer.concat(output.map((o) => o.chunk)).toString('utf8');
}

/** A path as staff typed it: relative to the current folder when inside it. */
function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/** `nyheter/a.md (endret), kommuner/roros.yaml (ny)`, at most ten names. */
export function describeChanges(changes: ChangeBatch): string {
  const items = [...changes].map(([file, kind]) => `${file} (${kind})`);
  const shown = items.slice(0, 10).join(', ');
  return items.length > 10 ? `${shown} og ${items.length - 10} til` : shown;
}

/** Milliseconds as Norwegian seconds with one decimal: `4,8 s`. */
export function seconds(ms: number): string {
  return `${(ms / 1000).toLocaleString('nb-NO', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} s`;
}

interface StepResult {
  code: number;
  /** The signal that ended the step, when it did not exit by itself. */
  signal: NodeJS.Signals | null;
  output: { stream: 'stdout' | 'stderr'; chunk: Buffer }[];
}

/**
 * Runs a step (`node <args>`) in a process group of its own and gathers its
 * output. With `onPagesBuilt`, the step gets an IPC channel, and each
 * `PagesBuilt` message it sends is answered with what `onPagesBuilt` returns
 * (src/publishing/pages-first.ts).
 */
function runStep(
  settings: PublishSettings,
  args: string[],
  env: NodeJS.ProcessEnv,
  onPagesBuilt?: (dir: string, counts: PageCounts) => Promise<PagesAnswer>,
): Promise<StepResult> {
  return new Promise((resolve) => {
    const output: StepResult['output'] = [];
    const stdio: ('pipe' | 'ipc' | number)[] = ['pipe', 'pipe', 'pipe'];
    if (settings.lockFd !== undefined) stdio.push(settings.lockFd);
    if (onPagesBuilt) stdio.push('ipc');
    const child = spawn(process.execPath, args, {
      cwd: settings.projectRoot,
      // The step stops when this pipe closes, i.e. when the publisher is gone (scripts/build.ts).
      env: { ...env, HP_STOP_WITH_PARENT: '1' },
      stdio,
      detached: true,
    });
    running.add(child);
    if (onPagesBuilt) {
      child.on('message', (message) => {
        if (!isPagesBuilt(message)) return;
        void onPagesBuilt(message.pagesBuilt, message.pages)
          .catch((): PagesAnswer => ({ pagesPublished: false }))
          .then((answer) => {
            if (child.connected) child.send(answer, () => undefined);
          });
      });
    }
    for (const stream of ['stdout', 'stderr'] as const) {
      // Kept also when shown, for the page counts in the log; less Astro's line per written file.
      const keep = keptLines();
      // A chunk may end inside a letter (æ, ø, å are two bytes); the decoder holds it for the next.
      const decoder = new StringDecoder('utf8');
      child[stream]!.on('data', (chunk: Buffer) => {
        if (settings.verbose) settings.write(stream, chunk);
        const kept = keep(decoder.write(chunk));
        if (kept) output.push({ stream, chunk: Buffer.from(kept) });
      });
      child[stream]!.on('end', () => {
        const rest = keep(decoder.end()) + keep(undefined);
        if (rest) output.push({ stream, chunk: Buffer.from(rest) });
      });
    }
    child.on('error', (error) => {
      output.push({ stream: 'stderr', chunk: Buffer.from(`${error.message}\n`) });
    });
    child.on('close', (code, signal) => {
      running.delete(child);
      resolve({ code: code ?? (signal ? 1 : 0), signal, output });
    });
  });
}

/**
 * A filter over a stream's text as it comes, in pieces that may end inside a line: returns the
 * complete lines to keep (with their line ends), and what is left when called with `undefined`
 * at the end. It drops Astro's line per written page or image (`  ├─ /nyheter/…/index.html (+3ms)`,
 * `  ▶ /_astro/…`): about 29,000 lines for the 10,000-item corpus that no failure report needs
 * and that the publisher would otherwise hold through every build.
 */
export function keptLines(): (text: string | undefined) => string {
  let pending = '';
  const perFile = /^(?:\d\d:\d\d:\d\d )?\s+(?:[├└]─|▶) \//;
  return (text) => {
    if (text === undefined) {
      const rest = perFile.test(pending) ? '' : pending;
      pending = '';
      return rest;
    }
    const all = pending + text;
    const end = all.lastIndexOf('\n') + 1;
    pending = all.slice(end);
    return all
      .slice(0, end)
      .split(/(?<=\n)/)
      .filter((line) => !perFile.test(line))
      .join('');
  };
}

/** Shows a step's output after it failed, unless it was shown as it came (`verbose`). */
function replay(settings: PublishSettings, output: StepResult['output']): void {
  if (settings.verbose) return;
  // Less any stack trace or Rust backtrace lines: staff never see one (--verbose shows all, as it comes).
  for (const { stream, chunk } of output) {
    const text = chunk
      .toString('utf8')
      .split('\n')
      .filter((line) => !/^\s+at\s|^thread '.*' panicked|^stack backtrace:|^note: .*RUST_BACKTRACE|^\s+\d+: 0x[0-9a-f]+/.test(line))
      .join('\n');
    if (text.trim()) settings.write(stream, Buffer.from(text));
  }
}

/** {@link removeTree}, for clearing up after a failure: what cannot be removed now, the next publication clears. */
function tryRemoveTree(dir: string): void {
  try {
    removeTree(dir);
  } catch {
    // clearLeftovers() removes it on the next run.
  }
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}
