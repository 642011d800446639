/**
 * Tile (grid) map layout computed from coordinates alone, so that adding a
 * municipality needs nothing but its latitude and longitude.
 *
 * Points are projected (equirectangular, longitude scaled by the cosine of
 * the mean latitude, north up), a square grid with roughly `cellRatio` times
 * as many cells as points is laid over them, and every point gets its own
 * cell by an optimal assignment (Hungarian method) that minimises the sum of
 * squared displacements. Squared cost keeps neighbours together: it penalises
 * one long jump more than several short shifts.
 */

/** A place to lay out: a municipality's id, number and coordinates. */
export interface TilePoint {
  /** Identifier carried into the layout (the municipality's slug). */
  id: string;
  /** Official municipality number; breaks ties so the layout is stable. */
  nummer: string;
  /** Latitude, degrees north. */
  lat: number;
  /** Longitude, degrees east. */
  lon: number;
}

/** Options for {@link tileLayout}. */
export interface TileLayoutOptions {
  /** Cells per point in the grid laid over the bounding box. Default 1.6 (kept within 1.1–4). */
  cellRatio?: number;
  /** Side of a tile in SVG user units. Default 40. */
  tileSize?: number;
  /** Space between tiles in SVG user units. Default 4. */
  gap?: number;
}

/** One tile: its grid cell and the top-left corner of its square in SVG units. */
export interface TileCell {
  id: string;
  /** Column, 0 at the west edge. */
  col: number;
  /** Row, 0 at the north edge. */
  row: number;
  /** Left edge of the tile. */
  x: number;
  /** Top edge of the tile. */
  y: number;
}

/** A computed tile map: grid size, tile geometry and one cell per point. */
export interface TileLayout {
  kind: 'tiles';
  /** Columns actually used (empty edge columns are trimmed). */
  columns: number;
  /** Rows actually used (empty edge rows are trimmed). */
  rows: number;
  tileSize: number;
  gap: number;
  /** Width of the whole map in SVG units (the viewBox width). */
  width: number;
  /** Height of the whole map in SVG units (the viewBox height). */
  height: number;
  /** One cell per point, in the order of the municipality numbers. */
  cells: TileCell[];
}

const DEFAULT_RATIO = 1.6;

/**
 * Computes a tile map layout: every point gets its own grid cell, as close to
 * its projected position as the grid allows. Deterministic for the same input
 * in any order (points are sorted by number, then id).
 */
