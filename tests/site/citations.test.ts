/**
 * «Cite this page» as built, read the way reference tools read it: on every
 * document, meeting and news page, the plain text, the BibTeX (parsed by
 * @retorquere/bibtex-parser) and the CSL-JSON (rendered by citeproc-js
 * through citation-js), each naming the page's stable address; for a
 * document with attachments, each attachment's SHA-256 as served.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { sha256Hex } from '../../src/documents/attachment-file.ts';
import { TEST_DOCUMENTS } from '../support/document-fixtures.ts';
import { oldAddresses } from '../support/address-fixtures.ts';

const siteDir = inject('siteDir');
const contentDir = inject('contentDir');
const settings = JSON.parse(readFileSync(path.join(contentDir, 'innstillinger.json'), 'utf8'));
const html = (page: string) => readFileSync(path.join(siteDir, page, 'index.html'), 'utf8');
const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
/** The text of the citation block labelled by `id` (siter-tekst, siter-bibtex, siter-csl). */
function citation(page: string, id: string): string {
  const match = new RegExp(`<pre tabindex="0" aria-labelledby="${id}">([\\s\\S]*?)</pre>`).exec(html(page));
  expect(match, `${page} ${id}`).not.toBeNull();
  return decode(match![1]!);
}
const old = oldAddresses(contentDir);
const pagesIn = (folder: string) =>
  readdirSync(path.join(siteDir, folder))
    .filter((name) => existsSync(path.join(siteDir, folder, name, 'index.html')) && !['type', 'status', 'ar', 'part', 'organ', 'emne', 'side'].includes(name) && !old.has(`/${folder}/${name}/`))
    .map((name) => `${folder}/${name}`);

const pages = [...pagesIn('dokumenter'), ...pagesIn('moter'), ...pagesIn('nyheter')];

describe('cite this page', () => {
  it('is on every document, meeting and news page', () => {
    expect(pages.length).toBeGreaterThan(40);
    for (const page of pages) expect(html(page), page).toContain('id="siter"');
  });

  it.each(pages)('%s: plain text, BibTeX and CSL-JSON name the stable address', async (page) => {
    const url = new URL(`/${page}/`, settings.nettadresse).href;
    expect(citation(page, 'siter-tekst')).toMatch(new RegExp(`Hentet \\d{1,2}\\. \\p{L}+ \\d{4} fra ${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'u'));
    const library = await parseBibtex(citation(page, 'siter-bibtex'));
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(1);
    expect(library.entries[0]!.fields['url']).toBe(url);
    const items = JSON.parse(citation(page, 'siter-csl'));
    expect(items).toHaveLength(1);
    expect(items[0].URL).toBe(url);
  });

  it('a document’s citation carries its title, publisher, version, dates and every attachment’s SHA-256 as served', async () => {
    const page = `dokumenter/${TEST_DOCUMENTS.v2}`;
    const served = ['avtale.pdf', 'kostnader.csv'].map((file) => sha256Hex(readFileSync(path.join(siteDir, 'dokumenter', TEST_DOCUMENTS.v2, file))));
    const plain = citation(page, 'siter-tekst');
    expect(plain).toContain('Testdokument: driftsavtale, versjon 2 (Versjon 2) [Tjenesteavtale].');
    for (const sha of served) expect(plain).toContain(sha);
    const entry = (await parseBibtex(citation(page, 'siter-bibtex'))).entries[0]!;
    expect(entry.fields['title']).toBe('Testdokument: driftsavtale, versjon 2');
    expect(entry.fields['year']).toBe('2023');
    expect(entry.fields['note']).toContain('Versjon 2.');
    for (const sha of served) expect(entry.fields['note']).toContain(sha);
    const [item] = JSON.parse(citation(page, 'siter-csl'));
    expect(item).toMatchObject({ type: 'document', title: 'Testdokument: driftsavtale, versjon 2', version: '2', issued: { 'date-parts': [[2023, 2, 27]] }, 'available-date': { 'date-parts': [[2023, 3, 1]] } });
    for (const sha of served) expect(item.note).toContain(sha);
  });

  it('credits a document to its issuer and dates it by its own date; the site only publishes it', async () => {
    const report = 'dokumenter/helsetilsynet-tilsynsrapport-st-olavs-2023';
    expect(citation(report, 'siter-tekst')).toMatch(/^Statens helsetilsyn\. \(2023, april\)\. Helsetilsynets rapport etter tilsynet ved St\. Olavs hospital \(Versjon 1\) \[Tilsynsrapport\]\. /);
    const entry = (await parseBibtex(citation(report, 'siter-bibtex'))).entries[0]!;
    expect(entry.fields['author']).toEqual([{ name: 'Statens helsetilsyn' }]);
    expect(entry.fields['year']).toBe('2023');
    expect(entry.fields['month']).toBe('4');
    expect(entry.fields['urldate']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const [item] = JSON.parse(citation(report, 'siter-csl'));
    expect(item).toMatchObject({ author: [{ literal: 'Statens helsetilsyn' }], publisher: settings.navn, issued: { 'date-parts': [[2023, 4]] } });

    // No issuer recorded: no author, and never the site in its place.
    const draft = 'dokumenter/utkast-til-tjenesteavtale';
    expect(citation(draft, 'siter-tekst')).toMatch(/^Utkast til tjenesteavtale for Helseplattformen \(Versjon 1\) \[Tjenesteavtale\]\. \(2022, 23\. februar\)\. /);
    expect((await parseBibtex(citation(draft, 'siter-bibtex'))).entries[0]!.fields['author']).toBeUndefined();
    expect(JSON.parse(citation(draft, 'siter-csl'))[0].author).toBeUndefined();
  });

  it('cites a meeting page as this site’s page, dated by the page, with the meeting’s body and month in its title', () => {
    const plain = citation('moter/bystyret-kristiansund-2024-02', 'siter-tekst');
    expect(plain).toMatch(new RegExp(`^${settings.navn.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\. \\(2026, 1\\. desember\\)\\. .*Kristiansund.*februar 2024\\. Hentet`));
  });

  it('renders a meeting’s and a news item’s CSL-JSON in a CSL processor', () => {
    const items = ['moter/styret-helseplattformen-as-2023-06-29', 'nyheter/enighet-om-utkast-til-tjenesteavtale'].flatMap((page) => JSON.parse(citation(page, 'siter-csl')));
    const bibliography = new Cite(items).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }) as string;
    expect(bibliography).toContain('Styremøte i Helseplattformen AS 29. juni 2023');
    expect(bibliography).toContain('Enighet om utkast til tjenesteavtale');
    expect(bibliography).toContain(settings.navn);
    expect(bibliography).toContain(new URL('/moter/styret-helseplattformen-as-2023-06-29/', settings.nettadresse).href);
  }, 60_000);
});
