/**
 * The change log as built: /endringer/ and its feed, newest first, derived
 * from the content; a status event added to a municipality (the test event
 * dated the build date, tests/support/meeting-fixtures.ts) reaches the log,
 * the log's feed and the municipality's feed; selections by kind and by
 * municipality; the documents feed carries status changes; and every page
 * says when it last changed.
 */
import { XMLParser } from 'fast-xml-parser';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { CHANGES_PER_PAGE } from '../../src/domain/paging.ts';
import { TEST_DOCUMENTS } from '../support/document-fixtures.ts';
import { TEST_BUILD_DATE } from '../support/global-setup.ts';
import { TEST_EVENT_MUNICIPALITY, TEST_EVENT_NOTE } from '../support/meeting-fixtures.ts';

const siteDir = inject('siteDir');
const html = (...parts: string[]) => readFileSync(path.join(siteDir, ...parts, 'index.html'), 'utf8');
const xml = new XMLParser({ ignoreAttributes: false });
const feedItems = (...parts: string[]) =>
  [xml.parse(readFileSync(path.join(siteDir, ...parts), 'utf8')).rss.channel.item ?? []].flat() as { title: string; description: string; link: string; pubDate: string; category: string }[];
const eventLink = new RegExp(`/kommuner/${TEST_EVENT_MUNICIPALITY}/#hendelse-\\d+$`);

