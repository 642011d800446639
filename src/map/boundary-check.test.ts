import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FeatureCollection, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../validation/problem.ts';
import { checkBoundaryFile, type BoundaryCheckOptions } from './boundary-check.ts';
import { polygonsOf } from './boundaries.ts';
import { numberPeriods, type NumberedMunicipality } from './number-matching.ts';

const fixtures = path.resolve(import.meta.dirname, '../../tests/fixtures/boundaries');
const read = (name: string) => readFileSync(path.join(fixtures, name));
const json = (name: string) => JSON.parse(read(name).toString('utf8')) as FeatureCollection;

const municipality = (nummer: string, name = `Kommune ${nummer}`, extra: Partial<NumberedMunicipality> = {}): NumberedMunicipality => ({
  slug: `k${nummer}`,
  name,
  numbers: numberPeriods({ nummer }),
  ...extra,
});
const fictional = ['9901', '9902', '9903', '9904'].map((n) => municipality(n));
const region = { sor: 63, nord: 64, vest: 9, ost: 12 };
const options = (extra: Partial<BoundaryCheckOptions> = {}): BoundaryCheckOptions => ({
  file: 'kart/kommuner.geojson',
  municipalities: fictional,
  date: '2026-11-22',
  region,
  ...extra,
});
const lines = (input: string | Uint8Array | object, extra: Partial<BoundaryCheckOptions> = {}) =>
  checkBoundaryFile(typeof input === 'string' || input instanceof Uint8Array ? input : JSON.stringify(input), options(extra)).problems.map(formatProblem);

/** The WGS 84 file with its fifth square numbered as a neighbour county's municipality, as the generated files have it. */
function wgs84(): FeatureCollection {
  const data = json('fictional.geojson');
  data.features[4]!.properties = { kommunenummer: '8801', navn: 'Nabofylket' };
  return data;
}

function positions(polygons: readonly (readonly Position[])[][]): Position[] {
  return polygons.flat(2) as Position[];
}

describe('coordinate systems as Kartverket ships them', () => {
  /** Checks the file and asserts one shape per municipality whose points are the original's, within `tolerance` degrees. */
  const expectSameAs = (input: string | Uint8Array, original: FeatureCollection, extra: Partial<BoundaryCheckOptions> = {}, tolerance = 1e-6) => {
    const result = checkBoundaryFile(input, options(extra));
    expect(result.problems.map(formatProblem)).toEqual([]);
    const shapes = result.boundaries!.shapes;
    expect(shapes.map((s) => [s.id, s.number])).toEqual([
      ['k9901', '9901'],
      ['k9902', '9902'],
      ['k9903', '9903'],
      ['k9904', '9904'],
    ]);
    shapes.forEach((shape, i) => {
      // TopoJSON may start a ring elsewhere: compare the points as sets.
      const expected = positions(polygonsOf(original.features[i]!.geometry));
      const actual = positions(shape.polygons);
      const near = (p: Position, list: Position[]) => list.some((q) => Math.abs(p[0]! - q[0]!) <= tolerance && Math.abs(p[1]! - q[1]!) <= tolerance);
      for (const p of expected) expect(near(p, actual), `${shape.id}: ${p.join(', ')} is drawn`).toBe(true);
      for (const p of actual) expect(near(p, expected), `${shape.id}: ${p.join(', ')} is in the original`).toBe(true);
    });
    return result.boundaries!;
  };

  it('reads WGS 84 without a declared system (RFC 7946)', () => {
    expect(checkBoundaryFile(JSON.stringify(wgs84()), options()).boundaries?.crs.code).toBe(4326);
    expectSameAs(JSON.stringify(wgs84()), wgs84(), {}, 0);
  });

  it('reprojects UTM zone 33 (EPSG:25833, the issue example) to the same places', () => {
    expect(expectSameAs(read('fictional-25833.geojson'), wgs84()).crs.code).toBe(25833);
  });

  it('reprojects UTM zone 32 (urn:ogc:def:crs:EPSG::25832)', () => {
    expect(expectSameAs(read('fictional-25832.geojson'), wgs84()).crs.code).toBe(25832);
  });

  it('reprojects UTM zone 35 in Finnmark (http://www.opengis.net/def/crs/EPSG/0/25835)', () => {
    const finnmark = json('fictional-finnmark.geojson');
    expect(expectSameAs(read('fictional-finnmark-25835.geojson'), finnmark, { region: { sor: 69, nord: 71, vest: 24, ost: 27 } }).crs.code).toBe(25835);
  });

  it('reads ETRS89 degrees (EPSG:4258)', () => {
    expect(expectSameAs(read('fictional-4258.geojson'), wgs84()).crs.code).toBe(4258);
  });

  it('reads TopoJSON in UTM with the system on its object', () => {
    // Quantised to a millionth of the extent: about 0.1 m here.
    expect(expectSameAs(read('fictional-25833.topojson'), wgs84(), {}, 1e-5).crs.code).toBe(25833);
  });

  it('reads Kartverket’s download with named layers, taking «Kommune» and leaving the border lines', () => {
    expect(expectSameAs(read('fictional-kartverket-25833.geojson'), wgs84()).crs.code).toBe(25833);
  });

  it('accepts a byte-order mark, as text or bytes', () => {
    const text = `\uFEFF${JSON.stringify(wgs84())}`;
    expect(lines(text)).toEqual([]);
    expect(lines(new TextEncoder().encode(text))).toEqual([]);
  });

  it('checks without a region too', () => {
    expect(lines(wgs84(), { region: undefined })).toEqual([]);
  });
});

