/**
 * What a reader can reach: every published item has its page, and the
 * unpublished ones (a draft, future-dated items, a future event; see
 * tests/support/global-setup.ts) appear nowhere in the built output: not in
 * pages, feeds, sitemap, data files, nor Pagefind's compressed index.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { UNPUBLISHED_MARKER } from '../support/global-setup.ts';

const siteDir = inject('siteDir');
const contentDir = inject('contentDir');

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? allFiles(full) : [full];
  });
}

/** File text, with gzip-compressed files (Pagefind's index) unpacked first. */
function readAnyText(file: string): string {
  const bytes = readFileSync(file);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return gunzipSync(bytes).toString('utf8');
  return bytes.toString('utf8');
}

const slugsIn = (folder: string, pattern: RegExp) =>
  readdirSync(path.join(contentDir, folder))
    .filter((name) => pattern.test(name))
    .map((name) => name.replace(pattern, ''));

describe('the built site', () => {
  it('has a page for every published news item, document, municipality, and every answer on the answers page', () => {
    const news = slugsIn('nyheter', /\.mdx?$/).filter((slug) => !slug.endsWith('-test'));
    expect(news.length).toBeGreaterThan(0);
    for (const slug of news) expect(existsSync(path.join(siteDir, 'nyheter', slug, 'index.html')), slug).toBe(true);

    const documents = readdirSync(path.join(contentDir, 'dokumenter'));
    for (const slug of documents) {
      const draft = /utkast:\s*true/.test(readFileSync(path.join(contentDir, 'dokumenter', slug, 'index.md'), 'utf8'));
      expect(existsSync(path.join(siteDir, 'dokumenter', slug, 'index.html')), slug).toBe(!draft);
    }

    for (const slug of slugsIn('kommuner', /\.ya?ml$/)) {
      expect(existsSync(path.join(siteDir, 'kommuner', slug, 'index.html')), slug).toBe(true);
    }

    const answers = readFileSync(path.join(siteDir, 'sporsmal-og-svar', 'index.html'), 'utf8');
    for (const slug of slugsIn('sporsmal', /\.md$/).filter((s) => !s.endsWith('-test'))) {
      expect(answers, slug).toContain(`id="${slug}"`);
    }
  });

  it('never shows drafts, future-dated items or future events anywhere, search index included', () => {
    const files = allFiles(siteDir);
    expect(files.some((f) => f.includes(`${path.sep}pagefind${path.sep}`))).toBe(true);
    const leaks = files.filter((file) => readAnyText(file).toLowerCase().includes(UNPUBLISHED_MARKER));
    expect(leaks.map((f) => path.relative(siteDir, f))).toEqual([]);
    expect(existsSync(path.join(siteDir, 'nyheter', 'utkast-test'))).toBe(false);
    expect(existsSync(path.join(siteDir, 'nyheter', 'fremtidig-test'))).toBe(false);
  });

  it('links every news item to the municipalities and documents it names, and those pages exist', () => {
    const html = readFileSync(path.join(siteDir, 'nyheter', 'enighet-om-utkast-til-tjenesteavtale', 'index.html'), 'utf8');
    const targets = [...html.matchAll(/<a [^>]*href="(\/(?:kommuner|dokumenter)\/[^"#]*\/)"/g)].map((m) => m[1]!);
    expect(targets).toContain('/kommuner/trondheim/');
    expect(targets).toContain('/dokumenter/utkast-til-tjenesteavtale/');
    for (const target of targets) expect(existsSync(path.join(siteDir, target, 'index.html')), target).toBe(true);
  });
});
