/**
 * The measured part of BENCHMARKS.md, written from a results file. The rest
 * of BENCHMARKS.md (where the time goes, what was changed, what would help)
 * is prose kept by hand; `replaceSection` swaps only the text between the
 * markers, so a new run never overwrites it.
 */
import type { BuildResult, PageWeightResult, PeerResult, RepublishResult, Results, Target } from './results.ts';
import { GB, KB } from './targets.ts';

/** Start and end markers of the generated section. */
export const SECTION_START = '<!-- bench:results:start (written by npm run bench; edit the prose outside these markers) -->';
export const SECTION_END = '<!-- bench:results:end -->';

const s = (n: number | undefined) => (n === undefined ? '–' : `${n.toFixed(1)} s`);
const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
const size = (n: number) => (n >= GB ? `${(n / GB).toFixed(2)} GB` : n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : kb(n));
const count = (n: number) => n.toLocaleString('en-GB');

function targetValue(t: Target, value: number | null): string {
  if (value === null) return '–';
  if (t.unit === 'pages') return count(value);
  if (t.unit === '×') return `${value.toFixed(2)}×`;
  return `${value} ${t.unit}`;
}

function targetsTable(targets: readonly Target[]): string[] {
  return [
    '| target | limit | aim | measured | met |',
    '| --- | --- | --- | --- | --- |',
    ...targets.map((t) => {
      const limit = t.unit === 'pages' ? 'none' : `${t.comparison === 'at most' ? '≤' : 'under'} ${targetValue(t, t.limit)}`;
      const aim = t.aim === null ? '' : `≤ ${targetValue(t, t.aim)}${t.measured !== null && t.measured <= t.aim ? ' (reached)' : ''}`;
      const met = t.met === null ? 'not measured' : t.met ? 'yes' : '**no**';
      return `| ${t.label} | ${limit} | ${aim} | ${targetValue(t, t.measured)} | ${met} |`;
    }),
  ];
}

function buildsTable(builds: readonly BuildResult[]): string[] {
  const row = (b: BuildResult) => {
    const a = b.phases.astroSteps;
    const wall = b.runs.length > 1 ? `${s(b.seconds)} (median of ${b.runs.map((r) => r.seconds.toFixed(1)).join(', ')})` : s(b.seconds);
    const peak = b.runs.length > 1 ? size(Math.max(...b.runs.map((r) => r.peakRss))) : size(b.peakRss);
    return `| ${b.label} | ${wall} | ${s(b.cpuSeconds)} | ${peak} | ${s(b.phases.validation)} | ${s(b.phases.astro)} (${[
      a.startup,
      a.contentSync,
      a.bundle,
      a.pages,
      a.images,
      a.finish,
    ]
      .map((x) => (x === undefined ? '–' : x.toFixed(1)))
      .join(' / ')}) | ${s(b.phases.searchIndex)} | ${count(b.output.pages)} | ${size(b.output.bytes)} (${count(b.output.files)} files; search index ${size(b.output.searchIndexBytes)}) |`;
  };
  return [
    '| build | wall | CPU | peak memory | validation | Astro (start-up / content sync / bundling / pages / images / finish) | search index | pages | output |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...builds.map(row),
  ];
}

function peersTable(peers: readonly PeerResult[], builds: readonly BuildResult[]): string[] {
  const ours = builds.filter((b) => b.id.startsWith('corpus-'));
  const rows = peers.map((p) => {
    if (!p.available) return `| ${p.label} | not run: ${p.note} | | | | |`;
    const wall = p.runs.length > 1 ? `${s(p.seconds)} (median of ${p.runs.map((r) => r.seconds.toFixed(1)).join(', ')})` : s(p.seconds);
    const ratios = ours.map((b) => `${(b.seconds / p.seconds).toFixed(2)}× (${b.id === 'corpus-first' ? 'first build' : 'built again'})`).join(', ') || '–';
    return `| ${p.label} (${p.version}) | ${wall} | ${s(p.cpuSeconds)} | ${size(p.peakRss)} | ${count(p.pages)} | ${ratios} |`;
  });
  return ['| peer | wall | CPU | peak memory | pages | this project’s build over it |', '| --- | --- | --- | --- | --- | --- |', ...rows];
}

