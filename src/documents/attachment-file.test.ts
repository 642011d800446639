import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { attachmentPath, readAttachment, sha256Hex } from './attachment-file.ts';

const root = mkdtempSync(path.join(tmpdir(), 'hp-attachment-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('sha256Hex', () => {
  it('gives the standard SHA-256 digest', () => {
    expect(sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});

describe('attachmentPath', () => {
  it('drops a leading ./ and normalises separators', () => {
    expect(attachmentPath('./avtale.pdf')).toBe('avtale.pdf');
    expect(attachmentPath('vedlegg\\tall.csv')).toBe('vedlegg/tall.csv');
  });
});

describe('readAttachment', () => {
  mkdirSync(path.join(root, 'avtale', 'vedlegg'), { recursive: true });
  writeFileSync(path.join(root, 'avtale', 'vedlegg', 'Kostnader 2022.csv'), 'kommune;kroner\nRøros;1000\n');

  it('reports format, size, checksum and the encoded address of the file', () => {
    const info = readAttachment(root, 'avtale', { fil: './vedlegg/Kostnader 2022.csv', tittel: 'Kostnader' });
    const bytes = Buffer.from('kommune;kroner\nRøros;1000\n');
    expect(info).toMatchObject({
      file: 'vedlegg/Kostnader 2022.csv',
      title: 'Kostnader',
      format: 'CSV',
      bytes: bytes.length,
      size: `${bytes.length}\u00a0byte`,
      sha256: sha256Hex(bytes),
      href: '/dokumenter/avtale/vedlegg/Kostnader%202022.csv',
    });
    expect(info.data.equals(bytes)).toBe(true);
  });

  it('refuses a path outside the document folder', () => {
    expect(() => readAttachment(root, 'avtale', { fil: '../annet/hemmelig.pdf', tittel: 'x' })).toThrow(/outside/);
  });

  it('names the missing file', () => {
    expect(() => readAttachment(root, 'avtale', { fil: 'borte.pdf', tittel: 'x' })).toThrow(/borte\.pdf/);
  });
});
