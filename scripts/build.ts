/**
 * `npm run build [-- --out <folder>]`: validates the content in-process and
 * refuses to build on any problem; otherwise runs `astro build` and then the
 * steps that work on the built site.
 *
 * Environment: CONTENT_DIR (content folder, default content/), OUT_DIR
 * (output folder, default dist/; `--out` sets it), BUILD_DATE (YYYY-MM-DD,
 * default today in Norway; passed on so every page uses the same date).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const projectRoot = path.resolve(import.meta.dirname, '..');

/**
 * Steps that run on the finished site in `outDir` after a successful
 * `astro build`. The search index (Pagefind) goes here.
 */
async function postBuild(outDir: string): Promise<void> {
  const { buildSearchIndex } = await import('../src/search/index-site.ts');
  const result = await buildSearchIndex(outDir);
  console.log(`Søkeindeksen er bygget: ${result.pages} sider og ${result.attachments} vedlegg.`);
  for (const file of result.unreadable) {
    console.warn(`Merk: teksten i ${file} kunne ikke leses, så vedlegget er ikke søkbart. Er det et skannet dokument?`);
  }
}

/**
 * Every content folder ever built (each test run makes temporary ones) leaves
 * a root with its caches; drop those unused for a week so they cannot pile up.
 */
function pruneUnusedRoots(rootsDir: string, current: string): void {
  const now = new Date();
  utimesSync(path.join(rootsDir, current), now, now);
  const weekAgo = now.getTime() - 7 * 24 * 3600 * 1000;
  for (const name of readdirSync(rootsDir)) {
    const dir = path.join(rootsDir, name);
    if (name !== current && statSync(dir).mtimeMs < weekAgo) rmSync(dir, { recursive: true, force: true });
  }
}

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

let out: string | undefined;
try {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { out: { type: 'string' } }, strict: true });
  out = values.out;
} catch {
  fail('Ukjent valg. Bruk: npm run build -- [--out <mappe>]', 2);
}

let runContentCheck: typeof import('../src/validation/run-check.ts').runContentCheck;
try {
  ({ runContentCheck } = await import('../src/validation/run-check.ts'));
} catch (error) {
  fail(`Byggingen kunne ikke starte: ${error instanceof Error ? error.message : String(error)}. Gi beskjed til en utvikler.`);
}

const run = runContentCheck('npm run build');
if (!run.ok || !run.buildDate) fail('Nettstedet ble ikke bygget.');

const outDir = path.resolve(projectRoot, out ?? process.env['OUT_DIR'] ?? 'dist');
const env = { ...process.env, CONTENT_DIR: run.root, BUILD_DATE: run.buildDate, OUT_DIR: outDir };
// Astro writes its intermediate files under the working directory when the
// output folder lies outside it; a private working directory per build keeps
// simultaneous builds (tests, the watcher) from overwriting each other's. It
// sits inside the project so those files still find node_modules.
mkdirSync(path.join(projectRoot, '.astro', 'builds'), { recursive: true });
const workDir = mkdtempSync(path.join(projectRoot, '.astro', 'builds', 'build-'));
process.on('exit', () => rmSync(workDir, { recursive: true, force: true }));
// Astro writes the image and MDX maps of the content it builds
// (content-assets.mjs, content-modules.mjs) into <root>/.astro/, and no option
// moves them. With the project as root, builds of different content at the
// same time (tests, the watcher, a benchmark) overwrite each other's maps and
// pages lose their images. So each content folder gets a root of its own,
// stable across builds because Astro's content cache stores paths relative to
// it (the cache lives inside it); astro.config.mjs gives src/ and public/ as
// absolute paths.
const rootKey = createHash('sha256').update(run.root).digest('hex').slice(0, 12);
const astroRoot = path.join(projectRoot, '.astro', 'roots', rootKey);
mkdirSync(astroRoot, { recursive: true });
pruneUnusedRoots(path.dirname(astroRoot), rootKey);
const config = path.relative(astroRoot, path.join(projectRoot, 'astro.config.mjs'));
const astro = spawn(path.join(projectRoot, 'node_modules/.bin/astro'), ['build', '--root', astroRoot, '--config', config], {
  cwd: workDir,
  env,
  stdio: 'inherit',
});
astro.on('error', (error) =>
  fail(`Kunne ikke starte Astro (${error.message}). Kjør «npm install» i prosjektmappen og prøv igjen.`),
);
astro.on('exit', async (code, signal) => {
  if (code !== 0) fail(signal ? `Byggingen ble avbrutt (${signal}).` : 'Byggingen feilet; se meldingene fra Astro over.', code ?? 1);
  try {
    await postBuild(outDir);
  } catch (error) {
    fail(`Byggingen feilet etter Astro: ${error instanceof Error ? error.message : String(error)}.`);
  }
  console.log(`Nettstedet er bygget i ${path.relative(process.cwd(), outDir) || '.'}.`);
});
