/**
 * Faults while building and publishing (issue 17, faults 8–11), the
 * done-when fault-injection test: publishing to another file system, a
 * failing `npm run build` over a complete output, two publishers racing
 * against a crashed one's lock (20 times), the publisher killed at random
 * points of 20 builds (and one real Astro build), a full disk and a
 * read-only one. After each: the published site is complete (every page of
 * the last good build) and no work folder is left.
 *
 * The site is published on a small tmpfs mounted for the test (CI runs as
 * root), so another file system and a full disk are real. The real site is
 * built once, by the first publication; after that the publisher's build
 * step copies that build file by file (HP_TEST_PREBUILT_SITE, see
 * src/build/prebuilt-copy.ts), so each round takes seconds while the lock,
 * the work folders, the swap and the messages run as in production.
 *
 * Kill points are random, from a seed printed at the start: replay a
 * failure with HP_FAULT_SEED=<seed>.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { machineFaultInText } from '../../src/build/fault-messages.ts';
import { tryLockFile } from '../../src/build/file-lock.ts';
import { hashTree } from '../../src/publishing/fingerprint.ts';
import { publishLockFile } from '../../src/publishing/publish-lock.ts';
import { runSearchIndex, SearchIndexError } from '../../src/search/run-search-index.ts';
import { createHash } from 'node:crypto';
import { filesUnder, PROJECT, runScript, sleep, spawnScript, tempSite, type Finished } from './harness.ts';

const NEWS = 'nyheter/fase-2-vedtatt.md';
const BODY = 'Teksten i nyheten.';

/** Mounts a tmpfs of `size` at `dir`; the reason when it cannot (not root, no mount namespace). */
function mountTmpfs(dir: string, size: string): string | undefined {
  mkdirSync(dir, { recursive: true });
  const result = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { encoding: 'utf8' });
  if (result.status === 0) return undefined;
  return (result.error?.message ?? result.stderr ?? `mount exited ${result.status}`).trim().split('\n')[0];
}
const unmount = (dir: string) => spawnSync('umount', ['-l', dir]);

/** Whether this machine lets the test mount a tmpfs, and if not, why. */
const noMount = (() => {
  const probe = mkdtempSync(path.join(tmpdir(), 'hp-mount-probe-'));
  const why = mountTmpfs(probe, '1m');
  if (!why) unmount(probe);
  rmSync(probe, { recursive: true, force: true });
  return why;
})();
const onTmpfs = noMount ? ` (no tmpfs: ${noMount}; same file system)` : '';

/** A seeded random number generator (mulberry32), so kill points can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const SEED = Number(process.env['HP_FAULT_SEED'] ?? Math.floor(Math.random() * 2 ** 31));

/** Process ids of every descendant of `pid` (from /proc). */
function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // Gone meanwhile.
    }
  }
  const found: number[] = [];
  const walk = (p: number) => {
    for (const child of children.get(p) ?? []) {
      found.push(child);
      walk(child);
    }
  };
  walk(pid);
  return found;
}

/** Staff never see a Node stack trace or a Rust backtrace. */
function expectNoTrace(output: string): void {
  expect(output).not.toMatch(/^\s+at \S.*:\d+:\d+\)?$/m);
  expect(output).not.toMatch(/panicked|stack backtrace|node:internal|Error: E[A-Z]+:|RUST_BACKTRACE/);
}

