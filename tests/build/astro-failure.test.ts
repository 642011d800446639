/**
 * Astro builds in a process of its own (src/build/run-astro-build.ts); when
 * that build fails, staff still read what happened in Norwegian, as when it
 * ran in the build's own process, and the old site stays in place.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
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

it('builds again without the heap limit when Astro runs out of it, and publishes the whole site', { timeout: 300_000 }, async () => {
  const content = path.join(root, 'content-heap');
  const out = path.join(root, 'dist-heap');
  cpSync(validFixture, content, { recursive: true });

  const lines: string[] = [];
  const stderr: string[] = [];
  const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (stderr.push(String(chunk)), true));
  const result = await buildSite({
    contentDir: content,
    outDir: out,
    buildDate: BUILD_DATE,
    log: (line) => lines.push(line),
    error: (line) => lines.push(line),
    astroLog: 'silent',
    // Far below what Astro needs to start: the first process runs out of it.
    astroHeapLimitMb: 40,
  }).finally(() => write.mockRestore());
  // V8's English report of the exhausted heap and its native stack are not passed on.
  expect(stderr.join('')).not.toMatch(/FATAL ERROR|Last few GCs|heap out of memory/);
  expect(lines.filter((line) => line.includes('mer minne enn grensen på 40 MB'))).toHaveLength(1);
  expect(result.ok).toBe(true);
  expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain('<html');
  expect(readFileSync(path.join(out, 'pagefind', 'pagefind-entry.json'), 'utf8')).toContain('"languages"');
});
