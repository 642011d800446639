/**
 * The documents section as built: every published document listed, its
 * attachments published byte for byte with the checksum shown, notices on
 * withdrawn and replaced versions, links between versions, parties and news.
 * Test documents come from tests/support/document-fixtures.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { sha256Hex } from '../../src/documents/attachment-file.ts';
import { formatFileSize } from '../../src/documents/attachment.ts';
import { TEST_CSV, TEST_DOCUMENTS, TEST_PDF } from '../support/document-fixtures.ts';
import { TEST_BUILD_DATE, UNPUBLISHED_MARKER } from '../support/global-setup.ts';

const siteDir = inject('siteDir');
const contentDir = inject('contentDir');
const html = (...parts: string[]) => readFileSync(path.join(siteDir, ...parts, 'index.html'), 'utf8');
const documentPage = (slug: string) => html('dokumenter', slug);
/** Text between `<tag` … `</tag>` of the first element matching `marker` in its opening tag. */
function element(page: string, tag: string, marker: string): string {
  const start = page.search(new RegExp(`<${tag}\\b[^>]*${marker}`));
  expect(start, `<${tag} … ${marker}>`).toBeGreaterThanOrEqual(0);
  return page.slice(start, page.indexOf(`</${tag}>`, start));
}
// Block ends become spaces so list items do not run together.
const text = (markup: string) =>
  markup.replace(/<\/(li|p|dd|dt|th|td|h\d)>/g, ' ').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();

