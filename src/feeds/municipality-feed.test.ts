import { i18nForTest } from '../i18n/testing.ts';
import { describe, expect, it } from 'vitest';
import { municipalityFeedItems } from './municipality-feed.ts';

const municipality = {
  nummer: '5054',
  navn: 'Indre Fosen',
  fylke: 'Trøndelag',
  koordinater: { lat: 63.6, lon: 10.2 },
  hendelser: [
    { dato: '2021-05-19', status: 'opsjon-utlost', kilde: { nyhet: 'mai' } },
    { dato: '2021-05-19', status: 'innforing-planlagt', fase: 'fase-2', kilde: { dokument: 'vedtak' } },
  ],
};
const base = {
  i18n: i18nForTest(),
  slug: 'indre-fosen',
  municipality,
  statusNames: new Map([['opsjon-utlost', 'Opsjon utløst'], ['innforing-planlagt', 'Innføring planlagt']]),
  phaseNames: new Map([['fase-2', 'Fase 2']]),
};

describe('municipalityFeedItems', () => {
  it('carries the municipality’s news, its documents and its status changes, newest first', () => {
    const items = municipalityFeedItems({
      ...base,
      news: [
        { id: 'mai', data: { tittel: 'Mai', ingress: 'I mai.', publisert: '2021-05-19', kommuner: ['indre-fosen'], dokumenter: [] } },
        { id: 'annen', data: { tittel: 'Annen', ingress: 'Ikke vår.', publisert: '2022-01-01', kommuner: ['trondheim'], dokumenter: [] } },
      ],
      documents: [
        { id: 'vedtak', data: { tittel: 'Vedtak', sammendrag: 'S.', publisert: '2021-06-01', parter: [], versjon: '1' } },
        { id: 'avtale', data: { tittel: 'Avtale', sammendrag: 'S.', publisert: '2022-02-23', parter: ['indre-fosen'], versjon: '2' } },
        { id: 'fremmed', data: { tittel: 'Fremmed', sammendrag: 'S.', publisert: '2022-02-23', parter: ['roros'], versjon: '1' } },
      ],
    });
    expect(items.map((i) => [i.category, i.title])).toEqual([
      ['Dokument', 'Avtale (versjon 2)'],
      ['Dokument', 'Vedtak (versjon 1)'],
      ['Nyhet', 'Mai'],
      ['Statusendring', 'Indre Fosen: Opsjon utløst'],
      ['Statusendring', 'Indre Fosen: Innføring planlagt (Fase 2)'],
    ]);
    expect(new Set(items.map((i) => i.guid)).size).toBe(items.length);
  });
});
