/**
 * Every bad-input fixture (tests/fixtures/bad-input/<class>/<case>/) through
 * the real check and the real build: a copy of tests/fixtures/valid with the
 * case's overlay/ copied over it. The check must print exactly the case's
 * expected.txt (empty: the file is accepted as a user would expect), and the
 * build must agree: it refuses with the same lines exactly when the check
 * refuses, and builds the site when the check accepts.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build-site.ts';
import { runContentCheck } from '../../src/validation/run-check.ts';
import { BUILD_DATE, validFixture } from './fixture.ts';

const root = path.resolve(import.meta.dirname, '../fixtures/bad-input');
const cases = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((kind) => readdirSync(path.join(root, kind.name)).map((name) => `${kind.name}/${name}`))
  .filter((name) => existsSync(path.join(root, name, 'overlay')))
  .sort();
const expected = (name: string) =>
  readFileSync(path.join(root, name, 'expected.txt'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');

const made: string[] = [];
// Removing a hundred copies can outlast the default hook time on a busy machine.
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
}, 120_000);

/** A copy of the valid tree with the case's overlay over it. */
function contentFor(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'feil-inndata-'));
  made.push(dir);
  const content = path.join(dir, 'content');
  cpSync(validFixture, content, { recursive: true });
  cpSync(path.join(root, name, 'overlay'), content, { recursive: true });
  return content;
}

/** Runs `fn` with CONTENT_DIR and BUILD_DATE set, as the commands read them. */
async function withContent<T>(content: string, fn: () => Promise<T>): Promise<T> {
  const before = { dir: process.env.CONTENT_DIR, date: process.env.BUILD_DATE };
  process.env.CONTENT_DIR = content;
  process.env.BUILD_DATE = BUILD_DATE;
  try {
    return await fn();
  } finally {
    if (before.dir === undefined) delete process.env.CONTENT_DIR;
    else process.env.CONTENT_DIR = before.dir;
    if (before.date === undefined) delete process.env.BUILD_DATE;
    else process.env.BUILD_DATE = before.date;
  }
}

it('has at least three fixtures of every class of fault', () => {
  const byClass = new Map<string, number>();
  for (const name of cases) byClass.set(name.split('/')[0]!, (byClass.get(name.split('/')[0]!) ?? 0) + 1);
  for (const [kind, count] of byClass) expect(count, kind).toBeGreaterThanOrEqual(3);
});

describe.each(cases)('%s', (name) => {
  it('the check prints exactly the expected lines, and the build refuses with the same ones (or builds)', { timeout: 240_000 }, async () => {
    const content = contentFor(name);
    const lines = expected(name);
    const checked: string[] = [];
    const check = await withContent(content, () => runContentCheck('npm run check', { out: () => {}, err: (line) => checked.push(line) }));
    const problemLines = checked.slice(0, Math.max(0, checked.length - 2));
    expect(problemLines).toEqual(lines);
    expect(check.ok).toBe(lines.length === 0);

    const built: string[] = [];
    const out = path.join(path.dirname(content), 'dist');
    const result = await buildSite({ contentDir: content, outDir: out, buildDate: BUILD_DATE, log: () => {}, error: (line) => built.push(line), astroLog: 'silent' });
    expect(result.ok, built.join('\n')).toBe(check.ok);
    if (!result.ok) {
      expect(built.slice(0, lines.length)).toEqual(lines);
    } else {
      expect(existsSync(path.join(out, 'index.html'))).toBe(true);
    }
  });
});