function republishTable(r: RepublishResult, title: string): string[] {
  const p = r.buildPhases;
  return [
    `${title}: \`${r.file}\`.`,
    '',
    '| step | seconds after the save |',
    '| --- | --- |',
    `| the watcher noticed the change (after its debounce) | ${s(r.steps.noticed)} |`,
    `| content check and build started | ${s(r.steps.buildStarted ?? r.steps.checkStarted)} |`,
    `| **edit visible in the published folder** (the link swapped to a build showing it) | **${s(r.seconds)}** |`,
    `| the watcher's «Publisert på» line (logged once the link has swapped; old builds are removed after it) | ${s(r.steps.published)} |`,
    ...(r.steps.searchUpdated !== undefined
      ? [`| the search index followed: the watcher's «Søket er oppdatert på» line (the pages went out first, with the previous index) | ${s(r.steps.searchUpdated)} |`]
      : []),
    '',
    ...(p
      ? [
          `The rebuild itself: validation ${s(p.validation)}, Astro ${s(p.astro)} (content sync ${s(p.astroSteps.contentSync)}, bundling ${s(p.astroSteps.bundle)}, pages ${s(p.astroSteps.pages)}), search index ${s(p.searchIndex)}.${r.pageCounts ? ` Files rendered: ${count(r.pageCounts.rendered)}; reused from the previous build: ${count(r.pageCounts.reused)}.` : ''}`,
          '',
        ]
      : []),
  ];
}

function weightTable(weight: PageWeightResult): string[] {
  return [
    `| page type | pages | median total | heaviest total | heaviest: HTML / CSS / JS / images / fonts | heaviest page |`,
    '| --- | --- | --- | --- | --- | --- |',
    ...weight.types.map((t) => {
      const h = t.heaviest;
      return `| ${t.label} | ${count(t.pages)} | ${kb(t.median.total)} | ${kb(h.total)} | ${[h.html, h.css, h.js, h.images, h.fonts].map(kb).join(' / ')} | \`${h.page}\` |`;
    }),
  ];
}

