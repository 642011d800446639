import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { findOnDisk } from './file-names.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'filnavn-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('finds a file written decomposed (macOS) by its composed name, folder by folder', () => {
  const folder = 'Møtereferater'.normalize('NFD');
  const file = 'Referat samarbeidsrådet.pdf'.normalize('NFD');
  mkdirSync(path.join(dir, folder));
  writeFileSync(path.join(dir, folder, file), 'x');
  const found = findOnDisk(dir, `${'Møtereferater'.normalize('NFC')}/${'Referat samarbeidsrådet.pdf'.normalize('NFC')}`);
  expect(found).toBe(path.join(dir, folder, file));
  expect(findOnDisk(dir, 'Møtereferater/finnes-ikke.pdf')).toBeUndefined();
});
