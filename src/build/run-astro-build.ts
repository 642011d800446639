/**
 * Runs the check and Astro's build of one site in a child process
 * (astro-process.ts). The child validates the content itself and keeps what
 * it read for Astro's loaders, so the content lives in one process only; it
 * exits before the search index starts, so the memory Astro leaves behind
 * is never held beside Pagefind's (BENCHMARKS.md, «Memory and the search
 * index»).
 *
 * Two steps, so the caller decides between them: the child reports the
 * check's outcome (`checked`), then builds into the folder it is given
 * (`build()`) or ends without building (`stop()`).
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { Problem } from '../validation/problem.ts';
import type { ContentCounts } from '../validation/validate-content.ts';
import type { SiteConfigOptions } from './site-config.ts';
import type { PageCounts } from './page-counts.ts';

/** What to check and how to build it, as the child process is told it first. */
export interface AstroBuildRequest {
  /** Absolute path of the content folder. */
  contentDir: string;
  /** The «today» of the build, `YYYY-MM-DD`. */
  buildDate: string;
  /** Astro's root for this content folder (`astroRootFor()`). */
  root: string;
  astroLog: 'info' | 'warn' | 'error' | 'silent';
  fresh: boolean;
  /** Absolute path of a module whose default export is a list of extra Vite plugins. */
  vitePluginsModule?: string;
  /**
   * Limit of the child's JavaScript heap in MB (V8's `--max-old-space-size`),
   * or none (V8's default, about a quarter of the machine's memory). A limit
   * makes V8 collect garbage before the heap grows far past what is live;
   * a build that needs more ends with {@link OutOfMemoryError}.
   */
  heapLimitMb?: number;
}

/**
 * The child ran out of the heap it was limited to (`heapLimitMb`): V8 ends
 * such a process with SIGABRT after printing «JavaScript heap out of memory».
 * The caller can build again without the limit.
 */
export class OutOfMemoryError extends Error {
  readonly heapLimitMb: number;
  constructor(heapLimitMb: number) {
    super(`Astro's build process ran out of its ${heapLimitMb} MB heap limit`);
    this.heapLimitMb = heapLimitMb;
    this.name = 'OutOfMemoryError';
  }
}

/** The check's outcome, as the child reports it before building anything. */
export type CheckOutcome =
  /**
   * The content has no problems; `summary` is the check's line saying so (`okLine`, made here so the
   * parent need not load the content model), `site` is what the build's configuration needs from it.
   */
  | { type: 'checked'; counts: ContentCounts; summary: string; site: Pick<SiteConfigOptions, 'siteUrl' | 'languages' | 'unlisted'> }
  /** The content has problems, sorted as the check sorts them. */
  | { type: 'refused'; problems: Problem[] }
  /** The validator itself failed (a bug), while reading `file` when known. */
  | { type: 'crashed'; file?: string; message: string };

/** What the parent tells the child once it has the check's outcome. */
export type AstroBuildOrder = { type: 'build'; outDir: string } | { type: 'stop' };

/** What the child process tells its parent. */
export type AstroBuildMessage =
  | CheckOutcome
  | { type: 'log'; line: string }
  | { type: 'pages'; counts: PageCounts }
  | { type: 'done'; cacheDir: string }
  | { type: 'failed'; message: string; stack?: string; code?: string };

/** A started check-and-build process. */
export interface AstroBuild {
  /** The check's outcome; rejects when the process ends or fails to start before reporting it. */
  checked: Promise<CheckOutcome>;
  /**
   * Builds the pages into `outDir` (after a `checked` outcome of type
   * `checked`). Resolves, once the process has ended, with Astro's cache
   * folder; rejects with the child's error (message, stack and error code as
   * Astro's were), or when it ends without finishing.
   */
  build(outDir: string): Promise<{ cacheDir: string }>;
  /** Ends the process without building. */
  stop(): void;
}

const running = new Set<ChildProcess>();

/** Stops every check or build being run (a build that is stopping must not leave it writing). */
export function stopAstroBuild(): void {
  for (const child of running) child.kill('SIGKILL');
}

/**
 * Starts the child process: it checks the content at once and reports the
 * outcome through `checked`; log lines and page counts of the build go to
 * `callbacks`.
 */