describe('files that cannot be read', () => {
  it('refuses bytes that are not UTF-8', () => {
    const latin1 = Uint8Array.from([...'{"type":"FeatureCollection","features":[{"properties":{"navn":"R'].map((c) => c.charCodeAt(0)).concat([0xf8]));
    expect(lines(latin1)).toMatchInlineSnapshot(`
      [
        "kart/kommuner.geojson – filen er ikke lagret som UTF-8. Lagre kartfilen som UTF-8. Last ned Kartverkets «Administrative enheter kommuner» som GeoJSON fra Geonorge (kartkatalog.geonorge.no; tidligere år finnes under «historiske data»). Du kan også åpne filen i QGIS og velge «Eksporter → Lagre objekter som…» med format GeoJSON og koordinatsystem EPSG:4326 (WGS 84).",
      ]
    `);
  });

  it('names the line where the JSON breaks', () => {
    expect(lines('{\n  "type": "FeatureCollection",\n  "features": [\n    { "type": "Feature", }\n  ]\n}')).toMatchInlineSnapshot(`
      [
        "kart/kommuner.geojson:4 – filen er ikke gyldig JSON: komma etter det siste elementet. Fjern kommaet før }. Kartfilen må være GeoJSON eller TopoJSON.",
      ]
    `);
  });

  it('refuses JSON that is neither GeoJSON nor TopoJSON', () => {
    expect(lines({ type: 'Polygon', coordinates: [] })).toMatchInlineSnapshot(`
      [
        "kart/kommuner.geojson – filen er verken GeoJSON eller TopoJSON. Kartfilen må være GeoJSON (en FeatureCollection) eller TopoJSON (en Topology) med ett område per kommune. Last ned Kartverkets «Administrative enheter kommuner» som GeoJSON fra Geonorge (kartkatalog.geonorge.no; tidligere år finnes under «historiske data»).",
      ]
    `);
    expect(lines([1, 2])).toHaveLength(1);
  });

  it('refuses a file with lines only, and one whose layers disagree on the coordinate system', () => {
    const lineOnly = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { kommunenummer: '9901' }, geometry: { type: 'LineString', coordinates: [[10, 63.5], [10.5, 63.5]] } }] };
    expect(lines(lineOnly)[0]).toMatch(/^kart\/kommuner\.geojson – filen har ingen flater \(Polygon eller MultiPolygon\)\. Kartet trenger kommunene som flater\./);
    const data = wgs84();
    const layered = {
      Kommune: { type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'EPSG:4326' } }, features: data.features.slice(0, 2) },
      Kommuner: { type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'EPSG:4258' } }, features: data.features.slice(2) },
    };
    expect(lines(layered)).toMatchInlineSnapshot(`
      [
        "kart/kommuner.geojson – kartlagene «Kommune», «Kommuner» har ulike koordinatsystemer. Lagre kommunelaget alene i én fil. Last ned Kartverkets «Administrative enheter kommuner» som GeoJSON fra Geonorge (kartkatalog.geonorge.no; tidligere år finnes under «historiske data»).",
      ]
    `);
  });

  it('names a feature whose coordinates are not numbers', () => {
    const data = wgs84();
    (data.features[1]!.geometry as { coordinates: unknown }).coordinates = [[['10,0', '63,2'], [10.5, 63.2], [10.5, 63.5], ['10,0', '63,2']]];
    expect(lines(data)[0]).toMatch(/^kart\/kommuner\.geojson – felt «features\[1\]»: objektet har koordinater som ikke er tall\. Rett eller fjern objektet\./);
  });
});

