import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isEditorTempFile } from './editor-files.ts';
import { fingerprint, fingerprintApart, fingerprintDifference, hashTree, sameFingerprint } from './fingerprint.ts';

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

describe('what an edit republishes', () => {
  let project: string;
  const files: Record<string, string> = {
    'content/nyheter/a.md': 'A',
    'src/pages/index.astro': '<h1>Hei</h1>',
    'src/domain/status.ts': 'export const x = 1;',
    'src/domain/status.test.ts': 'test',
    'src/domain/__snapshots__/status.test.ts.snap': 'snap',
    'src/components/Map.browser.test.ts': 'test',
    'public/favicon.svg': '<svg/>',
    'public/robots.txt': 'User-agent: *',
    'astro.config.mjs': 'export default {}',
    'package.json': '{}',
    'scripts/build.ts': '// build',
    'scripts/bench.ts': '// bench',
    'tools/bench/report.ts': '// report',
    'tools/corpus/generate.ts': '// corpus',
    'tools/gates/csp.ts': '// gates',
    'tests/site/pages.test.ts': '// test',
    'tests/fixtures/x.md': 'x',
    'docs/redaktorveiledning.md': '# Veiledning',
    'README.md': '# Prosjekt',
    'BENCHMARKS.md': '# Benchmarks',
    'editor/public/index.html': '<p>',
  };
  beforeEach(() => {
    project = mkdtempSync(path.join(tmpdir(), 'hp-fingerprint-project-'));
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
      writeFileSync(path.join(project, file), text);
    }
  });
  afterEach(() => rmSync(project, { recursive: true, force: true }));

  /** The publisher's reasons to rebuild after appending to `file` (empty: nothing is published). */
  const reasonsAfterEditing = async (file: string) => {
    const contentDir = path.join(project, 'content');
    const before = await fingerprint(contentDir, project, '2026-12-01');
    writeFileSync(path.join(project, file), `${files[file]}\nendret`);
    const after = await fingerprint(contentDir, project, '2026-12-01');
    expect(sameFingerprint(before, after)).toBe(fingerprintDifference(before, after).length === 0);
    return fingerprintDifference(before, after);
  };

  it.each([
    'tools/bench/report.ts',
    'tools/corpus/generate.ts',
    'tools/gates/csp.ts',
    'tests/site/pages.test.ts',
    'tests/fixtures/x.md',
    'src/domain/status.test.ts',
    'src/domain/__snapshots__/status.test.ts.snap',
    'src/components/Map.browser.test.ts',
    'docs/redaktorveiledning.md',
    'README.md',
    'BENCHMARKS.md',
    'scripts/bench.ts',
    'editor/public/index.html',
  ])('an edit to %s does not republish the site', async (file) => {
    expect(await reasonsAfterEditing(file)).toEqual([]);
  });

  it.each(['src/pages/index.astro', 'src/domain/status.ts', 'public/favicon.svg', 'public/robots.txt', 'astro.config.mjs', 'package.json', 'scripts/build.ts'])(
    'an edit to %s republishes it as changed code',
    async (file) => {
      expect(await reasonsAfterEditing(file)).toEqual(['programkoden er endret']);
    },
  );

  it('an edit to the content republishes it as changed content', async () => {
    expect(await reasonsAfterEditing('content/nyheter/a.md')).toEqual(['innholdet er endret']);
  });
});

describe('fingerprintApart', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'hp-fingerprint-apart-'));
    mkdirSync(path.join(root, 'nyheter'));
    writeFileSync(path.join(root, 'nyheter', 'møte-i-rådet.md'), 'Møte');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('gives the same fingerprint as computing it here, and follows an edit', async () => {
    const project = path.resolve(import.meta.dirname, '../..');
    const apart = await fingerprintApart(root, project, '2026-12-01');
    expect(apart).toEqual(await fingerprint(root, project, '2026-12-01'));
    writeFileSync(path.join(root, 'nyheter', 'møte-i-rådet.md'), 'Møte i rådet');
    expect((await fingerprintApart(root, project, '2026-12-01')).content).not.toBe(apart.content);
  });

  it("rejects with the child's error and its code, so machine faults stay recognisable", async () => {
    // A folder name longer than the system allows: reading it fails with a code, as a full disk would.
    const tooLong = path.join(root, 'a'.repeat(300));
    await expect(fingerprintApart(tooLong, root, '2026-12-01')).rejects.toMatchObject({ code: 'ENAMETOOLONG' });
  });
});