describe('/endringer/', () => {
  const page = html('endringer');
  const dates = [...page.matchAll(/<li data-date="(\d{4}-\d{2}-\d{2})">/g)].map((m) => m[1]!);

  it('lists changes newest first, none after the build date', () => {
    expect(dates.length).toBeGreaterThan(100);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(dates[0]! <= TEST_BUILD_DATE).toBe(true);
  });

  it('shows a status event added to a municipality, with its date and a link to it', () => {
    const entry = page.slice(page.indexOf(TEST_EVENT_NOTE) - 1500, page.indexOf(TEST_EVENT_NOTE));
    expect(entry).toContain(`data-date="${TEST_BUILD_DATE}"`);
    expect(entry).toMatch(new RegExp(`href="/kommuner/${TEST_EVENT_MUNICIPALITY}/#hendelse-\\d+">Bindal: Innføring utsatt</a>`));
  });

  it('carries the same event in its feed, newest first, and in the municipality’s own feed', () => {
    const items = feedItems('endringer', 'rss.xml');
    const event = items.find((i) => i.description.includes(TEST_EVENT_NOTE));
    expect(event?.link).toMatch(eventLink);
    expect(event?.title).toBe('Hendelse: Bindal: Innføring utsatt');
    const times = items.map((i) => Date.parse(i.pubDate));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const own = feedItems('kommuner', TEST_EVENT_MUNICIPALITY, 'rss.xml').find((i) => i.description.includes(TEST_EVENT_NOTE));
    expect(own?.link).toMatch(eventLink);
  });

  it('has a page per kind and per municipality with only those changes', () => {
    const municipality = html('endringer', 'kommune', TEST_EVENT_MUNICIPALITY);
    expect(municipality).toContain(TEST_EVENT_NOTE);
    expect(municipality).not.toContain('/kommuner/roros/#hendelse-');
    const meetings = html('endringer', 'type', 'mote');
    const links = [...meetings.matchAll(/<li data-date="[^"]+">.*?<a href="([^"]+)">/gs)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(20);
    for (const link of links) expect(link).toMatch(/^\/moter\//);
    expect(page).toContain('href="/endringer/type/mote/"');
    expect(page).toContain(`href="/endringer/kommune/${TEST_EVENT_MUNICIPALITY}/"`);
  });

  it('offers «changes since a date» as an address with ?siden=', () => {
    expect(page).toMatch(/<form method="get" action="\/endringer\/"/);
    expect(page).toContain('name="siden"');
  });

  it('has a page per year, together holding every change', () => {
    const years = readdirSync(path.join(siteDir, 'endringer', 'ar'));
    const byYear = years.flatMap((year) => listPages(`/endringer/ar/${year}/`).flatMap((p) => entries(p.html)));
    const byKind = readdirSync(path.join(siteDir, 'endringer', 'type')).flatMap((kind) => listPages(`/endringer/type/${kind}/`).flatMap((p) => entries(p.html)));
    expect(byYear.length).toBeGreaterThanOrEqual(dates.length);
    expect([...byYear].sort()).toEqual([...byKind].sort());
  });
});

/** The entries of a change-log page, each as its whole list item. */
const entries = (page: string) => [...page.matchAll(/<li data-date="[^"]+">.*?<\/li>/gs)].map((m) => m[0]);

/** A paged list read as a reader pages through it: from its first page, following «next page». */
function listPages(first: string): { address: string; html: string }[] {
  const pages: { address: string; html: string }[] = [];
  for (let address: string | undefined = first; address; ) {
    const page: string = readFileSync(path.join(siteDir, address, 'index.html'), 'utf8');
    pages.push({ address, html: page });
    address = /<a href="([^"]+)" rel="next"/.exec(page)?.[1];
    expect(pages.length).toBeLessThan(1000);
  }
  return pages;
}

describe('a long selection of the change log is split into pages', () => {
  // The municipalities' status events: more than one page in the test site.
  const pages = listPages('/endringer/type/kommune/');
  const count = (page: string) => Number(/<p class="hp-lead"><span data-changes-shown>([\d\s\u00a0]+) endringer<\/span>\./.exec(page)?.[1]?.replace(/\D/g, ''));

  it('shows at most a hundred changes on a page, newest first, and links to the next page', () => {
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[1]!.address).toBe('/endringer/type/kommune/side/2/');
    for (const page of pages) expect(entries(page.html).length).toBeLessThanOrEqual(CHANGES_PER_PAGE);
    expect(entries(pages[0]!.html)).toHaveLength(CHANGES_PER_PAGE);
    const dates = pages.flatMap((p) => [...p.html.matchAll(/<li data-date="([^"]+)">/g)].map((m) => m[1]!));
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('holds every change of the selection on exactly one page, and says how many there are on each', () => {
    const all = pages.flatMap((p) => entries(p.html));
    expect(new Set(all).size).toBe(all.length);
    for (const page of pages) expect(count(page.html)).toBe(all.length);
  });

  it('links the last page back to the one before and to the first, with the page it is marked as current', () => {
    const last = pages.at(-1)!.html;
    expect(last).not.toContain('rel="next"');
    expect(last).toContain(`<a href="${pages.at(-2)!.address}" rel="prev"`);
    expect(last).toMatch(/<a href="\/endringer\/type\/kommune\/"[^>]*>1<\/a>/);
    expect(last).toMatch(new RegExp(`<a href="${pages.at(-1)!.address}" aria-current="page"[^>]*>${pages.length}</a>`));
    expect(last).toMatch(new RegExp(`<title>Endringer: Kommuner – side ${pages.length} – `));
  });

  it('is paged the same way in nynorsk, with lang nn and alternates both ways', () => {
    const nn = readFileSync(path.join(siteDir, 'nn', 'endringar', 'type', 'kommune', 'side', '2', 'index.html'), 'utf8');
    expect(nn).toMatch(/<html lang="nn"/);
    expect(nn).toContain('<a href="/nn/endringar/type/kommune/" rel="prev"');
    expect(nn).toMatch(/hreflang="nb" href="[^"]*\/endringer\/type\/kommune\/side\/2\/"/);
    expect(entries(nn)).toHaveLength(entries(pages[1]!.html).length);
  });

  it('says in the main heading which page of how many it is, from page 2 on', () => {
    expect(pages[0]!.html).toContain('<h1 class="ds-heading">Endringer: Kommuner</h1>');
    expect(pages[1]!.html).toMatch(new RegExp(`<h1 class="ds-heading">Endringer: Kommuner <span class="hp-paged-heading">– side 2 av ${pages.length}</span></h1>`));
    const nn = readFileSync(path.join(siteDir, 'nn', 'endringar', 'type', 'kommune', 'side', '2', 'index.html'), 'utf8');
    expect(nn).toMatch(new RegExp(`<h1 class="ds-heading">Endringar: Kommunar <span class="hp-paged-heading">– side 2 av ${pages.length}</span></h1>`));
  });

  it('pages the year archive too', () => {
    const years = readdirSync(path.join(siteDir, 'endringer', 'ar')).map((year) => listPages(`/endringer/ar/${year}/`));
    expect(years.some((pagesOfYear) => pagesOfYear.length > 1)).toBe(true);
  });
});

describe('page 1 of a paged list at …/side/1/', () => {
  const origin = 'https://innforing.helseplattformen.example';
  const year = readdirSync(path.join(siteDir, 'endringer', 'ar'))[0]!;
  const topic = readdirSync(path.join(siteDir, 'nyheter', 'emne'))[0]!;
  // Every paged list, in bokmål and nynorsk.
  const lists = [
    '/nyheter/',
    `/nyheter/emne/${topic}/`,
    '/endringer/type/kommune/',
    `/endringer/ar/${year}/`,
    `/endringer/kommune/${TEST_EVENT_MUNICIPALITY}/`,
    '/nn/nyheiter/',
    `/nn/nyheiter/emne/${topic}/`,
    '/nn/endringar/type/kommune/',
    `/nn/endringar/ar/${year}/`,
    `/nn/endringar/kommune/${TEST_EVENT_MUNICIPALITY}/`,
  ];
  const sitemap = readdirSync(siteDir)
    .filter((name) => /^sitemap-\d+\.xml$/.test(name))
    .map((name) => readFileSync(path.join(siteDir, name), 'utf8'))
    .join('\n');

  it.each(lists)('%sside/1/ sends the reader to the list without JavaScript, and names the list as canonical', (list) => {
    const page = readFileSync(path.join(siteDir, list, 'side', '1', 'index.html'), 'utf8');
    expect(page).toContain(`<meta http-equiv="refresh" content="0; url=${list}">`);
    expect(page).toContain(`<link rel="canonical" href="${origin}${list}">`);
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page).toContain(`<a href="${list}">${origin}${list}</a>`);
    // Out of the site search (only pages marking their body are indexed), and no inline script for the CSP.
    expect(page).not.toContain('data-pagefind-body');
    expect(page).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(sitemap).toContain(`<loc>${origin}${list}</loc>`);
    expect(sitemap).not.toContain(`${list}side/1/`);
  });
});

describe('feeds with status changes', () => {
  it('the documents feed carries a document’s status change and change notes, not only its publication', () => {
    const items = feedItems('dokumenter', 'rss.xml');
    const links = items.map((i) => new URL(i.link).pathname + new URL(i.link).hash);
    expect(links).toContain(`/dokumenter/${TEST_DOCUMENTS.v2}/`);
    expect(links).toContain(`/dokumenter/${TEST_DOCUMENTS.v2}/#dokumentstatus`);
    expect(items.find((i) => i.link.endsWith('#dokumentstatus') && i.link.includes(TEST_DOCUMENTS.v2))?.title).toBe('Ny status: Testdokument: driftsavtale, versjon 2: Signert');
    expect(links.some((l) => l.startsWith(`/dokumenter/${TEST_DOCUMENTS.v2}/#endring-`))).toBe(true);
  });

  it('a municipality’s feed carries the meetings and decisions that concern it', () => {
    const links = feedItems('kommuner', 'molde', 'rss.xml').map((i) => new URL(i.link).pathname);
    expect(links).toContain('/moter/kommunestyret-molde-2021-06-17/');
  });
});

describe('last changed', () => {
  /** Every built HTML page. */
  function pages(dir = siteDir): string[] {
    return readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return pages(full);
      return name.endsWith('.html') ? [full] : [];
    });
  }

  it('every page says when it last changed (or, with no dated content, when its facts were last checked)', () => {
    const all = pages();
    expect(all.length).toBeGreaterThan(200);
    const without = all.filter((file) => !/<p class="hp-meta hp-changed"[^>]*>\s*(Sist endret|Opplysningene ble sist kontrollert mot kildene|Sist endra|Opplysningane vart sist kontrollerte mot kjeldene): <time datetime="\d{4}-\d{2}(-\d{2})?">/.test(readFileSync(file, 'utf8')));
    expect(without.map((f) => path.relative(siteDir, f))).toEqual([]);
  });

  it('a document says the day of its latest change, a meeting its record’s', () => {
    expect(html('dokumenter', TEST_DOCUMENTS.v2)).toMatch(/Sist endret: <time datetime="2023-03-10">/);
    expect(html('moter', 'kommunestyret-molde-2021-06-17')).toMatch(/Sist endret: <time datetime="2026-12-01">/);
    expect(html('kommuner', TEST_EVENT_MUNICIPALITY)).toMatch(new RegExp(`Sist endret: <time datetime="${TEST_BUILD_DATE}">`));
  });
});
