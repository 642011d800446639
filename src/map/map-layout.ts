/**
 * Chooses the map's layout: official boundaries when the site owner supplies
 * them and they cover every municipality, the tile map otherwise.
 */
import path from 'node:path';
import { boundaryLayout, readBoundaryFile, type BoundaryOptions } from './boundaries.ts';
import type { MapLayout } from './map-model.ts';
import { tileLayout, type TileLayoutOptions } from './tile-layout.ts';

/** A municipality with what either layout needs. */
export interface LayoutMunicipality {
  id: string;
  nummer: string;
  navn: string;
  koordinater: { lat: number; lon: number };
}

/** Input to {@link chooseMapLayout}. */
export interface ChooseLayoutInput {
  municipalities: readonly LayoutMunicipality[];
  /** The settings' `kartgrenser`: a path relative to `contentRoot`, or undefined for the tile map. */
  boundaryFile?: string | undefined;
  /** The content folder the boundary path is relative to. */
  contentRoot?: string;
  tiles?: TileLayoutOptions;
  boundaries?: BoundaryOptions;
}

/** The chosen layout and, in Norwegian for the staff, why it may not be the one they expected. */
export interface ChosenLayout {
  layout: MapLayout;
  /** Problems the staff should fix (the map is drawn regardless). */
  warnings: string[];
}

/**
 * Builds the boundary map when `boundaryFile` is set and every municipality
 * has a shape in it; otherwise the tile map, with a warning naming the
 * municipalities that were missing, because a map that leaves out a
 * municipality would answer «is my municipality on the system?» wrongly.
 * Features for municipalities outside the region are expected (a national
 * file) and not reported. A boundary file that cannot be read throws.
 */
export function chooseMapLayout(input: ChooseLayoutInput): ChosenLayout {
  const tiles = () =>
    tileLayout(
      input.municipalities.map((m) => ({ id: m.id, nummer: m.nummer, lat: m.koordinater.lat, lon: m.koordinater.lon })),
      input.tiles,
    );
  if (!input.boundaryFile) return { layout: tiles(), warnings: [] };

  const file = path.resolve(input.contentRoot ?? '.', input.boundaryFile);
  const layout = boundaryLayout(readBoundaryFile(file), input.municipalities, input.boundaries);
  if (layout.unmatchedMunicipalities.length === 0) return { layout, warnings: [] };

  const names = new Map(input.municipalities.map((m) => [m.id, `${m.navn} (${m.nummer})`]));
  const missing = layout.unmatchedMunicipalities.map((id) => names.get(id) ?? id).join(', ');
  return {
    layout: tiles(),
    warnings: [
      `Kartgrensene i «${input.boundaryFile}» mangler ${missing}. Kartet vises derfor som rutekart. ` +
        'Legg til grensene for disse kommunene (med kommunenummeret i egenskapen «kommunenummer»), eller fjern «kartgrenser» fra innstillingene.',
    ],
  };
}