describe('numbers and municipalities', () => {
  it('ignores features of counties outside the region, as in a national file', () => {
    const data = wgs84();
    data.features.push({ type: 'Feature', properties: { kommunenummer: '0301', kommunenavn: 'Oslo' }, geometry: { type: 'Polygon', coordinates: [[[10.6, 59.8], [10.9, 59.8], [10.9, 60], [10.6, 60], [10.6, 59.8]]] } });
    expect(lines(data)).toEqual([]);
  });

  it('names a feature without a number (and its municipality as missing), and one whose number is in the region’s county but no municipality’s', () => {
    const data = wgs84();
    data.features[2]!.properties = { navn: 'Østmark' };
    data.features[4]!.properties = { kommunenummer: '9977', navn: 'Nyby' };
    expect(lines(data)).toMatchInlineSnapshot(`
      [
        "kart/kommuner.geojson – felt «features[2]»: objektet har ikke noe kommunenummer («Østmark»). Kartet leser kommunenummeret fra egenskapen «kommunenummer» (eller «Kommunenummer», «KOMMUNENR», «knr», «komm»). Gi objektet kommunenummeret, eller fjern det fra filen.",
        "kart/kommuner.geojson – felt «features[4]»: objektet med kommunenummer 9977 («Nyby») passer ikke med noen kommune i mappen «kommuner». Rett kommunenummeret i kartfilen, eller legg til kommunen i mappen «kommuner» (med nummeret under «nummer» eller «tidligereNummer»). Er filen fra et annet år enn datoen kartet viser, bruk kommunegrensene for riktig år. Last ned Kartverkets «Administrative enheter kommuner» som GeoJSON fra Geonorge (kartkatalog.geonorge.no; tidligere år finnes under «historiske data»).",
        "kart/kommuner.geojson – mangler kommunegrensene for Kommune 9903 (kommunenummer 9903). Bruk en fil med kommunegrensene slik de er på datoen kartet viser, eller fjern «kartgrenser» fra innstillingene for å vise rutekartet. Last ned Kartverkets «Administrative enheter kommuner» som GeoJSON fra Geonorge (kartkatalog.geonorge.no; tidligere år finnes under «historiske data»).",
      ]
    `);
  });

  it('reads the number from the property names Kartverket, shapefiles and Statistics Norway use', () => {
    for (const key of ['kommunenummer', 'Kommunenummer', 'KOMMUNENR', 'kommunenum', 'komm']) {
      const data = wgs84();
      for (const f of data.features) f.properties = { [key]: Number(f.properties!['kommunenummer']) };
      expect(lines(data), key).toEqual([]);
    }
  });

  it('ignores the neighbours of a municipality in a county outside the region (Os in Innlandet), but not when it counts as inside', () => {
    const data = wgs84();
    const square = (west: number): Position[][] => [[[west, 63.1], [west + 0.1, 63.1], [west + 0.1, 63.2], [west, 63.2], [west, 63.1]]];
    data.features.push(
      { type: 'Feature', properties: { kommunenummer: '3430', kommunenavn: 'Os' }, geometry: { type: 'Polygon', coordinates: square(11.2) } },
      { type: 'Feature', properties: { kommunenummer: '3431', kommunenavn: 'Dovre' }, geometry: { type: 'Polygon', coordinates: square(11.4) } },
    );
    const os = municipality('3430', 'Os', { outsideRegion: true });
    expect(lines(data, { municipalities: [...fictional, os] })).toEqual([]);
    expect(lines(data, { municipalities: [...fictional, { ...os, outsideRegion: false }] })).toEqual([
      expect.stringMatching(/^kart\/kommuner\.geojson – felt «features\[6\]»: objektet med kommunenummer 3431 \(«Dovre»\) passer ikke med noen kommune/),
    ]);
  });

  it('lists ten features of one kind and counts the rest', () => {
    const data = wgs84();
    for (let i = 0; i < 15; i++) {
      data.features.push({ type: 'Feature', properties: { kommunenummer: String(9950 + i) }, geometry: { type: 'Polygon', coordinates: [[[11, 63.1], [11.1, 63.1], [11.1, 63.2], [11, 63.1]]] } });
    }
    const found = lines(data);
    expect(found).toHaveLength(11);
    expect(found[9]).toMatch(/felt «features\[14\]»: objektet med kommunenummer 9959 passer ikke/);
    expect(found[10]).toBe(
      'kart/kommuner.geojson – i tillegg er det 5 objekter til som ikke passer med noen kommune i mappen «kommuner». Rett dem på samme måte.',
    );
  });

  it('names a matched feature that lies outside the region while the others are inside', () => {
    const data = wgs84();
    data.features[1]!.geometry = { type: 'Polygon', coordinates: [[[10, 62.2], [10.5, 62.2], [10.5, 62.5], [10, 62.5], [10, 62.2]]] };
    expect(lines(data)).toMatchInlineSnapshot(`
      [
        "kart/kommuner.geojson – felt «features[1]»: objektet med kommunenummer 9902 («Sørdal») ligger utenfor området i innstillingene (63–64° N, 9–12° Ø). Sjekk at koordinatsystemet i filen stemmer, eller utvid «omrade» i innstillinger.json.",
      ]
    `);
  });

  it('draws a municipality from several features with its number (exclaves), in WGS 84', () => {
    const data = wgs84();
    data.features[3]!.properties = { kommunenummer: '9902' };
    const result = checkBoundaryFile(JSON.stringify(data), options({ municipalities: fictional.slice(0, 3) }));
    expect(result.problems).toEqual([]);
    expect(result.boundaries!.shapes.find((s) => s.id === 'k9902')!.polygons).toHaveLength(3);
  });
});

