/**
 * What the status map renders: a layout (tiles or boundary shapes) combined
 * with each municipality's status and the status vocabulary, with colours,
 * symbols, readable text colours, accessible names and legend counts all
 * worked out here so the component only writes markup.
 */
import type { StatusDefinition } from '../schemas/settings.ts';
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
  /** Centre of the symbol. */
  labelX: number;
  labelY: number;
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
  /** ViewBox size. */
  width: number;
  height: number;
  /** Font size of the status symbols, in viewBox units. */
  symbolSize: number;
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
      ...shape,
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
    symbolSize: layout.kind === 'tiles' ? Math.round(layout.tileSize * 0.5) : Math.max(8, Math.round(layout.width / 32)),
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

type Geometry = Pick<MapArea, 'shape' | 'labelX' | 'labelY'>;

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
        },
      ]),
    );
  }
  return new Map(
    layout.shapes.map((s) => [s.id, { shape: { kind: 'path', d: s.d }, labelX: s.labelX, labelY: s.labelY }]),
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