/** The generated section: targets, builds, republish, page weight, with the command and the machine. */
export function renderSection(results: Results): string {
  const m = results.machine;
  const lines: string[] = [
    SECTION_START,
    '',
    `Measured ${results.date.slice(0, 16).replace('T', ' ')} UTC at commit \`${results.commit.hash.slice(0, 10)}\`${results.commit.dirty ? ' (with uncommitted changes)' : ''} by:`,
    '',
    '```sh',
    results.command,
    '```',
    '',
    `Machine: ${m.cpus} × ${m.cpuModel}, ${size(m.memory)} memory, ${m.os}, Node ${m.node}. Load average (1/5/15 min) ${m.loadAtStart.join(' / ')} at the start, ${m.loadAtEnd.join(' / ')} at the end. Speed probe (fixed single-threaded work, \`speedProbe\` in tools/bench/process-tree.ts; about 0.65 s when the machine is quiet): ${m.probeSeconds.map((x) => `${x.toFixed(2)} s`).join(' at the start, ')} at the end; file-system probe (2,000 folders with a 20 KB page written and deleted, \`fileSystemProbe\`): ${m.fsProbeSeconds.map((x) => `${x.toFixed(2)} s`).join(' at the start, ')} at the end.`,
    '',
    `Corpus: seed ${results.corpus.seed}, ${count(results.corpus.news)} news items, ${count(results.corpus.documents)} documents, ${count(results.corpus.answers)} answers (${count(results.corpus.files)} files, ${size(results.corpus.bytes)}; generated in ${s(results.corpus.seconds)}).`,
    '',
    '### Targets',
    '',
    ...targetsTable(results.targets),
    '',
    '### Builds',
    '',
    ...buildsTable(results.builds),
    '',
  ];
  const peaks = results.builds
    .map((b) => `${b.label}: ${b.peakProcesses.slice(0, 4).map((p) => `${p.name} ${size(p.rss)}`).join(', ')} (at ${b.peakAt.toFixed(0)} s)`)
    .map((line) => `- ${line}`);
  lines.push('Largest processes at each build’s memory peak:', '', ...peaks, '');
  const routed = [...results.builds].reverse().find((b) => b.id.startsWith('corpus-') && b.routes.length > 0);
  if (routed) {
    lines.push(
      `Astro’s pages step by route type (${routed.label}; the render time Astro prints per route, summed; writing files and its own bookkeeping come on top):`,
      '',
      '| route type | routes | seconds | ms per route |',
      '| --- | --- | --- | --- |',
      ...routed.routes.map((r) => `| ${r.type} | ${count(r.count)} | ${r.seconds.toFixed(1)} | ${r.count ? ((r.seconds * 1000) / r.count).toFixed(1) : '–'} |`),
      '',
    );
  }

  if (results.peers.length > 0) {
    lines.push(
      '### Peers',
      '',
      `The same ${count(results.peers[0]!.markdownFiles)} Markdown files of the corpus (front matter and all, in one folder), one page each with the same minimal HTML (title and body, no layout), built from scratch in the same run (\`tools/bench/peers.ts\`):`,
      '',
      ...peersTable(results.peers, results.builds),
      '',
    );
  }

  lines.push('### Edit to republished', '');
  const r = results.republish;
  if (r) {
    lines.push(`\`${r.command}\` on a copy of the corpus; after its first publish (${s(r.initialPublish)}), two edits, each once the previous one was published. Peak memory of the watcher’s tree over the whole session: ${size(r.peakRss)}${r.peakAt !== undefined && r.peakProcesses ? `, ${r.peakAt.toFixed(0)} s after it started (${r.peakAt <= r.initialPublish ? 'during its first publish' : 'after its first publish, during the edits'}): ${r.peakProcesses.slice(0, 4).map((p) => `${p.name} ${size(p.rss)}`).join(', ')}` : ''}.`, '');
    lines.push(...republishTable(r, 'A news item’s text'));
    if (results.republishStatus) lines.push(...republishTable(results.republishStatus, 'A municipality’s status (a new status event)'));
  } else {
    lines.push('Not measured in this run.', '');
  }

  lines.push('### First-visit weight', '');
  for (const weight of results.pageWeight) {
    lines.push(
      `Built folder \`${weight.build}\`, ${count(weight.pages)} pages, every page measured. Gzip level 6; images as a ${weight.viewport.width} px wide phone at pixel ratio ${weight.viewport.dpr} picks them.`,
      '',
      ...weightTable(weight),
      '',
      `Chart JavaScript: ${weight.charts.files.map((f) => `\`${f}\``).join(', ') || 'none'}, ${kb(weight.charts.gzip)} gzipped (${kb(weight.charts.bytes)} on disk); loaded on ${weight.charts.chartPages.map((p) => `\`${p}\``).join(', ') || 'no page'}; pages without a chart that load it: ${weight.charts.strayPages.length}.`,
      '',
    );
    if (weight.missing.length) lines.push(`Missing files referenced: ${weight.missing.map((m) => `\`${m.path}\` (from \`${m.page}\`)`).join(', ')}.`, '');
    if (weight.thirdParty.length) lines.push(`Third-party URLs referenced: ${weight.thirdParty.map((t) => `\`${t.url}\``).join(', ')}.`, '');
  }
  lines.push(SECTION_END);
  return lines.join('\n');
}

/**
 * Replaces the generated section of an existing BENCHMARKS.md (or appends
 * it when the markers are missing), keeping everything else as written.
 */
export function replaceSection(document: string, section: string): string {
  const start = document.indexOf(SECTION_START);
  const end = document.indexOf(SECTION_END);
  if (start === -1 || end === -1 || end < start) return `${document.trimEnd()}\n\n${section}\n`;
  return document.slice(0, start) + section + document.slice(end + SECTION_END.length);
}
