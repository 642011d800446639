import { describe, expect, it } from 'vitest';
import { checkCoordinates, describeRegion, insideRegion, outsideRegion, regionOf } from './region.ts';

const midtNorge = { sor: 61.5, nord: 65.8, vest: 4.0, ost: 14.6 };

describe('checkCoordinates', () => {
  it('accepts a place inside the region, edges included', () => {
    expect(checkCoordinates({ lat: 63.43, lon: 10.39 }, midtNorge)).toBeUndefined();
    expect(checkCoordinates({ lat: 61.5, lon: 14.6 }, midtNorge)).toBeUndefined();
  });

  it('names swapped latitude and longitude (Trondheim, the issue example)', () => {
    expect(checkCoordinates({ lat: 10.39, lon: 63.43 }, midtNorge)).toMatchInlineSnapshot(`
      {
        "fix": "Bytt om tallene: «lat» er breddegraden (nord–sør, i regionen mellom 61,5 og 65,8), og «lon» er lengdegraden (øst–vest, mellom 4 og 14,6).",
        "what": "breddegrad og lengdegrad ser ut til å være byttet om (lat: 10.39, lon: 63.43); byttet om ligger stedet innenfor området i innstillingene",
      }
    `);
  });

  it('names swapped values for other places in the region too', () => {
    expect(checkCoordinates({ lat: 11.38, lon: 62.57 }, midtNorge)?.what).toMatch(/^breddegrad og lengdegrad ser ut til å være byttet om \(lat: 11.38, lon: 62.57\)/);
    expect(checkCoordinates({ lat: 6.15, lon: 62.47 }, midtNorge)?.what).toMatch(/^breddegrad og lengdegrad ser ut til å være byttet om/);
  });

  it('refuses a place in another part of the country or another country, with the region', () => {
    expect(checkCoordinates({ lat: 59.91, lon: 10.75 }, midtNorge)).toMatchInlineSnapshot(`
      {
        "fix": "Sjekk koordinatene til kommunesenteret: breddegrad og lengdegrad i desimalgrader, for eksempel fra Norgeskart. Ligger kommunen virkelig utenfor, utvid «omrade» i innstillinger.json.",
        "what": "stedet (lat: 59.91, lon: 10.75) ligger utenfor området i innstillingene (61,5–65,8° N, 4–14,6° Ø)",
      }
    `);
    expect(checkCoordinates({ lat: 55.68, lon: 12.57 }, midtNorge)?.what).toMatch(/^stedet .* ligger utenfor området/);
    // Swapped and still outside: not called swapped.
    expect(checkCoordinates({ lat: 10.75, lon: 59.91 }, midtNorge)?.what).toMatch(/^stedet .* ligger utenfor området/);
  });
});

describe('describeRegion and insideRegion', () => {
  it('writes hemispheres as letters, with Norwegian decimals', () => {
    expect(describeRegion(midtNorge)).toBe('61,5–65,8° N, 4–14,6° Ø');
    expect(describeRegion({ sor: -10, nord: 5.25, vest: -20, ost: -3 })).toBe('10° S–5,25° N, 20–3° V');
    expect(insideRegion({ lat: 65.81, lon: 10 }, midtNorge)).toBe(false);
  });
});

describe('regionOf', () => {
  it('reads «omrade» from the settings when it has four numbers', () => {
    expect(regionOf({ omrade: midtNorge })).toEqual(midtNorge);
    expect(regionOf({})).toBeUndefined();
    expect(regionOf({ omrade: { sor: 61.5, nord: '65.8', vest: 4, ost: 14.6 } })).toBeUndefined();
  });
});

describe('outsideRegion', () => {
  it('tells a county outside the settings’ «fylker», when they are listed', () => {
    const settings = { fylker: ['Trøndelag', 'Møre og Romsdal'] };
    expect(outsideRegion(settings, 'Innlandet')).toBe(true);
    expect(outsideRegion(settings, 'Trøndelag')).toBe(false);
    expect(outsideRegion({}, 'Innlandet')).toBeUndefined();
  });
});
