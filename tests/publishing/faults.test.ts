/**
 * Faults while publishing (issue 17): publishers started together against a
 * lock left by a crashed one. The real site is built once; the publisher's
 * build step then copies that build file by file (HP_TEST_PREBUILT_SITE, see
 * src/build/prebuilt-copy.ts), so each round takes seconds, not a real
 * Astro build, while the check, the work folder, the swap and the lock all
 * run as in production.
 */
import { readFileSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tryLockFile } from '../../src/build/file-lock.ts';
import { hashTree } from '../../src/publishing/fingerprint.ts';
import { publishLockFile } from '../../src/publishing/publish-lock.ts';
import { filesUnder, runScript, sleep, spawnScript, tempSite, type Finished } from './harness.ts';

const NEWS = 'nyheter/fase-2-vedtatt.md';
const BODY = 'Teksten i nyheten.';

describe('publishing under faults', () => {
  const site = tempSite('faults');
  const published = path.join(site.dir, 'site');
  const builds = path.join(site.dir, '.published');
  const prebuilt = path.join(site.dir, 'prebuilt');
  const lockFile = publishLockFile(published, builds);
  const newsFile = path.join(site.content, NEWS);
  const original = readFileSync(newsFile, 'utf8');
  let pages: string[] = [];
  let prebuiltHash = '';

  beforeAll(async () => {
    const built = runScript('build.ts', ['--out', prebuilt], { CONTENT_DIR: site.content });
    expect(built.code, built.output).toBe(0);
    pages = filesUnder(prebuilt);
    prebuiltHash = await hashTree(prebuilt);
  }, 300_000);
  afterAll(() => site.cleanup());

  /** Edits the news item so the next publisher has something to build. */
  const edit = (marker: string) => writeFileSync(newsFile, original.replace(BODY, `${BODY} ${marker}`));

  /** Starts `npm run publish:once` on the test site with the copying build step. */
  const publisher = (pauseMs = 1, env: NodeJS.ProcessEnv = {}) =>
    spawnScript('publish.ts', ['--once', '--content', site.content, '--published', published], {
      HP_TEST_PREBUILT_SITE: prebuilt,
      HP_TEST_COPY_PAUSE_MS: String(pauseMs),
      ...env,
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
  async function expectComplete(): Promise<void> {
    const files = filesUnder(published);
    expect(pages.filter((page) => !files.includes(page))).toEqual([]);
    expect(await hashTree(published)).toBe(prebuiltHash);
  }

  /** Work folders, half-made links and builds nobody points at, anywhere in the test site. */
  function leftovers(): string[] {
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (full === site.content || full === prebuilt) continue;
        if (/bygger|gammel|\.tmp-|\.prerender/.test(entry.name)) found.push(path.relative(site.dir, full));
        else if (entry.isDirectory() && !entry.isSymbolicLink()) walk(full);
      }
    };
    walk(site.dir);
    const current = path.basename(path.dirname(path.resolve(path.dirname(published), readlinkSync(published))));
    const kept = readdirSync(builds).filter((name) => name.startsWith('site-'));
    if (!kept.includes(current) || kept.length > 2) found.push(`.published/ holds ${kept.join(', ')} (live: ${current})`);
    return found;
  }

  /** Staff never see a Node stack trace or a Rust backtrace. */
  const expectNoTrace = (output: string) => {
    expect(output).not.toMatch(/^\s+at \S.*:\d+:\d+\)?$/m);
    expect(output).not.toMatch(/panicked|stack backtrace|node:internal|Error: E[A-Z]+:/);
  };

  it('two publishers started together against a crashed publisher\'s lock: exactly one builds, 20 times', async () => {
    // A publisher killed while building leaves its lock file, naming a process that is gone.
    edit('markor-krasj');
    const crashed = publisher(20);
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        if (/bygger nettstedet/.test(crashed.output())) {
          clearInterval(timer);
          resolve();
        }
      }, 20);
    });
    crashed.child.kill('SIGKILL');
    await crashed.done;
    const deadPid = crashed.child.pid!;
    expect(readFileSync(lockFile, 'utf8').trim()).toBe(String(deadPid));
    await lockFree();

    const first = await publisher().done;
    expect(first.code, first.output).toBe(0);
    await expectComplete();

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
      await expectComplete();
      expect(leftovers(), context).toEqual([]);
    }
  }, 900_000);
});
