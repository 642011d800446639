import { describe, expect, it } from 'vitest';
import { documentSchema } from '../schemas/document.ts';
import { meetingSchema } from '../schemas/meeting.ts';
import { bibtex, cslItem, plainCitation } from './citation.ts';
import { documentCitation, meetingCitation, newsCitation } from './page-citations.ts';

const site = { name: 'Helseplattformen – innføringen i Midt-Norge', url: 'https://innsyn.example/', today: '2026-12-03' };
const base = { type: 'rapport', status: 'godkjent', sammendrag: 'Sammendrag.' };

describe('documentCitation', () => {
  it('credits the issuing organisation and dates the document by its own date, not the day it was published here', () => {
    const data = documentSchema.parse({ ...base, tittel: 'Helsetilsynets rapport', type: 'tilsynsrapport', utgiver: 'Statens helsetilsyn', dato: '2023-04', statusdato: '2023-04-19', publisert: '2026-12-01' });
    const citation = documentCitation('rapport', data, [], site);
    expect(plainCitation(citation)).toBe(
      'Statens helsetilsyn. (2023, april). Helsetilsynets rapport (Versjon 1) [Tilsynsrapport]. Helseplattformen – innføringen i Midt-Norge. Hentet 3. desember 2026 fra https://innsyn.example/dokumenter/rapport/',
    );
    expect(cslItem(citation)).toMatchObject({ author: [{ literal: 'Statens helsetilsyn' }], publisher: site.name, issued: { 'date-parts': [[2023, 4]] }, accessed: { 'date-parts': [[2026, 12, 3]] } });
  });

  it('names no author, never the site, when the content records no issuer; and never dates it by a planned decision', async () => {
    const data = documentSchema.parse({
      ...base,
      tittel: 'Utkast til tjenesteavtale',
      type: 'tjenesteavtale',
      status: 'til-behandling',
      dato: '2022-02-23',
      publisert: '2026-11-22',
      behandling: { organ: 'Styret i Helseplattformen AS', dato: '2022-02-28' },
    });
    const citation = documentCitation('utkast', data, [], site);
    const plain = plainCitation(citation);
    expect(plain.startsWith('Utkast til tjenesteavtale (Versjon 1) [Tjenesteavtale]. (2022, 23. februar). Helseplattformen – innføringen i Midt-Norge. Hentet')).toBe(true);
    expect(cslItem(citation).author).toBeUndefined();
    expect(bibtex(citation)).not.toMatch(/author/);
    // Without a date of its own: «u.å.», not the day published here.
    expect(plainCitation(documentCitation('utkast', { ...data, dato: undefined }, [], site))).toContain('(u.å.).');
  });
});

describe('meetingCitation', () => {
  it('cites the meeting page as a page of this site, dated by the page, with the meeting in the title', () => {
    const data = meetingSchema.parse({ organ: { kommune: 'kristiansund', utvalg: 'bystyre' }, dato: '2024-02', status: 'planlagt', kilder: [{ ekstern: 'x' }], publisert: '2026-12-01' });
    const plain = plainCitation(meetingCitation('bystyret-kristiansund-2024-02', 'Bystyremøte i Kristiansund februar 2024', data, site));
    expect(plain).toBe('Helseplattformen – innføringen i Midt-Norge. (2026, 1. desember). Bystyremøte i Kristiansund februar 2024. Hentet 3. desember 2026 fra https://innsyn.example/moter/bystyret-kristiansund-2024-02/');
    const changed = meetingSchema.parse({ ...data, endringer: [{ dato: '2026-12-02', merknad: 'Vedtak lagt til.' }] });
    expect(plainCitation(meetingCitation('m', 'Møte', changed, site))).toContain('(2026, 2. desember).');
  });
});

describe('newsCitation', () => {
  it('cites a news item as this site’s page, dated by its last update', () => {
    const citation = newsCitation('n', { tittel: 'Nyhet', publisert: '2026-11-22', oppdatert: '2026-11-25', sprak: 'nb' }, site);
    expect(plainCitation(citation)).toBe('Helseplattformen – innføringen i Midt-Norge. (2026, 25. november). Nyhet. Hentet 3. desember 2026 fra https://innsyn.example/nyheter/n/');
  });
});
