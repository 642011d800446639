import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { bibtex, citationKey, cslJson, plainCitation, type CitationInput } from './citation.ts';

const document: CitationInput = {
  kind: 'dokument',
  id: 'plan-for-innforing-av-kommuner-2024-2026',
  url: 'https://innsyn.example/dokumenter/plan-for-innforing-av-kommuner-2024-2026/',
  title: 'Innføringsplan for kommunene 2024–2026: «puljer» & 50 % {merknad}',
  author: 'Helseplattformen AS',
  siteName: 'Helseplattformen – innføringen i Midt-Norge',
  version: '1.10',
  genre: 'Styresak',
  issued: '2023-06-29',
  published: '2026-12-01',
  accessed: '2026-12-03',
  attachments: [{ file: 'avtale.pdf', sha256: 'a'.repeat(64) }],
  language: 'nb',
};

/** A document whose content records neither an issuer nor a date of its own. */
const anonymous: CitationInput = {
  kind: 'dokument',
  id: 'utkast-til-tjenesteavtale',
  url: 'https://innsyn.example/dokumenter/utkast-til-tjenesteavtale/',
  title: 'Utkast til tjenesteavtale for Helseplattformen',
  siteName: 'Helseplattformen – innføringen i Midt-Norge',
  version: '1',
  genre: 'Tjenesteavtale',
  published: '2026-11-22',
  accessed: '2026-12-03',
  language: 'nb',
};

const news: CitationInput = {
  kind: 'nyhet',
  id: 'enighet-om-utkast-til-tjenesteavtale',
  url: 'https://innsyn.example/nyheter/enighet-om-utkast-til-tjenesteavtale/',
  title: 'Enighet om utkast til tjenesteavtale',
  author: 'Helseplattformen – innføringen i Midt-Norge',
  siteName: 'Helseplattformen – innføringen i Midt-Norge',
  issued: '2026-11-22',
  published: '2026-11-22',
  accessed: '2026-12-03',
  language: 'nb',
};

describe('plainCitation', () => {
  it('writes Norwegian reference style with version, type, site, checksum and the address', () => {
    expect(plainCitation(document)).toBe(
      'Helseplattformen AS. (2023, 29. juni). Innføringsplan for kommunene 2024–2026: «puljer» & 50 % {merknad} (Versjon 1.10) [Styresak]. ' +
        'Helseplattformen – innføringen i Midt-Norge. Vedlegg: avtale.pdf (SHA-256: ' + 'a'.repeat(64) + '). ' +
        'Hentet 3. desember 2026 fra https://innsyn.example/dokumenter/plan-for-innforing-av-kommuner-2024-2026/',
    );
  });

  it('names the site once for its own pages, and a month alone as a month', () => {
    expect(plainCitation(news)).toBe(
      'Helseplattformen – innføringen i Midt-Norge. (2026, 22. november). Enighet om utkast til tjenesteavtale. Hentet 3. desember 2026 fra https://innsyn.example/nyheter/enighet-om-utkast-til-tjenesteavtale/',
    );
    expect(plainCitation({ ...news, issued: '2023-10' })).toContain('(2023, oktober).');
  });

  it('puts no stop after a title that ends in «?», «!» or «.»', () => {
    expect(plainCitation({ ...news, title: 'Når kommer Helseplattformen?' })).toContain('(2026, 22. november). Når kommer Helseplattformen? Hentet');
    expect(plainCitation({ ...news, title: 'Nå er vi i gang!' })).toContain('Nå er vi i gang! Hentet');
  });

  it('puts the title first and «u.å.» for a document with no recorded author or date, never the site as author or its publication date', () => {
    expect(plainCitation(anonymous)).toBe(
      'Utkast til tjenesteavtale for Helseplattformen (Versjon 1) [Tjenesteavtale]. (u.å.). Helseplattformen – innføringen i Midt-Norge. ' +
        'Hentet 3. desember 2026 fra https://innsyn.example/dokumenter/utkast-til-tjenesteavtale/',
    );
    expect(plainCitation({ ...anonymous, issued: '2022-02-23' })).toContain('[Tjenesteavtale]. (2022, 23. februar). Helseplattformen – innføringen i Midt-Norge. Hentet');
  });
});

