import { describe, expect, it } from 'vitest';
import { epsgCode, readCrs, SUPPORTED_CRS, toWgs84 } from './crs.ts';

const named = (name: string) => ({ type: 'name', properties: { name } });

describe('epsgCode', () => {
  it('reads the EPSG code in every spelling GeoJSON files use', () => {
    expect(epsgCode('EPSG:25833')).toBe(25833);
    expect(epsgCode('urn:ogc:def:crs:EPSG::25833')).toBe(25833);
    expect(epsgCode('urn:ogc:def:crs:EPSG:6.6:25832')).toBe(25832);
    expect(epsgCode('http://www.opengis.net/def/crs/EPSG/0/25835')).toBe(25835);
    expect(epsgCode('epsg:4258')).toBe(4258);
  });

  it('reads CRS84 (RFC 7946 longitude/latitude) as WGS 84', () => {
    expect(epsgCode('urn:ogc:def:crs:OGC:1.3:CRS84')).toBe(4326);
    expect(epsgCode('http://www.opengis.net/def/crs/OGC/1.3/CRS84')).toBe(4326);
  });

  it('finds no code in a description', () => {
    expect(epsgCode('ETRS89 UTM sone 33')).toBeUndefined();
    expect(epsgCode('EPSG:')).toBeUndefined();
  });
});

describe('readCrs', () => {
  it('is none without a crs member (WGS 84 by RFC 7946)', () => {
    expect(readCrs(undefined)).toEqual({ kind: 'none' });
    expect(readCrs(null)).toEqual({ kind: 'none' });
  });

  it('knows the systems Kartverket ships in', () => {
    for (const [name, code] of [
      ['EPSG:25832', 25832],
      ['urn:ogc:def:crs:EPSG::25833', 25833],
      ['EPSG:25835', 25835],
      ['EPSG:4258', 4258],
      ['EPSG:5973', 5973],
      ['EPSG:4326', 4326],
    ] as const) {
      const crs = readCrs(named(name));
      expect(crs.kind === 'supported' && crs.crs.code, name).toBe(code);
    }
    expect(readCrs({ type: 'EPSG', properties: { code: 25833 } })).toMatchObject({ kind: 'supported', crs: { code: 25833, geographic: false } });
  });

  it('names a system it does not read, when it knows it', () => {
    expect(readCrs(named('EPSG:3857'))).toEqual({ kind: 'unsupported', text: 'EPSG:3857', code: 3857, name: 'WGS 84 / Pseudo-Mercator, for nettkart' });
    expect(readCrs(named('urn:ogc:def:crs:EPSG::2154'))).toEqual({ kind: 'unsupported', text: 'urn:ogc:def:crs:EPSG::2154', code: 2154 });
    expect(readCrs({ type: 'link', properties: { href: 'http://example.com/crs/42', type: 'proj4' } })).toEqual({ kind: 'unsupported', text: 'http://example.com/crs/42' });
    expect(readCrs({ type: 'name' })).toEqual({ kind: 'unsupported', text: '{"type":"name"}' });
  });
});

describe('toWgs84', () => {
  const crs = (code: number) => SUPPORTED_CRS.find((c) => c.code === code)!;

  it('puts each UTM zone’s central meridian (500 000 m east) at 9°, 15° and 27° east', () => {
    for (const [code, meridian] of [[25832, 9], [25833, 15], [25835, 27], [32633, 15]] as const) {
      const [lon, lat] = toWgs84(crs(code))(500_000, 0);
      expect(lon, String(code)).toBeCloseTo(meridian, 9);
      expect(lat, String(code)).toBeCloseTo(0, 9);
    }
  });

  it('puts 7 000 km north in Central Norway, about 63° north', () => {
    const [lon, lat] = toWgs84(crs(25833))(500_000, 7_000_000);
    expect(lon).toBeCloseTo(15, 9);
    expect(lat).toBeGreaterThan(63);
    expect(lat).toBeLessThan(63.2);
  });

  it('leaves WGS 84 and ETRS89 degrees as they are (they differ by less than a metre here)', () => {
    expect(toWgs84(crs(4326))(10.39, 63.43)).toEqual([10.39, 63.43]);
    const [lon, lat] = toWgs84(crs(4258))(10.39, 63.43);
    expect(lon).toBeCloseTo(10.39, 9);
    expect(lat).toBeCloseTo(63.43, 9);
  });
});
