/**
 * Peers for `npm run bench` (issue #13): the same corpus Markdown built by
 * Hugo and by a bare Astro 7 site, in the same run, so the project's build
 * times can be given as ratios to both. Both peers get the same input (every
 * `.md` file of the corpus, front matter and all, copied into one folder)
 * and write one page per file with the same minimal HTML around the
 * rendered Markdown: a title and the body, no layout, no CSS, no search.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PeerResult } from './results.ts';
import { runCommand } from './run-command.ts';

/** Every Markdown (`.md`) file of a corpus folder, relative, `/`-separated, sorted; the corpus's own README is not content. */
export function corpusMarkdown(corpusDir: string): string[] {
  const found: string[] = [];
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(corpusDir, relative), { withFileTypes: true })) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else if (entry.name.endsWith('.md') && child !== 'README.md') found.push(child);
    }
  };
  walk('');
  return found.sort();
}

/** The flat file name a corpus Markdown file gets in a peer: `dokumenter/x/index.md` → `dokumenter--x.md`. */
export function peerFileName(relative: string): string {
  return `${relative.replace(/\/index\.md$/, '.md').replaceAll('/', '--')}`;
}

function copySources(corpusDir: string, files: readonly string[], into: string): void {
  mkdirSync(into, { recursive: true });
  for (const file of files) copyFileSync(path.join(corpusDir, file), path.join(into, peerFileName(file)));
}

/** The HTML both peers put around a page: the same for both, so the comparison is fair. */
const PAGE = (title: string, body: string) => `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>\n`;

/**
 * Writes a Hugo site into `root`: the Markdown in `content/sider/`, one
 * layout for single pages, and every other kind of output (lists,
 * taxonomies, feeds, sitemap) turned off.
 */
export function writeHugoSite(root: string, corpusDir: string, files: readonly string[]): void {
  rmSync(root, { recursive: true, force: true });
  copySources(corpusDir, files, path.join(root, 'content', 'sider'));
  writeFileSync(
    path.join(root, 'hugo.toml'),
    [
      "baseURL = 'https://benchmark.invalid/'",
      "languageCode = 'nb'",
      "disableKinds = ['home', 'section', 'taxonomy', 'term', 'RSS', 'sitemap', 'robotsTXT', '404']",
      'enableGitInfo = false',
      '',
    ].join('\n'),
  );
  mkdirSync(path.join(root, 'layouts', '_default'), { recursive: true });
  writeFileSync(path.join(root, 'layouts', '_default', 'single.html'), PAGE('{{ .File.ContentBaseName }}', '{{ .Content }}'));
}

/**
 * Writes a bare Astro site into `root`: one content collection over the
 * Markdown (glob loader, no schema) and one page per entry. It uses the
 * project's installed Astro through a `node_modules` link, and keeps its
 * caches inside `root`.
 */
export function writeBareAstroSite(root: string, corpusDir: string, files: readonly string[], projectRoot: string): void {
  rmSync(root, { recursive: true, force: true });
  copySources(corpusDir, files, path.join(root, 'sider'));
  mkdirSync(path.join(root, 'src', 'pages'), { recursive: true });
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  writeFileSync(path.join(root, 'package.json'), `${JSON.stringify({ name: 'bare-astro-benchmark', private: true, type: 'module' }, null, 2)}\n`);
  writeFileSync(
    path.join(root, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\n\n// Caches stay in this folder, not in the linked node_modules.\nexport default defineConfig({ cacheDir: './.cache', vite: { cacheDir: './.cache/vite' } });\n",
  );
  writeFileSync(
    path.join(root, 'src', 'content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n\nexport const collections = { sider: defineCollection({ loader: glob({ pattern: '*.md', base: './sider' }) }) };\n",
  );
  writeFileSync(
    path.join(root, 'src', 'pages', '[...slug].astro'),
    [
      '---',
      "import { getCollection, render } from 'astro:content';",
      '',
      'export async function getStaticPaths() {',
      "  const pages = await getCollection('sider');",
      '  return pages.map((page) => ({ params: { slug: page.id }, props: { page } }));',
      '}',
      'const { page } = Astro.props;',
      'const { Content } = await render(page);',
      '---',
      PAGE('{page.id}', '<Content />').trim(),
      '',
    ].join('\n'),
  );
}

/** Runs a program and returns its first output line, or undefined when it cannot be started. */
function firstLine(command: string, args: string[]): string | undefined {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n')[0]!.trim();
  } catch {
    return undefined;
  }
}

/** Whether Hugo can run here: its version, or why not. */
export type HugoAvailability = { ok: true; version: string } | { ok: false; note: string };

/**
 * Finds Hugo, installing Debian's `hugo` package with apt-get when it is
 * missing and this process may (runs as root, apt-get present, `install`
 * true). Never throws: when Hugo cannot be had, says why.
 */
export function findHugo(options: { install: boolean; log: (line: string) => void; hugo?: string }): HugoAvailability {
  const hugo = options.hugo ?? 'hugo';
  const version = () => firstLine(hugo, ['version']);
  const found = version();
  if (found) return { ok: true, version: found };
  if (!options.install) return { ok: false, note: `\`${hugo}\` is not installed, and installing it was not allowed in this run.` };
  if (process.getuid?.() !== 0) return { ok: false, note: `\`${hugo}\` is not installed, and installing Debian's \`hugo\` package needs root (run \`sudo apt-get install hugo\`).` };
  if (!firstLine('apt-get', ['--version'])) return { ok: false, note: `\`${hugo}\` is not installed, and this system has no apt-get to install it with.` };
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () => execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'hugo'], { stdio: 'ignore', env });
  try {
    options.log('hugo is missing: apt-get install -y hugo');
    try {
      install();
    } catch {
      // The package lists may be missing or old.
      options.log('  apt-get update, then again');
      execFileSync('apt-get', ['update'], { stdio: 'ignore', env });
      install();
    }
  } catch (error) {
    return { ok: false, note: `\`${hugo}\` is not installed, and \`apt-get install hugo\` failed (${(error as Error).message.split('\n')[0]}).` };
  }
  const installed = version();
  return installed ? { ok: true, version: installed } : { ok: false, note: `apt-get installed \`hugo\`, but \`${hugo} version\` does not run.` };
}

