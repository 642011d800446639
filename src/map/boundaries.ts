/**
 * Municipality shapes from official boundary data (GeoJSON or TopoJSON),
 * projected to an SVG viewBox and simplified so the path data stays small.
 *
 * Pipeline: read features → match each to a municipality by number → rewind
 * rings to d3's winding → fit a projection to the viewBox → project vertices
 * → build a topology (so shared borders are simplified once, without gaps or
 * slivers) → Visvalingam simplification by triangle area in px² → round →
 * compact relative SVG path data, plus a label point inside each shape.
 */
import { readFileSync } from 'node:fs';
import { geoArea, geoBounds, geoMercator, geoPath, geoTransverseMercator, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Position } from 'geojson';
import { feature as topoFeature } from 'topojson-client';
import { topology as toTopology } from 'topojson-server';
import { presimplify, simplify as topoSimplify } from 'topojson-simplify';
import type { Topology } from 'topojson-specification';

/**
 * Property names tried, in order, for a feature's municipality number
 * (case-insensitive, so `Kommunenummer` and `KOMMUNENR` match too).
 * Kartverket's «Kommuner» datasets use `kommunenummer` (2020 and 2024
 * alike); shapefile exports cut it to ten letters (`kommunenum`); Statistics
 * Norway's files use `komm` or `kommunekode`.
 */
export const DEFAULT_NUMBER_PROPERTIES: readonly string[] = [
  'kommunenummer',
  'kommunenr',
  'kommune_nr',
  'kommunenum',
  'kommunekode',
  'knr',
  'komm',
  'nummer',
  'municipalityNumber',
  'municipality_number',
];

/**
 * Property names tried, in order, for a feature's name (case-insensitive):
 * Kartverket's 2024 files have `kommunenavn`; its 2020 files have `navn` as
 * a list of names by language (`[{navn, sprak}]`).
 */
export const DEFAULT_NAME_PROPERTIES: readonly string[] = ['kommunenavn', 'navn', 'name'];

/** A municipality to find a shape for. */
export interface BoundaryMunicipality {
  /** Identifier carried into the layout (the municipality's slug). */
  id: string;
  /** Official four-digit municipality number. */
  nummer: string;
}

/** Options for {@link boundaryLayout}. */
export interface BoundaryOptions {
  /** ViewBox width in SVG units. Default 600. */
  width?: number;
  /** ViewBox height; default: whatever the region's shape needs at that width. */
  height?: number;
  /** Empty margin inside the viewBox, in SVG units. Default 4. */
  padding?: number;
  /** Properties holding the municipality number. Default {@link DEFAULT_NUMBER_PROPERTIES}; the feature `id` is tried last. */
  numberProperties?: readonly string[];
  /** Simplification: vertices whose triangle is smaller than this many px² are removed. 0 keeps every vertex. Default 2. */
  minArea?: number;
  /**
   * Upper bound on the vertices kept (arc end points aside): when the data is
   * so detailed that `minArea` keeps more, the threshold is raised until about
   * this many remain, so the page stays light whatever file the staff supply.
   * Default 3000.
   */
  maxPoints?: number;
  /** Islands and holes smaller than this many px² are dropped (a municipality keeps at least its largest part). Default 2. */
  minRingArea?: number;
  /** Decimals kept in the path data. Default 1. */
  precision?: number;
  /** Map projection. Default `transverse-mercator` (UTM-like, suits Norway). */
  projection?: 'transverse-mercator' | 'mercator';
}

/** One municipality's outline as SVG path data. */
export interface BoundaryShape {
  /** The municipality's id. */
  id: string;
  /** The municipality's number. */
  number: string;
  /** SVG path data (relative commands, rounded). */
  d: string;
  /** A point well inside the largest part of the shape, for the status symbol. */
  labelX: number;
  labelY: number;
  /** The bounding box of the whole shape (all its parts), in viewBox units. */
  box: { x: number; y: number; width: number; height: number };
}

/** A feature in the boundary data that could not be used. */
export interface UnmatchedFeature {
  /** Position of the feature in the data (after TopoJSON objects are expanded). */
  index: number;
  /** The number it carried, or null when none of the number properties was set. */
  number: string | null;
  /** `no-number`: no number property; `unknown-number`: no municipality has it; `no-area`: not a polygon. */
  reason: 'no-number' | 'unknown-number' | 'no-area';
}

