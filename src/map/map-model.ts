/**
 * What the status map renders: a layout (tiles or boundary shapes) combined
 * with each municipality's status and the status vocabulary, with colours,
 * symbols, readable text colours, accessible names and legend counts all
 * worked out here so the component only writes markup.
 */
import type { StatusDefinition } from '../schemas/settings.ts';
import { placeLabels } from './abbreviations.ts';
import type { BoundaryLayout } from './boundaries.ts';
import type { TileLayout } from './tile-layout.ts';

/** A municipality as the map needs it. */
export interface MapMunicipality {
  /** Slug; matches the ids in the layout. */
  id: string;
  /** Official number; breaks ties in the reading order. */
  nummer: string;
  /** Name shown to readers. */
  navn: string;
  /** Link to the municipality's page. */
  href: string;
}

/** The part of a status definition the map uses. */
export type MapStatus = Pick<StatusDefinition, 'id' | 'navn' | 'beskrivelse' | 'farge' | 'symbol'>;

/** Either kind of layout. */
export type MapLayout = TileLayout | BoundaryLayout;

/** The outline of one municipality: a square tile or a boundary path. */
export type MapShape =
  | { kind: 'rect'; x: number; y: number; width: number; height: number }
  | { kind: 'path'; d: string };

/** One municipality on the map. */
export interface MapArea {
  id: string;
  nummer: string;
  name: string;
  href: string;
  statusId: string;
  statusLabel: string;
  /** Fill colour, `#rrggbb`. */
  color: string;
  /** Symbol drawn on the shape so status does not rest on colour alone. */
  symbol: string;
  /** Black or white, whichever contrasts more with `color`. */
  textColor: TextColor;
  /** Link label for screen readers, e.g. «Trondheim: Innføring planlagt». */
  accessibleName: string;
  shape: MapShape;
  /** Centre of the area's labels (the short name above it, the symbol below). */
  labelX: number;
  labelY: number;
  /** Short name drawn on the area, unique on the map, e.g. «Rør» (see `placeLabels`). */
  abbreviation: string;
  /** Vertical centres of the short name and of the status symbol. */
  abbreviationY: number;
  symbolY: number;
  /** The plate with the full name, shown on hover and keyboard focus, clear of the area itself. */
  tip: Box;
  /** An invisible hit area around a shape smaller than the minimum target (24 × 24 units), centred on its label. */
  target?: Box;
}

/** A rectangle in viewBox units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One legend row. */
export interface LegendEntry {
  statusId: string;
  label: string;
  description: string;
  color: string;
  symbol: string;
  textColor: TextColor;
  /** Municipalities with this status. */
  count: number;
}

/** Everything the map component renders. */
export interface MapModel {
  kind: 'tiles' | 'boundaries';
  /** ViewBox size, without the room above the map for the name plates. */
  width: number;
  height: number;
  /** Top of the viewBox (zero or negative): room for the name plates of the northernmost areas. */
  top: number;
  /**
   * Font size of the short names, in viewBox units; the status symbols are
   * drawn at 0.85 and the name plates at 1.1 times it. The map is drawn at one
   * CSS pixel per unit, so this is also the text size in CSS pixels.
   */
  labelSize: number;
  /** Areas in reading order (north to south, then west to east): the keyboard's tab order. */
  areas: MapArea[];
  /** Every status of the vocabulary, in its order, with counts (zero included). */
  legend: LegendEntry[];
  /** Ids of municipalities the layout has no shape for (not drawn; counted in the legend). */
  missing: string[];
}

/** Input to {@link buildMapModel}. */
export interface MapModelInput {
  /** The municipalities to show. */
  municipalities: readonly MapMunicipality[];
  /** Status id per municipality id; a municipality not listed has the vocabulary's first status. */
  statusOf: ReadonlyMap<string, string> | Readonly<Record<string, string>>;
  /** Status vocabulary, in order (the settings' `statuser`). */
  statuses: readonly MapStatus[];
  layout: MapLayout;
}

export type TextColor = '#000000' | '#ffffff';

/**
 * Combines a layout with statuses into the map's render model.
 * Throws when a municipality has a status that is not in the vocabulary:
 * content validation should have caught that, so it is a programming error.
 */
