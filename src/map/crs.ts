/**
 * Coordinate reference systems of boundary files: reading the one a file
 * declares, and reprojecting the supported ones to WGS 84 longitude/latitude.
 *
 * GeoJSON as RFC 7946 defines it is always WGS 84 and has no `crs` member;
 * the 2008 GeoJSON specification had one, and Kartverket's downloads from
 * Geonorge still carry it: `"crs": {"type": "name", "properties": {"name":
 * "EPSG:25833"}}` (or the URN form `urn:ogc:def:crs:EPSG::25833`). Files
 * without it are read as WGS 84, as RFC 7946 says.
 */
import proj4 from 'proj4';

/** A coordinate reference system the map can read. */
export interface SupportedCrs {
  /** EPSG code, e.g. 25833. 4326 stands for WGS 84 longitude/latitude, also when the file says CRS84. */
  code: number;
  /** Name as staff see it in QGIS and on Geonorge, e.g. «ETRS89 / UTM sone 33N». */
  name: string;
  /** True for degrees (longitude, latitude), false for metres (easting, northing). */
  geographic: boolean;
}

/**
 * Definitions from the EPSG register (as epsg.io gives them in PROJ form).
 * ETRS89 (EUREF89 in Norway) differs from WGS 84 by well under a metre
 * here, far below what a status map can show, hence the zero datum shift.
 * The compound systems 5972–5975 (UTM + NN2000 heights) have the same
 * horizontal coordinates as their 2D counterparts; Geonorge offers them too.
 */
const DEFINITIONS: Record<number, { name: string; proj: string }> = {
  4326: { name: 'WGS 84', proj: '+proj=longlat +datum=WGS84 +no_defs' },
  4258: { name: 'ETRS89 (EUREF89), grader', proj: '+proj=longlat +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +no_defs' },
  25832: { name: 'ETRS89 / UTM sone 32N', proj: utm(32, 'GRS80') },
  25833: { name: 'ETRS89 / UTM sone 33N', proj: utm(33, 'GRS80') },
  25835: { name: 'ETRS89 / UTM sone 35N', proj: utm(35, 'GRS80') },
  5972: { name: 'ETRS89 / UTM sone 32N + NN2000', proj: utm(32, 'GRS80') },
  5973: { name: 'ETRS89 / UTM sone 33N + NN2000', proj: utm(33, 'GRS80') },
  5975: { name: 'ETRS89 / UTM sone 35N + NN2000', proj: utm(35, 'GRS80') },
  32632: { name: 'WGS 84 / UTM sone 32N', proj: utm(32, 'WGS84') },
  32633: { name: 'WGS 84 / UTM sone 33N', proj: utm(33, 'WGS84') },
  32635: { name: 'WGS 84 / UTM sone 35N', proj: utm(35, 'WGS84') },
};

function utm(zone: number, ellipsoid: 'GRS80' | 'WGS84'): string {
  const datum = ellipsoid === 'WGS84' ? '+datum=WGS84' : '+ellps=GRS80 +towgs84=0,0,0,0,0,0,0';
  return `+proj=utm +zone=${zone} ${datum} +units=m +no_defs`;
}

/**
 * Names of a few systems a boundary file is likely to come in that the map
 * does not read, so the message can say what the file is in.
 */
const KNOWN_UNSUPPORTED: Record<number, string> = {
  3857: 'WGS 84 / Pseudo-Mercator, for nettkart',
  3395: 'WGS 84 / World Mercator',
  3035: 'ETRS89 / LAEA Europa',
  4230: 'ED50',
  23032: 'ED50 / UTM sone 32N',
  23033: 'ED50 / UTM sone 33N',
  23035: 'ED50 / UTM sone 35N',
  25834: 'ETRS89 / UTM sone 34N',
  27700: 'OSGB 1936 / British National Grid',
  4273: 'NGO 1948',
  3006: 'SWEREF99 TM',
};

/** The supported systems, in the order the staff guide lists them. */
export const SUPPORTED_CRS: readonly SupportedCrs[] = Object.entries(DEFINITIONS)
  .map(([code, { name }]) => ({ code: Number(code), name, geographic: code === '4326' || code === '4258' }))
  .sort((a, b) => order(a.code) - order(b.code));