export function startAstroBuild(
  request: AstroBuildRequest,
  callbacks: { log: (line: string) => void; onPages: (counts: PageCounts) => void },
): AstroBuild {
  const child = fork(path.join(import.meta.dirname, 'astro-process.ts'), [], {
    // Errors pass through, but not V8's report of a heap that ran out (its last
    // collections and a native stack): the caller says what happened in Norwegian.
    stdio: ['ignore', 'inherit', request.heapLimitMb ? 'pipe' : 'inherit', 'ipc'],
    // Problems and counts as plain data; `undefined` fields as they are.
    serialization: 'advanced',
    execArgv: request.heapLimitMb ? [`--max-old-space-size=${request.heapLimitMb}`] : [],
    // Astro's bundler (Rolldown, native code with the mimalloc allocator) frees much of its memory
    // when bundling ends, but mimalloc kept it from the system through the pages step (about
    // 0.2 GB at 10,000 items, measured); purging freed memory at once hands it back. Node's
    // compile cache (NODE_COMPILE_CACHE, set by the npm scripts) is left out here: for the
    // content store's 36 MB module it cost 0.14 GB and time rather than saving any (BENCHMARKS.md).
    env: { ...withoutCompileCache(process.env), MIMALLOC_PURGE_DELAY: '0' },
  });
  running.add(child);
  let dying = false;
  child.stderr?.on('data', (chunk: Buffer) => {
    if (dying) return;
    const text = chunk.toString('utf8');
    const report = text.search(/<--- Last few GCs --->|FATAL ERROR: .*heap/);
    if (report >= 0) dying = true;
    process.stderr.write(report >= 0 ? text.slice(0, report).trimEnd() : text);
  });
  let outcome: AstroBuildMessage | undefined;
  let onChecked: { resolve: (outcome: CheckOutcome) => void; reject: (error: Error) => void } | undefined;
  const checked = new Promise<CheckOutcome>((resolve, reject) => (onChecked = { resolve, reject }));
  // A caller that stops at a failed start still has the rejection handled.
  checked.catch(() => {});
  const outOfMemory = (signal: NodeJS.Signals | null) =>
    signal === 'SIGABRT' && request.heapLimitMb ? new OutOfMemoryError(request.heapLimitMb) : undefined;
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', (error) => {
      running.delete(child);
      onChecked?.reject(error);
      reject(error);
    });
    child.on('close', (code, signal) => {
      running.delete(child);
      onChecked?.reject(
        outOfMemory(signal) ?? new Error(`the build process ended before reporting the check (${signal ?? `exit code ${code}`})`),
      );
      resolve({ code, signal });
    });
  });
  ended.catch(() => {});
  child.on('message', (message: AstroBuildMessage) => {
    if (message.type === 'log') callbacks.log(message.line);
    else if (message.type === 'pages') callbacks.onPages(message.counts);
    else if (message.type === 'checked' || message.type === 'refused' || message.type === 'crashed') {
      onChecked?.resolve(message);
      onChecked = undefined;
    } else outcome = message;
  });
  child.send(request satisfies AstroBuildRequest);
  return {
    checked,
    async build(outDir) {
      if (child.connected) child.send({ type: 'build', outDir } satisfies AstroBuildOrder);
      const { code, signal } = await ended;
      if (outcome?.type === 'done' && code === 0) return { cacheDir: outcome.cacheDir };
      if (outcome?.type === 'failed') {
        const error = Object.assign(new Error(outcome.message), outcome.code ? { code: outcome.code } : {});
        if (outcome.stack) error.stack = outcome.stack;
        throw error;
      }
      throw outOfMemory(signal) ?? new Error(`Astro's build process ended without finishing (${signal ?? `exit code ${code}`})`);
    },
    stop() {
      if (child.connected) child.send({ type: 'stop' } satisfies AstroBuildOrder);
      else child.kill('SIGKILL');
    },
  };
}

/** `env` without `NODE_COMPILE_CACHE`. */
function withoutCompileCache(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const rest = { ...env };
  delete rest['NODE_COMPILE_CACHE'];
  return rest;
}
