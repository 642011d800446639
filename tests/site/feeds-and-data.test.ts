/**
 * Feeds, sitemap and open data, read the way programs read them: parsed with
 * real parsers, every link followed to a built page, and CSV, JSON and the
 * content compared with each other.
 */
import { LANGUAGE_ITEMS } from '../support/language-fixtures.ts';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import { effectiveDate } from '../../src/domain/period.ts';
import { TEST_BUILD_DATE } from '../support/global-setup.ts';
import { dcatApNoViolations, parseTurtle } from '../support/dcat-ap-no.ts';
import { TEST_EVENT_NOTE, TEST_MEETINGS } from '../support/meeting-fixtures.ts';
import { NEWER_PLAN_MUNICIPALITY, newerPlanOf } from '../support/newer-plan-fixtures.ts';
import { oldAddresses as oldAddressesIn } from '../support/address-fixtures.ts';

const siteDir = inject('siteDir');
const contentDir = inject('contentDir');
const settings = JSON.parse(readFileSync(path.join(contentDir, 'innstillinger.json'), 'utf8'));
const origin = new URL(settings.nettadresse).origin;
const xml = new XMLParser({ ignoreAttributes: false });
/** Old addresses (content/adresser.yaml): each has a page of its own, but is no item. */
const oldAddresses = oldAddressesIn(contentDir);

/** The built file a site URL points at, or fails the test when the URL is not on this site. */
function builtFile(url: string): string {
  const parsed = new URL(url);
  expect(parsed.origin, url).toBe(origin);
  const pathname = decodeURIComponent(parsed.pathname);
  return path.join(siteDir, pathname, pathname.endsWith('/') ? 'index.html' : '');
}

function expectPageWithFragment(url: string) {
  const file = builtFile(url);
  expect(existsSync(file), url).toBe(true);
  const fragment = new URL(url).hash.slice(1);
  if (fragment) expect(readFileSync(file, 'utf8'), url).toContain(`id="${fragment}"`);
}

const feeds = [
  'nyheter/rss.xml',
  'dokumenter/rss.xml',
  ...readdirSync(path.join(siteDir, 'kommuner'))
    .filter((slug) => existsSync(path.join(siteDir, 'kommuner', slug, 'rss.xml')))
    .map((slug) => `kommuner/${slug}/rss.xml`),
];