/** Shapes in a viewBox, plus what could not be matched either way. */
export interface BoundaryLayout {
  kind: 'boundaries';
  width: number;
  height: number;
  /** One shape per matched municipality, in the order of the municipality numbers. */
  shapes: BoundaryShape[];
  /** Features that match no municipality. */
  unmatchedFeatures: UnmatchedFeature[];
  /** Ids of municipalities that no feature matches. */
  unmatchedMunicipalities: string[];
}

type Ring = Position[];
type PolygonRings = Ring[];
type Point = [number, number];

/**
 * Reads a boundary file (GeoJSON or TopoJSON) from disk and parses it as JSON.
 * Throws an error in Norwegian naming the file when it cannot be read.
 */
export function readBoundaryFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(
      `Fant ikke kartgrensene i «${file}». Sjekk feltet «kartgrenser» i innstillingene, eller fjern det for å bruke rutekartet. (${(error as Error).message})`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(
      `Kartgrensene i «${file}» er ikke gyldig JSON: ${(error as Error).message}. Filen må være GeoJSON eller TopoJSON.`,
    );
  }
}

/**
 * Turns GeoJSON (a FeatureCollection or a single Feature) or TopoJSON (a
 * Topology; every object is expanded) into a list of GeoJSON features.
 * Throws when the data is neither.
 */
export function toFeatures(data: unknown): Feature[] {
  const object = data as { type?: unknown } | null;
  if (object && typeof object === 'object') {
    if (object.type === 'Topology') {
      const topo = data as Topology;
      return Object.values(topo.objects).flatMap((value) => {
        const result = topoFeature(topo, value) as Feature | FeatureCollection;
        return result.type === 'FeatureCollection' ? result.features : [result];
      });
    }
    if (object.type === 'FeatureCollection' && Array.isArray((data as FeatureCollection).features)) {
      return (data as FeatureCollection).features;
    }
    if (object.type === 'Feature') return [data as Feature];
  }
  throw new Error(
    'Kartgrensene må være GeoJSON (en FeatureCollection) eller TopoJSON (en Topology), med ett område per kommune.',
  );
}

/**
 * Reads a feature's municipality number from the first of `names` that is
 * set (matched case-insensitively), then from `feature.id`. Numbers shorter
 * than four digits are zero-padded, since some files store them as numbers.
 */
export function featureNumber(feature: Feature, names: readonly string[] = DEFAULT_NUMBER_PROPERTIES): string | null {
  const properties = feature.properties ?? {};
  const keys = Object.keys(properties);
  for (const name of names) {
    const key = keys.find((k) => k === name) ?? keys.find((k) => k.toLowerCase() === name.toLowerCase());
    const value = key === undefined ? undefined : normaliseNumber(properties[key]);
    if (value) return value;
  }
  return normaliseNumber(feature.id);
}

/**
 * A feature's name for messages, from the first of `names` that is set:
 * a text, or a list of `{navn, sprak}` where the Norwegian (`nor`) one is
 * preferred. `null` when it has none.
 */
export function featureName(feature: Feature, names: readonly string[] = DEFAULT_NAME_PROPERTIES): string | null {
  const properties = feature.properties ?? {};
  const keys = Object.keys(properties);
  for (const name of names) {
    const key = keys.find((k) => k === name) ?? keys.find((k) => k.toLowerCase() === name.toLowerCase());
    const value: unknown = key === undefined ? undefined : properties[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (Array.isArray(value)) {
      const entries = value.filter((v): v is { navn: string; sprak?: unknown } => typeof v?.navn === 'string');
      const chosen = entries.find((e) => e.sprak === 'nor') ?? entries[0];
      if (chosen) return chosen.navn;
    }
  }
  return null;
}

function normaliseNumber(value: unknown): string | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const text = String(value).trim();
  if (text === '') return null;
  return /^\d{1,4}$/.test(text) ? text.padStart(4, '0') : text;
}

/**
 * Rewinds a polygon's rings to d3-geo's convention (outer ring clockwise,
 * holes counter-clockwise, on the sphere), whatever winding the file used.
 * RFC 7946 GeoJSON winds the other way; unrewound, d3 would draw the
 * polygon's complement: the whole globe minus the municipality.
 */
export function rewindPolygon(rings: readonly (readonly Position[])[]): PolygonRings {
  return rings.map((ring, i) => {
    // A ring on its own, wound d3's way, is small when it is an outer ring
    // (area < 2π) and covers nearly the globe when it is a hole.
    const area = geoArea({ type: 'Polygon', coordinates: [ring as Ring] });
    const wrong = i === 0 ? area > 2 * Math.PI : area < 2 * Math.PI;
    return wrong ? [...ring].reverse() : [...ring];
  });
}

