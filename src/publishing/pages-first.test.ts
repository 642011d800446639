import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isPagesBuilt, isSearchIndexEntry, linkTree } from './pages-first.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function put(file: string, text: string) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

describe('linkTree', () => {
  it('links every page under the same path, the same file on disk, and leaves out the search index and its work folders', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'hp-link-tree-'));
    const built = path.join(dir, 'built');
    put(path.join(built, 'index.html'), '<h1>Forside</h1>');
    put(path.join(built, 'nyheter', 'a', 'index.html'), '<h1>A</h1>');
    put(path.join(built, 'dokumenter', 'avtale', 'vedlegg', 'bilag 1.pdf'), '%PDF-1.7');
    // A page of the site may be called «pagefind» further down; only the top-level index is left out.
    put(path.join(built, 'nyheter', 'pagefind', 'index.html'), '<h1>Om søket</h1>');
    put(path.join(built, 'pagefind', 'pagefind-entry.json'), '{}');
    put(path.join(built, '.pagefind-pages-nb', 'index.html'), 'staged');

    const to = path.join(dir, 'published', 'www');
    expect(linkTree(built, to, isSearchIndexEntry)).toBe(4);
    for (const file of ['index.html', 'nyheter/a/index.html', 'dokumenter/avtale/vedlegg/bilag 1.pdf', 'nyheter/pagefind/index.html']) {
      expect(statSync(path.join(to, file)).ino, file).toBe(statSync(path.join(built, file)).ino);
    }
    expect(readFileSync(path.join(to, 'nyheter', 'a', 'index.html'), 'utf8')).toBe('<h1>A</h1>');
    expect(() => statSync(path.join(to, 'pagefind'))).toThrow();
    expect(() => statSync(path.join(to, '.pagefind-pages-nb'))).toThrow();
  });

  it('throws when a file cannot be linked, here because the target is already there', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'hp-link-tree-'));
    put(path.join(dir, 'from', 'index.html'), 'x');
    put(path.join(dir, 'to', 'index.html'), 'y');
    expect(() => linkTree(path.join(dir, 'from'), path.join(dir, 'to'))).toThrow(/EEXIST/);
  });
});

describe('isPagesBuilt', () => {
  it('knows the build’s message from anything else on the channel', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'hp-link-tree-'));
    expect(isPagesBuilt({ pagesBuilt: '/tmp/x', pages: { rendered: 1, reused: 2, unkeyed: 0 } })).toBe(true);
    expect(isPagesBuilt({ pagesPublished: true })).toBe(false);
    expect(isPagesBuilt(null)).toBe(false);
    expect(isPagesBuilt('pagesBuilt')).toBe(false);
  });
});
