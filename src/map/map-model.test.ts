import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { boundaryLayout, readBoundaryFile } from './boundaries.ts';
import { midtNorgeCentres } from './fixtures/midt-norge-centres.ts';
import {
  accessibleName,
  buildMapModel,
  contrastRatio,
  relativeLuminance,
  textColorOn,
  type MapMunicipality,
  type MapStatus,
} from './map-model.ts';
import { tileLayout } from './tile-layout.ts';

const statuses: MapStatus[] = [
  { id: 'ikke-registrert', navn: 'Ikke registrert', beskrivelse: 'Ingen vedtak kjent.', farge: '#e0e0e0', symbol: '·' },
  { id: 'opsjon-utlost', navn: 'Opsjon utløst', beskrivelse: 'Kommunestyret har vedtatt.', farge: '#f2c14e', symbol: 'O' },
  { id: 'planlagt', navn: 'Innføring planlagt', beskrivelse: 'Dato er satt.', farge: '#2b6cb0', symbol: 'P' },
  { id: 'i-drift', navn: 'I drift', beskrivelse: 'Bruker løsningen.', farge: '#1f6f43', symbol: '✓' },
];

const municipalities: MapMunicipality[] = midtNorgeCentres.map((m) => ({
  id: m.id,
  nummer: m.nummer,
  navn: m.navn,
  href: `/kommuner/${m.id}/`,
}));
const tiles = tileLayout(midtNorgeCentres);

