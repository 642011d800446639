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
    const total = years.reduce((sum, year) => sum + (html('endringer', 'ar', year).match(/<li data-date=/g) ?? []).length, 0);
    const all = (html('endringer', 'type', 'nyhet').match(/<li data-date=/g) ?? []).length;
    expect(total).toBeGreaterThanOrEqual(dates.length);
    expect(all).toBeGreaterThan(0);
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