describe(`publishing under faults (seed ${SEED})`, () => {
  console.info(`fault injection seed: ${SEED} (replay with HP_FAULT_SEED=${SEED})`);
  const site = tempSite('faults');
  const disk = path.join(site.dir, 'disk');
  const mounted = noMount ? (mkdirSync(disk, { recursive: true }), false) : mountTmpfs(disk, '48m') === undefined;
  const published = path.join(disk, 'site');
  const builds = path.join(disk, '.published');
  const prebuilt = path.join(site.dir, 'prebuilt');
  const lockFile = publishLockFile(published, builds);
  const newsFile = path.join(site.content, NEWS);
  const original = readFileSync(newsFile, 'utf8');
  const filler = path.join(disk, 'fyll');
  let pages: string[] = [];
  let prebuiltHash = '';
  /** The last good build: its files and the hash of the whole tree. */
  let good = { pages: [] as string[], hash: '' };
  let realMs = 20_000;
  const rand = random(SEED);

  afterAll(() => {
    if (mounted) unmount(disk);
    site.cleanup();
  });

  /** Edits the news item so the next publisher has something to build. */
  const edit = (marker: string) => writeFileSync(newsFile, original.replace(BODY, `${BODY} ${marker}`));

  /** `npm run publish:once` on the test site; with the copying build step unless `real`. */
  const publisher = (options: { pauseMs?: number; force?: boolean; real?: boolean; env?: NodeJS.ProcessEnv } = {}) =>
    spawnScript('publish.ts', ['--once', '--content', site.content, '--published', published, ...(options.force ? ['--force'] : [])], {
      ...(options.real ? {} : { HP_TEST_PREBUILT_SITE: prebuilt, HP_TEST_COPY_PAUSE_MS: String(options.pauseMs ?? 1) }),
      ...options.env,
    });

  /** Waits until no process holds the publishing lock (a killed publisher's build may still be stopping). */
  async function lockFree(): Promise<void> {
    for (let i = 0; i < 2400; i++) {
      const lock = tryLockFile(lockFile);
      if (lock) {
        lock.release();
        return;
      }
      await sleep(50);
    }
    throw new Error(`${lockFile} was still locked after two minutes`);
  }

  /** The published site is a whole build: every page of the last good build, with the same bytes. */
  async function expectComplete(context = ''): Promise<void> {
    const files = filesUnder(published);
    expect(good.pages.filter((page) => !files.includes(page)), context).toEqual([]);
    expect(await hashTree(published), context).toBe(good.hash);
  }

  /** What is published now is the last good build (after a publication that succeeded). */
  async function remember(): Promise<void> {
    good = { pages: filesUnder(published), hash: await hashTree(published) };
  }

  /** Work folders, half-made links and builds nobody points at, anywhere in the test site. */
  function leftovers(): string[] {
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (full === site.content || full === prebuilt) continue;
        // Lock files stay beside what they lock (src/build/file-lock.ts); they are no work folders.
        if (/bygger|gammel|\.tmp-|\.prerender/.test(entry.name) && !entry.name.endsWith('.lock')) found.push(path.relative(site.dir, full));
        else if (entry.isDirectory() && !entry.isSymbolicLink()) walk(full);
      }
    };
    walk(site.dir);
    // A build on another file system works in the project (src/build/output-folder.ts).
    const inProject = path.join(PROJECT, '.astro', 'bygger', `www-${createHash('sha256').update(path.join(builds, '.site-bygger', 'www')).digest('hex').slice(0, 12)}`);
    if (existsSync(inProject)) found.push(inProject);
    if (existsSync(builds) && existsSync(published)) {
      const current = path.basename(path.dirname(path.resolve(path.dirname(published), readlinkSync(published))));
      const kept = readdirSync(builds).filter((name) => name.startsWith('site-'));
      if (!kept.includes(current) || kept.length > 2) found.push(`.published/ holds ${kept.join(', ')} (live: ${current})`);
    }
    return found;
  }

  it(`publishes to a folder on another file system with the real Astro build${onTmpfs}`, async () => {
    if (mounted) expect(spawnSync('findmnt', ['-n', '-o', 'FSTYPE', disk], { encoding: 'utf8' }).stdout.trim()).toBe('tmpfs');
    const timed = performance.now();
    const first = await publisher({ real: true }).done;
    realMs = performance.now() - timed;
    expect(first.code, first.output).toBe(0);
    expect(first.output).toMatch(/Publisert på/);
    expectNoTrace(first.output);
    // This build is the last good one from here on, and the copying build step's source.
    cpSync(path.resolve(path.dirname(published), readlinkSync(published)), prebuilt, { recursive: true });
    pages = filesUnder(prebuilt);
    prebuiltHash = await hashTree(prebuilt);
    good = { pages, hash: prebuiltHash };
    expect(pages).toContain('index.html');
    expect(pages).toContain('pagefind/pagefind.js');
    expect(pages).toContain('sitemap-index.xml');
    expect(leftovers()).toEqual([]);
  }, 300_000);

  it(`npm run build over a complete output keeps it whole when the build fails (throwing MDX, bad attachment name, bad boundary file${noMount ? `; no full disk: cannot mount a tmpfs (${noMount})` : ', full disk'})`, async () => {
    const out = path.join(disk, 'dist');
    cpSync(prebuilt, out, { recursive: true });
    const before = await hashTree(out);
    const fixtures: Record<string, (content: string) => void> = {
      'MDX expression that throws': (content) =>
        writeFileSync(
          path.join(content, 'nyheter', 'kast.mdx'),
          original.replace(/^tittel: .*$/m, 'tittel: Kaster').replace(BODY, "{(() => { throw new Error('bom'); })()}"),
        ),
      'bad attachment name': (content) => {
        const dir = path.join(content, 'dokumenter', 'tjenesteavtale');
        cpSync(path.join(dir, 'avtale.pdf'), path.join(dir, '_headers'));
        const index = path.join(dir, 'index.md');
        writeFileSync(index, readFileSync(index, 'utf8').replace('vedlegg:\n', 'vedlegg:\n  - fil: _headers\n    tittel: Overskrifter\n'));
      },
      'bad boundary file': (content) => {
        const settings = path.join(content, 'innstillinger.json');
        writeFileSync(settings, readFileSync(settings, 'utf8').replace('"epost": "postmottak@innsyn.example.no"', '"epost": "postmottak@innsyn.example.no",\n    "kartgrenser": "kart/kommuner.geojson"'));
        mkdirSync(path.join(content, 'kart'), { recursive: true });
        writeFileSync(path.join(content, 'kart', 'kommuner.geojson'), '{"type":"FeatureCollection","features":[{"type":"Feature",');
      },
    };
    for (const [name, apply] of Object.entries(fixtures)) {
      const copy = path.join(site.dir, `innhold-${name.replace(/\W+/g, '-')}`);
      cpSync(site.content, copy, { recursive: true });
      apply(copy);
      const run = runScript('build.ts', ['--out', out], { CONTENT_DIR: copy });
      rmSync(copy, { recursive: true, force: true });
      expect(run.code, `${name}:\n${run.output}`).not.toBe(0);
      expect(run.output, name).toMatch(/Nettstedet ble ikke bygget\./);
      expectNoTrace(run.output);
      expect(await hashTree(out), name).toBe(before);
      expect(leftovers(), name).toEqual([]);
    }

    // A full disk stops the real Astro build (or Pagefind) part way.
    if (mounted) {
      const free = freeBytes(disk);
      writeFileSync(filler, Buffer.alloc(Math.max(0, free - 600 * 1024)));
      edit('markor-full-disk');
      const run = runScript('build.ts', ['--out', out], { CONTENT_DIR: site.content });
      rmSync(filler);
      expect(run.code, run.output).toBe(3);
      expect(run.output).toMatch(/Disken er full, så den nye versjonen fikk ikke plass .* Det som var der fra før, er urørt\./);
      expectNoTrace(run.output);
      expect(await hashTree(out)).toBe(before);
      expect(leftovers()).toEqual([]);
    }
    rmSync(out, { recursive: true, force: true });
    rmSync(path.join(disk, '.dist.bygger.lock'), { force: true });
  }, 300_000);

  it("two publishers started together against a crashed publisher's lock: exactly one builds, 20 times", async () => {
    // A publisher killed while building leaves its lock file, naming a process that is gone.
    edit('markor-krasj');
    const crashed = publisher({ pauseMs: 20 });
    while (!/bygger nettstedet/.test(crashed.output())) await sleep(20);
    crashed.child.kill('SIGKILL');
    await crashed.done;
    const deadPid = crashed.child.pid!;
    expect(readFileSync(lockFile, 'utf8').trim()).toBe(String(deadPid));
    await lockFree();

    for (let round = 0; round < 20; round++) {
      writeFileSync(lockFile, `${deadPid}\n`);
      edit(`markor-kappløp-${round}`);
      const linkBefore = readlinkSync(published);
      const [a, b] = [publisher(), publisher()];
      const results: Finished[] = await Promise.all([a.done, b.done]);
      const built = results.filter((r) => /Publisert på/.test(r.output));
      const context = `round ${round}:\n--- A ---\n${results[0]!.output}\n--- B ---\n${results[1]!.output}`;
      expect(built, context).toHaveLength(1);
      expect(built[0]!.code, context).toBe(0);
      const other = results.find((r) => r !== built[0])!;
      // The other one either found the lock taken, or started after the first had finished and found nothing new.
      if (other.code === 0) expect(other.output, context).toMatch(/Ingen endringer som påvirker nettstedet/);
      else {
        expect(other.code, context).toBe(1);
        expect(other.output, context).toMatch(/En annen publisering til samme sted kjører allerede \(prosess \d+\)\. Nettstedet er som før\./);
        expect(other.output, context).not.toMatch(/Publisert|bygger nettstedet/);
      }
      for (const r of results) expectNoTrace(r.output);
      expect(readlinkSync(published), context).not.toBe(linkBefore);
      await expectComplete(context);
      expect(leftovers(), context).toEqual([]);
    }
  }, 900_000);

  it('the publisher killed at random points of 20 builds (and of one real Astro build) leaves the site whole, and the next run clears up', async () => {
    // How long a copying build takes here, so kill points spread over the whole build and swap.
    const timed = performance.now();
    const measured = await publisher({ pauseMs: 5, force: true }).done;
    expect(measured.code, measured.output).toBe(0);
    const windowMs = performance.now() - timed;
    for (let round = 0; round <= 20; round++) {
      const real = round === 20;
      // Publisher alone (its build must stop by itself), or the whole tree at once (nothing gets to clean).
      const wholeTree = round % 2 === 1;
      const delay = Math.round(rand() * (real ? realMs : windowMs));
      const context = `round ${round} (seed ${SEED}, ${real ? 'real Astro build, ' : ''}${wholeTree ? 'whole tree' : 'publisher only'}, kill after ${delay} ms)`;
      const linkBefore = readlinkSync(published);
      const run = publisher({ pauseMs: 5, force: true, real });
      await sleep(delay);
      const pids = wholeTree ? [run.child.pid!, ...descendants(run.child.pid!)] : [run.child.pid!];
      for (const pid of pids) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }
      await run.done;
      await lockFree();
      if (real && readlinkSync(published) !== linkBefore) {
        // Killed after the swap: the new build is the last good one, and whole: every page, the search index.
        const files = filesUnder(published);
        expect(pages.filter((page) => !page.startsWith('pagefind/') && !files.includes(page)), context).toEqual([]);
        expect(files, context).toContain('pagefind/pagefind.js');
        await remember();
      }
      await expectComplete(context);

      // The next publisher clears what the killed one left; nothing changed, so it builds nothing.
      const next = await publisher().done;
      expect(next.code, `${context}\n${next.output}`).toBe(0);
      expectNoTrace(next.output);
      expect(leftovers(), context).toEqual([]);
      await expectComplete(context);
    }
  }, 900_000);

  it(`a full disk and a read-only disk while publishing: one Norwegian sentence, the old site intact${noMount ? ` (cannot mount: ${noMount}; the copying build step fails as the disk would)` : ''}`, async () => {
    const linkBefore = readlinkSync(published);
    if (mounted) {
      const free = freeBytes(disk);
      writeFileSync(filler, Buffer.alloc(Math.max(0, free - 300 * 1024)));
    }
    const full = await publisher({ force: true, env: mounted ? {} : { HP_TEST_FAULT: 'ENOSPC' } }).done;
    if (mounted) rmSync(filler);
    expect(full.code, full.output).toBe(1);
    expect(full.output).toMatch(/Ikke publisert \([^)]*\): Disken er full, så den nye versjonen fikk ikke plass \(i .*\)\. Nettstedet er som før\. Frigjør plass på disken/);
    expectNoTrace(full.output);
    expect(readlinkSync(published)).toBe(linkBefore);
    await expectComplete();
    expect(leftovers()).toEqual([]);

    if (mounted) spawnSync('mount', ['-o', 'remount,ro', disk]);
    const readOnly = await publisher({ force: true, env: mounted ? {} : { HP_TEST_FAULT: 'EROFS' } }).done;
    if (mounted) spawnSync('mount', ['-o', 'remount,rw', disk]);
    expect(readOnly.code, readOnly.output).toBe(1);
    expect(readOnly.output).toMatch(/Ikke publisert.*: Mappen .* ligger på en disk som bare kan leses \(skrivebeskyttet\), så den nye versjonen kunne ikke lagres\. Nettstedet er som før\./);
    expectNoTrace(readOnly.output);
    expect(readlinkSync(published)).toBe(linkBefore);
    await expectComplete();
    expect(leftovers()).toEqual([]);

    // With room again, publishing works.
    const again = await publisher({ force: true }).done;
    expect(again.code, again.output).toBe(0);
    good = { pages, hash: prebuiltHash };
    await expectComplete();
  }, 300_000);

  it(`Pagefind on a full disk ends as a disk-full error of this build, not a panic or a hang${noMount ? ` (cannot mount a tmpfs: ${noMount}; only its panic text is read)` : ''}`, async () => {
    if (!mounted) {
      expect(new SearchIndexError(machineFaultInText("panicked at pagefind/src/output/mod.rs: Os { code: 28, kind: StorageFull }"), '').fault).toBe('disk-full');
      return;
    }
    const small = path.join(site.dir, 'liten');
    expect(mountTmpfs(small, '16m')).toBeUndefined();
    try {
      cpSync(prebuilt, path.join(small, 'www'), { recursive: true, filter: (src) => !src.includes(`${path.sep}pagefind`) });
      // Room for the pages, not for the index (about 700 KB).
      writeFileSync(path.join(small, 'fyll'), Buffer.alloc(Math.max(0, freeBytes(small) - 100 * 1024)));
      const error = await runSearchIndex(path.join(small, 'www')).then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(SearchIndexError);
      expect((error as SearchIndexError).fault).toBe('disk-full');
    } finally {
      unmount(small);
    }
  }, 120_000);
});

/** Free bytes on the file system holding `dir`. */
function freeBytes(dir: string): number {
  return Number(spawnSync('df', ['--output=avail', '-B1', dir], { encoding: 'utf8' }).stdout.trim().split('\n').at(-1));
}
