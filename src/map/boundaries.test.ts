import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  boundaryLayout,
  featureNumber,
  pathData,
  readBoundaryFile,
  rewindPolygon,
  toFeatures,
  type BoundaryLayout,
} from './boundaries.ts';

const fixtures = path.resolve(import.meta.dirname, '../../tests/fixtures/boundaries');
const geojson = () => readBoundaryFile(path.join(fixtures, 'fictional.geojson')) as FeatureCollection;
const topojson = () => readBoundaryFile(path.join(fixtures, 'fictional.topojson'));

const municipalities = ['9901', '9902', '9903', '9904', '9905'].map((nummer) => ({ id: `k${nummer}`, nummer }));

/** Absolute points of each subpath in path data made by pathData (M, l, h, v, z). */
function subpaths(d: string): [number, number][][] {
  const tokens = d.match(/[MlhvzZ]|-?(?:\d+\.?\d*|\.\d+)/g) ?? [];
  const result: [number, number][][] = [];
  let x = 0;
  let y = 0;
  let command = '';
  let i = 0;
  const num = () => Number(tokens[i++]);
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (/[MlhvzZ]/.test(token)) {
      command = token;
      i++;
      if (command === 'z' || command === 'Z') continue;
    }
    if (command === 'M') {
      x = num();
      y = num();
      result.push([[x, y]]);
      command = 'l';
      continue;
    }
    if (command === 'l') {
      x += num();
      y += num();
    } else if (command === 'h') x += num();
    else if (command === 'v') y += num();
    else throw new Error(`unexpected token ${token}`);
    result.at(-1)!.push([Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
  }
  return result;
}

function pointsOf(layout: BoundaryLayout): [number, number][] {
  return layout.shapes.flatMap((s) => subpaths(s.d).flat());
}

function inside([x, y]: [number, number], ring: [number, number][]): boolean {
  let result = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) result = !result;
  }
  return result;
}

function reverseAll(collection: FeatureCollection): FeatureCollection {
  return JSON.parse(JSON.stringify(collection), (key, value: unknown) =>
    key === 'coordinates' && Array.isArray(value) ? reverseRings(value) : value,
  ) as FeatureCollection;
}

function reverseRings(value: unknown[]): unknown[] {
  // A ring is an array of positions (arrays of numbers).
  const isRing = (v: unknown) => Array.isArray(v) && Array.isArray(v[0]) && typeof v[0][0] === 'number';
  return value.map((v) => (isRing(v) ? [...(v as unknown[])].reverse() : Array.isArray(v) ? reverseRings(v) : v));
}

describe.each([
  ['GeoJSON', geojson],
  ['TopoJSON', topojson],
])('boundaryLayout from %s', (_, load) => {
  const layout = boundaryLayout(load(), municipalities);

  it('draws one shape for each matched municipality number, in number order', () => {
    expect(layout.kind).toBe('boundaries');
    expect(layout.shapes.map((s) => [s.id, s.number])).toEqual([
      ['k9901', '9901'],
      ['k9902', '9902'],
      ['k9903', '9903'],
      ['k9904', '9904'],
    ]);
  });

  it('reports unmatched features and municipalities instead of failing', () => {
    expect(layout.unmatchedFeatures).toEqual([{ index: 4, number: '9999', reason: 'unknown-number' }]);
    expect(layout.unmatchedMunicipalities).toEqual(['k9905']);
  });

  it('keeps every point inside the viewBox and fills it (not the whole globe)', () => {
    expect(layout.width).toBe(600);
    expect(layout.height).toBeGreaterThan(100);
    expect(layout.height).toBeLessThan(2000);
    const points = pointsOf(layout);
    expect(points.length).toBeGreaterThan(10);
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThanOrEqual(layout.width);
    expect(Math.max(...ys)).toBeLessThanOrEqual(layout.height);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(layout.width * 0.9);
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(layout.height * 0.9);
  });

  it('writes compact path data rounded to one decimal, with islands and holes as subpaths', () => {
    for (const shape of layout.shapes) {
      expect(shape.d).toMatch(/^M[\d.]+ [\d.]+l/);
      expect(shape.d.endsWith('z')).toBe(true);
      expect(shape.d).not.toMatch(/\d\.\d\d/);
    }
    const byNumber = new Map(layout.shapes.map((s) => [s.number, s]));
    expect(subpaths(byNumber.get('9901')!.d)).toHaveLength(2); // outline and lake
    expect(subpaths(byNumber.get('9904')!.d)).toHaveLength(2); // two islands
  });

  it('draws north up and west left', () => {
    const top = (n: string) => Math.min(...subpaths(layout.shapes.find((s) => s.number === n)!.d)[0]!.map((p) => p[1]));
    const left = (n: string) => Math.min(...subpaths(layout.shapes.find((s) => s.number === n)!.d)[0]!.map((p) => p[0]));
    expect(top('9901')).toBeLessThan(top('9902'));
    expect(left('9904')).toBeLessThan(left('9901'));
    expect(left('9901')).toBeLessThan(left('9903'));
  });

  it('places each label inside its shape (and outside its holes)', () => {
    for (const shape of layout.shapes) {
      const [outer, ...holes] = subpaths(shape.d);
      const label: [number, number] = [shape.labelX, shape.labelY];
      if (shape.number === '9904') {
        expect(inside(label, outer!) || inside(label, holes[0]!)).toBe(true);
      } else {
        expect(inside(label, outer!), shape.number).toBe(true);
        for (const hole of holes) expect(inside(label, hole)).toBe(false);
      }
    }
  });

  it('gives neighbours the same border vertices', () => {
    const [north] = subpaths(layout.shapes[0]!.d);
    const [south] = subpaths(layout.shapes[1]!.d);
    const key = (p: [number, number]) => p.join(',');
    const shared = south!.filter((p) => north!.some((q) => key(q) === key(p)));
    expect(shared.length).toBeGreaterThanOrEqual(2);
  });
});

