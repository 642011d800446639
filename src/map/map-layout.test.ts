import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseMapLayout } from './map-layout.ts';

const fixtures = path.resolve(import.meta.dirname, '../../tests/fixtures/boundaries');
const fictional = [
  ['9901', 'Nordvik', 63.65, 10.25],
  ['9902', 'Sørdal', 63.35, 10.25],
  ['9903', 'Østmark', 63.5, 10.75],
  ['9904', 'Øyrike', 63.6, 9.75],
].map(([nummer, navn, lat, lon]) => ({
  id: `k${nummer}`,
  nummer: String(nummer),
  navn: String(navn),
  koordinater: { lat: Number(lat), lon: Number(lon) },
}));

describe('chooseMapLayout', () => {
  it('draws tiles when no boundary file is configured', () => {
    const { layout, warnings } = chooseMapLayout({ municipalities: fictional });
    expect(layout.kind).toBe('tiles');
    expect(warnings).toEqual([]);
  });

  it('draws the boundaries when they cover every municipality, ignoring features outside the region', () => {
    for (const file of ['fictional.geojson', 'fictional.topojson']) {
      const { layout, warnings } = chooseMapLayout({ municipalities: fictional, boundaryFile: file, contentRoot: fixtures });
      expect(layout.kind).toBe('boundaries');
      expect(warnings).toEqual([]);
    }
  });

  it('falls back to tiles and names the missing municipalities when the file lacks some', () => {
    const extra = { id: 'nyby', nummer: '9905', navn: 'Nyby', koordinater: { lat: 63.4, lon: 10.4 } };
    const { layout, warnings } = chooseMapLayout({
      municipalities: [...fictional, extra],
      boundaryFile: 'fictional.geojson',
      contentRoot: fixtures,
    });
    expect(layout.kind).toBe('tiles');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^Kartgrensene i «fictional\.geojson» mangler Nyby \(9905\)\. Kartet vises derfor som rutekart\./);
  });

  it('passes tile and boundary options through', () => {
    const tiles = chooseMapLayout({ municipalities: fictional, tiles: { tileSize: 10, gap: 0 } }).layout;
    expect(tiles.kind === 'tiles' && tiles.tileSize).toBe(10);
    const shapes = chooseMapLayout({
      municipalities: fictional,
      boundaryFile: 'fictional.geojson',
      contentRoot: fixtures,
      boundaries: { width: 300 },
    }).layout;
    expect(shapes.width).toBe(300);
  });

  it('throws a Norwegian error naming the file when it cannot be read', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kart-'));
    writeFileSync(path.join(dir, 'grenser.json'), readFileSync(path.join(fixtures, 'fictional.geojson'), 'utf8').slice(0, 50));
    expect(() => chooseMapLayout({ municipalities: fictional, boundaryFile: 'grenser.json', contentRoot: dir })).toThrow(
      /grenser\.json» er ikke gyldig JSON/,
    );
  });
});
