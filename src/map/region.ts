/**
 * The site's region as a box of degrees (the settings' `omrade`), and the
 * check that a municipality's coordinates lie inside it.
 */
import { formatNumber } from '../domain/format.ts';

/**
 * Bounding box, in degrees (WGS 84), of every place on the map: the settings'
 * `omrade`, e.g. `{ sor: 61.5, nord: 65.8, vest: 4.0, ost: 14.6 }` for
 * Central Norway. North and east are positive.
 */
export interface Region {
  /** Southern edge, degrees latitude. */
  sor: number;
  /** Northern edge, degrees latitude. */
  nord: number;
  /** Western edge, degrees longitude. */
  vest: number;
  /** Eastern edge, degrees longitude. */
  ost: number;
}

/** A place in degrees: latitude north, longitude east. */
export interface LatLon {
  lat: number;
  lon: number;
}

/** What is wrong with a value and how to fix it; the caller adds file, line and field. */
export interface Finding {
  what: string;
  fix: string;
}

/**
 * The settings' `omrade` when it is set and well formed (four numbers),
 * else undefined: the region box arrives with content model v2, and a site
 * without one is not checked for where its places lie.
 */
export function regionOf(settings: object): Region | undefined {
  const value = (settings as { omrade?: unknown }).omrade;
  if (typeof value !== 'object' || value === null) return undefined;
  const { sor, nord, vest, ost } = value as Record<string, unknown>;
  return [sor, nord, vest, ost].every((v) => typeof v === 'number' && Number.isFinite(v))
    ? { sor: sor as number, nord: nord as number, vest: vest as number, ost: ost as number }
    : undefined;
}

/**
 * Whether a municipality's county lies outside the region: not among the
 * settings' `fylker` (content model v2), as Os in Innlandet and Bindal in
 * Nordland are for Central Norway. Undefined while the settings list no
 * counties. The boundary check ignores unknown numbers of such counties.
 */
export function outsideRegion(settings: object, fylke: string): boolean | undefined {
  const fylker = (settings as { fylker?: unknown }).fylker;
  return Array.isArray(fylker) ? !fylker.includes(fylke) : undefined;
}

/** Whether the point lies in the box, edges included. */
export function insideRegion(point: LatLon, region: Region): boolean {
  return point.lat >= region.sor && point.lat <= region.nord && point.lon >= region.vest && point.lon <= region.ost;
}

/**
 * The region as staff read it: «61,5–65,8° N, 4–14,6° Ø» (S and V for
 * south and west).
 */
export function describeRegion(region: Region): string {
  return `${range(region.sor, region.nord, 'N', 'S')}, ${range(region.vest, region.ost, 'Ø', 'V')}`;
}

function range(from: number, to: number, positive: string, negative: string): string {
  const side = (v: number) => (v < 0 ? negative : positive);
  const value = (v: number) => formatNumber(Math.abs(v), { maximumFractionDigits: 2 });
  return side(from) === side(to)
    ? `${value(from)}–${value(to)}° ${side(to)}`
    : `${value(from)}° ${side(from)}–${value(to)}° ${side(to)}`;
}

/**
 * Checks a municipality's `koordinater` against the region. Returns nothing
 * when the point is inside; a finding that names swapped latitude and
 * longitude when swapping them would put the point inside (the commonest
 * slip: Norway's longitudes look like plausible latitudes elsewhere); and
 * otherwise a finding that the point is outside the region. The caller
 * reports it against the `koordinater` field of the municipality's file.
 */
export function checkCoordinates(point: LatLon, region: Region): Finding | undefined {
  if (insideRegion(point, region)) return undefined;
  const written = `lat: ${point.lat}, lon: ${point.lon}`;
  if (insideRegion({ lat: point.lon, lon: point.lat }, region)) {
    return {
      what: `breddegrad og lengdegrad ser ut til å være byttet om (${written}); byttet om ligger stedet innenfor området i innstillingene`,
      fix:
        `Bytt om tallene: «lat» er breddegraden (nord–sør, i regionen mellom ${degrees(region.sor)} og ${degrees(region.nord)}), ` +
        `og «lon» er lengdegraden (øst–vest, mellom ${degrees(region.vest)} og ${degrees(region.ost)}).`,
    };
  }
  return {
    what: `stedet (${written}) ligger utenfor området i innstillingene (${describeRegion(region)})`,
    fix:
      'Sjekk koordinatene til kommunesenteret: breddegrad og lengdegrad i desimalgrader, for eksempel fra Norgeskart. ' +
      'Ligger kommunen virkelig utenfor, utvid «omrade» i innstillinger.json.',
  };
}

function degrees(value: number): string {
  return formatNumber(value, { maximumFractionDigits: 2 });
}
