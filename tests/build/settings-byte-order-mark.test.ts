/**
 * Settings saved with a UTF-8 byte-order mark (Notepad, Excel) pass the
 * check, so the site builds from them exactly as written: every language
 * they list, here the nynorsk site under /nn/ and the links to it.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build-site.ts';
import { BUILD_DATE, validFixture } from '../validation/fixture.ts';

const root = mkdtempSync(path.join(tmpdir(), 'hp-bom-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

it('builds the nynorsk site from settings with a byte-order mark', { timeout: 240_000 }, async () => {
  const content = path.join(root, 'content');
  const out = path.join(root, 'dist');
  cpSync(validFixture, content, { recursive: true });
  const file = path.join(content, 'innstillinger.json');
  const settings = { ...(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>), sprak: ['nb', 'nn'] };
  writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(settings, null, 2))]));

  const errors: string[] = [];
  const result = await buildSite({ contentDir: content, outDir: out, buildDate: BUILD_DATE, log: () => {}, error: (line) => errors.push(line), astroLog: 'silent' });
  expect(result.ok, errors.join('\n')).toBe(true);
  expect(existsSync(path.join(out, 'nn', 'index.html'))).toBe(true);
  expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toMatch(/hreflang="nn"/);
});
