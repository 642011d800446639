import { describe, expect, it } from 'vitest';
import { SECTION_END, SECTION_START, renderSection, replaceSection } from '../../tools/bench/report.ts';
import { parseResults, type BuildResult, type PageWeightResult, type PeerResult, type Results } from '../../tools/bench/results.ts';
import { evaluateTargets } from '../../tools/bench/targets.ts';

const phases = {
  validation: 3.5,
  astro: 40,
  searchIndex: 12,
  astroSteps: { startup: 3, contentSync: 5, bundle: 10, pages: 20, images: 0.5, finish: 1.5 },
  total: 56,
};

const build = (id: string, seconds: number, peakRss: number): BuildResult => ({
  id,
  label: id,
  command: `npm run build -- --out /tmp/${id}`,
  exitCode: 0,
  seconds,
  runs: [{ seconds, peakRss }],
  cpuSeconds: seconds * 1.2,
  peakRss,
  peakAt: 20,
  peakProcesses: [{ name: 'node astro.mjs build', rss: peakRss - 1e8 }],
  phases: { ...phases, total: seconds },
  routes: [
    { type: 'article', count: 10000, seconds: 12.5 },
    { type: 'document', count: 2000, seconds: 6.1 },
  ],
  output: { files: 20000, bytes: 500e6, pages: 12264, searchIndexBytes: 52e6 },
});

const page = (path: string, total: number, js = 0) => ({ page: path, html: total - js - 10_000, css: 10_000, js, images: 0, fonts: 0, total, jsFiles: js ? ['/_astro/x.js'] : [] });

const weight: PageWeightResult = {
  build: 'corpus-again',
  pages: 12264,
  viewport: { width: 390, dpr: 1, rootFontSize: 16, imageTypes: ['image/avif'] },
  types: [
    { id: 'article', label: 'News article', example: '/nyheter/<slug>/', pages: 10000, median: page('/nyheter/a/', 14_000), heaviest: page('/nyheter/b/', 24_999), pagesWithJs: 0, maxJs: 0 },
    { id: 'documents-list', label: 'Documents list', example: '/dokumenter/', pages: 1, median: page('/dokumenter/', 61_000, 2000), heaviest: page('/dokumenter/', 61_000, 2000), pagesWithJs: 1, maxJs: 2000 },
    { id: 'map', label: 'Map', example: '/kommuner/', pages: 1, median: page('/kommuner/', 30_000, 3000), heaviest: page('/kommuner/', 30_000, 3000), pagesWithJs: 1, maxJs: 3000 },
  ],
  charts: { files: ['/_astro/Chart.js'], gzip: 62_500, bytes: 180_000, chartPages: ['/innforing/', '/kommuner/utvikling/'], strayPages: [], chartPagesWithout: [] },
  missing: [],
  thirdParty: [],
};

const peer = (id: 'hugo' | 'astro-bare', seconds: number): PeerResult => ({
  id,
  label: id === 'hugo' ? 'Hugo' : 'Bare Astro',
  version: id === 'hugo' ? 'hugo v0.111.3' : 'astro v7.3.5',
  available: true,
  note: '',
  command: id,
  markdownFiles: 12500,
  seconds,
  runs: [{ seconds, peakRss: 5e8 }],
  cpuSeconds: seconds,
  peakRss: 5e8,
  pages: 12500,
});

function sampleResults(): Results {
  const builds = [build('shipped', 4, 0.8e9), build('corpus-first', 70, 2.1e9), build('corpus-again', 56, 1.9e9)];
  const republish = {
    kind: 'news' as const,
    command: 'npm run publish -- --content /tmp/c --published /tmp/site --verbose',
    initialPublish: 70,
    file: 'nyheter/a.md',
    seconds: 27.9,
    steps: { noticed: 0.4, checkStarted: 0.4, buildStarted: 4, published: 27.8 },
    buildPhases: phases,
    peakRss: 2e9,
  };
  const republishStatus = { ...republish, kind: 'municipality-status' as const, file: 'kommuner/roros.yaml', seconds: 9.5 };
  const peers = [peer('hugo', 4.5), peer('astro-bare', 30)];
  return {
    schemaVersion: 1,
    command: 'npm run bench',
    date: '2026-11-22T15:00:00.000Z',
    commit: { hash: 'e9d49e2a'.padEnd(40, '0'), dirty: false },
    machine: { cpus: 2, cpuModel: 'AMD EPYC', memory: 25e9, os: 'Linux 6.18', node: 'v24.21.0', loadAtStart: [0.5, 1, 2], loadAtEnd: [2, 1.5, 2], probeSeconds: [0.65, 0.7], fsProbeSeconds: [0.8, 1.2] },
    corpus: { seed: 1, news: 10000, documents: 2000, answers: 500, files: 14308, bytes: 65e6, seconds: 27 },
    builds,
    republish,
    republishStatus,
    peers,
    pageWeight: [weight],
    targets: evaluateTargets({ builds, republish, republishStatus, peers, pageWeight: [weight] }),
  };
}