/** Front matter of every content file in a folder matching `pattern`. */
function frontMatter(folder: string, pattern: RegExp): { slug: string; data: Record<string, unknown> }[] {
  return readdirSync(path.join(contentDir, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => pattern.test(name))
    .map((name) => {
      const source = readFileSync(path.join(contentDir, folder, name), 'utf8');
      const data = parse(source.split(/^---$/m)[1] ?? '') as Record<string, unknown>;
      return { slug: name.replace(pattern, ''), data };
    });
}
const published = (data: Record<string, unknown>) =>
  data['utkast'] !== true && String(data['publisert'] ?? data['oppdatert']) <= TEST_BUILD_DATE;

describe('the documents list', () => {
  const list = html('dokumenter');
  const rows = element(list, 'tbody', '').split('<tr').slice(1);
  const documents = frontMatter('dokumenter', /\/index\.mdx?$/).filter((d) => published(d.data));

  it('has a row linking to every published document, and nothing else', () => {
    expect(documents.length).toBeGreaterThanOrEqual(5);
    expect(rows).toHaveLength(documents.length);
    for (const { slug } of documents) expect(list).toContain(`href="/dokumenter/${slug}/"`);
    expect(list).not.toContain(UNPUBLISHED_MARKER);
  });

  it('has a caption and a header for each column', () => {
    expect(element(list, 'caption', '')).toContain('Publiserte dokumenter');
    expect(text(element(list, 'thead', ''))).toBe('Tittel Type Status Dato Parter Versjon');
  });

  const rowOf = (slug: string) => text(rows.find((r) => r.includes(`href="/dokumenter/${slug}/"`)) ?? '');

  it("shows each document's own date, and the publication date here only where it has none, saying so", () => {
    expect(rowOf('riksrevisjonen-dokument-3-3-2024-2025')).toContain('24.10.2024');
    expect(rowOf('riksrevisjonen-dokument-3-3-2024-2025')).not.toContain('01.12.2026');
    expect(rowOf('helsetilsynet-tilsynsrapport-st-olavs-2023')).toContain(' 04.2023 ');
    expect(rowOf(TEST_DOCUMENTS.minutes)).toContain('15.11.2021 (publisert her)');
  });

  it('says as of when each status is', () => {
    expect(rowOf('utkast-til-tjenesteavtale')).toContain('Til behandling, per 23.02.2022');
    expect(rowOf(TEST_DOCUMENTS.minutes)).toContain('Godkjent, per 15.11.2021');
    // No status date: as of the day it was published here.
    expect(rowOf('innst-153-s-2024-2025')).toContain('Godkjent, per 01.12.2026');
  });

  it("lists newest first by the document's own date, and filters by its year", () => {
    const order = rows.map((r) => /href="\/dokumenter\/([^/]+)\/"/.exec(r)?.[1]);
    expect(order.indexOf('riksrevisjonen-dokument-3-3-2024-2025')).toBeLessThan(order.indexOf('kpmg-systemrevisjon-helseplattformen-2023'));
    expect(order.indexOf('kpmg-systemrevisjon-helseplattformen-2023')).toBeLessThan(order.indexOf('utkast-til-tjenesteavtale'));
    const years = text(element(list, 'select', 'id="filter-ar"'));
    expect(years).toContain('2022');
    expect(years).toContain('2024');
    expect(list).toContain('År (dokumentets dato)');
    expect(html('dokumenter', 'ar', '2024')).toContain('href="/dokumenter/riksrevisjonen-dokument-3-3-2024-2025/"');
  });

  it('shows the same in nynorsk', () => {
    const nn = html('nn', 'dokument');
    expect(nn).toContain('Til handsaming, per 23.02.2022');
    expect(nn).toContain('År (datoen på dokumentet)');
  });

  it('keeps rows lean: no attributes on rows or cells', () => {
    for (const row of rows) expect(row.startsWith('>'), row.slice(0, 80)).toBe(true);
    expect(element(list, 'tbody', '')).not.toMatch(/<td [^>]/);
  });
});

describe('a document page', () => {
  const v2 = documentPage(TEST_DOCUMENTS.v2);

  it('publishes each attachment byte for byte beside the page', () => {
    const folder = path.join(siteDir, 'dokumenter', TEST_DOCUMENTS.v2);
    expect(readFileSync(path.join(folder, 'avtale.pdf')).equals(TEST_PDF)).toBe(true);
    expect(readFileSync(path.join(folder, 'kostnader.csv'), 'utf8')).toBe(TEST_CSV);
  });

  it('shows each attachment with format, size and the SHA-256 of its bytes', () => {
    const attachments = element(v2, 'ul', 'hp-attachments');
    const pdf = attachments.slice(attachments.indexOf('avtale.pdf'), attachments.indexOf('kostnader.csv'));
    expect(pdf).toContain(`<code data-sha256>${sha256Hex(TEST_PDF)}</code>`);
    expect(pdf).toContain('<dd>PDF</dd>');
    expect(pdf).toContain(`<dd>${formatFileSize(TEST_PDF.length)}</dd>`);
    expect(attachments).toContain(`<code data-sha256>${sha256Hex(Buffer.from(TEST_CSV))}</code>`);
    expect(attachments).toContain('<dd>CSV</dd>');
  });

  it('lists the metadata, linking parties that are municipalities', () => {
    const facts = element(v2, 'dl', 'hp-facts');
    for (const term of ['Type', 'Status', 'Status per', 'Publisert her', 'Behandles av', 'Behandlingsdato', 'Møte', 'Saksnummer', 'Parter', 'Versjon']) {
      expect(facts).toContain(`<dt>${term}</dt>`);
    }
    expect(facts).toContain('07/2023');
    expect(facts).toContain('href="/kommuner/roros/"');
    // An organisation that is a municipality links to the municipality.
    expect(facts).toContain('href="/kommuner/trondheim/"');
    expect(facts).not.toContain('href="/kommuner/helseplattformen-as/"');
  });

  it('shows the document’s own date and issuer, which its citation uses, apart from the day published here', () => {
    const facts = text(element(documentPage('helsetilsynet-tilsynsrapport-st-olavs-2023'), 'dl', 'hp-facts'));
    expect(facts).toContain('Utgiver Statens helsetilsyn');
    expect(facts).toContain('Dokumentets dato april 2023');
    expect(facts).toContain('Publisert her 1. desember 2026');
  });

  it('says as of when its status is: the day it last changed, else the day it was published here, in both languages', () => {
    const facts = (page: string) => text(element(page, 'dl', 'hp-facts'));
    expect(facts(documentPage('riksrevisjonen-dokument-3-3-2024-2025'))).toMatch(/Status Godkjent .*Status per 24\. oktober 2024 Publisert her/);
    expect(facts(documentPage('innst-153-s-2024-2025'))).toMatch(/Status Godkjent .*Status per 1\. desember 2026 Publisert her/);
    expect(facts(html('nn', 'dokument', 'innst-153-s-2024-2025'))).toMatch(/Status Godkjend .*Status per 1\. desember 2026 Publisert her/);
  });

  it('has a table of contents whose links all lead somewhere on the page', () => {
    const toc = element(v2, 'nav', 'hp-toc');
    const targets = [...toc.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
    expect(targets).toEqual(expect.arrayContaining(['dokumentteksten', 'formål', 'kostnader', 'oppsigelse', 'vedlegg', 'versjoner', 'endringer-fra-forrige', 'endringshistorikk']));
    for (const id of targets) expect(v2, `#${id}`).toContain(`id="${id}"`);
  });

  it('lists the dated change notes in date order', () => {
    expect(text(element(v2, 'ol', 'hp-changes'))).toBe('1. mars 2023: Ny versjon publisert. 10. mars 2023: Signert av partene.');
  });

  it('links news items that list the document', () => {
    const withNews = frontMatter('nyheter', /\.mdx?$/).filter(
      (n) => published(n.data) && Array.isArray(n.data['dokumenter']) && (n.data['dokumenter'] as string[]).length > 0,
    );
    expect(withNews.length).toBeGreaterThan(0);
    for (const news of withNews) {
      for (const slug of news.data['dokumenter'] as string[]) {
        if (!existsSync(path.join(siteDir, 'dokumenter', slug))) continue;
        expect(element(documentPage(slug), 'section', 'aria-labelledby="nyheter"')).toContain(`href="/nyheter/${news.slug}/"`);
      }
    }
  });
});

describe('versions', () => {
  const v1 = documentPage(TEST_DOCUMENTS.v1);
  const v2 = documentPage(TEST_DOCUMENTS.v2);

  it('keeps the replaced version with a warning that links the current one', () => {
    const notice = element(v1, 'div', 'ds-alert');
    expect(notice).toContain('data-color="warning"');
    expect(text(notice)).toContain('Dokumentet er erstattet');
    expect(text(notice)).toContain('1. mars 2023');
    expect(text(notice)).toContain('Erstattet av versjon 2, som også omfatter fase 3.');
    expect(notice).toContain(`href="/dokumenter/${TEST_DOCUMENTS.v2}/"`);
  });

  it('links each version to the other', () => {
    expect(element(v1, 'section', 'aria-labelledby="versjoner"')).toContain(`href="/dokumenter/${TEST_DOCUMENTS.v2}/"`);
    expect(element(v2, 'section', 'aria-labelledby="versjoner"')).toContain(`href="/dokumenter/${TEST_DOCUMENTS.v1}/"`);
    expect(v2).not.toContain('ds-alert');
  });

  it('shows the word changes from the version it replaces, with spoken prefixes', () => {
    const diff = element(v2, 'section', 'aria-labelledby="endringer-fra-forrige"');
    expect(diff).toContain('Endringer fra versjon 1');
    expect(diff).toMatch(/<ins><span class="ds-sr-only">Lagt til: <\/span>\s?og 3<\/ins>/);
    expect(diff).toMatch(/<del><span class="ds-sr-only">Fjernet: <\/span>fast\s?<\/del>/);
    expect(diff).toMatch(/<ins><span class="ds-sr-only">Lagt til: <\/span>Oppsigelse<\/ins>/);
    expect(text(diff)).toContain('11 ord lagt til, 1 fjernet.');
    expect(v1).not.toContain('endringer-fra-forrige');
  });
});

describe('a withdrawn document', () => {
  it('keeps its page with a warning giving the date and the reason', () => {
    const notice = element(documentPage(TEST_DOCUMENTS.withdrawn), 'div', 'ds-alert');
    expect(notice).toContain('data-color="warning"');
    expect(text(notice)).toContain('Dokumentet er trukket');
    expect(text(notice)).toContain('Dokumentet ble trukket 2. mai 2023.');
    expect(text(notice)).toContain('Saken ble trukket før styremøtet fordi tallgrunnlaget var feil.');
  });
});

describe('selections of the documents list, without JavaScript', () => {
  const list = html('dokumenter');
  const documents = frontMatter('dokumenter', /\/index\.mdx?$/).filter((d) => published(d.data));

  it.each([
    ['type', 'tjenesteavtale', (d: Record<string, unknown>) => d['type'] === 'tjenesteavtale'],
    ['status', 'signert', (d: Record<string, unknown>) => d['status'] === 'signert'],
    // The document's own year where it has a date, else the year it was published here.
    ['ar', '2023', (d: Record<string, unknown>) => String(d['dato'] ?? d['publisert']).startsWith('2023')],
    ['part', 'roros', (d: Record<string, unknown>) => (d['parter'] as string[] | undefined)?.includes('roros') ?? false],
  ])('/dokumenter/%s/%s/ lists exactly those documents, with its count in the list’s link and a feed', (facet, value, matches) => {
    const expected = documents.filter((d) => matches(d.data)).map((d) => d.slug).sort();
    expect(expected.length).toBeGreaterThan(0);
    const page = html('dokumenter', facet, value);
    const rows = element(page, 'tbody', '').split('<tr').slice(1);
    expect(rows.map((row) => /href="\/dokumenter\/([^/]+)\/"/.exec(row)![1]).sort()).toEqual(expected);
    expect(list).toMatch(new RegExp(`href="/dokumenter/${facet}/${value}/"[^>]*>[^<]+</a>\\s+<span class="hp-meta">\\(${expected.length}\\)`));
    const feed = readFileSync(path.join(siteDir, 'dokumenter', facet, value, 'rss.xml'), 'utf8');
    for (const slug of expected) expect(feed).toContain(`/dokumenter/${slug}/</link>`);
  });
});