describe('Ålesund (1507 until 2023, 1508 from 2024) and Haram (1580 from 2024)', () => {
  const content: NumberedMunicipality[] = [
    {
      slug: 'alesund',
      name: 'Ålesund',
      numbers: numberPeriods({ nummer: '1508', tidligereNummer: [{ nummer: '1507', fra: '2020-01-01', til: '2023-12-31' }] }),
    },
    { slug: 'haram', name: 'Haram', numbers: numberPeriods({ nummer: '1580' }), gyldigFra: '2024-01-01' },
    { slug: 'giske', name: 'Giske', numbers: numberPeriods({ nummer: '1532' }) },
  ];
  const more = { sor: 61.5, nord: 65.8, vest: 4, ost: 14.6 };
  const check = (file: string, date: string) => checkBoundaryFile(read(file), { file: `kart/${file}`, municipalities: content, date, region: more });
  const drawn = (file: string, date: string) => check(file, date).boundaries?.shapes.map((s) => [s.id, s.number]);

  it('matches Ålesund in Kartverket’s 2020 file on a date in 2023', () => {
    expect(check('alesund-2020.geojson', '2023-06-01').problems).toEqual([]);
    expect(drawn('alesund-2020.geojson', '2023-06-01')).toEqual([
      ['alesund', '1507'],
      ['giske', '1532'],
    ]);
  });

  it('matches Ålesund and Haram in Kartverket’s 2024 file after the change', () => {
    expect(check('alesund-2024.geojson', '2026-11-22').problems).toEqual([]);
    expect(drawn('alesund-2024.geojson', '2026-11-22')).toEqual([
      ['alesund', '1508'],
      ['haram', '1580'],
      ['giske', '1532'],
    ]);
  });

  it('matches Ålesund by its old number in the 2020 file after the change, and names Haram as missing', () => {
    expect(check('alesund-2020.geojson', '2026-11-22').problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "kart/alesund-2020.geojson – mangler kommunegrensene for Haram (kommunenummer 1580). Haram finnes fra 1. januar 2024, så filen må være fra da eller senere. Bruk en fil med kommunegrensene slik de er på datoen kartet viser, eller fjern «kartgrenser» fra innstillingene for å vise rutekartet. Last ned Kartverkets «Administrative enheter kommuner» som GeoJSON fra Geonorge (kartkatalog.geonorge.no; tidligere år finnes under «historiske data»).",
      ]
    `);
  });

  it('names Haram in the 2024 file on a date before Haram existed', () => {
    expect(check('alesund-2024.geojson', '2023-06-01').problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "kart/alesund-2024.geojson – felt «Kommune.features[1]»: objektet med kommunenummer 1580 («Haram») er Haram, som finnes først fra 1. januar 2024, ikke på datoen kartet viser. Bruk kommunegrensene fra samme år som datoen kartet viser. Last ned Kartverkets «Administrative enheter kommuner» som GeoJSON fra Geonorge (kartkatalog.geonorge.no; tidligere år finnes under «historiske data»).",
      ]
    `);
  });

  it('does not mind Ålesund’s old number in a county outside the region', () => {
    const outside = content.map((m) => ({ ...m, outsideRegion: true }));
    const data = JSON.parse(read('alesund-2024.geojson').toString('utf8')) as { Kommune: FeatureCollection };
    data.Kommune.features.push({ ...data.Kommune.features[2]!, properties: { kommunenummer: '1599', kommunenavn: 'Ukjent' } });
    const result = checkBoundaryFile(JSON.stringify(data), { file: 'k.geojson', municipalities: outside, date: '2026-11-22', region: more });
    expect(result.problems).toEqual([]);
  });
});
