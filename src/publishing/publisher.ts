import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createBuildDir, currentTarget, pruneBuilds, swapLink } from './atomic-swap.ts';
import { fingerprint, fingerprintDifference, sameFingerprint, type Fingerprint } from './fingerprint.ts';
import type { ChangeBatch } from './rebuild-scheduler.ts';
import { describePageCounts, parsePageCounts } from '../build/page-counts.ts';

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

/** The fingerprint of what is published now, if it was published by us. */
export async function publishedFingerprint(publishedPath: string): Promise<Fingerprint | undefined> {
  const target = await currentTarget(publishedPath);
  if (!target) return undefined;
  try {
    const manifest = JSON.parse(await readFile(path.join(path.dirname(target), MANIFEST), 'utf8')) as BuildManifest;
    return manifest.fingerprint;
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
  const next = await fingerprint(settings.contentDir, settings.projectRoot, settings.buildDate);
  const published = await publishedFingerprint(settings.publishedPath);
  if (!settings.force && sameFingerprint(published, next)) {
    log('Ingen endringer som påvirker nettstedet; ingenting å publisere.');
    return { status: 'unchanged', ms: elapsed() };
  }

  const previous = await currentTarget(settings.publishedPath);
  const buildDir = await createBuildDir(settings.publishedPath, settings.buildsDir);
  const webRoot = path.join(buildDir, WEB_ROOT);
  // The build writes to the same path every time and is moved into the new
  // build folder when it succeeded: Astro's incremental build only reuses
  // pages built for the same output path (it is part of the image code).
  const staging = path.join(settings.buildsDir, `.${path.basename(settings.publishedPath)}-bygger`);
  const stagedRoot = path.join(staging, WEB_ROOT);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
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
    await rm(buildDir, { recursive: true, force: true });
    await rm(staging, { recursive: true, force: true });
    const ms = elapsed();
    if (interrupted) log(`Avbrutt etter ${seconds(ms)}. Nettstedet er som før.`);
    else log(`Ikke publisert (${seconds(ms)}): ${why} Nettstedet er som før.${hint ? ` ${hint}` : ''}`);
    return { status: 'failed', ms, stage };
  };

  // One step: the build validates the content itself (once) and refuses on any
  // problem, printing the same lines as the check, so there is no second check.
  // It reuses every page the edit did not touch from the previous build
  // (Astro's incremental build, src/build/cache-keys.ts).
  log(`Kontrollerer innholdet og bygger nettstedet (${(settings.force ? ['tvunget ombygging'] : fingerprintDifference(published, next)).join(', ')}) …`);
  const build = await runStep(settings, ['scripts/build.ts', '--out', stagedRoot], env);
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
  await rename(stagedRoot, webRoot);
  await rm(staging, { recursive: true, force: true });
  const counts = parsePageCounts(Buffer.concat(build.output.map((o) => o.chunk)).toString('utf8'));

  const manifest: BuildManifest = {
    fingerprint: next,
    publishedAt: new Date().toISOString(),
    durationMs: elapsed(),
    changes: Object.fromEntries(changes),
  };
  await writeFile(path.join(buildDir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  try {
    await swapLink(settings.publishedPath, webRoot);
  } catch (error) {
    log(String((error as Error).message));
    return fail('swap', 'kunne ikke bytte inn den nye versjonen.');
  }
  await pruneBuilds(settings.publishedPath, settings.buildsDir, [buildDir, ...(previous ? [path.dirname(previous)] : [])]);
  const ms = elapsed();
  log(`Publisert på ${seconds(ms)}${counts ? ` (${describePageCounts(counts)})` : ''}: ${shown(settings.publishedPath)} viser nå ${path.relative(path.dirname(settings.publishedPath), webRoot)}.`);
  return { status: 'published', ms, buildDir };
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
  output: { stream: 'stdout' | 'stderr'; chunk: Buffer }[];
}

function runStep(settings: PublishSettings, args: string[], env: NodeJS.ProcessEnv): Promise<StepResult> {
  return new Promise((resolve) => {
    const output: StepResult['output'] = [];
    const child = spawn(process.execPath, args, {
      cwd: settings.projectRoot,
      env,
      stdio: settings.lockFd === undefined ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'pipe', 'pipe', settings.lockFd],
      detached: true,
    });
    running.add(child);
    for (const stream of ['stdout', 'stderr'] as const) {
      child[stream]!.on('data', (chunk: Buffer) => {
        // Kept also when shown, for the page counts in the log.
        if (settings.verbose) settings.write(stream, chunk);
        output.push({ stream, chunk });
      });
    }
    child.on('error', (error) => {
      output.push({ stream: 'stderr', chunk: Buffer.from(`${error.message}\n`) });
    });
    child.on('close', (code, signal) => {
      running.delete(child);
      resolve({ code: code ?? (signal ? 1 : 0), output });
    });
  });
}

/** Shows a step's output after it failed, unless it was shown as it came (`verbose`). */
function replay(settings: PublishSettings, output: StepResult['output']): void {
  if (settings.verbose) return;
  for (const { stream, chunk } of output) settings.write(stream, chunk);
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}