export function tileLayout(points: readonly TilePoint[], options: TileLayoutOptions = {}): TileLayout {
  const tileSize = options.tileSize ?? 40;
  const gap = options.gap ?? 4;
  const ratio = Math.min(4, Math.max(1.1, options.cellRatio ?? DEFAULT_RATIO));
  const sorted = [...points].sort(
    (a, b) => compareText(a.nummer, b.nummer) || compareText(a.id, b.id),
  );
  if (sorted.length === 0) {
    return { kind: 'tiles', columns: 0, rows: 0, tileSize, gap, width: 0, height: 0, cells: [] };
  }
  const ids = new Set<string>();
  for (const p of sorted) {
    if (ids.has(p.id)) throw new Error(`tileLayout: the id "${p.id}" occurs more than once.`);
    ids.add(p.id);
    if (!Number.isFinite(p.lat) || !Number.isFinite(p.lon)) {
      throw new Error(`tileLayout: "${p.id}" has no valid coordinates.`);
    }
  }

  const projected = project(sorted);
  const grid = gridFor(projected, Math.ceil(sorted.length * ratio));

  // Cost of putting point i in cell j: squared distance from the point's
  // continuous grid position to the cell's centre.
  const cellCount = grid.columns * grid.rows;
  const cost = projected.map(({ x, y }) => {
    const gx = (x - grid.minX) / grid.size + grid.offsetX;
    const gy = (y - grid.minY) / grid.size + grid.offsetY;
    const row = new Float64Array(cellCount);
    for (let j = 0; j < cellCount; j++) {
      const dx = gx - ((j % grid.columns) + 0.5);
      const dy = gy - (Math.floor(j / grid.columns) + 0.5);
      row[j] = dx * dx + dy * dy;
    }
    return row;
  });
  const assignment = assign(cost, cellCount);

  const cols = assignment.map((j) => j % grid.columns);
  const rows = assignment.map((j) => Math.floor(j / grid.columns));
  const minCol = Math.min(...cols);
  const minRow = Math.min(...rows);
  const columns = Math.max(...cols) - minCol + 1;
  const rowCount = Math.max(...rows) - minRow + 1;
  const pitch = tileSize + gap;
  const cells = sorted.map((p, i) => {
    const col = cols[i]! - minCol;
    const row = rows[i]! - minRow;
    return { id: p.id, col, row, x: col * pitch, y: row * pitch };
  });
  return {
    kind: 'tiles',
    columns,
    rows: rowCount,
    tileSize,
    gap,
    width: columns * pitch - gap,
    height: rowCount * pitch - gap,
    cells,
  };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Equirectangular projection with y growing southwards (SVG orientation). */
function project(points: readonly TilePoint[]): { x: number; y: number }[] {
  const meanLat = points.reduce((sum, p) => sum + p.lat, 0) / points.length;
  const k = Math.cos((meanLat * Math.PI) / 180);
  return points.map((p) => ({ x: p.lon * k, y: -p.lat }));
}

interface Grid {
  columns: number;
  rows: number;
  size: number;
  minX: number;
  minY: number;
  /** Shifts (in cells) that centre the points' bounding box in the grid. */
  offsetX: number;
  offsetY: number;
}

/** Chooses the largest square cell whose grid over the bounding box has at least `target` cells. */
function gridFor(points: readonly { x: number; y: number }[], target: number): Grid {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  const width = Math.max(...xs) - minX;
  const height = Math.max(...ys) - minY;
  const extent = Math.max(width, height);

  if (extent === 0) {
    // All points coincide: any compact grid will do.
    const columns = Math.ceil(Math.sqrt(target));
    const rows = Math.ceil(target / columns);
    return { columns, rows, size: 1, minX, minY, offsetX: columns / 2, offsetY: rows / 2 };
  }

  const count = (size: number) => (Math.floor(width / size) + 1) * (Math.floor(height / size) + 1);
  // count() falls as the cell grows; find the largest size that still gives `target` cells.
  let lo = extent / (target * 2); // count(lo) >= target
  let hi = extent * 2; // count(hi) is 1 or 2
  if (count(hi) >= target) lo = hi;
  for (let i = 0; i < 60 && lo < hi; i++) {
    const mid = (lo + hi) / 2;
    if (count(mid) >= target) lo = mid;
    else hi = mid;
  }
  const size = lo;
  const columns = Math.floor(width / size) + 1;
  const rows = Math.floor(height / size) + 1;
  return {
    columns,
    rows,
    size,
    minX,
    minY,
    offsetX: (columns - width / size) / 2,
    offsetY: (rows - height / size) / 2,
  };
}

/**
 * Minimum-cost assignment of n rows to distinct columns of an n × m cost
 * matrix (n ≤ m), by the Hungarian method with potentials, O(n²m).
 * Returns the column chosen for each row.
 */
function assign(cost: readonly Float64Array[], m: number): number[] {
  const n = cost.length;
  if (n > m) throw new Error('tileLayout: more points than cells.');
  // 1-based arrays as in the classic formulation; index 0 is a sentinel.
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1); // p[j]: row assigned to column j
  const way = new Int32Array(m + 1);
  const minv = new Float64Array(m + 1);
  const used = new Uint8Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    minv.fill(Infinity);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = p[j0]!;
      const row = cost[i0 - 1]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = row[j - 1]! - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]!]! += delta;
          v[j]! -= delta;
        } else {
          minv[j]! -= delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const result = new Array<number>(n);
  for (let j = 1; j <= m; j++) if (p[j]! > 0) result[p[j]! - 1] = j - 1;
  return result;
}
