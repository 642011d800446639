/**
 * Ålesund is one municipality with two numbers over time (1507 until
 * 31 December 2023, 1508 from 1 January 2024, when Haram, 1580, was split
 * off again). Built with the national map agency's boundaries from 2020 and
 * from 2024, each for a date in its year, the map draws Ålesund's own shape
 * from both, and the page, the table and the open data give the number
 * valid on the day shown.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/build/build-site.ts';
import { validFixture } from './fixture.ts';

const boundaries = path.resolve(import.meta.dirname, '../fixtures/boundaries');
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const municipality = (nummer: string, navn: string, lat: number, lon: number, extra = '') =>
  `nummer: "${nummer}"\nnavn: ${navn}\nfylke: Møre og Romsdal\nkoordinater: { lat: ${lat}, lon: ${lon} }\n${extra}`;

/** A content folder with Ålesund, Haram and Giske only, and the given boundary file. */
function content(boundaryFile: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kommunenummer-'));
  made.push(dir);
  const root = path.join(dir, 'content');
  mkdirSync(path.join(root, 'kommuner'), { recursive: true });
  mkdirSync(path.join(root, 'kart'));
  cpSync(path.join(boundaries, boundaryFile), path.join(root, 'kart', 'kommuner.geojson'));
  const settings = JSON.parse(readFileSync(path.join(validFixture, 'innstillinger.json'), 'utf8'));
  writeFileSync(path.join(root, 'innstillinger.json'), JSON.stringify({ ...settings, sistKontrollert: '2023-06-01', kartgrenser: 'kart/kommuner.geojson' }, null, 2));
  writeFileSync(path.join(root, 'kommuner', 'alesund.yaml'), municipality('1508', 'Ålesund', 62.47, 6.15, 'tidligereNummer:\n  - nummer: "1507"\n    til: 2023-12-31\n'));
  writeFileSync(path.join(root, 'kommuner', 'haram.yaml'), municipality('1580', 'Haram', 62.6, 6.44, 'gyldigFra: 2024-01-01\n'));
  writeFileSync(path.join(root, 'kommuner', 'giske.yaml'), municipality('1532', 'Giske', 62.5, 6.08));
  return root;
}

async function build(boundaryFile: string, date: string) {
  const root = content(boundaryFile);
  const out = path.join(path.dirname(root), 'dist');
  const errors: string[] = [];
  const result = await buildSite({ contentDir: root, outDir: out, buildDate: date, log: () => {}, error: (l) => errors.push(l), astroLog: 'silent' });
  expect(result.ok, errors.join('\n')).toBe(true);
  const read = (file: string) => readFileSync(path.join(out, file), 'utf8');
  return { map: read('kommuner/index.html'), page: read('kommuner/alesund/index.html'), csv: read('data/kommuner.csv') };
}

describe('Ålesund over time', () => {
  it('is drawn from the 2020 boundaries as 1507, on a day in 2023', { timeout: 180_000 }, async () => {
    const { map, page, csv } = await build('alesund-2020.geojson', '2023-06-01');
    expect(map).toMatch(/<a[^>]*data-municipality="alesund"[^>]*>\s*<path/);
    expect(map).not.toContain('data-municipality="haram"');
    expect(page).toContain('Kommunenummer 1507');
    expect(csv).toContain('\r\n1507,,Ålesund,');
  });

  it('is drawn from the 2024 boundaries as 1508, with Haram beside it', { timeout: 180_000 }, async () => {
    const { map, page, csv } = await build('alesund-2024.geojson', '2024-06-01');
    expect(map).toMatch(/<a[^>]*data-municipality="alesund"[^>]*>\s*<path/);
    expect(map).toMatch(/<a[^>]*data-municipality="haram"[^>]*>\s*<path/);
    expect(page).toContain('Kommunenummer 1508');
    expect(page).toContain('tidligere nummer 1507 (til 31. desember 2023)');
    expect(csv).toContain('1508,1507 (til 2023-12-31),Ålesund');
  });
});