/** The polygons of a geometry (a Polygon, a MultiPolygon, or those inside a GeometryCollection); none for points and lines. */
export function polygonsOf(geometry: Geometry | null): PolygonRings[] {
  if (!geometry) return [];
  switch (geometry.type) {
    case 'Polygon':
      return [geometry.coordinates];
    case 'MultiPolygon':
      return geometry.coordinates;
    case 'GeometryCollection':
      return geometry.geometries.flatMap(polygonsOf);
    default:
      return [];
  }
}

/**
 * Builds municipality shapes from boundary data in WGS 84 (RFC 7946
 * GeoJSON, or TopoJSON of it). Features are matched to municipalities by
 * number; several features with the same number (exclaves) form one shape.
 * Features and municipalities without a match are returned, not thrown, so
 * the caller can report them to the staff. For files as Kartverket ships
 * them (UTM, numbers that changed over time) use `checkBoundaryFile` and
 * {@link drawShapes} instead.
 */
export function boundaryLayout(
  data: unknown,
  municipalities: readonly BoundaryMunicipality[],
  options: BoundaryOptions = {},
): BoundaryLayout {
  const names = options.numberProperties ?? DEFAULT_NUMBER_PROPERTIES;

  const idByNumber = new Map(municipalities.map((m) => [m.nummer, m.id]));
  const polygonsByNumber = new Map<string, PolygonRings[]>();
  const unmatchedFeatures: UnmatchedFeature[] = [];
  toFeatures(data).forEach((f, index) => {
    const number = featureNumber(f, names);
    const polygons = polygonsOf(f.geometry);
    if (number === null) unmatchedFeatures.push({ index, number, reason: 'no-number' });
    else if (!idByNumber.has(number)) unmatchedFeatures.push({ index, number, reason: 'unknown-number' });
    else if (!polygons.some(isPolygon)) unmatchedFeatures.push({ index, number, reason: 'no-area' });
    else polygonsByNumber.set(number, [...(polygonsByNumber.get(number) ?? []), ...polygons]);
  });
  const unmatchedMunicipalities = [...municipalities]
    .filter((m) => !polygonsByNumber.has(m.nummer))
    .sort((a, b) => compareText(a.nummer, b.nummer))
    .map((m) => m.id);

  const groups = [...polygonsByNumber].map(([number, polygons]) => ({ id: idByNumber.get(number)!, number, polygons }));
  const drawn = drawShapes(groups, options);
  return { ...drawn, unmatchedFeatures, unmatchedMunicipalities: [...unmatchedMunicipalities, ...drawn.unmatchedMunicipalities] };
}

/** One municipality's polygons in WGS 84 [longitude, latitude], matched already. */
export interface ShapeGroup {
  /** The municipality's id (slug). */
  id: string;
  /** The number it is drawn under (the one valid on the map's date); shapes are ordered by it. */
  number: string;
  /** Its polygons (rings of positions), in any winding. */
  polygons: readonly (readonly Position[])[][];
}

/**
 * Draws matched municipality polygons: rewinds, projects to the viewBox,
 * simplifies the shared topology and writes path data. A municipality
 * whose polygons collapse to nothing is listed in `unmatchedMunicipalities`;
 * `unmatchedFeatures` is always empty here.
 */