function order(code: number): number {
  return [4326, 4258, 25832, 25833, 25835, 5972, 5973, 5975, 32632, 32633, 32635].indexOf(code);
}

/** One line for messages: which systems the map reads. */
export const SUPPORTED_CRS_TEXT =
  'WGS 84 (EPSG:4326), ETRS89 i grader (EPSG:4258) og UTM sone 32, 33 og 35 (EPSG:25832, EPSG:25833 og EPSG:25835)';

/** What a file says about its coordinate system. */
export type DeclaredCrs =
  /** No `crs` member: WGS 84 by RFC 7946. */
  | { kind: 'none' }
  | { kind: 'supported'; crs: SupportedCrs; /** As written in the file. */ text: string }
  /** A system the map cannot read, or a `crs` member it cannot understand. */
  | { kind: 'unsupported'; /** As written in the file. */ text: string; /** EPSG code when one could be read. */ code?: number; /** Its name, when known. */ name?: string };

/**
 * Reads a GeoJSON 2008 `crs` member: `{type: 'name', properties: {name}}`
 * with names such as `EPSG:25833`, `urn:ogc:def:crs:EPSG::25833`,
 * `urn:ogc:def:crs:EPSG:6.6:25833`, `http://www.opengis.net/def/crs/EPSG/0/25833`
 * or `urn:ogc:def:crs:OGC:1.3:CRS84`; the pre-2008 `{type: 'EPSG',
 * properties: {code}}`. `undefined` or `null` is `none`.
 */
export function readCrs(crs: unknown): DeclaredCrs {
  if (crs === undefined || crs === null) return { kind: 'none' };
  const member = crs as { type?: unknown; properties?: { name?: unknown; code?: unknown; href?: unknown } };
  const properties = member.properties ?? {};
  let text: string;
  if (typeof properties.name === 'string') text = properties.name.trim();
  else if (typeof properties.code === 'number' || typeof properties.code === 'string') text = `EPSG:${properties.code}`;
  else if (typeof properties.href === 'string') text = properties.href;
  else text = JSON.stringify(crs);
  const code = epsgCode(text);
  if (code === undefined) return { kind: 'unsupported', text };
  const definition = DEFINITIONS[code];
  if (!definition) {
    const name = KNOWN_UNSUPPORTED[code];
    return name === undefined ? { kind: 'unsupported', text, code } : { kind: 'unsupported', text, code, name };
  }
  return { kind: 'supported', crs: SUPPORTED_CRS.find((c) => c.code === code)!, text };
}

/** The EPSG code in a CRS name, with CRS84 (and OGC's WGS84) read as 4326. */
export function epsgCode(name: string): number | undefined {
  if (/(^|[:/])CRS:?84$/i.test(name) || /^WGS ?84$/i.test(name)) return 4326;
  const match = /^(?:EPSG:{1,2}|urn:ogc:def:crs:EPSG:[\d.]*:|https?:\/\/www\.opengis\.net\/def\/crs\/EPSG\/[\d.]+\/)(\d+)$/i.exec(name);
  return match ? Number(match[1]) : undefined;
}

/** A function from the system's coordinates (x, y) to WGS 84 [longitude, latitude]. */
export type ToWgs84 = (x: number, y: number) => [number, number];

const converters = new Map<number, ToWgs84>();

/**
 * The conversion from a supported system to WGS 84, by proj4 (the
 * JavaScript port of PROJ, the library QGIS and GDAL use). The identity
 * for WGS 84 itself.
 */
export function toWgs84(crs: SupportedCrs): ToWgs84 {
  if (crs.code === 4326) return (x, y) => [x, y];
  let converter = converters.get(crs.code);
  if (!converter) {
    const forward = proj4(DEFINITIONS[crs.code]!.proj, DEFINITIONS[4326]!.proj).forward;
    converter = (x, y) => {
      const [lon, lat] = forward([x, y]) as [number, number];
      return [lon, lat];
    };
    converters.set(crs.code, converter);
  }
  return converter;
}