describe('targets', () => {
  it('checks each target against its limit, with issue #13’s republish, peer ratio, memory and page limits', () => {
    const targets = Object.fromEntries(sampleResults().targets.map((t) => [t.id, t]));
    expect(targets['build-first']).toMatchObject({ limit: 60, measured: 70, met: false });
    expect(targets['build-again']).toMatchObject({ limit: 60, measured: 56, met: true });
    expect(targets['peak-memory']).toMatchObject({ unit: 'GB', measured: 2.1, met: false });
    expect(targets['watcher-memory']).toMatchObject({ unit: 'GB', limit: 2, aim: 1.5, measured: 2, met: true });
    expect(targets['republish']).toMatchObject({ limit: 10, aim: 3, measured: 27.9, met: false });
    expect(targets['republish-status']).toMatchObject({ limit: 10, measured: 9.5, met: true });
    // The first build (empty cache) over each peer's build from scratch.
    expect(targets['ratio-astro']).toMatchObject({ unit: '×', limit: 2, measured: 2.33, met: false });
    expect(targets['ratio-hugo']).toMatchObject({ unit: '×', limit: 12, aim: 6, measured: 15.56, met: false });
    expect(targets['heaviest-page']).toMatchObject({ limit: 100, measured: 61, met: true });
    expect(targets['article']).toMatchObject({ limit: 25, measured: 25, met: true });
    expect(targets['article-js']).toMatchObject({ measured: 0, met: true });
    expect(targets['documents-list']).toMatchObject({ measured: 61, met: false });
    expect(targets['map-page']).toMatchObject({ measured: 30, met: true });
    expect(targets['chart-js']).toMatchObject({ measured: 62.5, met: true });
    expect(targets['chart-js-elsewhere']).toMatchObject({ measured: 0, met: true });
  });

  it('reports the median of repeated builds and the largest peak of any run', () => {
    const first = { ...build('corpus-first', 59, 1.8e9), runs: [{ seconds: 62, peakRss: 1.9e9 }, { seconds: 59, peakRss: 1.8e9 }, { seconds: 58, peakRss: 2.05e9 }] };
    const targets = Object.fromEntries(evaluateTargets({ builds: [first], republish: null, pageWeight: [] }).map((t) => [t.id, t]));
    expect(targets['build-first']).toMatchObject({ measured: 59, met: true });
    expect(targets['peak-memory']).toMatchObject({ measured: 2.05, met: false });
    const section = renderSection({ ...sampleResults(), builds: [first] });
    expect(section).toContain('| corpus-first | 59.0 s (median of 62.0, 59.0, 58.0) |');
  });

  it('marks what a partial run did not measure as not measured', () => {
    const targets = evaluateTargets({ builds: [build('shipped', 4, 0.8e9)], republish: null, pageWeight: [] });
    expect(targets.every((t) => t.met === null && t.measured === null)).toBe(true);
  });
});

describe('results.json', () => {
  it('accepts a complete run', () => {
    expect(parseResults(JSON.parse(JSON.stringify(sampleResults())))).toEqual(sampleResults());
  });

  it('says why a peer did not run instead of a ratio', () => {
    const { builds, pageWeight } = sampleResults();
    const missing = { ...peer('hugo', 0), available: false, note: '`hugo` is not installed.', runs: [], pages: 0 };
    const targets = Object.fromEntries(evaluateTargets({ builds, republish: null, peers: [missing, peer('astro-bare', 35)], pageWeight }).map((t) => [t.id, t]));
    expect(targets['ratio-hugo']).toMatchObject({ measured: null, met: null, note: 'Hugo could not run: `hugo` is not installed.' });
    expect(targets['ratio-astro']).toMatchObject({ measured: 2, met: true });
  });

  it('names every field that does not fit', () => {
    const broken = JSON.parse(JSON.stringify(sampleResults()));
    delete broken.machine.cpus;
    broken.builds[0].peakRss = -1;
    expect(() => parseResults(broken)).toThrow(/machine\.cpus[\s\S]*builds\[0\]\.peakRss|builds\[0\]\.peakRss[\s\S]*machine\.cpus/);
  });
});

describe('BENCHMARKS.md', () => {
  it('writes the measured section with the command, the machine and every target', () => {
    const section = renderSection(sampleResults());
    expect(section.startsWith(SECTION_START)).toBe(true);
    expect(section.endsWith(SECTION_END)).toBe(true);
    expect(section).toContain('npm run bench\n```');
    expect(section).toContain('2 × AMD EPYC');
    expect(section).toContain('0.65 s at the start, 0.70 s at the end');
    expect(section).toContain('0.80 s at the start, 1.20 s at the end');
    expect(section).toContain('| Full build of the corpus, first build (empty cache) | under 60 s |  | 70 s | **no** |');
    expect(section).toContain('| Documents list, first visit | under 60 KB |  | 61 KB | **no** |');
    expect(section).toContain('| Full build, ratio to Hugo in the same run | ≤ 12.00× | ≤ 6.00× | 15.56× | **no** |');
    expect(section).toContain('| An edit to a municipality’s status republished | ≤ 10 s | ≤ 3 s | 9.5 s | yes |');
    expect(section).toContain('| **edit visible in the published folder** (the link swapped to a build showing it) | **27.9 s** |');
    expect(section).toContain('A municipality’s status (a new status event): `kommuner/roros.yaml`.');
    expect(section).toContain('| **edit visible in the published folder** (the link swapped to a build showing it) | **9.5 s** |');
    expect(section).toContain('| Hugo (hugo v0.111.3) | 4.5 s | 4.5 s | 500.0 MB | 12,500 | 15.56× (first build), 12.44× (built again) |');
    expect(section).toContain('| article | 10,000 | 12.5 | 1.3 |');
  });

  it('replaces only the measured section and keeps the prose around it', () => {
    const document = `# Benchmarks\n\nProse before.\n\n${SECTION_START}\nold numbers\n${SECTION_END}\n\n## Where the time goes\n\nProse after.\n`;
    const updated = replaceSection(document, `${SECTION_START}\nnew numbers\n${SECTION_END}`);
    expect(updated).toBe(`# Benchmarks\n\nProse before.\n\n${SECTION_START}\nnew numbers\n${SECTION_END}\n\n## Where the time goes\n\nProse after.\n`);
    expect(replaceSection('# Benchmarks\n', 'S')).toBe('# Benchmarks\n\nS\n');
  });
});
