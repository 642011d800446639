/**
 * The languages a build makes come from the settings as the content reader
 * reads them: a byte-order mark (which the check accepts) changes nothing,
 * and settings that cannot be read stop the build with a Norwegian message
 * instead of quietly building bokmål only.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { languagesOf, settingsLanguages } from './languages.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A content folder holding only `innstillinger.json` with these bytes. */
function contentWith(bytes: Uint8Array | string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sprak-'));
  dirs.push(dir);
  writeFileSync(path.join(dir, 'innstillinger.json'), bytes);
  return dir;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const settings = (fields: Record<string, unknown>) => Buffer.from(JSON.stringify({ navn: 'Innsyn', ...fields }, null, 2));

describe('settingsLanguages', () => {
  it('reads the languages of settings saved with a UTF-8 byte-order mark', () => {
    expect(settingsLanguages(contentWith(Buffer.concat([BOM, settings({ sprak: ['nb', 'nn'] })])))).toEqual(['nb', 'nn']);
  });

  it('gives bokmål only when the settings list no languages', () => {
    expect(settingsLanguages(contentWith(settings({})))).toEqual(['nb']);
  });

  it('refuses settings it cannot read, in Norwegian, rather than building bokmål only', () => {
    expect(() => settingsLanguages(contentWith('{ "sprak": ["nb", "nn"], }'))).toThrow(/Innstillingene i .*innstillinger\.json kan ikke leses/);
    expect(() => settingsLanguages(contentWith(Buffer.from([0x7b, 0x22, 0x6e, 0x61, 0x76, 0x6e, 0x22, 0x3a, 0x22, 0xf8, 0x22, 0x7d])))).toThrow(/UTF-8/);
    const missing = mkdtempSync(path.join(tmpdir(), 'sprak-'));
    dirs.push(missing);
    expect(() => settingsLanguages(missing)).toThrow(/kan ikke leses/);
  });
});

describe('languagesOf', () => {
  it('takes the validated list as it is, main language first', () => {
    expect(languagesOf({ sprak: ['nn', 'nb'] })).toEqual(['nn', 'nb']);
    expect(languagesOf({})).toEqual(['nb']);
  });
});