describe('feeds', () => {
  it('has a feed for every municipality', () => {
    const municipalities = readdirSync(path.join(contentDir, 'kommuner')).length;
    expect(feeds.length).toBe(municipalities + 2);
  });

  it.each(feeds)('%s is valid RSS in Norwegian whose every link opens a built page', (feed) => {
    const doc = xml.parse(readFileSync(path.join(siteDir, feed), 'utf8'));
    const channel = doc.rss.channel;
    expect(doc.rss['@_version']).toBe('2.0');
    expect(channel.language).toBe('nb');
    expect(channel.title).toBeTruthy();
    const items = [channel.item ?? []].flat();
    for (const item of items) {
      expect(item.title).toBeTruthy();
      expect(item.description).toBeTruthy();
      expect(Number.isNaN(Date.parse(item.pubDate)), item.pubDate).toBe(false);
      expectPageWithFragment(item.link);
    }
    const guids = items.map((i: { guid: string | { '#text': string } }) => (typeof i.guid === 'string' ? i.guid : i.guid['#text']));
    expect(new Set(guids).size).toBe(guids.length);
  });

  it('lists every published news item, newest first (a translated one in its bokmål version only)', () => {
    const items = [xml.parse(readFileSync(path.join(siteDir, 'nyheter/rss.xml'), 'utf8')).rss.channel.item].flat();
    const pages = readdirSync(path.join(siteDir, 'nyheter')).filter((name) =>
      existsSync(path.join(siteDir, 'nyheter', name, 'index.html')) && !['emne', 'side'].includes(name) && !oldAddresses.has(`/nyheter/${name}/`) && name !== LANGUAGE_ITEMS.translatedNn.slug,
    );
    expect(items.map((i: { link: string }) => new URL(i.link).pathname.split('/')[2]).sort()).toEqual(pages.sort());
    const dates = items.map((i: { pubDate: string }) => Date.parse(i.pubDate));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('tells a local newsroom about its municipality’s status changes', () => {
    const items = [xml.parse(readFileSync(path.join(siteDir, 'kommuner/indre-fosen/rss.xml'), 'utf8')).rss.channel.item].flat();
    const titles = items.map((i: { title: string }) => i.title);
    expect(titles).toContain('Indre Fosen: Opsjon utløst');
    expect(titles.some((t: string) => t.startsWith('Indre Fosen: Innføring planlagt'))).toBe(true);
  });
});

describe('sitemap', () => {
  it('lists every built page once, and every entry is a built page', () => {
    const index = xml.parse(readFileSync(path.join(siteDir, 'sitemap-index.xml'), 'utf8'));
    const sitemaps = [index.sitemapindex.sitemap].flat().map((s: { loc: string }) => s.loc);
    const urls = sitemaps.flatMap((loc: string) =>
      [xml.parse(readFileSync(builtFile(loc), 'utf8')).urlset.url].flat().map((u: { loc: string }) => u.loc),
    );
    expect(new Set(urls).size).toBe(urls.length);
    for (const url of urls) expect(existsSync(builtFile(url)), url).toBe(true);
    expect(urls).toContain(new URL('/kommuner/trondheim/', origin).href);
    expect(urls.some((u: string) => u.includes('404'))).toBe(false);
  });
});

const datasets = ['kommuner', 'hendelser', 'dokumenter', 'faser', 'moter', 'vedtak', 'endringer'];

function readCsv(id: string): Record<string, string>[] {
  const text = readFileSync(path.join(siteDir, 'data', `${id}.csv`), 'utf8');
  expect(text.charCodeAt(0), 'UTF-8 byte-order mark').toBe(0xfeff);
  expect(text).toContain('\r\n');
  return parseCsv(text, { bom: true, columns: true, record_delimiter: '\r\n' });
}

function readJson(id: string) {
  return JSON.parse(readFileSync(path.join(siteDir, 'data', `${id}.json`), 'utf8'));
}

describe('open data', () => {
  it.each(datasets)('%s: the CSV and JSON files hold the same rows and the columns the data page describes', (id) => {
    const csv = readCsv(id);
    const json = readJson(id);
    expect(json.lisens.nettadresse).toBe(settings.lisens.nettadresse);
    expect(json.sistEndret).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const columns = json.kolonner.map((c: { navn: string }) => c.navn);
    expect(Object.keys(csv[0] ?? {})).toEqual(columns);
    expect(csv.length).toBe(json.rader.length);
    json.rader.forEach((row: Record<string, unknown>, i: number) => {
      for (const column of columns) {
        const value = row[column];
        const asCsv = value === null ? '' : Array.isArray(value) ? value.join('; ') : String(value);
        expect(csv[i]![column], `${id} row ${i + 1} ${column}`).toBe(asCsv);
      }
    });
    const page = readFileSync(path.join(siteDir, 'data', 'index.html'), 'utf8');
    for (const column of columns) expect(page).toMatch(new RegExp(`<code[^>]*>${column}</code>`));
  });

  it('has one row per municipality and one row per published event, as in the content', () => {
    const read = (folder: string) =>
      readdirSync(path.join(contentDir, folder)).map((f) => parseYaml(readFileSync(path.join(contentDir, folder, f), 'utf8')));
    const content = read('kommuner');
    const rows = readCsv('kommuner');
    expect(rows.map((r) => r.kommunenummer).sort()).toEqual(content.map((m) => String(m.nummer)).sort());
    const shown = (events: { dato: string }[] | undefined) => (events ?? []).filter((e) => effectiveDate(String(e.dato)) <= TEST_BUILD_DATE);
    const published = [...content, ...read('organisasjoner')].flatMap((m) => shown(m.hendelser));
    expect(readCsv('hendelser').length).toBe(published.length);
    expect(readCsv('dokumenter').map((r) => r.id).sort()).toEqual(
      readdirSync(path.join(siteDir, 'dokumenter'))
        .filter((d) => existsSync(path.join(siteDir, 'dokumenter', d, 'index.html')) && !oldAddresses.has(`/dokumenter/${d}/`))
        .sort(),
    );
  });

  it('gives each document its own date as its file records it, and leaves it empty when unknown', () => {
    for (const row of readCsv('dokumenter')) {
      const file = path.join(contentDir, 'dokumenter', row.id!, 'index.md');
      if (!existsSync(file)) continue;
      const own = /^dato: *"?([\d-]+)"?\s*$/m.exec(readFileSync(file, 'utf8').split('\n---')[0]!)?.[1] ?? '';
      expect(row.dokumentdato, row.id).toBe(own);
    }
    expect(readCsv('dokumenter').find((r) => r.id === 'helsetilsynet-tilsynsrapport-st-olavs-2023')?.dokumentdato).toBe('2023-04');
  });

  it('says as of when each document status is: its status date, else the day it was published here', () => {
    const row = (id: string) => readCsv('dokumenter').find((r) => r.id === id);
    expect(row('riksrevisjonen-dokument-3-3-2024-2025')?.status_per).toBe('2024-10-24');
    expect(row('innst-153-s-2024-2025')?.status_per).toBe('2026-12-01');
    for (const r of readCsv('dokumenter')) expect(r.status_per, r.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('agrees with itself: each municipality’s status is its latest event’s status', () => {
    const events = readCsv('hendelser');
    for (const row of readCsv('kommuner').filter((r) => r.finnes === 'ja')) {
      const own = events.filter((e) => e.side === row.side);
      const last = own.at(-1);
      expect(row.status, row.kommune).toBe(last ? last.status : settings.statuser[0].id);
    }
    const trondheim = readCsv('kommuner').find((r) => r.kommune === 'Trondheim')!;
    expect(trondheim).toMatchObject({ status: 'i-drift', status_siden: '2022-05-07', fase: 'Første innføring', planlagt_dato_passert: 'nei' });
  });

  it('marks every plan whose date has passed, and gives each municipality the number valid today', () => {
    const rows = readCsv('kommuner');
    const frøya = rows.find((r) => r.kommune === 'Frøya')!;
    expect(frøya).toMatchObject({ status: 'innforing-planlagt', planlagt_oppstart: '2024-11-09', planlagt_dato_passert: 'ja' });
    // Every plan is passed today, save the newer plan the test site gives one municipality (newer-plan-fixtures.ts).
    for (const row of rows.filter((r) => r.status === 'innforing-planlagt' && r.kommune !== NEWER_PLAN_MUNICIPALITY.navn)) expect(row.planlagt_dato_passert, row.kommune).toBe('ja');
    expect(rows.find((r) => r.kommune === NEWER_PLAN_MUNICIPALITY.navn)).toMatchObject({ planlagt_oppstart: newerPlanOf(TEST_BUILD_DATE), planlagt_dato_passert: 'nei' });
    expect(rows.find((r) => r.kommune === 'Ålesund')).toMatchObject({ kommunenummer: '1508', tidligere_kommunenummer: '1507 (til 2023-12-31)' });
    const trusts = readCsv('helseforetak');
    expect(trusts.find((r) => r.id === 'helse-nord-trondelag-hf')).toMatchObject({ planlagt_oppstart: '2024-11-09', planlagt_dato_passert: 'ja' });
    expect(trusts.find((r) => r.id === 'sykehuset-levanger')).toMatchObject({ status_fra: 'Helse Nord-Trøndelag HF', planlagt_dato_passert: 'ja' });
  });
});

describe('open data for national catalogues (DCAT-AP-NO)', () => {
  const turtle = readFileSync(path.join(siteDir, 'data', 'katalog.ttl'), 'utf8');
  const store = parseTurtle(turtle, settings.nettadresse);
  const rdfType = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

  it('parses as RDF and has every property the profile requires', () => {
    expect(store.size).toBeGreaterThan(50);
    expect(dcatApNoViolations(store)).toEqual([]);
  });

  it('describes every dataset on /data/, each with a CSV and a JSON distribution that download from the site', () => {
    const page = readFileSync(path.join(siteDir, 'data', 'index.html'), 'utf8');
    expect(page).toContain('href="/data/katalog.ttl"');
    const files = readdirSync(path.join(siteDir, 'data')).filter((f) => f.endsWith('.csv')).map((f) => f.replace(/\.csv$/, ''));
    const described = store.getSubjects(rdfType, 'http://www.w3.org/ns/dcat#Dataset', null).map((d) => new URL(d.value).hash.slice(1));
    expect(described.sort()).toEqual(files.sort());
    for (const download of store.getObjects(null, 'http://www.w3.org/ns/dcat#downloadURL', null)) {
      expect(existsSync(builtFile(download.value)), download.value).toBe(true);
    }
    expect(store.getObjects(null, 'http://www.w3.org/ns/dcat#downloadURL', null)).toHaveLength(files.length * 2);
  });
});

describe('meetings and the change log as open data', () => {
  it('has one row per meeting and one per agenda item, linking to the agenda item’s anchor', () => {
    const meetings = readCsv('moter');
    expect(meetings.map((r) => r.id).sort()).toEqual(readdirSync(path.join(contentDir, 'moter')).map((f) => f.replace(/\.yaml$/, '')).sort());
    const upcoming = meetings.find((r) => r.id === TEST_MEETINGS.upcoming)!;
    expect(upcoming).toMatchObject({ status: 'planlagt', klokkeslett: '10:00', organ: 'Styret i Helseplattformen AS', organ_id: 'helseplattformen-as-styre', antall_saker: '2' });
    const items = readCsv('vedtak').filter((r) => r.mote_id === TEST_MEETINGS.upcoming);
    expect(items.map((r) => [r.sak, r.saksnummer, r.vedtak_per_part])).toEqual([
      ['1', '12/99', ''],
      ['2', '13/99', 'Røros: Testvedtak for Røros.'],
    ]);
    expect(new URL(items[1]!.side!).hash).toBe('#sak-2');
  });

  it('has the change log newest first, with the status event added for the test', () => {
    const rows = readCsv('endringer');
    const dates = rows.map((r) => r.dato);
    expect(dates).toEqual([...dates].sort().reverse());
    const event = rows.find((r) => r.beskrivelse!.includes(TEST_EVENT_NOTE))!;
    expect(event).toMatchObject({ dato: TEST_BUILD_DATE, type: 'kommune', endring: 'hendelse', kommuner: 'Bindal' });
  });
});
