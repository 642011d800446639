/**
 * Edit-to-republish: starts `npm run publish` (watch mode) on a content
 * folder, waits until it has published, edits one news file, and times how
 * long until the published link points at a build that contains the edit.
 */
import { readFileSync, readlinkSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { buildPhases, round, type TimedLine } from './build-phases.ts';
import { startCommand } from './run-command.ts';
import type { RepublishResult } from './results.ts';

/** Where and how to run the watcher. */
export interface RepublishOptions {
  projectRoot: string;
  /** Content folder the watcher follows (a copy: it gets edited). */
  contentDir: string;
  /** Where the watcher publishes (a link it creates). */
  publishedPath: string;
  /** The build date, so the copy publishes the same items as the other builds. */
  buildDate: string;
  /** News file to edit, relative to the content folder. */
  file: string;
  /** Progress log. */
  log: (line: string) => void;
  /** Give up after this many seconds per wait. */
  timeoutSeconds?: number;
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

/** Runs the measurement; the watcher is stopped before it returns, also on failure. */
export async function measureRepublish(options: RepublishOptions): Promise<RepublishResult> {
  const { projectRoot, contentDir, publishedPath, buildDate, file, log } = options;
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
  let result: Omit<RepublishResult, 'peakRss'>;
  try {
    const ready = await watcher.waitFor(/Klar\. Lagre en fil/, 0, timeout);
    const before = target(publishedPath);
    if (!before) throw new Error(`npm run publish said it was ready, but ${publishedPath} is not a link to a build.`);
    const initialPublish = ready.at;

    const source = path.join(contentDir, file);
    const marker = editMarker();
    const edited = appendParagraph(readFileSync(source, 'utf8'), marker);
    // Lines from here on are the watcher's answer to the edit (by position: a line that came in
    // the same millisecond as «Klar» still belongs to the first publish).
    const first = watcher.lines.length;
    const saved = watcher.elapsed();
    writeFileSync(source, edited);
    const savedAt = performance.now();

    // Poll the published folder the way a reader's next request would see it.
    const page = newsPagePath(file);
    let seconds: number | undefined;
    while (seconds === undefined) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const now = target(publishedPath);
      if (now && now !== before) {
        const html = path.join(publishedPath, page);
        if (existsSync(html) && readFileSync(html, 'utf8').includes(marker)) seconds = round((performance.now() - savedAt) / 1000);
      }
      if ((performance.now() - savedAt) / 1000 > timeout) throw new Error(`The edit to ${file} was not published within ${timeout} s.`);
      const outcome = watcher.lines.slice(first).find((l) => /Publisert på|Ikke publisert|Avbrutt/.test(l.text));
      if (outcome && seconds === undefined && watcher.elapsed() - outcome.at > 5) {
        throw new Error(`npm run publish finished a rebuild («${outcome.text}») but ${page} does not show the edit.`);
      }
    }

    const after = (pattern: RegExp) => watcher.lines.slice(first).find((l) => pattern.test(l.text));
    const since = (line: TimedLine | undefined) => (line ? round(line.at - saved) : undefined);
    const buildStarted = after(/Bygger nettstedet/);
    const published = after(/Publisert på/);
    const from = buildStarted ? watcher.lines.indexOf(buildStarted) : -1;
    const to = published ? watcher.lines.indexOf(published) : watcher.lines.length - 1;
    const rebuildLines = from >= 0 ? watcher.lines.slice(from, to + 1).map((l) => ({ ...l, at: l.at - buildStarted!.at })) : [];
    result = {
      command,
      initialPublish: round(initialPublish),
      file,
      seconds,
      steps: {
        noticed: since(after(/Endret: /)),
        checkStarted: since(after(/Kontrollerer innholdet/)),
        buildStarted: since(buildStarted),
        published: since(published),
      },
      ...(buildStarted && published ? { buildPhases: buildPhases(rebuildLines, published.at - buildStarted.at) } : {}),
    };
  } finally {
    watcher.stop();
    await watcher.done.catch(() => undefined);
  }
  const run = await watcher.done;
  return { ...result, peakRss: run.usage.peakRss };
}