export function buildMapModel({ municipalities, statusOf, statuses, layout }: MapModelInput): MapModel {
  if (statuses.length === 0) throw new Error('buildMapModel: the status vocabulary is empty.');
  const statusById = new Map(statuses.map((s) => [s.id, s]));
  const lookup = (id: string): string | undefined =>
    statusOf instanceof Map ? statusOf.get(id) : (statusOf as Readonly<Record<string, string>>)[id];

  const counts = new Map<string, number>(statuses.map((s) => [s.id, 0]));
  const statusFor = new Map<string, MapStatus>();
  for (const m of municipalities) {
    const id = lookup(m.id) ?? statuses[0]!.id;
    const status = statusById.get(id);
    if (!status) {
      throw new Error(
        `buildMapModel: ${m.navn} (${m.id}) has the status "${id}", which is not among the statuses: ${statuses.map((s) => s.id).join(', ')}.`,
      );
    }
    statusFor.set(m.id, status);
    counts.set(id, counts.get(id)! + 1);
  }

  const geometry = geometryOf(layout);
  const labels = placeLabels(municipalities.map((m) => ({ id: m.id, name: m.navn })));
  const labelSize = layout.kind === 'tiles' ? Math.round(layout.tileSize / 3) : Math.max(10, Math.round(layout.width / 46));
  const areas: MapArea[] = [];
  const missing: string[] = [];
  for (const m of municipalities) {
    const shape = geometry.get(m.id);
    if (!shape) {
      missing.push(m.id);
      continue;
    }
    const status = statusFor.get(m.id)!;
    areas.push({
      id: m.id,
      nummer: m.nummer,
      name: m.navn,
      href: m.href,
      statusId: status.id,
      statusLabel: status.navn,
      color: status.farge,
      symbol: status.symbol,
      textColor: textColorOn(status.farge),
      accessibleName: accessibleName(m.navn, status.navn),
      shape: shape.shape,
      labelX: shape.labelX,
      labelY: shape.labelY,
      ...labelGeometry(shape, m.navn, labelSize, layout.width),
      abbreviation: labels.get(m.id)!,
    });
  }
  const band = layout.kind === 'tiles' ? layout.tileSize + layout.gap : Math.max(1, layout.height / 24);
  areas.sort(
    (a, b) =>
      Math.round(a.labelY / band) - Math.round(b.labelY / band) ||
      a.labelX - b.labelX ||
      (a.nummer < b.nummer ? -1 : a.nummer > b.nummer ? 1 : 0),
  );

  return {
    kind: layout.kind,
    width: layout.width,
    height: layout.height,
    top: Math.min(0, ...areas.map((a) => a.tip.y)),
    labelSize,
    areas,
    legend: statuses.map((s) => ({
      statusId: s.id,
      label: s.navn,
      description: s.beskrivelse,
      color: s.farge,
      symbol: s.symbol,
      textColor: textColorOn(s.farge),
      count: counts.get(s.id)!,
    })),
    missing: missing.sort(),
  };
}

type Geometry = Pick<MapArea, 'shape' | 'labelX' | 'labelY'> & { box: Box };

/** The smallest hit area, in viewBox units (= CSS pixels): WCAG 2.2's 2.5.8 minimum target size. */
export const MIN_TARGET = 24;

/**
 * Where the short name, the symbol, the name plate and (for a small shape)
 * the enlarged hit area go. The plate sits above the area, so it is painted
 * over the areas north of it (drawn earlier, in reading order) and never
 * under one; it is kept within the map's width. Its width is estimated from
 * the name's length (0.6 em per character), which errs on the wide side.
 */
function labelGeometry(geometry: Geometry, name: string, labelSize: number, mapWidth: number) {
  const { labelX, labelY, box } = geometry;
  const abbreviationY = round(labelY - labelSize * 0.45);
  const symbolY = round(labelY + labelSize * 0.7);
  const plateSize = labelSize * 1.1;
  const height = Math.round(plateSize * 1.7);
  const width = Math.min(mapWidth, Math.round(name.length * plateSize * 0.6 + plateSize));
  const bottom = Math.min(box.y, abbreviationY - labelSize * 0.7) - 3;
  const tip = {
    x: round(Math.max(0, Math.min(mapWidth - width, labelX - width / 2))),
    y: round(bottom - height),
    width,
    height,
  };
  const small = box.width < MIN_TARGET || box.height < MIN_TARGET;
  const side = (length: number) => Math.max(MIN_TARGET, length);
  const target = small
    ? {
        x: round(labelX - side(box.width) / 2),
        y: round(labelY - side(box.height) / 2),
        width: side(box.width),
        height: side(box.height),
      }
    : undefined;
  return { abbreviationY, symbolY, tip, ...(target ? { target } : {}) };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function geometryOf(layout: MapLayout): Map<string, Geometry> {
  if (layout.kind === 'tiles') {
    const size = layout.tileSize;
    return new Map(
      layout.cells.map((c) => [
        c.id,
        {
          shape: { kind: 'rect', x: c.x, y: c.y, width: size, height: size },
          labelX: c.x + size / 2,
          labelY: c.y + size / 2,
          box: { x: c.x, y: c.y, width: size, height: size },
        },
      ]),
    );
  }
  return new Map(
    layout.shapes.map((s) => [s.id, { shape: { kind: 'path', d: s.d }, labelX: s.labelX, labelY: s.labelY, box: s.box }]),
  );
}

/** The name a screen reader announces for a municipality's link: «Trondheim: Innføring planlagt». */
export function accessibleName(name: string, statusLabel: string): string {
  return `${name}: ${statusLabel}`;
}

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`relativeLuminance: "${hex}" is not a colour of the form #rrggbb.`);
  const [r, g, b] = match.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio between two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Black or white, whichever has more contrast on `background` (black on a tie). */
export function textColorOn(background: string): TextColor {
  return contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff') ? '#000000' : '#ffffff';
}
