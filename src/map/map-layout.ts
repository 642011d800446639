/**
 * Chooses the map's layout: official boundaries when the site owner supplies
 * them, the tile map otherwise.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { formatProblem } from '../validation/problem.ts';
import { checkBoundaryFile } from './boundary-check.ts';
import { drawShapes, type BoundaryOptions } from './boundaries.ts';
import type { MapLayout } from './map-model.ts';
import { existsOn, numberPeriods, type NumberPeriod } from './number-matching.ts';
import type { Region } from './region.ts';
import { tileLayout, type TileLayoutOptions } from './tile-layout.ts';

/** A municipality with what either layout needs (its content file's fields). */
export interface LayoutMunicipality {
  id: string;
  /** The number now (or on its last day). */
  nummer: string;
  /** Earlier numbers (content model v2), each with its last day. */
  tidligereNummer?: readonly { nummer: string | number; fra?: string | undefined; til: string }[] | undefined;
  navn: string;
  koordinater: { lat: number; lon: number };
  gyldigFra?: string | undefined;
  gyldigTil?: string | undefined;
  /** True when its county is outside the region (see `NumberedMunicipality.outsideRegion`). */
  outsideRegion?: boolean | undefined;
}

/** Input to {@link chooseMapLayout}. */
export interface ChooseLayoutInput {
  /** Every municipality in the content; the map shows those that exist on `date`. */
  municipalities: readonly LayoutMunicipality[];
  /** The date the map shows, `YYYY-MM-DD`: who exists, and which number each has. */
  date: string;
  /** The settings' `kartgrenser`: a path relative to `contentRoot`, or undefined for the tile map. */
  boundaryFile?: string | undefined;
  /** The content folder the boundary path is relative to. */
  contentRoot?: string;
  /** The settings' `omrade`, when set. */
  region?: Region | undefined;
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
 * Builds the boundary map when `boundaryFile` is set, the tile map
 * otherwise. The boundary file goes through the same `checkBoundaryFile`
 * as `npm run check`, so a file the check refuses (unreadable, an unknown
 * coordinate system, a municipality without a shape, …) throws here with
 * the same Norwegian lines. Should a checked shape still be too small to
 * draw, the tile map is drawn, with a warning naming the municipality.
 */
export function chooseMapLayout(input: ChooseLayoutInput): ChosenLayout {
  const shown = input.municipalities.filter((m) => existsOn(m, input.date));
  const tiles = () =>
    tileLayout(
      shown.map((m) => ({ id: m.id, nummer: m.nummer, lat: m.koordinater.lat, lon: m.koordinater.lon })),
      input.tiles,
    );
  if (!input.boundaryFile) return { layout: tiles(), warnings: [] };

  const file = path.resolve(input.contentRoot ?? '.', input.boundaryFile);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new Error(
      `Fant ikke kartgrensene i «${input.boundaryFile}». Sjekk feltet «kartgrenser» i innstillingene, eller fjern det for å bruke rutekartet. (${(error as Error).message})`,
    );
  }
  const { problems, boundaries } = checkBoundaryFile(bytes, {
    file: input.boundaryFile,
    municipalities: input.municipalities.map((m) => ({
      slug: m.id,
      name: m.navn,
      numbers: numberPeriods(m) satisfies NumberPeriod[],
      gyldigFra: m.gyldigFra,
      gyldigTil: m.gyldigTil,
      outsideRegion: m.outsideRegion,
    })),
    date: input.date,
    region: input.region,
  });
  if (!boundaries) throw new Error(`Kartgrensene kan ikke brukes:\n${problems.map(formatProblem).join('\n')}`);

  const layout = drawShapes(boundaries.shapes, input.boundaries);
  if (layout.unmatchedMunicipalities.length === 0) return { layout, warnings: [] };
  const names = new Map(shown.map((m) => [m.id, `${m.navn} (${m.nummer})`]));
  const missing = layout.unmatchedMunicipalities.map((id) => names.get(id) ?? id).join(', ');
  return {
    layout: tiles(),
    warnings: [
      `Kartgrensene i «${input.boundaryFile}» er for små til å tegne ${missing}. Kartet vises derfor som rutekart. ` +
        'Bruk en mer detaljert kartfil, eller fjern «kartgrenser» fra innstillingene.',
    ],
  };
}