describe('winding', () => {
  it('the fixture uses RFC 7946 winding, which d3 reads as the whole globe minus the polygon', () => {
    const first = geojson().features[0]!.geometry as Polygon;
    expect(geoArea({ type: 'Polygon', coordinates: [first.coordinates[0]!] })).toBeGreaterThan(2 * Math.PI);
    const rewound = rewindPolygon(first.coordinates);
    expect(geoArea({ type: 'Polygon', coordinates: rewound })).toBeLessThan(0.001);
    expect(rewound[0]).toEqual([...first.coordinates[0]!].reverse());
  });

  it('gives the same shapes for either winding, and for a mix', () => {
    const rfc = boundaryLayout(geojson(), municipalities);
    const d3Wound = boundaryLayout(reverseAll(geojson()), municipalities);
    expect(d3Wound.shapes.map((s) => s.labelX)).toEqual(rfc.shapes.map((s) => s.labelX));
    expect(pointsOf(d3Wound).sort()).toEqual(pointsOf(rfc).sort());

    const mixed = geojson();
    mixed.features[1] = reverseAll({ type: 'FeatureCollection', features: [mixed.features[1]!] }).features[0]!;
    const mixedLayout = boundaryLayout(mixed, municipalities);
    expect(mixedLayout.height).toBe(rfc.height);
    expect(pointsOf(mixedLayout).sort()).toEqual(pointsOf(rfc).sort());
  });
});

