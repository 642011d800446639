/**
 * `npm run bench` end to end at a tiny size: a corpus of 12 news items, one
 * build, the peers (bare Astro; Hugo when installed, never installed here),
 * a news edit and a municipality status edit through the real watcher,
 * page weights, and the two files it writes. The full-size run is not part of the test suite.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTION_END, SECTION_START } from '../../tools/bench/report.ts';
import { parseResults, type Results } from '../../tools/bench/results.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const script = path.join(projectRoot, 'scripts/bench.ts');

let tmp: string;
let results: Results;
let log: string;
let code: number | null;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-test-'));
  const child = spawn(
    process.execPath,
    [script, '--news', '12', '--documents', '4', '--answers', '2', '--steps', 'first,peers,publish,weight', '--no-hugo-install', '--work', path.join(tmp, 'work'), '--results-dir', tmp],
    { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  code = await new Promise((resolve) => child.on('close', resolve));
  const file = path.join(tmp, 'benchmarks', 'results.json');
  if (!existsSync(file)) throw new Error(`npm run bench wrote no results (exit ${code}):\n${log}`);
  results = parseResults(JSON.parse(readFileSync(file, 'utf8')));
}, 300_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm run bench at a tiny size', () => {
  it('exits 0 and writes results that fit the schema', () => {
    expect(code, log).toBe(0);
    expect(results.corpus).toMatchObject({ seed: 1, news: 12, documents: 4, answers: 2 });
    expect(results.commit.hash).toMatch(/^[0-9a-f]{40}$/);
    expect(results.machine.cpus).toBeGreaterThan(0);
  });

  it('times the build and splits it into its steps', () => {
    expect(results.builds.map((b) => b.id)).toEqual(['corpus-first']);
    const [first] = results.builds;
    expect(first!.exitCode).toBe(0);
    expect(first!.peakRss).toBeGreaterThan(50e6);
    expect(first!.output.pages).toBeGreaterThan(80);
    expect(first!.output.searchIndexBytes).toBeGreaterThan(0);
    const { validation, astro, searchIndex } = first!.phases;
    for (const phase of [validation, astro, searchIndex]) expect(phase).toBeGreaterThan(0);
    expect(validation! + astro! + searchIndex!).toBeLessThanOrEqual(first!.seconds);
    expect(first!.routes.find((r) => r.type === 'article')?.count).toBeGreaterThan(0);
  });

  it('builds the same Markdown with the peers and gives the ratios', () => {
    const astro = results.peers.find((p) => p.id === 'astro-bare')!;
    expect(astro.available, astro.note).toBe(true);
    expect(astro.pages).toBe(astro.markdownFiles);
    expect(astro.markdownFiles).toBeGreaterThan(12);
    const targets = Object.fromEntries(results.targets.map((t) => [t.id, t]));
    expect(targets['ratio-astro']!.measured).toBeCloseTo(results.builds[0]!.seconds / astro.seconds, 1);
    expect(results.peers.map((p) => p.id)).toEqual(['hugo', 'astro-bare']);
  });

  it('times a municipality status edit through the same watcher until its page shows it', () => {
    const r = results.republishStatus!;
    expect(r.kind).toBe('municipality-status');
    expect(r.file).toMatch(/^kommuner\/.+\.yaml$/);
    expect(r.seconds).toBeGreaterThan(0);
    expect(r.steps.published).toBeDefined();
  });

  it('times an edit through the watcher until the published site shows it', () => {
    const r = results.republish!;
    expect(r.kind).toBe('news');
    expect(r.file).toMatch(/^nyheter\/.+\.md$/);
    expect(r.seconds).toBeGreaterThan(0);
    expect(r.steps.published).toBeDefined();
    expect(r.steps.noticed!).toBeLessThanOrEqual(r.steps.published!);
    // The pages go out first; the search index follows, and the rebuild's phases run until then.
    expect(r.steps.searchUpdated!).toBeGreaterThan(r.steps.published!);
    expect(r.buildPhases?.astro).toBeGreaterThan(0);
    expect(r.buildPhases?.searchIndex).toBeGreaterThan(0);
    expect(r.peakAt).toBeGreaterThan(0);
    expect(r.peakProcesses![0]!.rss).toBeGreaterThan(0);
  });

  it('weighs every page, and the targets use the measurements', () => {
    const [weight] = results.pageWeight;
    expect(weight!.build).toBe('corpus-first');
    expect(weight!.pages).toBe(results.builds[0]!.output.pages);
    const article = weight!.types.find((t) => t.id === 'article')!;
    expect(article.pagesWithJs).toBe(0);
    expect(weight!.missing).toEqual([]);
    expect(weight!.thirdParty).toEqual([]);
    const targets = Object.fromEntries(results.targets.map((t) => [t.id, t]));
    expect(targets['article']!.measured).toBeCloseTo(article.heaviest.total / 1000, 2);
    expect(targets['build-again']!.met).toBeNull();
  });

  it('writes the measured section of BENCHMARKS.md', () => {
    const markdown = readFileSync(path.join(tmp, 'BENCHMARKS.md'), 'utf8');
    expect(markdown).toContain(SECTION_START);
    expect(markdown).toContain(SECTION_END);
    expect(markdown).toContain('npm run bench -- --news 12');
    // The watcher's memory peak says when it was and which processes made it.
    expect(markdown).toMatch(/Peak memory of the watcher’s tree over the whole session: [\d.]+ [MG]B, \d+ s after it started \((during its first publish|after its first publish, during the edits)\): node /);
  });
});

describe('npm run bench usage', () => {
  it('refuses a rebuild without a first build, naming the fix', () => {
    const result = spawnSync(process.execPath, [script, '--steps', 'again'], { cwd: projectRoot, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('The step «again» rebuilds what «first» built; add «first» to --steps.');
  });
});