/** HTML pages under a folder. */
export function countPages(dir: string): number {
  let pages = 0;
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(d, entry.name));
      else if (entry.name.endsWith('.html')) pages += 1;
    }
  };
  if (existsSync(dir)) walk(dir);
  return pages;
}

/** How to build the peers. */
export interface PeerOptions {
  projectRoot: string;
  corpusDir: string;
  /** Folder the peers' sites and outputs go into. */
  work: string;
  /** Runs of each peer; the median is reported. */
  repeat: number;
  /** Install Hugo with apt-get when missing (see `findHugo`). */
  installHugo: boolean;
  log: (line: string) => void;
  /** Hugo's command (default `hugo`). */
  hugo?: string;
}

const median = <T extends { seconds: number }>(runs: T[]) => [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor((runs.length - 1) / 2)]!;

async function timePeer(
  base: Pick<PeerResult, 'id' | 'label' | 'version' | 'command' | 'markdownFiles'>,
  repeat: number,
  fresh: () => void,
  run: () => ReturnType<typeof runCommand>,
  outDir: string,
  log: (line: string) => void,
): Promise<PeerResult> {
  const runs: { seconds: number; peakRss: number; cpuSeconds: number; pages: number }[] = [];
  for (let i = 0; i < repeat; i++) {
    fresh();
    log(`${base.label}: ${base.command}`);
    const result = await run();
    if (result.code !== 0) {
      const tail = result.lines.slice(-15).map((l) => l.text).join(' | ');
      log(`  FAILED (exit ${result.code})`);
      return { ...base, available: false, note: `The build failed (exit ${result.code}): ${tail}`, seconds: 0, runs: [], cpuSeconds: 0, peakRss: 0, pages: 0 };
    }
    const pages = countPages(outDir);
    log(`  done in ${result.seconds.toFixed(1)} s, peak ${(result.usage.peakRss / 1e9).toFixed(2)} GB, ${pages} HTML pages`);
    runs.push({ seconds: result.seconds, peakRss: result.usage.peakRss, cpuSeconds: result.usage.cpuSeconds, pages });
  }
  const mid = median(runs);
  return {
    ...base,
    available: true,
    note: '',
    seconds: mid.seconds,
    runs: runs.map(({ seconds, peakRss }) => ({ seconds, peakRss })),
    cpuSeconds: Math.round(mid.cpuSeconds * 10) / 10,
    peakRss: mid.peakRss,
    pages: mid.pages,
  };
}

/**
 * Builds the corpus Markdown with Hugo and with a bare Astro site, each
 * `repeat` times from scratch (no cache, output folder removed outside the
 * timing), and returns both results; a peer that cannot run is returned
 * with `available: false` and a note.
 */
export async function buildPeers(options: PeerOptions): Promise<PeerResult[]> {
  const { projectRoot, corpusDir, work, repeat, log } = options;
  const files = corpusMarkdown(corpusDir);
  const results: PeerResult[] = [];

  const hugo = findHugo({ install: options.installHugo, log, ...(options.hugo ? { hugo: options.hugo } : {}) });
  const hugoRoot = path.join(work, 'peer-hugo');
  const hugoOut = path.join(work, 'peer-hugo-out');
  const hugoBase = { id: 'hugo' as const, label: 'Hugo', markdownFiles: files.length, command: `hugo --source ${hugoRoot} --destination ${hugoOut} --quiet` };
  if (hugo.ok) {
    writeHugoSite(hugoRoot, corpusDir, files);
    const hugoCommand = options.hugo ?? 'hugo';
    results.push(
      await timePeer(
        { ...hugoBase, version: hugo.version },
        repeat,
        () => rmSync(hugoOut, { recursive: true, force: true }),
        () => runCommand(hugoCommand, ['--source', hugoRoot, '--destination', hugoOut, '--quiet', '--noBuildLock'], { cwd: hugoRoot }),
        hugoOut,
        log,
      ),
    );
  } else {
    log(`Hugo skipped: ${hugo.note}`);
    results.push({ ...hugoBase, version: 'none', available: false, note: hugo.note, seconds: 0, runs: [], cpuSeconds: 0, peakRss: 0, pages: 0 });
  }

  const astroRoot = path.join(work, 'peer-astro');
  const astroOut = path.join(astroRoot, 'dist');
  const astroBin = path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  writeBareAstroSite(astroRoot, corpusDir, files, projectRoot);
  const astroVersion = firstLine(process.execPath, [astroBin, '--version'])?.replace(/\u001b\[[0-9;]*m/g, '').replace(/\s+/g, ' ').trim() ?? 'unknown';
  results.push(
    await timePeer(
      { id: 'astro-bare', label: 'Bare Astro', version: astroVersion, markdownFiles: files.length, command: `astro build --root ${astroRoot}` },
      repeat,
      () => {
        // From scratch each time, like the project's first build: no data store, no output.
        for (const dir of [astroOut, path.join(astroRoot, '.cache'), path.join(astroRoot, '.astro')]) rmSync(dir, { recursive: true, force: true });
      },
      () => runCommand(process.execPath, [astroBin, 'build', '--root', astroRoot], { cwd: astroRoot }),
      astroOut,
      log,
    ),
  );
  return results;
}
