/**
 * The check and Astro's build in a process of their own, started by
 * `startAstroBuild()` (run-astro-build.ts). At 10,000 items Astro's build
 * leaves its process holding about 1.5 GB that V8 and the bundler's native
 * allocator never hand back; ending the process frees it before the search
 * index needs its own (BENCHMARKS.md, «Memory and the search index»). The
 * content is validated here, not in the parent, so the parent never holds
 * it: the loaders use what this process validated (snapshot.ts), and
 * nothing is validated twice.
 *
 * Told what to check by one message (`AstroBuildRequest`); reports the
 * check's outcome, then waits for `build` (with the folder to build into)
 * or `stop`. Sends log lines, the page counts and, last, `done` or
 * `failed`, then exits. Exits too when its parent is gone.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { forgetLines, shareSnapshot } from '../content-model/snapshot.ts';
import { publishedAddressesFor } from '../publishing/published-addresses.ts';
import type { AddressRecord } from '../schemas/addresses.ts';
import { okLine, validateContent, ValidatorCrash, type ValidationResult } from '../validation/validate-content.ts';
import { languagesOf } from './languages.ts';
import { linkReusedPages } from './link-reused.ts';
import type { AstroBuildMessage, AstroBuildOrder, AstroBuildRequest, CheckOutcome } from './run-astro-build.ts';

const send = (message: AstroBuildMessage) => new Promise<void>((resolve) => process.send!(message, () => resolve()));

process.once('disconnect', () => process.exit(1));
process.once('message', (request: AstroBuildRequest) => {
  void check(request).then(async (outcome) => {
    await send(outcome);
    if (outcome.type !== 'checked') process.exit(0);
    process.once('message', (order: AstroBuildOrder) => {
      if (order.type === 'stop') process.exit(0);
      void build(request, outcome.site, order.outDir).then(
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
  });
});

/** Validates the content and, when it has no problems, shares it with the loaders. */
async function check(request: AstroBuildRequest): Promise<CheckOutcome> {
  let result: ValidationResult;
  try {
    result = await validateContent(request.contentDir, { buildDate: request.buildDate, publishedAddresses: publishedAddressesFor(request.contentDir) });
  } catch (crash) {
    const file = crash instanceof ValidatorCrash ? crash.file : undefined;
    return { type: 'crashed', ...(file ? { file } : {}), message: crash instanceof Error ? crash.message : String(crash) };
  }
  if (result.problems.length > 0) return { type: 'refused', problems: result.problems };
  // Lines only place problems; what they hold (each file's parsed document) is not needed for pages.
  forgetLines(result);
  shareSnapshot({ root: request.contentDir, buildDate: request.buildDate, result });
  const settings = result.values.get(result.content.settings!) as { nettadresse: string; sprak?: string[] };
  return { type: 'checked', counts: result.counts, summary: okLine(result.counts), site: { siteUrl: settings.nettadresse, languages: languagesOf(settings), unlisted: oldAddresses(result) } };
}

async function build(request: AstroBuildRequest, site: Extract<CheckOutcome, { type: 'checked' }>['site'], outDir: string): Promise<string> {
  // Astro and its plugins take seconds to import.
  const [{ build }, { siteConfig }] = await Promise.all([import('astro'), import('./site-config.ts')]);
  const config = siteConfig({
    ...site,
    contentDir: request.contentDir,
    buildDate: request.buildDate,
    outDir,
    root: request.root,
    // Built by the parent once this process has ended and its memory is free.
    searchIndex: false,
    log: (line) => void send({ type: 'log', line }),
    onPages: (counts) => void send({ type: 'pages', counts }),
  });
  if (request.vitePluginsModule) {
    const plugins = ((await import(pathToFileURL(request.vitePluginsModule).href)) as { default: unknown[] }).default;
    config.vite = { ...config.vite, plugins: [...(config.vite?.plugins ?? []), ...(plugins as never[])] };
  }
  const unlink = linkReusedPages(path.join(String(config.cacheDir), 'dist'), [outDir]);
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

/** The old addresses in content/adresser.yaml that get a page of their own (not answers' anchors). */
function oldAddresses(validation: ValidationResult): string[] {
  const item = validation.content.items.adresser[0];
  const record = item ? (validation.values.get(item) as AddressRecord | undefined) : undefined;
  return record ? [...record.flyttet, ...record.fjernet].map((r) => r.fra).filter((a) => !a.includes('#')) : [];
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
