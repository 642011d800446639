/**
 * Every site gate passes on the built shipped content (with the test
 * documents and unpublished items of the shared test build), and on a build
 * of a generated corpus large enough to reach pagination, many topics and
 * attachments: 200 news items, 40 documents, 30 answers.
 */
import { execFileSync, type StdioOptions } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readBuiltSite, type BuiltSite } from '../../tools/gates/built-site.ts';
import { GATES } from '../../tools/gates/run-gates.ts';
import { TEST_BUILD_DATE } from '../support/global-setup.ts';

const siteUrl = (contentDir: string) =>
  (JSON.parse(readFileSync(path.join(contentDir, 'innstillinger.json'), 'utf8')) as { nettadresse: string }).nettadresse;

/** A gate's problems as `page: message` lines, so a failure reads like the CLI. */
/**
 * A gate reads every page: html-validate alone takes about 30 s over the
 * corpus's pages on a quiet 2-core machine, and twice that beside another
 * test file. A limit, not a timing: the benchmark measures speed.
 */
const GATE_TIMEOUT_MS = 300_000;

async function problems(site: BuiltSite, gate: (typeof GATES)[number]): Promise<string[]> {
  return (await gate.check(site)).map((problem) => `${problem.page}: ${problem.message}`);
}

describe('the site gates on the shipped content', () => {
  let site: BuiltSite;
  beforeAll(() => {
    site = readBuiltSite(inject('siteDir'), siteUrl(inject('contentDir')));
  });

  it('read every page of the build', () => {
    expect(site.pages.length).toBeGreaterThan(20);
    expect(site.pages.map((page) => page.path)).toContain('/404.html');
  });

  it.each(GATES)('pass: $title', async (gate) => {
    expect(await problems(site, gate)).toEqual([]);
  }, GATE_TIMEOUT_MS);
});

describe('the site gates on a generated corpus', () => {
  let root: string;
  let site: BuiltSite;
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'hp-gates-corpus-'));
    const content = path.join(root, 'content');
    const out = path.join(root, 'dist');
    const quiet: { stdio: StdioOptions } = { stdio: ['ignore', 'ignore', 'inherit'] };
    execFileSync(
      process.execPath,
      ['scripts/generate-corpus.ts', '--out', content, '--news', '200', '--documents', '40', '--answers', '30'],
      quiet,
    );
    execFileSync(process.execPath, ['scripts/build.ts', '--out', out], {
      ...quiet,
      env: { ...process.env, CONTENT_DIR: content, BUILD_DATE: TEST_BUILD_DATE },
    });
    site = readBuiltSite(out, siteUrl(content));
  });
  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('read a few hundred pages', () => {
    expect(site.pages.length).toBeGreaterThan(300);
  });

  it.each(GATES)('pass: $title', async (gate) => {
    expect(await problems(site, gate)).toEqual([]);
  }, GATE_TIMEOUT_MS);
});
