/**
 * A news image whose name macOS wrote decomposed (NFD) while the front
 * matter writes it composed (NFC): the same name to a reader, so the check
 * accepts it, as it does for attachments, and still checks the image itself.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/validation/index.ts';
import { edit, problemsAfter, removeCopies } from './fixture.ts';

afterAll(removeCopies);

const NEWS = 'nyheter/fase-2-vedtatt.md';

/** The check's lines after storing the fixture image at `onDisk` (below nyheter/) and pointing the news item's `bilde.fil` at `written`. */
const linesWith = async (onDisk: string, written: string) =>
  (
    await problemsAfter((dir) => {
      const target = path.join(dir, 'nyheter', onDisk);
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(path.join(dir, 'nyheter/bilder/mote.png'), target);
      edit(dir, NEWS, 'fil: ./bilder/mote.png', `fil: ${written}`);
    })
  ).map(formatProblem);

describe('news image names in the other Unicode form', () => {
  test('accepts a composed name in bilde.fil for a decomposed file name on disk', async () => {
    expect(await linesWith('bilder/åpning.png'.normalize('NFD'), './bilder/åpning.png'.normalize('NFC'))).toEqual([]);
  });

  test('accepts a composed path whose folder macOS wrote decomposed', async () => {
    expect(await linesWith('bilder/påske/åpning.png'.normalize('NFD'), './bilder/påske/åpning.png'.normalize('NFC'))).toEqual([]);
  });

  test('checks the image itself by its name on disk: a damaged one is refused', async () => {
    const lines = (
      await problemsAfter((dir) => {
        writeFileSync(path.join(dir, 'nyheter', 'bilder/åpning.png'.normalize('NFD')), 'ikke et bilde');
        edit(dir, NEWS, 'fil: ./bilder/mote.png', `fil: ${'./bilder/åpning.png'.normalize('NFC')}`);
      })
    ).map(formatProblem);
    expect(lines).toEqual([expect.stringContaining('bildet er skadet')]);
  });

  test('still refuses a name that is not on disk in any form', async () => {
    expect(await linesWith('bilder/åpning.png'.normalize('NFD'), './bilder/åpningen.png')).toEqual([
      expect.stringContaining('bildefilen «./bilder/åpningen.png» finnes ikke'),
    ]);
  });
});