describe('BibTeX', () => {
  it('parses with a BibTeX parser into the fields a reference manager reads', async () => {
    const text = bibtex(document);
    const library = await parseBibtex(text);
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(1);
    const [entry] = library.entries;
    expect(entry!.key).toBe('dokument_plan_for_innforing_av_kommuner_2024_2026');
    expect(entry!.fields['title']).toBe('Innføringsplan for kommunene 2024–2026: «puljer» & 50 % {merknad}');
    expect(entry!.fields['author']).toEqual([{ name: 'Helseplattformen AS' }]);
    expect(entry!.fields['publisher']).toEqual(['Helseplattformen – innføringen i Midt-Norge']);
    expect(entry!.fields['url']).toBe(document.url);
    expect(entry!.fields['urldate']).toBe('2026-12-03');
    expect(entry!.fields['year']).toBe('2023');
    expect(entry!.fields['month']).toBe('6');
    expect(entry!.fields['note']).toContain('Versjon 1.10.');
    expect((entry!.fields['note'] as string).normalize('NFC')).toContain('Publisert på Helseplattformen – innføringen i Midt-Norge 1. desember 2026.');
    expect(entry!.fields['note']).toContain(`avtale.pdf (SHA-256: ${'a'.repeat(64)})`);
  });

  it('gives no author and no year for a document with neither recorded, and the site only as publisher', async () => {
    const [entry] = (await parseBibtex(bibtex(anonymous))).entries;
    expect(entry!.fields['author']).toBeUndefined();
    expect(entry!.fields['year']).toBeUndefined();
    expect(entry!.fields['publisher']).toEqual(['Helseplattformen – innføringen i Midt-Norge']);
    expect(entry!.fields['url']).toBe(anonymous.url);
  });

  it('keys every page apart and within what BibTeX tools accept', () => {
    expect(citationKey({ kind: 'mote', id: 'styret-hp-2023-06-29' })).toBe('mote_styret_hp_2023_06_29');
  });
});

describe('CSL-JSON', () => {
  const items = JSON.parse(cslJson(document));

  it('is an array of one CSL item with the stable address, dates, version and checksum', () => {
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      type: 'document',
      title: document.title,
      author: [{ literal: 'Helseplattformen AS' }],
      publisher: 'Helseplattformen – innføringen i Midt-Norge',
      version: '1.10',
      URL: document.url,
      issued: { 'date-parts': [[2023, 6, 29]] },
      accessed: { 'date-parts': [[2026, 12, 3]] },
      'available-date': { 'date-parts': [[2026, 12, 1]] },
      language: 'nb-NO',
    });
    expect(items[0].note).toContain('a'.repeat(64));
  });

  it('has no author and no issued date for a document with neither recorded', () => {
    const [item] = JSON.parse(cslJson(anonymous));
    expect(item.author).toBeUndefined();
    expect(item.issued).toBeUndefined();
    expect(item.publisher).toBe('Helseplattformen – innføringen i Midt-Norge');
    expect(item['available-date']).toEqual({ 'date-parts': [[2026, 11, 22]] });
  });

  it('renders in a CSL processor (citeproc-js through citation-js) with title, publisher, date and address', () => {
    const rendered = new Cite(items).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }) as string;
    expect(rendered).toContain('Innføringsplan for kommunene 2024–2026');
    expect(rendered).toContain('Helseplattformen AS');
    expect(rendered).toContain('2023');
    expect(rendered).toContain('Version 1.10');
    expect(rendered).toContain(document.url);
  }, 60_000);
});
