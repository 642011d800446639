/**
 * `npm run build [-- --out <folder>]`: validates the content and refuses to
 * build on any problem; otherwise runs `astro build` and then the steps that
 * work on the built site. Astro starts while the content is being checked
 * and its output is held back until the check has passed; on a problem it is
 * stopped and nothing is built.
 *
 * Environment: CONTENT_DIR (content folder, default content/), OUT_DIR
 * (output folder, default dist/; `--out` sets it), BUILD_DATE (YYYY-MM-DD,
 * default today in Norway; passed on so every page uses the same date).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const projectRoot = path.resolve(import.meta.dirname, '..');

/**
 * Steps that run on the finished site in `outDir` after a successful
 * `astro build`. The search index (Pagefind) goes here.
 */
async function postBuild(outDir: string): Promise<void> {
  const { buildSearchIndex } = await import('../src/search/index-site.ts');
  const result = await buildSearchIndex(outDir);
  console.log(`Søkeindeksen er bygget: ${result.pages} sider, ${result.answers} svar og ${result.attachments} vedlegg.`);
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

/**
 * Runs the content check (what `npm run check` does, naming `npm run build`
 * as the command to run again) in a child process, its output straight to
 * ours; resolves true when the content has no problems. A child, not this
 * process: on a large site the check holds a few hundred MB, which this
 * process would otherwise keep through the whole build, next to Astro's own.
 */
function checkContent(env: NodeJS.ProcessEnv): Promise<boolean> {
  const runCheck = pathToFileURL(path.join(projectRoot, 'src/validation/run-check.ts')).href;
  const code = `try {
  const { runContentCheck } = await import(${JSON.stringify(runCheck)});
  process.exitCode = runContentCheck('npm run build').ok ? 0 : 1;
} catch (error) {
  console.error('Byggingen kunne ikke starte: ' + (error instanceof Error ? error.message : String(error)) + '. Gi beskjed til en utvikler.');
  process.exitCode = 1;
}`;
  return new Promise((resolve) => {
    const check = spawn(process.execPath, ['--input-type=module', '--eval', code], { cwd: projectRoot, env, stdio: 'inherit' });
    check.on('error', () => resolve(false));
    check.on('exit', (exitCode) => resolve(exitCode === 0));
  });
}

let root: string;
let date: string | undefined;
try {
  const [{ contentRoot }, { buildDate }] = await Promise.all([import('../src/content-root.ts'), import('../src/build-date.ts')]);
  root = contentRoot();
  try {
    date = buildDate();
  } catch {
    // The check reports a bad BUILD_DATE in words staff understand.
  }
} catch (error) {
  fail(`Byggingen kunne ikke starte: ${error instanceof Error ? error.message : String(error)}. Gi beskjed til en utvikler.`);
}
// The check gets the same date as Astro, even when the build runs over midnight.
const checkEnv = { ...process.env, CONTENT_DIR: root, ...(date ? { BUILD_DATE: date } : {}) };
const outDir = path.resolve(projectRoot, out ?? process.env['OUT_DIR'] ?? 'dist');
const outDirExisted = existsSync(outDir);
// A heap limit makes V8 collect garbage instead of growing: at 10,000 news
// items astro build peaked at 2.0 GB without one and 1.55 GB with it, in the
// same time (its live data stays under 768 MB there). A limit set in
// NODE_OPTIONS by whoever runs the build wins.
const ASTRO_HEAP_MB = 1280;
const nodeOptions = process.env['NODE_OPTIONS'] ?? '';
const env = {
  ...process.env,
  NODE_OPTIONS: /--max-old-space-size/.test(nodeOptions) ? nodeOptions : `${nodeOptions} --max-old-space-size=${ASTRO_HEAP_MB}`.trim(),
  CONTENT_DIR: root,
  BUILD_DATE: date,
  OUT_DIR: outDir,
  // Astro's output goes through a pipe (held back until the check passes); keep its colours in a terminal.
  ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}),
};
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
const rootKey = createHash('sha256').update(root).digest('hex').slice(0, 12);
const astroRoot = path.join(projectRoot, '.astro', 'roots', rootKey);
mkdirSync(astroRoot, { recursive: true });
pruneUnusedRoots(path.dirname(astroRoot), rootKey);
const config = path.relative(astroRoot, path.join(projectRoot, 'astro.config.mjs'));
// Astro's start-up and content sync do not depend on the check, so they run
// at the same time as it (about 3 s saved at 10,000 news items on two cores).
// Without a valid build date there is nothing to start; the check says why.
let outOfMemory = false;
const astro = date ? startAstro() : undefined;

function startAstro() {
  const child = spawn(path.join(projectRoot, 'node_modules/.bin/astro'), ['build', '--root', astroRoot, '--config', config], {
    cwd: workDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const held: { stream: 'stdout' | 'stderr'; chunk: Buffer }[] = [];
  let passing = false;
  for (const stream of ['stdout', 'stderr'] as const) {
    child[stream].on('data', (chunk: Buffer) => {
      if (/heap out of memory|Reached heap limit/.test(chunk.toString())) outOfMemory = true;
      if (passing) process[stream].write(chunk);
      else held.push({ stream, chunk });
    });
  }
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal }));
  });
  child.on('error', (error) =>
    fail(`Kunne ikke starte Astro (${error.message}). Kjør «npm install» i prosjektmappen og prøv igjen.`),
  );
  return {
    exit,
    /** Lets Astro's output through, from the start. */
    passThrough() {
      passing = true;
      for (const { stream, chunk } of held.splice(0)) process[stream].write(chunk);
    },
    async stop() {
      child.kill('SIGTERM');
      await exit;
    },
  };
}

const contentOk = await checkContent(checkEnv);
if (!contentOk || !astro) {
  await astro?.stop();
  // Astro may have begun on the output folder; a refused build leaves nothing behind.
  if (!outDirExisted) rmSync(outDir, { recursive: true, force: true });
  fail('Nettstedet ble ikke bygget.');
}
astro.passThrough();

const { code, signal } = await astro.exit;
if (code !== 0 && outOfMemory) {
  fail(
    `Byggingen feilet fordi Astro brukte opp minnegrensen (${/--max-old-space-size=(\d+)/.exec(env.NODE_OPTIONS)?.[1]} MB). ` +
      'Bygg på nytt med en høyere grense, for eksempel NODE_OPTIONS=--max-old-space-size=3072 npm run build, og gi beskjed til en utvikler.',
    code ?? 1,
  );
}
if (code !== 0) fail(signal ? `Byggingen ble avbrutt (${signal}).` : 'Byggingen feilet; se meldingene fra Astro over.', code ?? 1);
try {
  await postBuild(outDir);
} catch (error) {
  fail(`Byggingen feilet etter Astro: ${error instanceof Error ? error.message : String(error)}.`);
}
console.log(`Nettstedet er bygget i ${path.relative(process.cwd(), outDir) || '.'}.`);
