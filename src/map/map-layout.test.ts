import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseMapLayout, type LayoutMunicipality } from './map-layout.ts';

const fixtures = path.resolve(import.meta.dirname, '../../tests/fixtures/boundaries');
const date = '2026-11-22';
const fictional: LayoutMunicipality[] = [
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
  it('draws tiles when no boundary file is configured, for the municipalities that exist on the date', () => {
    const gone = { id: 'gammelby', nummer: '9905', navn: 'Gammelby', koordinater: { lat: 63.4, lon: 10.4 }, gyldigTil: '2019-12-31' };
    const { layout, warnings } = chooseMapLayout({ municipalities: [...fictional, gone], date });
    expect(layout.kind).toBe('tiles');
    expect(layout.kind === 'tiles' && layout.cells.map((c) => c.id).sort()).toEqual(['k9901', 'k9902', 'k9903', 'k9904']);
    expect(warnings).toEqual([]);
    const before = chooseMapLayout({ municipalities: [...fictional, gone], date: '2019-06-01' }).layout;
    expect(before.kind === 'tiles' && before.cells).toHaveLength(5);
  });

  it('draws the same map from WGS 84, UTM 32 and 33, ETRS89 degrees and TopoJSON, ignoring the neighbour county', () => {
    const reference = chooseMapLayout({ municipalities: fictional, date, boundaryFile: 'fictional-wgs84.geojson', contentRoot: fixtures });
    expect(reference.layout.kind).toBe('boundaries');
    expect(reference.warnings).toEqual([]);
    const shapes = (layout: typeof reference.layout) => (layout.kind === 'boundaries' ? layout.shapes : []);
    expect(shapes(reference.layout).map((s) => s.id)).toEqual(['k9901', 'k9902', 'k9903', 'k9904']);
    for (const file of ['fictional-25833.geojson', 'fictional-25832.geojson', 'fictional-4258.geojson', 'fictional-25833.topojson', 'fictional-kartverket-25833.geojson']) {
      const { layout, warnings } = chooseMapLayout({ municipalities: fictional, date, boundaryFile: file, contentRoot: fixtures });
      expect(warnings, file).toEqual([]);
      expect([layout.width, layout.height], file).toEqual([reference.layout.width, reference.layout.height]);
      shapes(layout).forEach((shape, i) => {
        const expected = shapes(reference.layout)[i]!;
        expect(shape.id, file).toBe(expected.id);
        expect(Math.abs(shape.labelX - expected.labelX), `${file} ${shape.id}`).toBeLessThanOrEqual(0.2);
        expect(Math.abs(shape.labelY - expected.labelY), `${file} ${shape.id}`).toBeLessThanOrEqual(0.2);
      });
    }
  });

  it('draws Ålesund from Kartverket’s 2020 file (1507) and its 2024 file (1508)', () => {
    const municipalities: LayoutMunicipality[] = [
      { id: 'alesund', nummer: '1508', tidligereNummer: [{ nummer: '1507', fra: '2020-01-01', til: '2023-12-31' }], navn: 'Ålesund', koordinater: { lat: 62.47, lon: 6.15 } },
      { id: 'haram', nummer: '1580', navn: 'Haram', koordinater: { lat: 62.6, lon: 6.2 }, gyldigFra: '2024-01-01' },
      { id: 'giske', nummer: '1532', navn: 'Giske', koordinater: { lat: 62.5, lon: 5.8 } },
    ];
    const ids = (file: string, on: string) => {
      const { layout } = chooseMapLayout({ municipalities, date: on, boundaryFile: file, contentRoot: fixtures });
      return layout.kind === 'boundaries' ? layout.shapes.map((s) => `${s.id} ${s.number}`) : [];
    };
    expect(ids('alesund-2020.geojson', '2023-06-01')).toEqual(['alesund 1507', 'giske 1532']);
    expect(ids('alesund-2024.geojson', date)).toEqual(['alesund 1508', 'giske 1532', 'haram 1580']);
    // The 2020 file after Haram came back: the build refuses as the check does.
    expect(() => ids('alesund-2020.geojson', date)).toThrow(/^Kartgrensene kan ikke brukes:\nalesund-2020\.geojson – mangler kommunegrensene for Haram \(kommunenummer 1580\)\./);
  });

  it('refuses a file the check refuses, with the check’s Norwegian lines', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kart-'));
    const utm = JSON.parse(readFileSync(path.join(fixtures, 'fictional-25833.geojson'), 'utf8')) as Record<string, unknown>;
    delete utm['crs'];
    writeFileSync(path.join(dir, 'grenser.json'), JSON.stringify(utm));
    expect(() => chooseMapLayout({ municipalities: fictional, date, boundaryFile: 'grenser.json', contentRoot: dir })).toThrow(
      /^Kartgrensene kan ikke brukes:\ngrenser\.json – koordinatene ser ut til å være i meter \(UTM\), men filen sier ikke hvilket koordinatsystem/,
    );
    writeFileSync(path.join(dir, 'brutt.json'), readFileSync(path.join(fixtures, 'fictional.geojson'), 'utf8').slice(0, 50));
    expect(() => chooseMapLayout({ municipalities: fictional, date, boundaryFile: 'brutt.json', contentRoot: dir })).toThrow(
      /brutt\.json:\d+ – filen er ikke gyldig JSON/,
    );
    expect(() => chooseMapLayout({ municipalities: fictional, date, boundaryFile: 'mangler.json', contentRoot: dir })).toThrow(
      /^Fant ikke kartgrensene i «mangler\.json»/,
    );
  });

  it('refuses a file without a municipality the map shows, naming it', () => {
    const extra = { id: 'nyby', nummer: '9905', navn: 'Nyby', koordinater: { lat: 63.4, lon: 10.4 } };
    expect(() => chooseMapLayout({ municipalities: [...fictional, extra], date, boundaryFile: 'fictional-wgs84.geojson', contentRoot: fixtures })).toThrow(
      /fictional-wgs84\.geojson – mangler kommunegrensene for Nyby \(kommunenummer 9905\)/,
    );
  });

  it('passes tile and boundary options through', () => {
    const tiles = chooseMapLayout({ municipalities: fictional, date, tiles: { tileSize: 10, gap: 0 } }).layout;
    expect(tiles.kind === 'tiles' && tiles.tileSize).toBe(10);
    const shapes = chooseMapLayout({
      municipalities: fictional,
      date,
      boundaryFile: 'fictional-wgs84.geojson',
      contentRoot: fixtures,
      boundaries: { width: 300 },
    }).layout;
    expect(shapes.width).toBe(300);
  });
});