export function drawShapes(groups: readonly ShapeGroup[], options: BoundaryOptions = {}): BoundaryLayout {
  const width = options.width ?? 600;
  const padding = options.padding ?? 4;
  const minArea = options.minArea ?? 2;
  const maxPoints = options.maxPoints ?? 3000;
  const minRingArea = options.minRingArea ?? 2;
  const precision = options.precision ?? 1;

  const usable = groups
    .map((g) => ({ ...g, polygons: g.polygons.filter(isPolygon).map(rewindPolygon) }))
    .sort((a, b) => compareText(a.number, b.number) || compareText(a.id, b.id));
  const unmatchedMunicipalities = usable.filter((g) => g.polygons.length === 0).map((g) => g.id);
  const drawable = usable.filter((g) => g.polygons.length > 0);
  if (drawable.length === 0) {
    return { kind: 'boundaries', width, height: options.height ?? 0, shapes: [], unmatchedFeatures: [], unmatchedMunicipalities };
  }
  const geographic: FeatureCollection<MultiPolygon> = {
    type: 'FeatureCollection',
    features: drawable.map((g) => ({
      type: 'Feature',
      properties: { number: g.number },
      geometry: { type: 'MultiPolygon', coordinates: g.polygons },
    })),
  };

  const { projection, height } = fitProjection(geographic, width, options.height, padding, options.projection);
  const projected: FeatureCollection<MultiPolygon> = {
    type: 'FeatureCollection',
    features: geographic.features.map((f) => ({
      ...f,
      geometry: {
        type: 'MultiPolygon',
        coordinates: f.geometry.coordinates.map((polygon) =>
          polygon.map((ring) => ring.map((position) => projectPoint(projection, position))),
        ),
      },
    })),
  };

  // Simplifying the topology rather than each ring keeps shared borders
  // identical on both sides: no gaps or overlaps between neighbours.
  const original = toTopology({ shapes: projected });
  const simplified = minArea > 0 || Number.isFinite(maxPoints) ? simplifyTopology(original, minArea, maxPoints) : original;
  const simplifiedFeatures = featuresOf(simplified);
  const originalFeatures = featuresOf(original);

  const shapes: BoundaryShape[] = [];
  drawable.forEach((group, i) => {
    let polygons = cleanPolygons(simplifiedFeatures[i]!, precision, minRingArea);
    // A tiny municipality can collapse below the threshold: draw it unsimplified.
    if (polygons.length === 0) polygons = cleanPolygons(originalFeatures[i]!, precision, minRingArea);
    if (polygons.length === 0) {
      unmatchedMunicipalities.push(group.id);
      return;
    }
    const [labelX, labelY] = labelPoint(polygons, precision);
    shapes.push({ id: group.id, number: group.number, d: pathData(polygons, precision), labelX, labelY, box: boxOf(polygons) });
  });

  return { kind: 'boundaries', width, height, shapes, unmatchedFeatures: [], unmatchedMunicipalities };
}

