/**
 * Edit-to-republish: starts `npm run publish` (watch mode) on a content
 * folder, waits until it has published, then makes each edit in turn (a
 * news item, a municipality's status) and times how long until the
 * published link points at a build that contains it.
 */
import { readFileSync, readlinkSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { isSeq, parseDocument } from 'yaml';
import { buildPhases, round, type TimedLine } from './build-phases.ts';
import { startCommand, type RunningCommand } from './run-command.ts';
import type { RepublishResult } from './results.ts';

/** One edit the benchmark makes while the watcher runs, and where its effect shows. */
export interface RepublishEdit {
  /** What is edited, for the report: `news` (a news item's text) or `municipality-status` (a new status event). */
  kind: RepublishResult['kind'];
  /** File to edit, relative to the content folder. */
  file: string;
  /** The file's new text, holding `marker` so the published page can be recognised. */
  apply(source: string, marker: string): string;
  /** The published page (relative to the site root) that shows the marker once republished. */
  page: string;
}

/** Where and how to run the watcher. */
export interface RepublishOptions {
  projectRoot: string;
  /** Content folder the watcher follows (a copy: it gets edited). */
  contentDir: string;
  /** Where the watcher publishes (a link it creates). */
  publishedPath: string;
  /** The build date, so the copy publishes the same items as the other builds. */
  buildDate: string;
  /** The edits, made one after the other, each once the previous one is published. */
  edits: readonly RepublishEdit[];
  /** Progress log. */
  log: (line: string) => void;
  /** Give up after this many seconds per wait. */
  timeoutSeconds?: number;
}

/** A news item's text gets a paragraph; its page shows it. */
export function newsEdit(file: string): RepublishEdit {
  return { kind: 'news', file, apply: appendParagraph, page: newsPagePath(file) };
}

/**
 * A municipality gets a new status event dated `date`: a copy of its latest
 * event (same status, phase, plan and source, so the check accepts it) with
 * a note holding the marker. The municipality's page shows the note.
 */
export function municipalityStatusEdit(file: string, date: string): RepublishEdit {
  return {
    kind: 'municipality-status',
    file,
    apply: (source, marker) => addStatusEvent(source, date, marker),
    page: `kommuner/${path.posix.basename(file).replace(/\.ya?ml$/, '')}/index.html`,
  };
}

/**
 * Adds a status event to a municipality file (YAML): the latest event
 * repeated on `date` with the note «Statusendring <marker> …». Comments and
 * the other fields stay as written. Throws when the file has no event to
 * copy.
 */
export function addStatusEvent(source: string, date: string, marker: string): string {
  const doc = parseDocument(source, { version: '1.2', schema: 'core' });
  const events = doc.get('hendelser');
  if (!isSeq(events) || events.items.length === 0) throw new Error('The municipality file has no «hendelser» to copy a status from.');
  const last = (events.toJSON() as Record<string, unknown>[]).at(-1)!;
  const event: Record<string, unknown> = { ...last, dato: date, merknad: `Statusendring ${marker}: lagt til av ytelsestesten.` };
  events.add(doc.createNode(event));
  return doc.toString({ lineWidth: 0 });
}

/** The text appended to the edited file: a paragraph with a word found nowhere else. */
export function editMarker(now = Date.now()): string {
  return `benchmarkendring${now.toString(36)}`;
}

/** Appends a paragraph holding `marker` to a Markdown file's body. */
export function appendParagraph(source: string, marker: string): string {
  return `${source.trimEnd()}\n\nRettelse ${marker}: denne setningen ble lagt til av ytelsestesten.\n`;
}

/**
 * Whether a news file's front matter makes it published on `today`: not a
 * draft (`utkast: true`) and `publisert` on or before that day. Only such an
 * item shows an edit on its page.
 */
export function isPublishedNews(source: string, today: string): boolean {
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
  if (!frontMatter) return false;
  if (/^utkast:\s*(true|ja)\s*$/m.test(frontMatter)) return false;
  const date = /^publisert:\s*['"]?(\d{4}-\d{2}-\d{2})/m.exec(frontMatter)?.[1];
  return date !== undefined && date <= today;
}

/** The site path of a news file's page: `nyheter/a.md` → `nyheter/a/index.html`. */
export function newsPagePath(file: string): string {
  const slug = path.posix.basename(file).replace(/\.mdx?$/, '');
  return `nyheter/${slug}/index.html`;
}

function target(link: string): string | undefined {
  try {
    return readlinkSync(link);
  } catch {
    return undefined;
  }
}

/** Runs the measurement, one result per edit; the watcher is stopped before it returns, also on failure. */
export async function measureRepublish(options: RepublishOptions): Promise<RepublishResult[]> {
  const { projectRoot, contentDir, publishedPath, buildDate, log } = options;
  const timeout = options.timeoutSeconds ?? 900;
  const args = ['run', 'publish', '--', '--content', contentDir, '--published', publishedPath, '--verbose'];
  const command = `npm ${args.join(' ')}`;
  const watcher = startCommand('npm', args, {
    cwd: projectRoot,
    env: { ...process.env, BUILD_DATE: buildDate },
    onLine: (line) => {
      if (/^\[\d\d:\d\d(:\d\d)?\]/.test(line.text)) log(`  publish: ${line.text}`);
    },
  });
  const results: Omit<RepublishResult, 'peakRss' | 'peakAt' | 'peakProcesses'>[] = [];
  try {
    const ready = await watcher.waitFor(/Klar\. Lagre en fil/, 0, timeout);
    if (!target(publishedPath)) throw new Error(`npm run publish said it was ready, but ${publishedPath} is not a link to a build.`);
    const initialPublish = ready.at;
    for (const edit of options.edits) {
      log(`  editing ${edit.file} (${edit.kind})`);
      results.push(await timeOneEdit(watcher, edit, { contentDir, publishedPath, timeout, command, initialPublish }));
      log(`  ${edit.kind} edit visible after ${results.at(-1)!.seconds.toFixed(1)} s`);
    }
  } finally {
    watcher.stop();
    await watcher.done.catch(() => undefined);
  }
  const run = await watcher.done;
  const { peakRss, peakAt, peakProcesses } = run.usage;
  return results.map((result) => ({ ...result, peakRss, peakAt: round(peakAt), peakProcesses: peakProcesses.slice(0, 6) }));
}

async function timeOneEdit(
  watcher: RunningCommand,
  edit: RepublishEdit,
  context: { contentDir: string; publishedPath: string; timeout: number; command: string; initialPublish: number },
): Promise<Omit<RepublishResult, 'peakRss' | 'peakAt' | 'peakProcesses'>> {
  const { contentDir, publishedPath, timeout } = context;
  const before = target(publishedPath);
  const source = path.join(contentDir, edit.file);
  const marker = editMarker();
  const edited = edit.apply(readFileSync(source, 'utf8'), marker);
  // Lines from here on are the watcher's answer to the edit (by position: a line that came in
  // the same millisecond as the previous outcome still belongs to it).
  const first = watcher.lines.length;
  const saved = watcher.elapsed();
  writeFileSync(source, edited);
  const savedAt = performance.now();

  // Poll the published folder the way a reader's next request would see it.
  let seconds: number | undefined;
  while (seconds === undefined) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = target(publishedPath);
    if (now && now !== before) {
      const html = path.join(publishedPath, edit.page);
      if (existsSync(html) && readFileSync(html, 'utf8').includes(marker)) seconds = round((performance.now() - savedAt) / 1000);
    }
    if ((performance.now() - savedAt) / 1000 > timeout) throw new Error(`The edit to ${edit.file} was not published within ${timeout} s.`);
    const outcome = watcher.lines.slice(first).find((l) => /Publisert på|Ikke publisert|Avbrutt/.test(l.text));
    if (outcome && seconds === undefined && watcher.elapsed() - outcome.at > 5) {
      throw new Error(`npm run publish finished a rebuild («${outcome.text}») but ${edit.page} does not show the edit to ${edit.file}.`);
    }
  }
  // Wait until the watcher is idle (it has also removed old builds, after its «published» line),
  // so the next edit starts from a quiet watcher.
  await watcher.waitFor(/Venter på nye endringer|Avbrutt/, saved, timeout).catch(() => undefined);

  const after = (pattern: RegExp) => watcher.lines.slice(first).find((l) => pattern.test(l.text));
  const since = (line: TimedLine | undefined) => (line ? round(line.at - saved) : undefined);
  const buildStarted = after(/[Bb]ygger nettstedet/);
  const published = after(/Publisert på/);
  // The pages are published before the search index; the build ends when the search follows.
  const searchUpdated = after(/Søket er oppdatert på/);
  const built = searchUpdated ?? published;
  const from = buildStarted ? watcher.lines.indexOf(buildStarted) : -1;
  const to = built ? watcher.lines.indexOf(built) : watcher.lines.length - 1;
  const rebuildLines = from >= 0 ? watcher.lines.slice(from, to + 1).map((l) => ({ ...l, at: l.at - buildStarted!.at })) : [];
  return {
    kind: edit.kind,
    command: context.command,
    initialPublish: round(context.initialPublish),
    file: edit.file,
    seconds,
    steps: {
      noticed: since(after(/Endret: /)),
      checkStarted: since(after(/Kontrollerer innholdet/)),
      buildStarted: since(buildStarted),
      published: since(published),
      searchUpdated: since(searchUpdated),
    },
    ...(buildStarted && built ? { buildPhases: buildPhases(rebuildLines, built.at - buildStarted.at) } : {}),
    ...(published && publishedPageCounts(published.text) ? { pageCounts: publishedPageCounts(published.text)! } : {}),
  };
}

/**
 * The pages the publisher says it rendered and reused, from its «Publisert
 * på … (12 filer bygget, 9 804 gjenbrukt)» line (older
 * publishers said «sider»); undefined when it does not
 * say (a publisher without incremental builds).
 */
export function publishedPageCounts(line: string): { rendered: number; reused: number } | undefined {
  const match = /\(([\d\s\u00a0\u202f]+) (?:fil(?:er)?|sider?) bygget, ([\d\s\u00a0\u202f]+) gjenbrukt\)/.exec(line);
  if (!match) return undefined;
  const number = (text: string) => Number(text.replace(/[\s\u00a0\u202f]/g, ''));
  return { rendered: number(match[1]!), reused: number(match[2]!) };
}