describe('contrast', () => {
  it('computes WCAG luminance and contrast ratios', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 10);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(() => relativeLuminance('green')).toThrow(/#rrggbb/);
  });

  it.each([
    ['#ffffff', '#000000'],
    ['#e0e0e0', '#000000'],
    ['#f2c14e', '#000000'],
    ['#2b6cb0', '#ffffff'],
    ['#1f6f43', '#ffffff'],
    ['#000000', '#ffffff'],
    ['#ff0000', '#000000'], // pure red: 5.25:1 with black, 4:1 with white
    ['#0000FF', '#ffffff'],
  ])('puts %s text in %s', (background, expected) => {
    expect(textColorOn(background)).toBe(expected);
  });

  it('always picks the colour with at least 4.5:1 contrast', () => {
    for (let v = 0; v < 256; v += 5) {
      const hex = `#${v.toString(16).padStart(2, '0').repeat(3)}`;
      expect(contrastRatio(hex, textColorOn(hex))).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('buildMapModel', () => {
  const statusOf = new Map([
    ['trondheim', 'planlagt'],
    ['indre-fosen', 'opsjon-utlost'],
    ['malvik', 'i-drift'],
  ]);
  const model = buildMapModel({ municipalities, statusOf, statuses, layout: tiles });
  const area = (id: string) => model.areas.find((a) => a.id === id)!;

  it('gives each municipality its status, colour, symbol, link and accessible name', () => {
    expect(model.kind).toBe('tiles');
    expect(model.areas).toHaveLength(64);
    expect(area('trondheim')).toMatchObject({
      name: 'Trondheim',
      href: '/kommuner/trondheim/',
      statusId: 'planlagt',
      statusLabel: 'Innføring planlagt',
      color: '#2b6cb0',
      symbol: 'P',
      textColor: '#ffffff',
      accessibleName: 'Trondheim: Innføring planlagt',
    });
    expect(area('leka')).toMatchObject({ statusId: 'ikke-registrert', textColor: '#000000', accessibleName: 'Leka: Ikke registrert' });
  });

  it('uses the tile geometry, with the short name above the symbol in the middle of the tile', () => {
    const cell = tiles.cells.find((c) => c.id === 'trondheim')!;
    const trondheim = area('trondheim');
    expect(trondheim.shape).toEqual({ kind: 'rect', x: cell.x, y: cell.y, width: 40, height: 40 });
    expect([trondheim.labelX, trondheim.labelY]).toEqual([cell.x + 20, cell.y + 20]);
    expect([model.width, model.height, model.labelSize]).toEqual([tiles.width, tiles.height, 13]);
    expect(trondheim.abbreviation).toBe('Tro');
    expect(trondheim.abbreviationY).toBeGreaterThan(cell.y);
    expect(trondheim.abbreviationY).toBeLessThan(trondheim.symbolY);
    expect(trondheim.symbolY).toBeLessThan(cell.y + 40);
  });

  it('puts each name plate above its tile, inside the map’s width, with room above the top row', () => {
    for (const a of model.areas) {
      const shape = a.shape as { x: number; y: number };
      expect(a.tip.y + a.tip.height, a.id).toBeLessThan(shape.y);
      expect(a.tip.x, a.id).toBeGreaterThanOrEqual(0);
      expect(a.tip.x + a.tip.width, a.id).toBeLessThanOrEqual(model.width);
      expect(a.tip.width, a.id).toBeGreaterThan(a.name.length * 7);
      expect(a.tip.y, a.id).toBeGreaterThanOrEqual(model.top);
    }
    expect(model.top).toBeLessThan(0);
  });

  it('gives no extra hit area to tiles, which are larger than the minimum target', () => {
    expect(model.areas.every((a) => a.target === undefined)).toBe(true);
  });

  it('counts every status in the legend, in vocabulary order, zeros included', () => {
    expect(model.legend.map((l) => [l.statusId, l.count])).toEqual([
      ['ikke-registrert', 61],
      ['opsjon-utlost', 1],
      ['planlagt', 1],
      ['i-drift', 1],
    ]);
    expect(model.legend[3]).toMatchObject({ label: 'I drift', symbol: '✓', color: '#1f6f43', textColor: '#ffffff' });
    const empty = buildMapModel({ municipalities, statusOf: {}, statuses, layout: tiles });
    expect(empty.legend.map((l) => l.count)).toEqual([64, 0, 0, 0]);
  });

  it('accepts the statuses as a plain object as well as a Map', () => {
    const fromObject = buildMapModel({ municipalities, statusOf: Object.fromEntries(statusOf), statuses, layout: tiles });
    expect(fromObject).toEqual(model);
  });

  it('orders areas north to south, then west to east, for keyboard users', () => {
    const order = model.areas.map((a) => [a.labelY, a.labelX]);
    const sorted = [...order].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
    expect(order).toEqual(sorted);
  });

  it('names the municipality and the unknown status when the status is not in the vocabulary', () => {
    expect(() =>
      buildMapModel({ municipalities, statusOf: { trondheim: 'ukjent' }, statuses, layout: tiles }),
    ).toThrow(/Trondheim \(trondheim\) has the status "ukjent"/);
  });

  it('lists municipalities without a shape as missing, and still counts them', () => {
    const few = tileLayout(midtNorgeCentres.slice(0, 10));
    const partial = buildMapModel({ municipalities, statusOf, statuses, layout: few });
    expect(partial.areas).toHaveLength(10);
    expect(partial.missing).toHaveLength(54);
    expect(partial.missing).toContain('alesund');
    expect(partial.legend.reduce((sum, l) => sum + l.count, 0)).toBe(64);
  });

  it('uses boundary shapes as paths with their label points', () => {
    const file = path.resolve(import.meta.dirname, '../../tests/fixtures/boundaries/fictional.geojson');
    const fictional = ['9901', '9902', '9903', '9904'].map((nummer) => ({ id: `k${nummer}`, nummer, navn: `Kommune ${nummer}`, href: `/kommuner/k${nummer}/` }));
    const layout = boundaryLayout(readBoundaryFile(file), fictional);
    const shaped = buildMapModel({ municipalities: fictional, statusOf: { k9902: 'i-drift' }, statuses, layout });
    expect(shaped.kind).toBe('boundaries');
    expect(shaped.width).toBe(600);
    expect(shaped.labelSize).toBe(13);
    const shape = layout.shapes.find((s) => s.id === 'k9902')!;
    expect(shaped.areas.find((a) => a.id === 'k9902')).toMatchObject({
      shape: { kind: 'path', d: shape.d },
      labelX: shape.labelX,
      labelY: shape.labelY,
      accessibleName: 'Kommune 9902: I drift',
    });
  });
});

describe('small boundary shapes', () => {
  it('get an invisible hit area of at least 24 × 24 units around their label', () => {
    const shape = (id: string, number: string, box: { x: number; y: number; width: number; height: number }) => ({
      id,
      number,
      d: 'M0 0h1v1z',
      labelX: box.x + box.width / 2,
      labelY: box.y + box.height / 2,
      box,
    });
    const layout = {
      kind: 'boundaries' as const,
      width: 600,
      height: 400,
      shapes: [shape('stor', '9901', { x: 100, y: 100, width: 200, height: 150 }), shape('holme', '9902', { x: 400, y: 300, width: 6, height: 30 })],
      unmatchedFeatures: [],
      unmatchedMunicipalities: [],
    };
    const places = [
      { id: 'stor', nummer: '9901', navn: 'Stor', href: '/kommuner/stor/' },
      { id: 'holme', nummer: '9902', navn: 'Holme', href: '/kommuner/holme/' },
    ];
    const shaped = buildMapModel({ municipalities: places, statusOf: {}, statuses, layout });
    const holme = shaped.areas.find((a) => a.id === 'holme')!;
    expect(holme.target).toEqual({ x: 391, y: 300, width: 24, height: 30 });
    expect(shaped.areas.find((a) => a.id === 'stor')!.target).toBeUndefined();
  });
});

describe('accessibleName', () => {
  it('joins name and status with a colon', () => {
    expect(accessibleName('Snåase – Snåsa', 'Opsjon utløst')).toBe('Snåase – Snåsa: Opsjon utløst');
  });
});
