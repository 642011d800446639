import { describe, expect, it } from 'vitest';
import { sourceLink } from './source-link.ts';

const published = {
  news: new Map([['seks-kommuner', 'Seks kommuner i fase 2']]),
  documents: new Map([['tjenesteavtale', 'Tjenesteavtale']]),
};

describe('sourceLink', () => {
  it('links news and documents on this site by slug, with their titles', () => {
    expect(sourceLink({ nyhet: 'seks-kommuner' }, published)).toEqual({
      kind: 'nyhet',
      href: '/nyheter/seks-kommuner/',
      title: 'Seks kommuner i fase 2',
    });
    expect(sourceLink({ dokument: 'tjenesteavtale' }, published)).toEqual({
      kind: 'dokument',
      href: '/dokumenter/tjenesteavtale/',
      title: 'Tjenesteavtale',
    });
  });

  it('links an external page with its title', () => {
    expect(sourceLink({ url: 'https://example.no/vedtak', tittel: 'Vedtak' }, published)).toEqual({
      kind: 'url',
      href: 'https://example.no/vedtak',
      title: 'Vedtak',
    });
  });

  it('does not link an item that is not published (no broken links)', () => {
    expect(sourceLink({ nyhet: 'utkast' }, published)).toEqual({ kind: 'nyhet', href: undefined, title: undefined });
  });
});
