/**
 * Runs Astro's build of one site in a child process (astro-process.ts),
 * which exits before the search index starts, so the memory Astro leaves
 * behind is never held beside Pagefind's.
 */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { portableSnapshot, type ContentSnapshot, type PortableSnapshot } from '../content-model/snapshot.ts';
import type { SiteConfigOptions } from './site-config.ts';
import type { PageCounts } from './page-counts.ts';

/** What to build, as the child process is told it. */
export interface AstroBuildRequest {
  snapshot: PortableSnapshot;
  /** `siteConfig()`'s options, without the callbacks (sent back as messages). */
  site: Omit<SiteConfigOptions, 'log' | 'onPages' | 'searchIndex'> & { outDir: string; root: string };
  astroLog: 'info' | 'warn' | 'error' | 'silent';
  fresh: boolean;
  /** Absolute path of a module whose default export is a list of extra Vite plugins. */
  vitePluginsModule?: string;
}

/** What the child process tells its parent. */
export type AstroBuildMessage =
  | { type: 'log'; line: string }
  | { type: 'pages'; counts: PageCounts }
  | { type: 'done'; cacheDir: string }
  | { type: 'failed'; message: string; stack?: string; code?: string };

const running = new Set<ChildProcess>();

/** Stops an Astro build being run (a build that is stopping must not leave it writing). */
export function stopAstroBuild(): void {
  for (const child of running) child.kill('SIGKILL');
}

/**
 * Builds the pages with Astro in a child process that has ended when this
 * resolves, with Astro's cache folder. Rejects with the child's error
 * (message, stack and error code as Astro's were), or when it ends without
 * finishing.
 */
export function runAstroBuild(
  snapshot: ContentSnapshot,
  request: Omit<AstroBuildRequest, 'snapshot'>,
  callbacks: { log: (line: string) => void; onPages: (counts: PageCounts) => void },
): Promise<{ cacheDir: string }> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(import.meta.dirname, 'astro-process.ts'), [], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      // Maps and shared objects (the snapshot's items keyed by identity) as they are.
      serialization: 'advanced',
      execArgv: [],
    });
    running.add(child);
    let outcome: AstroBuildMessage | undefined;
    child.on('message', (message: AstroBuildMessage) => {
      if (message.type === 'log') callbacks.log(message.line);
      else if (message.type === 'pages') callbacks.onPages(message.counts);
      else outcome = message;
    });
    child.on('error', (error) => {
      running.delete(child);
      reject(error);
    });
    child.on('close', (code, signal) => {
      running.delete(child);
      if (outcome?.type === 'done' && code === 0) return resolve({ cacheDir: outcome.cacheDir });
      if (outcome?.type === 'failed') {
        const error = Object.assign(new Error(outcome.message), outcome.code ? { code: outcome.code } : {});
        if (outcome.stack) error.stack = outcome.stack;
        return reject(error);
      }
      reject(new Error(`Astro's build process ended without finishing (${signal ?? `exit code ${code}`})`));
    });
    child.send({ ...request, snapshot: portableSnapshot(snapshot) } satisfies AstroBuildRequest);
  });
}
