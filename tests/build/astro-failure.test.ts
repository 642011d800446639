/**
 * Astro builds in a process of its own (src/build/run-astro-build.ts); when
 * that build fails, staff still read what happened in Norwegian, as when it
 * ran in the build's own process, and the old site stays in place.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build-site.ts';
import { BUILD_DATE, validFixture } from '../validation/fixture.ts';

const root = mkdtempSync(path.join(tmpdir(), 'hp-astro-failure-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

it('reports a full disk met by Astro in Norwegian and keeps the old site', { timeout: 240_000 }, async () => {
  const content = path.join(root, 'content');
  const out = path.join(root, 'dist');
  cpSync(validFixture, content, { recursive: true });
  mkdirSync(out);
  writeFileSync(path.join(out, 'index.html'), 'the old site');

  const errors: string[] = [];
  const result = await buildSite({
    contentDir: content,
    outDir: out,
    buildDate: BUILD_DATE,
    log: () => {},
    error: (line) => errors.push(line),
    astroLog: 'silent',
    vitePluginsModule: path.join(import.meta.dirname, 'fixtures', 'disk-full-plugin.ts'),
  });
  expect(result.ok).toBe(false);
  expect(errors.join('\n')).toMatch(/^Disken er full, så den nye versjonen fikk ikke plass .* Det som var der fra før, er urørt\. .*\(Feilkode ENOSPC\.\)$/);
  expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('the old site');
});
