/**
 * `npm run bench`: the performance benchmark (see BENCHMARKS.md and
 * `npm run bench -- --help`). Generates the demonstration corpus into a
 * working folder outside the project, runs the real commands on it
 * (`npm run corpus`, `npm run build`, `npm run publish`), builds the same
 * Markdown with Hugo and a bare Astro site, measures the built pages, and writes BENCHMARKS.md and benchmarks/results.json.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { astroPageCount, buildPhases, routeTimes } from '../tools/bench/build-phases.ts';
import { routeType } from '../tools/bench/page-types.ts';
import { BENCH_USAGE, BenchUsageError, parseBenchArgs, type BenchOptions } from '../tools/bench/options.ts';
import { isPublishedNews, measureRepublish, municipalityStatusEdit, newsEdit } from '../tools/bench/republish.ts';
import { buildPeers } from '../tools/bench/peers.ts';
import { replaceSection, renderSection } from '../tools/bench/report.ts';
import { parseResults, type BuildResult, type PageWeightResult, type PeerResult, type RepublishResult, type Results } from '../tools/bench/results.ts';
import { runCommand } from '../tools/bench/run-command.ts';
import { fileSystemProbe, speedProbe } from '../tools/bench/process-tree.ts';
import { measureSite } from '../tools/bench/site-weight.ts';
import { evaluateTargets } from '../tools/bench/targets.ts';
import { readSettings } from '../src/content-model/read/read-content.ts';

const projectRoot = path.resolve(import.meta.dirname, '..');
const started = performance.now();
const log = (line: string) => process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);

let options: BenchOptions | 'help';
try {
  options = parseBenchArgs(process.argv.slice(2), projectRoot);
} catch (error) {
  if (!(error instanceof BenchUsageError)) throw error;
  process.stderr.write(`${error.message}\n\n${BENCH_USAGE}`);
  process.exit(2);
}
if (options === 'help') {
  process.stdout.write(BENCH_USAGE);
  process.exit(0);
}
const opts = options;
const has = (step: BenchOptions['steps'][number]) => opts.steps.includes(step);

/** Files, bytes, HTML pages and search-index bytes of a built folder. */
function outputSize(dir: string): BuildResult['output'] {
  let files = 0;
  let bytes = 0;
  let pages = 0;
  let searchIndexBytes = 0;
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = path.join(relative, entry.name);
      if (entry.isDirectory()) walk(child);
      else {
        const size = statSync(path.join(dir, child)).size;
        files += 1;
        bytes += size;
        if (child.split(path.sep)[0] === 'pagefind') searchIndexBytes += size;
        else if (entry.name.endsWith('.html')) pages += 1;
      }
    }
  };
  if (existsSync(dir)) walk('');
  return { files, bytes, pages, searchIndexBytes };
}

/**
 * The Astro root scripts/build.ts gives a content folder (its cache lives
 * there). Keep in step with scripts/build.ts; used to start the first build
 * with an empty cache and to clean up afterwards.
 */
function astroRootOf(contentDir: string): string {
  return path.join(projectRoot, '.astro', 'roots', createHash('sha256').update(path.resolve(contentDir)).digest('hex').slice(0, 12));
}

// --no-optional-locks: a status check must not fail (or block) while someone else commits.
const git = (...args: string[]) => execFileSync('git', ['--no-optional-locks', ...args], { cwd: projectRoot, encoding: 'utf8' }).trim();

/** The commit measured, and whether tracked files differ from it; `unknown` when git cannot say. */
function commitInfo(): Results['commit'] {
  try {
    // The benchmark's own output files do not make the measured code dirty.
    const changed = git('status', '--porcelain', '--untracked-files=no')
      .split('\n')
      .filter((line) => line.trim() && !/ (BENCHMARKS\.md|benchmarks\/.*)$/.test(line));
    return { hash: git('rev-parse', 'HEAD'), dirty: changed.length > 0 };
  } catch (error) {
    log(`git could not name the commit (${(error as Error).message.split('\n')[0]})`);
    return { hash: 'unknown', dirty: true };
  }
}

async function build(id: string, label: string, contentDir: string | undefined, outDir: string, buildDate: string | undefined): Promise<BuildResult> {
  const args = ['run', 'build', '--', '--out', outDir];
  const env = { ...process.env };
  delete env['CONTENT_DIR'];
  delete env['BUILD_DATE'];
  if (contentDir) env['CONTENT_DIR'] = contentDir;
  if (buildDate) env['BUILD_DATE'] = buildDate;
  const shown = `${contentDir ? `CONTENT_DIR=${contentDir} ` : ''}${buildDate ? `BUILD_DATE=${buildDate} ` : ''}npm ${args.join(' ')}`;
  log(`${label}: ${shown}`);
  const run = await runCommand('npm', args, { cwd: projectRoot, env });
  const output = outputSize(outDir);
  const astroPages = astroPageCount(run.lines);
  log(
    `  ${run.code === 0 ? 'done' : `FAILED (exit ${run.code})`} in ${run.seconds.toFixed(1)} s, peak ${(run.usage.peakRss / 1e9).toFixed(2)} GB, ${output.pages} HTML pages${astroPages ? ` (${astroPages} routes)` : ''}`,
  );
  if (run.code !== 0) {
    for (const line of run.lines.slice(-30)) process.stderr.write(`    ${line.text}\n`);
    throw new Error(`${shown} failed; the benchmark needs a successful build.`);
  }
  return {
    id,
    label,
    command: shown,
    exitCode: run.code,
    seconds: run.seconds,
    runs: [{ seconds: run.seconds, peakRss: run.usage.peakRss }],
    cpuSeconds: Math.round(run.usage.cpuSeconds * 10) / 10,
    peakRss: run.usage.peakRss,
    peakAt: Math.round(run.usage.peakAt * 10) / 10,
    peakProcesses: run.usage.peakProcesses.slice(0, 8),
    phases: buildPhases(run.lines, run.seconds),
    routes: routesByType(run.lines),
    output,
  };
}

