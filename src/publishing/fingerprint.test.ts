import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isEditorTempFile } from './editor-files.ts';
import { fingerprintDifference, hashTree, sameFingerprint } from './fingerprint.ts';

describe('isEditorTempFile', () => {
  it.each(['nyhet.md~', '.#nyhet.md', '.nyhet.md.swp', '.nyhet.md.swo', '.DS_Store', 'Thumbs.db', '._nyhet.md', '.~lock.hendelser.csv#', '.roros.yaml.tmp-1234-a1b2c3d4'])(
    'ignores %s',
    (name) => expect(isEditorTempFile(`content/nyheter/${name}`)).toBe(true),
  );
  it.each(['nyhet.md', 'index.mdx', 'roros.yaml', 'avtale.pdf', 'swap.md', 'tmp.md'])('keeps %s', (name) =>
    expect(isEditorTempFile(`content/${name}`)).toBe(false),
  );
});

describe('hashTree', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'hp-fingerprint-'));
    mkdirSync(path.join(root, 'nyheter'));
    writeFileSync(path.join(root, 'nyheter', 'a.md'), 'A');
    writeFileSync(path.join(root, 'faser.json'), '[]');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is stable, and ignores editor temp files', async () => {
    const before = await hashTree(root);
    writeFileSync(path.join(root, 'nyheter', 'a.md~'), 'backup');
    writeFileSync(path.join(root, 'nyheter', '.#a.md'), 'lock');
    writeFileSync(path.join(root, '.DS_Store'), 'x');
    expect(await hashTree(root)).toBe(before);
  });

  it('changes when a file changes, is added, or is renamed with the same bytes', async () => {
    const first = await hashTree(root);
    writeFileSync(path.join(root, 'nyheter', 'a.md'), 'B');
    const edited = await hashTree(root);
    expect(edited).not.toBe(first);
    renameSync(path.join(root, 'nyheter', 'a.md'), path.join(root, 'nyheter', 'b.md'));
    expect(await hashTree(root)).not.toBe(edited);
    writeFileSync(path.join(root, 'nyheter', 'c.md'), '');
    expect(await hashTree(root)).not.toBe(edited);
  });

  it('hashes only the entries asked for, and treats missing ones as empty', async () => {
    const onlyNews = await hashTree(root, ['nyheter', 'finnes-ikke']);
    writeFileSync(path.join(root, 'faser.json'), '[{}]');
    expect(await hashTree(root, ['nyheter', 'finnes-ikke'])).toBe(onlyNews);
  });
});

describe('fingerprint comparison', () => {
  const base = { content: 'c', code: 'k', buildDate: '2026-11-22' };
  it('is equal only when content, code and build date all match', () => {
    expect(sameFingerprint(base, { ...base })).toBe(true);
    expect(sameFingerprint(base, { ...base, buildDate: '2026-11-23' })).toBe(false);
    expect(sameFingerprint(undefined, base)).toBe(false);
  });
  it('says in Norwegian why a rebuild is needed', () => {
    expect(fingerprintDifference(undefined, base)).toEqual(['ingen tidligere publisering']);
    expect(fingerprintDifference(base, { content: 'x', code: 'y', buildDate: '2026-11-23' })).toEqual([
      'innholdet er endret',
      'programkoden er endret',
      'ny dato (2026-11-23)',
    ]);
  });
});
