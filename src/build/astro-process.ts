/**
 * Astro's build in a process of its own, started by `runAstroBuild()`
 * (run-astro-build.ts). At 10,000 items Astro's build leaves its process
 * holding about 1.5 GB that V8 and the bundler's native allocator never hand
 * back; ending the process frees it before the search index needs its own
 * (BENCHMARKS.md, «Memory and the search index»).
 *
 * Told what to build by one message (`AstroBuildRequest`), with the
 * content its parent validated, which the loaders use as they would in one
 * process (snapshot.ts): nothing is validated twice. Sends back log lines,
 * the page counts and, last, `done` or `failed`, then exits. Exits too when
 * its parent is gone.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { restoredSnapshot, shareSnapshot } from '../content-model/snapshot.ts';
import { linkReusedPages } from './link-reused.ts';
import type { AstroBuildMessage, AstroBuildRequest } from './run-astro-build.ts';

const send = (message: AstroBuildMessage) => new Promise<void>((resolve) => process.send!(message, () => resolve()));

process.once('disconnect', () => process.exit(1));
process.once('message', (request: AstroBuildRequest) => {
  void build(request).then(
    async (cacheDir) => {
      await send({ type: 'done', cacheDir });
      process.exit(0);
    },
    async (failure: unknown) => {
      await send({ type: 'failed', ...describeFailure(failure) });
      process.exit(1);
    },
  );
});

async function build(request: AstroBuildRequest): Promise<string> {
  shareSnapshot(restoredSnapshot(request.snapshot));
  // Astro and its plugins take seconds to import.
  const [{ build }, { siteConfig }] = await Promise.all([import('astro'), import('./site-config.ts')]);
  const config = siteConfig({
    ...request.site,
    // Built by the parent once this process has ended and its memory is free.
    searchIndex: false,
    log: (line) => void send({ type: 'log', line }),
    onPages: (counts) => void send({ type: 'pages', counts }),
  });
  if (request.vitePluginsModule) {
    const plugins = ((await import(pathToFileURL(request.vitePluginsModule).href)) as { default: unknown[] }).default;
    config.vite = { ...config.vite, plugins: [...(config.vite?.plugins ?? []), ...(plugins as never[])] };
  }
  const unlink = linkReusedPages(path.join(String(config.cacheDir), 'dist'), [request.site.outDir]);
  // Astro renders from chunks in `<cwd>/.astro/.prerender/` when the output is
  // outside the current folder, and removes that folder afterwards: two builds
  // in one project (tests, the publisher beside a build) would remove each
  // other's chunks. Each content folder's own Astro root keeps them apart.
  process.chdir(String(config.root));
  try {
    await build({ ...config, configFile: false, logLevel: request.astroLog, force: request.fresh });
  } finally {
    unlink();
  }
  return String(config.cacheDir);
}

/** A failure as data: its message and stack, and the first error code along its causes (a machine fault's). */
function describeFailure(failure: unknown): { message: string; stack?: string; code?: string } {
  let code: string | undefined;
  for (let e: unknown = failure, depth = 0; e && depth < 5 && !code; e = (e as { cause?: unknown }).cause, depth += 1) {
    const own = (e as { code?: unknown }).code;
    if (typeof own === 'string') code = own;
  }
  if (!(failure instanceof Error)) return { message: String(failure), ...(code ? { code } : {}) };
  return { message: failure.message, ...(failure.stack ? { stack: failure.stack } : {}), ...(code ? { code } : {}) };
}
