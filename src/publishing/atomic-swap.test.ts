import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBuildDir, currentTarget, defaultBuildsDir, NotALinkError, pruneBuilds, removeTree, swapLink } from './atomic-swap.ts';

describe('atomic swap', () => {
  let root: string;
  let published: string;
  let builds: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'hp-swap-'));
    published = path.join(root, 'site');
    builds = defaultBuildsDir(published);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  async function build(text: string, at: Date): Promise<string> {
    const dir = await createBuildDir(published, builds, at);
    mkdirSync(path.join(dir, 'www'));
    writeFileSync(path.join(dir, 'www', 'index.html'), text);
    return dir;
  }

  it('points the published path at each new build through a relative link, leaving no temporary links', async () => {
    expect(await currentTarget(published)).toBeUndefined();
    const first = await build('første', new Date('2026-11-22T10:00:00Z'));
    await swapLink(published, path.join(first, 'www'));
    expect(readFileSync(path.join(published, 'index.html'), 'utf8')).toBe('første');
    expect(lstatSync(published).isSymbolicLink()).toBe(true);
    expect(readlinkSync(published)).toBe(path.join('.published', 'site-20261122T100000-000', 'www'));

    const second = await build('andre', new Date('2026-11-22T10:00:01Z'));
    await swapLink(published, path.join(second, 'www'));
    expect(readFileSync(path.join(published, 'index.html'), 'utf8')).toBe('andre');
    expect(await currentTarget(published)).toBe(path.join(second, 'www'));
    expect(readdirSync(root).sort()).toEqual(['.published', 'site']);
  });

  it('gives two builds in the same millisecond different folders', async () => {
    const at = new Date('2026-11-22T10:00:00Z');
    const a = await createBuildDir(published, builds, at);
    const b = await createBuildDir(published, builds, at);
    expect(a).not.toBe(b);
    expect(path.basename(b)).toBe('site-20261122T100000-000-1');
  });

  it('refuses to replace a real folder at the published path', async () => {
    mkdirSync(published);
    writeFileSync(path.join(published, 'index.html'), 'håndlaget');
    const dir = await build('ny', new Date());
    await expect(swapLink(published, path.join(dir, 'www'))).rejects.toBeInstanceOf(NotALinkError);
    expect(readFileSync(path.join(published, 'index.html'), 'utf8')).toBe('håndlaget');
  });

  it('removes a whole build tree and takes a missing folder as already removed', async () => {
    const dir = await build('gammel', new Date('2026-11-22T10:00:00Z'));
    mkdirSync(path.join(dir, 'www', 'nyheter', 'a'), { recursive: true });
    writeFileSync(path.join(dir, 'www', 'nyheter', 'a', 'index.html'), 'a');
    removeTree(dir);
    expect(readdirSync(builds)).toEqual([]);
    expect(() => removeTree(dir)).not.toThrow();
  });

  it('prunes every build of this published path except the ones kept, and nothing else', async () => {
    const dirs = [];
    for (let i = 0; i < 4; i++) dirs.push(await build(String(i), new Date(Date.UTC(2026, 10, 22, 10, 0, i))));
    mkdirSync(path.join(builds, 'annet-20261122T100000-000'));
    writeFileSync(path.join(builds, 'site.lock'), '1');
    const removed = await pruneBuilds(published, builds, [dirs[3]!, dirs[2]!]);
    expect(removed.sort()).toEqual([dirs[0], dirs[1]]);
    expect(readdirSync(builds).sort()).toEqual(['annet-20261122T100000-000', path.basename(dirs[2]!), path.basename(dirs[3]!), 'site.lock'].sort());
  });
});