describe('simplification', () => {
  // A ring of 3,000 vertices: a shape with visible bays plus sub-pixel
  // wobble, like a coastline drawn in far more detail than the map can show.
  function detailed(): FeatureCollection {
    const ring: Position[] = [];
    for (let i = 0; i < 3000; i++) {
      const angle = (i / 3000) * 2 * Math.PI;
      const radius = 0.2 * (1 + 0.001 * Math.sin(i * 1.7) + 0.03 * Math.sin(i * 0.31));
      ring.push([10 + radius * 2 * Math.cos(angle), 63 + radius * Math.sin(angle)]);
    }
    ring.push(ring[0]!);
    return {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { kommunenummer: '9901' }, geometry: { type: 'Polygon', coordinates: [ring] } }],
    };
  }

  it('makes the path data of a detailed polygon much smaller, and more so with a larger threshold', () => {
    const ms = [{ id: 'detail', nummer: '9901' }];
    const full = boundaryLayout(detailed(), ms, { minArea: 0 }).shapes[0]!.d.length;
    const normal = boundaryLayout(detailed(), ms).shapes[0]!.d.length;
    const coarse = boundaryLayout(detailed(), ms, { minArea: 20 }).shapes[0]!.d.length;
    expect(normal).toBeLessThan(full / 2);
    expect(coarse).toBeLessThan(normal);
    expect(coarse).toBeGreaterThan(0);
  });

  it('keeps at most about maxPoints vertices however detailed the data', () => {
    const ms = [{ id: 'detail', nummer: '9901' }];
    const [ring] = subpaths(boundaryLayout(detailed(), ms, { maxPoints: 200 }).shapes[0]!.d);
    expect(ring!.length).toBeLessThanOrEqual(210);
    expect(ring!.length).toBeGreaterThan(150);
    const unlimited = subpaths(boundaryLayout(detailed(), ms, { minArea: 0, maxPoints: Infinity }).shapes[0]!.d)[0]!;
    expect(unlimited.length).toBeGreaterThan(2900);
  });

  it('keeps a region of 64 municipalities with very detailed borders small', () => {
    // An 8 × 8 grid of municipalities whose shared borders are fractal
    // (midpoint displacement, the same for both neighbours): 65,600 vertices.
    const corner = (i: number, j: number): Position => [5 + i * 1.2, 62 + j * 0.45];
    const borders = new Map<string, Position[]>();
    const border = (p: [number, number], q: [number, number]): Position[] => {
      const [s, t] = [p, q].sort((a, b) => a[0] - b[0] || a[1] - b[1]) as [[number, number], [number, number]];
      const key = `${s}|${t}`;
      if (!borders.has(key)) {
        let seed = s[0] * 131 + s[1] * 31 + t[0] * 17 + t[1] * 7 + 1;
        const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
        const split = (a: Position, b: Position, depth: number): Position[] => {
          if (depth === 0) return [a];
          const length = Math.hypot(b[0]! - a[0]!, b[1]! - a[1]!);
          const offset = (random() - 0.5) * 0.35;
          const m = [(a[0]! + b[0]!) / 2 - (b[1]! - a[1]!) * offset, (a[1]! + b[1]!) / 2 + (b[0]! - a[0]!) * offset];
          return length === 0 ? [a] : [...split(a, m, depth - 1), ...split(m, b, depth - 1)];
        };
        borders.set(key, [...split(corner(...s), corner(...t), 8), corner(...t)]);
      }
      const line = borders.get(key)!;
      return s === p ? line : [...line].reverse();
    };
    const features: Feature[] = [];
    const ms: { id: string; nummer: string }[] = [];
    for (let i = 0; i < 8; i++) {
      for (let j = 0; j < 8; j++) {
        const corners: [number, number][] = [[i, j], [i + 1, j], [i + 1, j + 1], [i, j + 1]];
        const ring = corners.flatMap((c, k) => border(c, corners[(k + 1) % 4]!).slice(0, -1));
        ring.push(ring[0]!);
        const nummer = String(5000 + i * 8 + j);
        ms.push({ id: `k${nummer}`, nummer });
        features.push({ type: 'Feature', properties: { kommunenummer: nummer }, geometry: { type: 'Polygon', coordinates: [ring] } });
      }
    }
    expect(features.reduce((sum, f) => sum + (f.geometry as Polygon).coordinates[0]!.length, 0)).toBeGreaterThan(60_000);

    const layout = boundaryLayout({ type: 'FeatureCollection', features }, ms);
    expect(layout.shapes).toHaveLength(64);
    const bytes = layout.shapes.reduce((sum, shape) => sum + shape.d.length, 0);
    expect(bytes).toBeLessThan(40_000);
    expect(bytes).toBeGreaterThan(10_000); // still detailed enough to look like borders
  });

  it('still draws a municipality that is tiny next to the threshold', () => {
    const layout = boundaryLayout(geojson(), municipalities, { minArea: 1e9, minRingArea: 1e9 });
    expect(layout.shapes).toHaveLength(4);
    for (const shape of layout.shapes) expect(subpaths(shape.d)[0]!.length).toBeGreaterThanOrEqual(3);
  });

  it('drops islands smaller than minRingArea but keeps the main part', () => {
    const layout = boundaryLayout(geojson(), municipalities, { minRingArea: 10_000 });
    const islands = layout.shapes.find((s) => s.number === '9904')!;
    expect(subpaths(islands.d)).toHaveLength(1);
  });
});

