import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insideContent, PathRefused, plainPath, writeTarget } from './content-paths.ts';
import { ApiError, proxyApi } from './proxy-api.ts';

describe('plainPath', () => {
  it.each([
    ['../package.json'],
    ['nyheter/../../package.json'],
    ['nyheter/./sak.md'],
    ['/etc/passwd'],
    ['C:/Windows/win.ini'],
    ['nyheter\\..\\..\\package.json'],
    ['%2e%2e/package.json'],
    ['nyheter/%2E%2E/%2e%2e/package.json'],
    ['nyheter/%252e%252e/x.md'],
    ['nyheter//sak.md'],
    ['.git/config'],
    ['nyheter/.htaccess'],
    ['nyheter/sak.md\u0000.png'],
    ['nyheter/sak\n.md'],
    [''],
  ])('refuses %j', (requested) => {
    expect(() => plainPath(requested)).toThrow(PathRefused);
  });

  it('refuses what is not a string', () => {
    expect(() => plainPath(undefined)).toThrow(PathRefused);
    expect(() => plainPath(['nyheter/sak.md'])).toThrow(PathRefused);
  });

  it('says in Norwegian why, naming the path', () => {
    expect(() => plainPath('nyheter/../../package.json')).toThrow(/^Stien "nyheter\/..\/..\/package.json" kan ikke brukes: den peker ut av innholdsmappen/);
  });

  it('accepts a plain path inside the content folder, with æøå', () => {
    expect(plainPath('nyheter/bilder/møte-på-røros.jpg')).toBe('nyheter/bilder/møte-på-røros.jpg');
  });
});

describe('writeTarget', () => {
  it.each([
    ['innstillinger.json', 'entry', 'innstillinger'],
    ['nyheter/ny-avtale.md', 'entry', 'nyheter'],
    ['kommuner/roros.yaml', 'entry', 'kommuner'],
    ['kilder/nrk-sak.yaml', 'entry', 'kilder'],
    ['dokumenter/avtale-2022/index.md', 'entry', 'dokumenter'],
    ['nyheter/bilder/motet.jpg', 'media', 'nyheter'],
    ['dokumenter/avtale-2022/avtale.pdf', 'media', 'dokumenter'],
    ['dokumenter/avtale-2022/vedlegg/kostnader.xlsx', 'media', 'dokumenter'],
  ])('allows %s as %s of %s', (requested, role, kind) => {
    const target = writeTarget(requested);
    expect(target.role).toBe(role);
    expect(target.kind.id).toBe(kind);
  });

  it.each([
    ['package.json', /skriver bare innholdsfiler/],
    ['scripts/build.ts', /skriver bare innholdsfiler/],
    ['src/pages/index.astro', /skriver bare innholdsfiler/],
    ['nyheter/Ny Sak.md', /små bokstaver/],
    ['nyheter/sak.html', /kan det bare ligge/],
    ['nyheter/bilder/bilde.svg', /kan det bare ligge/],
    ['kommuner/roros.md', /kan det bare ligge/],
    ['kommuner/bilder/kart.png', /kan det bare ligge/],
    ['dokumenter/avtale-2022/index.html', /reservert/],
    ['dokumenter/avtale-2022/program.exe', /programfiler/],
    ['dokumenter/avtale-2022/side.html', /nettside/],
    ['dokumenter/Avtale/index.md', /mappenavnet/],
  ])('refuses %s', (requested, why) => {
    expect(() => writeTarget(requested)).toThrow(why);
  });
});

describe('on disk', () => {
  let root: string;
  let content: string;
  let outside: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'hp-paths-'));
    content = path.join(root, 'content');
    outside = path.join(root, 'utenfor');
    mkdirSync(path.join(content, 'nyheter'), { recursive: true });
    mkdirSync(outside);
    writeFileSync(path.join(outside, 'hemmelig.md'), 'hemmelig\n');
    writeFileSync(path.join(content, 'nyheter', 'sak.md'), '---\ntittel: Sak\n---\n');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('gives the path inside the content folder, also for a file not yet written', async () => {
    expect(await insideContent(content, 'nyheter/sak.md', 'write')).toBe(path.join(content, 'nyheter', 'sak.md'));
    expect(await insideContent(content, 'nyheter/bilder/ny.jpg', 'write')).toBe(path.join(content, 'nyheter', 'bilder', 'ny.jpg'));
  });

  it('refuses a symbolic link, to a file or on the way through a folder', async () => {
    symlinkSync(path.join(outside, 'hemmelig.md'), path.join(content, 'nyheter', 'lenke.md'));
    symlinkSync(outside, path.join(content, 'nyheter', 'bilder'));
    await expect(insideContent(content, 'nyheter/lenke.md', 'read')).rejects.toThrow(/snarvei \(symbolsk lenke\)/);
    await expect(insideContent(content, 'nyheter/lenke.md', 'write')).rejects.toThrow(PathRefused);
    await expect(insideContent(content, 'nyheter/bilder/hemmelig.md', 'read')).rejects.toThrow(/nyheter\/bilder er en snarvei/);
  });

  it('refuses to write over a folder', async () => {
    await expect(insideContent(content, 'nyheter', 'write')).rejects.toThrow(/ikke en vanlig fil/);
  });

  it('the editor API writes nothing outside, and reads nothing through a link', async () => {
    symlinkSync(path.join(outside, 'hemmelig.md'), path.join(content, 'nyheter', 'lenke.md'));
    const api = proxyApi({ contentDir: content });
    const persist = (file: string) =>
      api({ action: 'persistEntry', params: { dataFiles: [{ path: file, raw: '---\ntittel: Ny\n---\nTekst\n' }], assets: [], options: {} } });
    for (const file of ['../utenfor/hemmelig.md', 'nyheter/lenke.md', 'nyheter/%2e%2e/%2e%2e/utenfor/hemmelig.md', '/tmp/x.md']) {
      await expect(persist(file)).rejects.toBeInstanceOf(ApiError);
    }
    await expect(api({ action: 'persistMedia', params: { asset: { path: 'nyheter/bilder/../../../utenfor/x.png', content: 'AA==', encoding: 'base64' } } })).rejects.toMatchObject({ status: 403 });
    await expect(api({ action: 'getEntry', params: { path: 'nyheter/lenke.md' } })).rejects.toMatchObject({ status: 403 });
    await expect(api({ action: 'deleteFile', params: { path: '../utenfor/hemmelig.md' } })).rejects.toMatchObject({ status: 403 });
    expect(readFileSync(path.join(outside, 'hemmelig.md'), 'utf8')).toBe('hemmelig\n');
  });

  it('the editor API writes an item where the registry puts it', async () => {
    const api = proxyApi({ contentDir: content });
    await api({ action: 'persistEntry', params: { dataFiles: [{ path: 'nyheter/ny.md', raw: '---\ntittel: Ny sak\nutkast: false\n---\nTekst\n' }], assets: [], options: {} } });
    expect(readFileSync(path.join(content, 'nyheter', 'ny.md'), 'utf8')).toBe('---\ntittel: Ny sak\n---\n\nTekst\n');
  });
});
