import { describe, expect, it } from 'vitest';
import { midtNorgeCentres } from './fixtures/midt-norge-centres.ts';
import { tileLayout, type TileLayout, type TilePoint } from './tile-layout.ts';

const byId = (layout: TileLayout) => new Map(layout.cells.map((c) => [c.id, c]));

/** Chebyshev distance between two tiles: 1 means touching, including diagonally. */
function cellDistance(layout: TileLayout, a: string, b: string): number {
  const cells = byId(layout);
  const ca = cells.get(a)!;
  const cb = cells.get(b)!;
  return Math.max(Math.abs(ca.col - cb.col), Math.abs(ca.row - cb.row));
}

const pick = (...ids: string[]): TilePoint[] => midtNorgeCentres.filter((m) => ids.includes(m.id));

const trondheimArea = pick(
  'trondheim', 'malvik', 'melhus', 'skaun', 'stjordal', 'orkland', 'indre-fosen', 'midtre-gauldal', 'selbu',
  'frosta', 'levanger', 'leka', 'naeroysund', 'hitra', 'oppdal', 'roros',
);
if (trondheimArea.length !== 16) throw new Error('test data: an id in trondheimArea is misspelt');

function expectOwnCells(layout: TileLayout, count: number): void {
  expect(layout.cells).toHaveLength(count);
  const keys = new Set(layout.cells.map((c) => `${c.col},${c.row}`));
  expect(keys.size).toBe(count);
  for (const c of layout.cells) {
    expect(c.col).toBeGreaterThanOrEqual(0);
    expect(c.row).toBeGreaterThanOrEqual(0);
    expect(c.col).toBeLessThan(layout.columns);
    expect(c.row).toBeLessThan(layout.rows);
    expect(c.x).toBe(c.col * (layout.tileSize + layout.gap));
    expect(c.y).toBe(c.row * (layout.tileSize + layout.gap));
  }
}