function isPolygon(polygon: readonly (readonly Position[])[]): boolean {
  return polygon.length > 0 && (polygon[0]?.length ?? 0) >= 4;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Visvalingam simplification: drops vertices whose triangle weighs less than the threshold. */
function simplifyTopology(topo: Topology, minArea: number, maxPoints: number): Topology {
  // The two @types packages disagree on the properties' type parameter only.
  const weighted = presimplify(topo as Parameters<typeof presimplify>[0]);
  let threshold = minArea;
  // presimplify stores each vertex's weight as a third coordinate.
  const weights = weighted.arcs.flatMap((arc) => arc.map((p) => p[2]!)).filter(Number.isFinite);
  if (weights.length > maxPoints) {
    weights.sort((a, b) => b - a);
    threshold = Math.max(threshold, weights[Math.max(0, maxPoints)]! + Number.EPSILON);
  }
  return threshold > 0 ? (topoSimplify(weighted, threshold) as Topology) : topo;
}

function featuresOf(topo: Topology): PolygonRings[][] {
  const collection = topoFeature(topo, topo.objects['shapes']!) as FeatureCollection;
  return collection.features.map((f) => polygonsOf(f.geometry));
}

function fitProjection(
  collection: FeatureCollection,
  width: number,
  fixedHeight: number | undefined,
  padding: number,
  kind: BoundaryOptions['projection'],
): { projection: GeoProjection; height: number } {
  const [[west, south], [east, north]] = geoBounds(collection);
  // geoBounds reports west > east for data crossing the antimeridian.
  const centreLon = west <= east ? (west + east) / 2 : (west + east + 360) / 2;
  const projection =
    kind === 'mercator' ? geoMercator() : geoTransverseMercator().rotate([-centreLon, -(south + north) / 2]);
  if (fixedHeight !== undefined) {
    projection.fitExtent([[padding, padding], [width - padding, fixedHeight - padding]], collection);
    return { projection, height: fixedHeight };
  }
  projection.fitWidth(width - 2 * padding, collection);
  const [[, top], [, bottom]] = geoPath(projection).bounds(collection);
  const [tx, ty] = projection.translate();
  projection.translate([tx + padding, ty - top + padding]);
  return { projection, height: Math.ceil(bottom - top + 2 * padding) };
}

function projectPoint(projection: GeoProjection, position: Position): Point {
  const point = projection([position[0]!, position[1]!]);
  if (!point) throw new Error(`boundaryLayout: cannot project the position ${position.join(', ')}.`);
  return point;
}

/** Rounds, drops repeated points and rings too small to see; polygons sorted largest first. */
function cleanPolygons(polygons: PolygonRings[], precision: number, minRingArea: number): Point[][][] {
  const factor = 10 ** precision;
  const round = (v: number) => Math.round(v * factor) / factor;
  const candidates = polygons
    .map((polygon) =>
      polygon
        .map((ring) => {
          const out: Point[] = [];
          for (const p of ring) {
            const q: Point = [round(p[0]!), round(p[1]!)];
            const last = out[out.length - 1];
            if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
          }
          // Keep rings open: the path's `z` closes them.
          const first = out[0];
          const last = out[out.length - 1];
          if (out.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) out.pop();
          return out;
        })
        .filter((ring, i) => i === 0 || (ring.length >= 3 && Math.abs(ringArea(ring)) >= minRingArea)),
    )
    .filter((polygon) => polygon[0]!.length >= 3 && Math.abs(ringArea(polygon[0]!)) > 0)
    .map((polygon) => ({ polygon, area: Math.abs(ringArea(polygon[0]!)) }))
    .sort((a, b) => b.area - a.area);
  return candidates.filter((c, i) => i === 0 || c.area >= minRingArea).map((c) => c.polygon);
}

/** Signed planar area (shoelace) of an open ring. */
function ringArea(ring: readonly Point[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += ring[j]![0] * ring[i]![1] - ring[i]![0] * ring[j]![1];
  }
  return sum / 2;
}

/** Compact SVG path data: absolute move, relative lines (h/v when axis-aligned), `z`. */
export function pathData(polygons: readonly (readonly (readonly Point[])[])[], precision = 1): string {
  const factor = 10 ** precision;
  const diff = (a: number, b: number) => Math.round((a - b) * factor) / factor;
  let d = '';
  for (const polygon of polygons) {
    for (const ring of polygon) {
      if (ring.length === 0) continue;
      d += `M${joinNumbers([ring[0]![0], ring[0]![1]])}`;
      let command = '';
      for (let i = 1; i < ring.length; i++) {
        const dx = diff(ring[i]![0], ring[i - 1]![0]);
        const dy = diff(ring[i]![1], ring[i - 1]![1]);
        const [next, values] = dy === 0 ? ['h', [dx]] : dx === 0 ? ['v', [dy]] : ['l', [dx, dy]];
        // A repeated command letter may be left out.
        d += next === command ? joinNumbers(values, true) : next + joinNumbers(values);
        command = next;
      }
      d += 'z';
    }
  }
  return d;
}

function formatNumber(value: number): string {
  const text = String(value === 0 ? 0 : value);
  return text.replace(/^(-?)0\./, '$1.');
}

/** Joins numbers with a space only where the grammar needs one (not before a minus sign). */
function joinNumbers(values: readonly number[], continuing = false): string {
  let out = '';
  values.forEach((value, i) => {
    const text = formatNumber(value);
    out += (i > 0 || continuing) && !text.startsWith('-') ? ` ${text}` : text;
  });
  return out;
}

/**
 * A point far from the edges of the largest polygon (its pole of
 * inaccessibility, found by refining a grid search), so the status symbol
 * sits inside the shape even when the shape is concave.
 */
function boxOf(polygons: Point[][][]): BoundaryShape['box'] {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const polygon of polygons) {
    for (const [x, y] of polygon[0] ?? []) {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

function labelPoint(polygons: Point[][][], precision: number): Point {
  const polygon = polygons[0]!;
  const outer = polygon[0]!;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of outer) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  let best: Point = [(minX + maxX) / 2, (minY + maxY) / 2];
  let bestDistance = signedDistance(best, polygon);
  let stepX = (maxX - minX) / 16;
  let stepY = (maxY - minY) / 16;
  let centre = best;
  for (let round = 0; round < 4; round++) {
    for (let i = -8; i <= 8; i++) {
      for (let j = -8; j <= 8; j++) {
        const p: Point = [centre[0] + i * stepX, centre[1] + j * stepY];
        const distance = signedDistance(p, polygon);
        if (distance > bestDistance) {
          best = p;
          bestDistance = distance;
        }
      }
    }
    centre = best;
    stepX /= 4;
    stepY /= 4;
  }
  const factor = 10 ** precision;
  return [Math.round(best[0] * factor) / factor, Math.round(best[1] * factor) / factor];
}

/** Distance to the nearest edge: positive inside the polygon, negative outside. */
function signedDistance(p: Point, polygon: readonly Point[][]): number {
  let inside = false;
  let min = Infinity;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i]!;
      const b = ring[j]!;
      if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) {
        inside = !inside;
      }
      min = Math.min(min, segmentDistance(p, a, b));
    }
  }
  return inside ? min : -min;
}

function segmentDistance(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}