describe('options', () => {
  it('fits a fixed viewBox height and another width', () => {
    const layout = boundaryLayout(geojson(), municipalities, { width: 300, height: 200, padding: 10 });
    expect([layout.width, layout.height]).toEqual([300, 200]);
    for (const [x, y] of pointsOf(layout)) {
      expect(x).toBeGreaterThanOrEqual(9.9);
      expect(x).toBeLessThanOrEqual(290.1);
      expect(y).toBeGreaterThanOrEqual(9.9);
      expect(y).toBeLessThanOrEqual(190.1);
    }
  });

  it('supports the Mercator projection', () => {
    const layout = boundaryLayout(geojson(), municipalities, { projection: 'mercator' });
    expect(layout.shapes).toHaveLength(4);
    expect(Math.max(...pointsOf(layout).map((p) => p[0]))).toBeLessThanOrEqual(600);
  });

  it('matches by the configured property names', () => {
    const data = geojson();
    for (const f of data.features) f.properties = { KNR: f.properties!['kommunenummer'] };
    expect(boundaryLayout(data, municipalities, { numberProperties: ['other'] }).shapes).toHaveLength(0);
    expect(boundaryLayout(data, municipalities, { numberProperties: ['knr'] }).shapes).toHaveLength(4);
  });

  it('joins several features with the same number into one shape', () => {
    const data = geojson();
    data.features[3]!.properties = { kommunenummer: '9902' };
    const layout = boundaryLayout(data, municipalities);
    expect(layout.shapes.map((s) => s.number)).toEqual(['9901', '9902', '9903']);
    expect(subpaths(layout.shapes[1]!.d)).toHaveLength(3);
    expect(layout.unmatchedMunicipalities).toEqual(['k9904', 'k9905']);
  });

  it('reports features without a number or without an area', () => {
    const data = geojson();
    data.features[0]!.properties = { navn: 'Uten nummer' };
    data.features.push({ type: 'Feature', properties: { kommunenummer: '9905' }, geometry: { type: 'Point', coordinates: [10, 63] } });
    const layout = boundaryLayout(data, municipalities);
    expect(layout.unmatchedFeatures).toEqual([
      { index: 0, number: null, reason: 'no-number' },
      { index: 4, number: '9999', reason: 'unknown-number' },
      { index: 5, number: '9905', reason: 'no-area' },
    ]);
    expect(layout.unmatchedMunicipalities).toEqual(['k9901', 'k9905']);
  });

  it('returns an empty layout when nothing matches', () => {
    const layout = boundaryLayout(geojson(), [{ id: 'x', nummer: '1234' }]);
    expect(layout.shapes).toEqual([]);
    expect(layout.unmatchedMunicipalities).toEqual(['x']);
    expect(layout.unmatchedFeatures).toHaveLength(5);
  });
});

describe('featureNumber', () => {
  const f = (properties: Record<string, unknown> | null, id?: string | number): Feature => ({
    type: 'Feature',
    properties,
    geometry: null as never,
    ...(id === undefined ? {} : { id }),
  });

  it('reads the first known property, case-insensitively, and pads numbers to four digits', () => {
    expect(featureNumber(f({ kommunenummer: '5001' }))).toBe('5001');
    expect(featureNumber(f({ Kommunenummer: 5001 }))).toBe('5001');
    expect(featureNumber(f({ nummer: 301 }))).toBe('0301');
    expect(featureNumber(f({ KNR: ' 1505 ' }))).toBe('1505');
    expect(featureNumber(f({ navn: 'x' }, 5006))).toBe('5006');
    expect(featureNumber(f({ navn: 'x' }))).toBeNull();
    expect(featureNumber(f(null))).toBeNull();
    expect(featureNumber(f({ kode: '5001' }), ['kode'])).toBe('5001');
  });
});

describe('input files', () => {
  it('turns GeoJSON features, single features and TopoJSON into features', () => {
    expect(toFeatures(geojson())).toHaveLength(5);
    expect(toFeatures(geojson().features[0])).toHaveLength(1);
    expect(toFeatures(topojson())).toHaveLength(5);
  });

  it('refuses data that is neither GeoJSON nor TopoJSON, in Norwegian', () => {
    expect(() => toFeatures({ type: 'Polygon', coordinates: [] })).toThrow(/GeoJSON .* eller TopoJSON/);
    expect(() => toFeatures(null)).toThrow(/GeoJSON/);
  });

  it('names the file when it is missing or not JSON', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kart-'));
    const bad = path.join(dir, 'grenser.json');
    writeFileSync(bad, '{ not json');
    expect(() => readBoundaryFile(bad)).toThrow(/«.*grenser\.json» er ikke gyldig JSON/);
    expect(() => readBoundaryFile(path.join(dir, 'mangler.json'))).toThrow(/Fant ikke kartgrensene i «.*mangler\.json»/);
  });
});

describe('pathData', () => {
  it('writes relative commands, h and v for axis-aligned steps, and no space before a minus', () => {
    const d = pathData([[[[0, 0], [10.5, 0], [10.5, 5.3], [0.5, 0.5]]]]);
    expect(d).toBe('M0 0h10.5v5.3l-10-4.8z');
  });
});