/** Astro's per-route render times summed by route type, largest first. */
function routesByType(lines: Parameters<typeof routeTimes>[0]): BuildResult['routes'] {
  const byType = new Map<string, { count: number; seconds: number }>();
  for (const { route, seconds } of routeTimes(lines)) {
    const type = routeType(route);
    const entry = byType.get(type) ?? { count: 0, seconds: 0 };
    entry.count += 1;
    entry.seconds += seconds;
    byType.set(type, entry);
  }
  return [...byType]
    .map(([type, { count, seconds }]) => ({ type, count, seconds: Math.round(seconds * 100) / 100 }))
    .sort((a, b) => b.seconds - a.seconds);
}

/**
 * Runs a build `times` times (calling `before` ahead of each) and returns the
 * median run by wall time, with every run's time and peak memory in `runs`.
 */
async function repeated(times: number, before: () => void, once: () => Promise<BuildResult>): Promise<BuildResult> {
  const results: BuildResult[] = [];
  for (let i = 0; i < times; i++) {
    before();
    results.push(await once());
  }
  const median = [...results].sort((a, b) => a.seconds - b.seconds)[Math.floor((results.length - 1) / 2)]!;
  return { ...median, runs: results.map((r) => r.runs[0]!) };
}

function weigh(id: string, dir: string, origin: string | undefined): PageWeightResult {
  log(`page weight of ${id} (${dir})`);
  const t = performance.now();
  const site = measureSite(dir, origin ? { origin } : {});
  log(`  ${site.pages} pages in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return { build: id, ...site, viewport: { ...site.viewport, imageTypes: [...site.viewport.imageTypes] } };
}

async function main(): Promise<void> {
  const loadAtStart = os.loadavg().map((n) => Math.round(n * 100) / 100);
  const probeAtStart = speedProbe();
  const work = opts.work ?? mkdtempSync(path.join(os.tmpdir(), 'hp-bench-'));
  mkdirSync(work, { recursive: true });
  const fsProbeAtStart = fileSystemProbe(work);
  const corpusDir = path.join(work, 'corpus');
  const publishContent = path.join(work, 'publish', 'content');
  log(`working folder ${work}`);
  const cleanup = () => {
    if (opts.keep) {
      log(`kept ${work}`);
      return;
    }
    rmSync(work, { recursive: true, force: true });
    for (const dir of [corpusDir, publishContent]) rmSync(astroRootOf(dir), { recursive: true, force: true });
  };

  try {
    const builds: BuildResult[] = [];
    const pageWeight: PageWeightResult[] = [];
    let republish: RepublishResult | null = null;
    let republishStatus: RepublishResult | null = null;
    let peers: PeerResult[] = [];
    const settingsOf = (dir: string) => readSettings(dir) as { nettadresse?: string };

    const needsCorpus = has('first') || has('again') || has('peers') || has('publish');
    let corpus: Results['corpus'] = { seed: opts.seed, news: 0, documents: 0, answers: 0, files: 0, bytes: 0, seconds: 0 };
    if (needsCorpus) {
      rmSync(corpusDir, { recursive: true, force: true });
      const args = ['run', 'corpus', '--', '--out', corpusDir, '--seed', String(opts.seed), '--news', String(opts.news), '--documents', String(opts.documents), '--answers', String(opts.answers), '--today', opts.today];
      log(`corpus: npm ${args.join(' ')}`);
      const run = await runCommand('npm', args, { cwd: projectRoot });
      if (run.code !== 0) throw new Error(`npm run corpus failed:\n${run.lines.map((l) => l.text).join('\n')}`);
      const size = outputSize(corpusDir);
      corpus = { seed: opts.seed, news: opts.news, documents: opts.documents, answers: opts.answers, files: size.files, bytes: size.bytes, seconds: run.seconds };
      log(`  ${size.files} files in ${run.seconds.toFixed(1)} s`);
    }

    if (has('shipped')) {
      const out = path.join(work, 'out-shipped');
      builds.push(await build('shipped', 'Shipped content/', undefined, out, undefined));
    }
    if (has('first')) {
      // Each run starts as a folder never built before: the first build's cache is removed.
      // The previous run's output goes too, outside the timing: Astro would
      // otherwise spend the first seconds deleting 25,000 files.
      const first = () => build('corpus-first', 'Corpus, first build (empty cache)', corpusDir, path.join(work, 'out-first'), opts.today);
      const fresh = () => {
        rmSync(astroRootOf(corpusDir), { recursive: true, force: true });
        rmSync(path.join(work, 'out-first'), { recursive: true, force: true });
      };
      builds.push(await repeated(opts.repeat, fresh, first));
    }
    if (has('again')) {
      const again = () => build('corpus-again', 'Corpus, built again (cache kept)', corpusDir, path.join(work, 'out-again'), opts.today);
      builds.push(await repeated(opts.repeat, () => rmSync(path.join(work, 'out-again'), { recursive: true, force: true }), again));
    }
    if (has('peers')) {
      log('peers: the corpus Markdown built by Hugo and by a bare Astro site');
      peers = await buildPeers({ projectRoot, corpusDir, work, repeat: opts.repeat, installHugo: opts.installHugo, log });
    }
    if (has('publish')) {
      rmSync(path.join(work, 'publish'), { recursive: true, force: true });
      cpSync(corpusDir, publishContent, { recursive: true });
      rmSync(astroRootOf(publishContent), { recursive: true, force: true });
      const news = readdirSync(path.join(publishContent, 'nyheter'))
        .filter((f) => f.endsWith('.md'))
        .sort()
        .filter((f) => isPublishedNews(readFileSync(path.join(publishContent, 'nyheter', f), 'utf8'), opts.today));
      if (news.length === 0) throw new Error('The corpus has no published Markdown news item to edit.');
      const municipalities = readdirSync(path.join(publishContent, 'kommuner'))
        .filter((f) => /\.ya?ml$/.test(f) && /^hendelser:/m.test(readFileSync(path.join(publishContent, 'kommuner', f), 'utf8')))
        .sort();
      if (municipalities.length === 0) throw new Error('The corpus has no municipality with status events to edit.');
      log('edit to republished: npm run publish on a copy of the corpus (its first publish builds from an empty cache), then a news edit and a municipality status edit');
      const [news0, status] = await measureRepublish({
        projectRoot,
        contentDir: publishContent,
        publishedPath: path.join(work, 'publish', 'site'),
        buildDate: opts.today,
        edits: [newsEdit(`nyheter/${news[0]}`), municipalityStatusEdit(`kommuner/${municipalities[0]}`, opts.today)],
        log,
      });
      republish = news0 ?? null;
      republishStatus = status ?? null;
      if (republish) log(`  first publish took ${republish.initialPublish.toFixed(1)} s`);
    }
    if (has('weight')) {
      const last = [...builds].reverse().find((b) => b.id.startsWith('corpus-'));
      if (last) pageWeight.push(weigh(last.id, path.join(work, last.id === 'corpus-first' ? 'out-first' : 'out-again'), settingsOf(corpusDir).nettadresse));
      if (builds.some((b) => b.id === 'shipped')) pageWeight.push(weigh('shipped', path.join(work, 'out-shipped'), settingsOf(path.join(projectRoot, 'content')).nettadresse));
    }

    const cpus = os.cpus();
    const results: Results = parseResults({
      schemaVersion: 1,
      command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
      date: new Date().toISOString(),
      commit: commitInfo(),
      machine: {
        cpus: cpus.length,
        cpuModel: cpus[0]?.model.trim() ?? 'unknown',
        memory: os.totalmem(),
        os: `${os.type()} ${os.release()}`,
        node: process.version,
        loadAtStart,
        loadAtEnd: os.loadavg().map((n) => Math.round(n * 100) / 100),
        probeSeconds: [probeAtStart, speedProbe()],
        fsProbeSeconds: [fsProbeAtStart, fileSystemProbe(work)],
      },
      corpus,
      builds,
      republish,
      republishStatus,
      peers,
      pageWeight,
      targets: evaluateTargets({ builds, republish, republishStatus, peers, pageWeight }),
    });

    const resultsFile = path.join(opts.resultsDir, 'benchmarks', 'results.json');
    mkdirSync(path.dirname(resultsFile), { recursive: true });
    writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
    const markdownFile = path.join(opts.resultsDir, 'BENCHMARKS.md');
    const existing = existsSync(markdownFile) ? readFileSync(markdownFile, 'utf8') : '# Benchmarks\n';
    writeFileSync(markdownFile, replaceSection(existing, renderSection(results)));
    log(`wrote ${resultsFile} and ${markdownFile}`);
    for (const t of results.targets) {
      log(`  ${t.met === null ? '–  ' : t.met ? 'ok ' : 'NO '} ${t.label}: ${t.measured ?? 'not measured'}${t.unit === 'pages' ? '' : ` ${t.unit}`} (limit ${t.unit === 'pages' ? 'none' : `${t.limit} ${t.unit}`})`);
    }
  } finally {
    cleanup();
  }
}

main().catch((error: unknown) => {
  log(`benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
