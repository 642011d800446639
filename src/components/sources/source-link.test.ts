import { describe, expect, it } from 'vitest';
import { citationPunctuation, distinctSources, sourceLink, type SourceContext, type SourceLink } from './source-link.ts';

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

describe('citationPunctuation', () => {
  /** The citation's text as SourceCitation.astro writes it (the date as written). */
  const cited = (link: Pick<SourceLink, 'title' | 'publisher' | 'date' | 'kind'>) => {
    const { afterTitle, end } = citationPunctuation(link, 'udatert');
    const date = link.date ? `, ${link.date}` : link.kind === 'ekstern' ? ', udatert' : '';
    return `${link.title}${link.publisher ? `${afterTitle}${link.publisher}` : ''}${date}${end}`;
  };

  it('puts no second stop after a title ending in «?», «!» or «.»', () => {
    expect(cited({ kind: 'ekstern', title: 'Når kommer Helseplattformen?', publisher: 'Helseplattformen AS', date: 'mai 2022' })).toBe('Når kommer Helseplattformen? Helseplattformen AS, mai 2022.');
    expect(cited({ kind: 'ekstern', title: 'Nå er vi i gang!', publisher: 'NRK', date: undefined })).toBe('Nå er vi i gang! NRK, udatert.');
    expect(cited({ kind: 'nyhet', title: 'Hva skjer nå?', publisher: undefined, date: undefined })).toBe('Hva skjer nå?');
    expect(cited({ kind: 'ekstern', title: 'Spørsmålet «Hvorfor?»', publisher: 'Adresseavisen', date: '2023' })).toBe('Spørsmålet «Hvorfor?» Adresseavisen, 2023.');
  });

  it('separates an ordinary title from its publisher with «. »', () => {
    expect(cited({ kind: 'ekstern', title: 'Vedtok ny utsettelse', publisher: 'NRK Trøndelag', date: 'mai 2023' })).toBe('Vedtok ny utsettelse. NRK Trøndelag, mai 2023.');
  });
});
