import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import fs from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { linkReusedPages } from './link-reused.ts';

const dirs: string[] = [];
function folders() {
  const root = mkdtempSync(path.join(tmpdir(), 'hp-link-'));
  dirs.push(root);
  const cache = path.join(root, 'cache', 'dist');
  const out = path.join(root, 'out');
  const published = path.join(root, 'published');
  for (const dir of [cache, out, published]) mkdirSync(dir, { recursive: true });
  return { cache, out, published };
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('linkReusedPages', () => {
  it('links a reused page to its cached copy instead of copying it', async () => {
    const { cache, out } = folders();
    writeFileSync(path.join(cache, 'side.html'), 'gammel side');
    const undo = linkReusedPages(cache, [out]);
    try {
      await fs.promises.copyFile(path.join(cache, 'side.html'), path.join(out, 'side.html'));
    } finally {
      undo();
    }
    expect(readFileSync(path.join(out, 'side.html'), 'utf8')).toBe('gammel side');
    expect(statSync(path.join(out, 'side.html')).ino).toBe(statSync(path.join(cache, 'side.html')).ino);
  });

  it('never changes a published page that shares its file with the cache when the page is rendered again', async () => {
    const { cache, out, published } = folders();
    writeFileSync(path.join(cache, 'side.html'), 'gammel side');
    fs.linkSync(path.join(cache, 'side.html'), path.join(published, 'side.html'));
    const undo = linkReusedPages(cache, [out]);
    try {
      await fs.promises.writeFile(path.join(cache, 'side.html'), 'ny side');
    } finally {
      undo();
    }
    expect(readFileSync(path.join(cache, 'side.html'), 'utf8')).toBe('ny side');
    expect(readFileSync(path.join(published, 'side.html'), 'utf8')).toBe('gammel side');
  });

  it('copies files from elsewhere, and puts node:fs back afterwards', async () => {
    const { cache, out, published } = folders();
    const copyFile = fs.promises.copyFile;
    writeFileSync(path.join(published, 'a.txt'), 'a');
    const undo = linkReusedPages(cache, [out]);
    await fs.promises.copyFile(path.join(published, 'a.txt'), path.join(out, 'a.txt'));
    undo();
    expect(statSync(path.join(out, 'a.txt')).nlink).toBe(1);
    expect(fs.promises.copyFile).toBe(copyFile);
  });
});
