import { describe, expect, it } from 'vitest';
import { distinctSources, sourceLink, type SourceContext } from './source-link.ts';

const context: SourceContext = {
  news: new Map([['seks-kommuner', { title: 'Seks kommuner i fase 2', date: '2026-11-22' }]]),
  documents: new Map([['tilsynsrapport', { title: 'Tilsynsrapport', date: '2026-12-01', publisher: 'Statens helsetilsyn' }]]),
  external: new Map([
    ['nrk-utsettelse', { tittel: 'Vedtok ny utsettelse', utgiver: 'NRK Trøndelag', url: 'https://www.nrk.no/x', dato: '2023-05' }],
  ]),
  siteName: 'Innsyn',
};

describe('sourceLink', () => {
  it('cites a registered external source with its title, publisher, date and the original address', () => {
    expect(sourceLink({ ekstern: 'nrk-utsettelse' }, context)).toEqual({
      kind: 'ekstern',
      key: 'ekstern:nrk-utsettelse',
      href: 'https://www.nrk.no/x',
      title: 'Vedtok ny utsettelse',
      publisher: 'NRK Trøndelag',
      date: '2023-05',
      note: undefined,
    });
  });

  it('cites an external page named in place', () => {
    expect(sourceLink({ url: 'https://example.no/vedtak', tittel: 'Vedtak', utgiver: 'Røros kommune' }, context)).toMatchObject({
      href: 'https://example.no/vedtak',
      title: 'Vedtak',
      publisher: 'Røros kommune',
      date: undefined,
    });
  });

  it('links news and documents on this site, with the document’s publisher', () => {
    expect(sourceLink({ nyhet: 'seks-kommuner' }, context)).toMatchObject({ href: '/nyheter/seks-kommuner/', publisher: 'Innsyn' });
    expect(sourceLink({ dokument: 'tilsynsrapport' }, context)).toMatchObject({ href: '/dokumenter/tilsynsrapport/', publisher: 'Statens helsetilsyn' });
  });

  it('does not link an item that is not published (no broken links)', () => {
    expect(sourceLink({ nyhet: 'utkast' }, context)).toMatchObject({ href: undefined, title: undefined });
  });

  it('lists each source once', () => {
    const links = [{ ekstern: 'nrk-utsettelse' }, { nyhet: 'seks-kommuner' }, { ekstern: 'nrk-utsettelse' }].map((s) => sourceLink(s, context));
    expect(distinctSources(links).map((l) => l.key)).toEqual(['ekstern:nrk-utsettelse', 'nyhet:seks-kommuner']);
  });
});