describe('tileLayout', () => {
  it('gives every municipality of the region its own cell', () => {
    const layout = tileLayout(midtNorgeCentres);
    expectOwnCells(layout, 64);
    expect(new Set(layout.cells.map((c) => c.id)).size).toBe(64);
  });

  it('keeps the grid small: at most two cells per municipality', () => {
    const layout = tileLayout(midtNorgeCentres);
    const cells = layout.columns * layout.rows;
    expect(cells).toBeGreaterThanOrEqual(64);
    expect(cells).toBeLessThanOrEqual(2 * 64);
    expect(layout.width).toBe(layout.columns * 44 - 4);
    expect(layout.height).toBe(layout.rows * 44 - 4);
  });

  it('is deterministic and does not depend on input order', () => {
    const a = tileLayout(midtNorgeCentres);
    const b = tileLayout([...midtNorgeCentres].reverse());
    const c = tileLayout(midtNorgeCentres);
    expect(b).toEqual(a);
    expect(c).toEqual(a);
  });

  it('breaks ties between identical coordinates by municipality number', () => {
    const twins = [
      { id: 'b', nummer: '0002', lat: 63, lon: 10 },
      { id: 'a', nummer: '0001', lat: 63, lon: 10 },
      { id: 'c', nummer: '0003', lat: 64, lon: 11 },
    ];
    const one = tileLayout(twins);
    const two = tileLayout([twins[2]!, twins[1]!, twins[0]!]);
    expect(two).toEqual(one);
    expectOwnCells(one, 3);
  });

  it.each([
    ['a handful of Trøndelag municipalities', trondheimArea],
    ['all 64 municipalities', midtNorgeCentres],
  ])('keeps Trondheim within two cells of Malvik, Melhus and Skaun (%s)', (_, points) => {
    const layout = tileLayout(points);
    for (const neighbour of ['malvik', 'melhus', 'skaun']) {
      expect(cellDistance(layout, 'trondheim', neighbour), neighbour).toBeLessThanOrEqual(2);
    }
  });

  it('puts the north-most municipality in the top rows and the south-west one bottom left', () => {
    const layout = tileLayout(midtNorgeCentres);
    const cells = byId(layout);
    const leka = cells.get('leka')!;
    expect(leka.row).toBeLessThanOrEqual(1);
    const vanylven = cells.get('vanylven')!;
    expect(vanylven.row).toBeGreaterThanOrEqual(layout.rows - 2);
    expect(vanylven.col).toBeLessThanOrEqual(1);
    // Røros lies south-east, Lierne far east: they stay on the right half.
    expect(cells.get('lierne')!.col).toBeGreaterThanOrEqual(layout.columns / 2);
  });

  it('keeps the west-east and north-south order of distant municipalities', () => {
    const layout = tileLayout(midtNorgeCentres);
    const cells = byId(layout);
    expect(cells.get('alesund')!.col).toBeLessThan(cells.get('trondheim')!.col);
    expect(cells.get('trondheim')!.col).toBeLessThan(cells.get('meraker')!.col);
    expect(cells.get('namsos')!.row).toBeLessThan(cells.get('steinkjer')!.row);
    expect(cells.get('steinkjer')!.row).toBeLessThan(cells.get('trondheim')!.row);
    expect(cells.get('trondheim')!.row).toBeLessThan(cells.get('oppdal')!.row);
  });

  it('lays out 64 municipalities fast, and a whole country in reasonable time', () => {
    let start = performance.now();
    tileLayout(midtNorgeCentres);
    expect(performance.now() - start).toBeLessThan(200);

    // 357 pseudo-random points, about the number of municipalities in Norway.
    let seed = 1;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const many = Array.from({ length: 357 }, (_, i) => ({
      id: `k${i}`,
      nummer: String(1000 + i),
      lat: 58 + random() * 13,
      lon: 5 + random() * 26,
    }));
    start = performance.now();
    expectOwnCells(tileLayout(many), 357);
    expect(performance.now() - start).toBeLessThan(5000);
  });

  it('handles the degenerate cases: nothing, one point, points on a line or on top of each other', () => {
    expect(tileLayout([])).toMatchObject({ columns: 0, rows: 0, cells: [] });
    const one = tileLayout([{ id: 'x', nummer: '0001', lat: 63, lon: 10 }]);
    expect(one).toMatchObject({ columns: 1, rows: 1, width: 40, height: 40 });
    expect(one.cells).toEqual([{ id: 'x', col: 0, row: 0, x: 0, y: 0 }]);
    const line = Array.from({ length: 5 }, (_, i) => ({ id: `l${i}`, nummer: `000${i}`, lat: 63, lon: 10 + i }));
    const lineLayout = tileLayout(line);
    expectOwnCells(lineLayout, 5);
    expect(lineLayout.cells.map((c) => c.col)).toEqual([...lineLayout.cells.map((c) => c.col)].sort((a, b) => a - b));
    const stack = Array.from({ length: 4 }, (_, i) => ({ id: `s${i}`, nummer: `000${i}`, lat: 63, lon: 10 }));
    expectOwnCells(tileLayout(stack), 4);
  });

  it('honours tile size, gap and cell ratio options', () => {
    const layout = tileLayout(midtNorgeCentres, { tileSize: 20, gap: 2, cellRatio: 2 });
    expectOwnCells(layout, 64);
    expect(layout.tileSize).toBe(20);
    expect(layout.width).toBe(layout.columns * 22 - 2);
  });

  it('refuses duplicate ids and missing coordinates with a message naming the municipality', () => {
    expect(() =>
      tileLayout([
        { id: 'x', nummer: '0001', lat: 63, lon: 10 },
        { id: 'x', nummer: '0002', lat: 64, lon: 10 },
      ]),
    ).toThrow(/"x"/);
    expect(() => tileLayout([{ id: 'y', nummer: '0001', lat: Number.NaN, lon: 10 }])).toThrow(/"y"/);
  });
});

describe('test data', () => {
  it('has the 64 municipalities with distinct ids', () => {
    expect(new Set(midtNorgeCentres.map((m) => m.id)).size).toBe(64);
    expect(midtNorgeCentres.find((m) => m.nummer === '5060')!.id).toBe('naeroysund');
  });
});
