/**
 * Meetings as built: the list (upcoming first, then past by year), one page
 * per meeting with each agenda item under its own anchor, the meetings a
 * document page lists, a municipality's decisions, the selections with
 * their counts and feeds, and the iCalendar files read by a real parser
 * (ical.js), field by field. Test meetings come from
 * tests/support/meeting-fixtures.ts.
 */
import ICAL from 'ical.js';
import { XMLParser } from 'fast-xml-parser';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { TEST_DOCUMENTS } from '../support/document-fixtures.ts';
import { TEST_BUILD_DATE } from '../support/global-setup.ts';
import { addDays, TEST_MEETINGS } from '../support/meeting-fixtures.ts';

const siteDir = inject('siteDir');
const contentDir = inject('contentDir');
const html = (...parts: string[]) => readFileSync(path.join(siteDir, ...parts, 'index.html'), 'utf8');
const text = (markup: string) =>
  markup.replace(/<\/(li|p|dd|dt|th|td|h\d)>/g, ' ').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
const settings = JSON.parse(readFileSync(path.join(contentDir, 'innstillinger.json'), 'utf8'));
const host = new URL(settings.nettadresse).host;
const xml = new XMLParser({ ignoreAttributes: false });

/** Every meeting file in the content copy, by slug. */
const meetings = readdirSync(path.join(contentDir, 'moter')).map((file) => ({
  slug: file.replace(/\.yaml$/, ''),
  data: parse(readFileSync(path.join(contentDir, 'moter', file), 'utf8')) as Record<string, unknown>,
}));

describe('the meetings list', () => {
  const list = html('moter');
  const order = [...list.matchAll(/href="\/moter\/([a-z0-9-]+)\/"/g)].map((m) => m[1]!).filter((slug) => meetings.some((m) => m.slug === slug));

  it('lists every published meeting once', () => {
    expect(meetings.length).toBeGreaterThanOrEqual(25);
    expect([...order].sort()).toEqual(meetings.map((m) => m.slug).sort());
  });

  it('puts upcoming meetings first, soonest first, the postponed one at its new date', () => {
    expect(order.slice(0, 2)).toEqual([TEST_MEETINGS.upcoming, TEST_MEETINGS.postponed]);
    const upcoming = list.slice(list.indexOf('id="kommende"'), list.indexOf('id="tidligere"'));
    expect(upcoming).not.toContain(TEST_MEETINGS.cancelled);
  });

  it('then lists past meetings under one heading per year, newest year first', () => {
    const years = [...list.matchAll(/<h3 id="ar-(\d{4})"/g)].map((m) => m[1]!);
    expect(years).toEqual([...years].sort().reverse());
    expect(years).toContain('2023');
    const in2023 = list.slice(list.indexOf('id="ar-2023"'), list.indexOf('id="ar-2022"'));
    expect(in2023.indexOf('styret-helseplattformen-as-2023-06-29')).toBeLessThan(in2023.indexOf('styret-helseplattformen-as-2023-01-05'));
  });

  it('says when a planned meeting was never confirmed as held', () => {
    const entry = list.slice(list.indexOf('/moter/styret-helseplattformen-as-2022-02-28/'));
    expect(text(entry.slice(0, entry.indexOf('</li>')))).toContain('Dato passert, ikke bekreftet avholdt');
  });

  it('files a plan whose date passed unconfirmed under its own status, not under «Planlagt»', () => {
    const planned = html('moter', 'status', 'planlagt');
    expect(planned).toContain(`/moter/${TEST_MEETINGS.upcoming}/`);
    expect(planned).not.toContain('/moter/styret-helseplattformen-as-2022-02-28/');
    const passed = html('moter', 'status', 'ikke-bekreftet');
    expect(passed).toContain('<h1 class="ds-heading">Møter: Dato passert, ikke bekreftet avholdt</h1>');
    expect(passed).toContain('/moter/styret-helseplattformen-as-2022-02-28/');
    expect(text(list)).toMatch(/Dato passert, ikke bekreftet avholdt \(\d+\)/);
    const page = html('moter', 'styret-helseplattformen-as-2022-02-28');
    const facts = text(page.slice(page.indexOf('<dl class="hp-facts"'), page.indexOf('</dl>')));
    expect(facts).toContain('Status Dato passert, ikke bekreftet avholdt');
    expect(facts).not.toContain('Status Planlagt');
    expect(html('nn', 'mote', 'styret-helseplattformen-as-2022-02-28')).toContain('Dato passert, ikkje stadfesta halde');
  });
});

describe('a meeting page', () => {
  const page = html('moter', TEST_MEETINGS.upcoming);

  it('shows body, date and time in Norwegian, place, status and minutes', () => {
    const facts = text(page.slice(page.indexOf('<dl class="hp-facts"'), page.indexOf('</dl>')));
    expect(facts).toContain('Organ Styret i Helseplattformen AS');
    expect(facts).toMatch(/Dato \d{1,2}\. \p{L}+ \d{4} kl\. 10\.00–15\.30/u);
    expect(facts).toContain('Sted Testveien 1, Trondheim');
    expect(facts).toContain('Status Planlagt');
    expect(facts).toContain('Protokoll Testdokument: protokoll fra styremøte');
  });

  it('gives every agenda item its own anchor with its case number, documents and decision', () => {
    expect(page).toContain('id="sak-1"');
    expect(page).toContain('id="sak-2"');
    const second = text(page.slice(page.indexOf('id="sak-2"'), page.indexOf('</li>', page.indexOf('Testvedtak for Røros'))));
    expect(second).toContain('Sak 2: Testsak om Røros');
    expect(second).toContain('Saksnummer 13/99');
    expect(second).toContain('Testvedtak for Røros.');
    expect(page).toContain('href="#sak-2"');
    const first = page.slice(page.indexOf('id="sak-1"'), page.indexOf('id="sak-2"'));
    expect(first).toContain(`href="/dokumenter/${TEST_DOCUMENTS.v2}/"`);
    expect(text(first)).toContain('Vi har ikke registrert noe vedtak i saken.');
  });

  it('dates a meeting known only by its month by the month, and says so', () => {
    const averoy = text(html('moter', 'kommunestyret-averoy-2023-10'));
    expect(averoy).toContain('Kommunestyremøte i Averøy oktober 2023');
    expect(averoy).toContain('Kilden oppgir bare måneden, ikke dagen.');
  });

  it('has a source for every real meeting', () => {
    for (const { slug } of meetings) expect(html('moter', slug), slug).toContain('id="kilder"');
  });
});

describe('meetings from elsewhere', () => {
  it('a document page lists the meetings that dealt with it, linking to the agenda item', () => {
    const page = html('dokumenter', TEST_DOCUMENTS.v2);
    expect(page).toContain(`href="/moter/${TEST_MEETINGS.upcoming}/#sak-1"`);
    const minutes = html('dokumenter', TEST_DOCUMENTS.minutes);
    expect(text(minutes)).toContain('(protokoll fra møtet)');
    const plan = html('dokumenter', 'plan-for-innforing-av-kommuner-2024-2026');
    expect(plan).toContain('href="/moter/styret-helseplattformen-as-2023-06-29/#sak-1"');
  });

  it('a municipality page lists its council’s decisions and decisions elsewhere that name it', () => {
    const molde = text(html('kommuner', 'molde'));
    expect(molde).toContain('Møter i kommunens egne organer');
    expect(molde).toContain('Kommunestyremøte i Molde 17. juni 2021');
    expect(molde).toContain('Ja til å utløse opsjonen.');
    const roros = html('kommuner', 'roros');
    expect(roros).toContain(`href="/moter/${TEST_MEETINGS.upcoming}/#sak-2"`);
    expect(text(roros)).toContain('Testvedtak for Røros.');
  });
});

describe('selections without JavaScript', () => {
  const list = html('moter');

  it.each([
    ['organ', 'helseplattformen-as-styre'],
    ['status', 'holdt'],
    ['ar', '2023'],
  ])('/moter/%s/%s/ is a page of its own with its count, linked from the list, with a feed', (facet, value) => {
    const href = `/moter/${facet}/${value}/`;
    expect(list).toContain(`href="${href}"`);
    const page = html('moter', facet, value);
    const shown = [...page.matchAll(/<li> <a href="\/moter\/([a-z0-9-]+)\/">/g)].map((m) => m[1]);
    const expected = meetings.filter((m) => {
      if (facet === 'status') return m.data['status'] === value;
      if (facet === 'ar') return String(m.data['status'] === 'utsatt' ? m.data['nyDato'] : m.data['dato']).startsWith(value);
      return (m.data['organ'] as { organisasjon?: string }).organisasjon === 'helseplattformen-as' && !(m.data['organ'] as { utvalg?: string }).utvalg;
    });
    expect(shown.length).toBe(expected.length);
    expect(text(page)).toContain(`${expected.length} møter av ${meetings.length} registrerte møter.`);
    expect(list).toMatch(new RegExp(`href="${href}"[^>]*>[^<]+</a>\\s+<span class="hp-meta">\\(${expected.length}\\)`));
    const feed = xml.parse(readFileSync(path.join(siteDir, 'moter', facet, value, 'rss.xml'), 'utf8'));
    expect([feed.rss.channel.item].flat()).toHaveLength(expected.length);
  });
});

/** A calendar file parsed by ical.js, with its events by UID. */
function calendar(...parts: string[]) {
  const file = path.join(siteDir, ...parts);
  expect(existsSync(file), file).toBe(true);
  const component = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
  const zone = component.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(zone);
  return { component, events: new Map(component.getAllSubcomponents('vevent').map((e) => [String(e.getFirstPropertyValue('uid')), e])) };
}

describe('iCalendar', () => {
  const all = calendar('moter', 'kalender.ics');
  const uid = (slug: string) => `${slug}@${host}`;

  it('holds every meeting whose day is known, each with a stable UID, and none known only by its month', () => {
    const dayKnown = meetings.filter((m) => /^\d{4}-\d{2}-\d{2}$/.test(String(m.data['status'] === 'utsatt' ? m.data['nyDato'] : m.data['dato'])));
    expect([...all.events.keys()].sort()).toEqual(dayKnown.map((m) => uid(m.slug)).sort());
    expect(all.events.has(uid('kommunestyret-averoy-2023-10'))).toBe(false);
  });

  it('times a meeting in Europe/Oslo, with the right instant', () => {
    expect(all.component.getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid')).toBe('Europe/Oslo');
    const upcoming = all.events.get(uid(TEST_MEETINGS.upcoming))!;
    expect(upcoming.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Oslo');
    const event = new ICAL.Event(upcoming);
    const day = addDays(TEST_BUILD_DATE, 30);
    expect(event.startDate.toString()).toBe(`${day}T10:00:00`);
    expect(event.endDate.toString()).toBe(`${day}T15:30:00`);
    // Norway is UTC+1 in winter and UTC+2 in summer.
    const offset = (event.startDate.toJSDate().getTime() - Date.parse(`${day}T10:00:00Z`)) / 3_600_000;
    expect([-1, -2]).toContain(offset);
    expect(event.summary).toBe('Testmøte: styremøte med to saker');
    expect(event.location).toBe('Testveien 1, Trondheim');
    expect(event.description).toContain('Sak 2: Testsak om Røros. Vedtak: Testvedtak.');
    expect(upcoming.getFirstPropertyValue('url')).toBe(new URL(`/moter/${TEST_MEETINGS.upcoming}/`, settings.nettadresse).href);
    expect(upcoming.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('marks a cancelled meeting CANCELLED with a higher sequence, and moves a postponed one to its new date', () => {
    const cancelled = all.events.get(uid(TEST_MEETINGS.cancelled))!;
    expect(cancelled.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled.getFirstPropertyValue('sequence')).toBe(1);
    const moved = new ICAL.Event(all.events.get(uid(TEST_MEETINGS.postponed))!);
    expect(moved.startDate.toString()).toBe(`${addDays(TEST_BUILD_DATE, 50)}T19:00:00`);
  });

  it('marks a planned meeting the site calls not confirmed held TENTATIVE, not CONFIRMED', () => {
    expect(html('moter', 'styret-helseplattformen-as-2022-02-28')).toContain('Vi har ikke registrert at det ble holdt');
    expect(all.events.get(uid('styret-helseplattformen-as-2022-02-28'))!.getFirstPropertyValue('status')).toBe('TENTATIVE');
  });

  it('ends every calendar file with CRLF after END:VCALENDAR', () => {
    for (const key of ['', ...readdirSync(path.join(siteDir, 'moter', 'organ')).map((k) => `organ/${k}/`)]) {
      expect(readFileSync(path.join(siteDir, 'moter', `${key}kalender.ics`), 'utf8').endsWith('END:VCALENDAR\r\n'), key).toBe(true);
    }
  });

  it('makes a meeting with no time an all-day event', () => {
    const event = new ICAL.Event(all.events.get(uid('styret-helseplattformen-as-2023-06-29'))!);
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2023-06-29');
  });

  it('says on the meetings page how many meetings known only by month the calendar leaves out', () => {
    const monthOnly = meetings.filter((m) => !/^\d{4}-\d{2}-\d{2}$/.test(String(m.data['status'] === 'utsatt' ? m.data['nyDato'] : m.data['dato'])));
    expect(monthOnly.length).toBeGreaterThan(1);
    expect(text(html('moter'))).toContain(`${monthOnly.length} møter er ikke med, fordi bare måneden er kjent og en kalender trenger en dag.`);
  });

  it('offers no subscription for a body whose meetings are known only by month, and says why', () => {
    for (const page of [html('moter', 'bystyret-kristiansund-2024-02'), html('moter', 'organ', 'kristiansund-bystyre')]) {
      expect(page).not.toContain('kalender.ics');
      expect(text(page)).toContain('Vi kjenner bare måneden for møtene i Bystyret i Kristiansund, ikke dagen. En kalender trenger en dag, så det er ingen kalender å abonnere på.');
    }
    expect(html('moter', 'organ', 'helseplattformen-as-styre')).toContain('href="/moter/organ/helseplattformen-as-styre/kalender.ics"');
    expect(html('moter', 'styret-helseplattformen-as-2023-06-29')).toContain('href="/moter/organ/helseplattformen-as-styre/kalender.ics"');
  });

  it('has one calendar per body, with the same UIDs as the calendar for all', () => {
    const board = calendar('moter', 'organ', 'helseplattformen-as-styre', 'kalender.ics');
    expect(board.events.has(uid(TEST_MEETINGS.upcoming))).toBe(true);
    expect(board.events.has(uid(TEST_MEETINGS.postponed))).toBe(false);
    const roros = calendar('moter', 'organ', 'roros-kommunestyre', 'kalender.ics');
    expect([...roros.events.keys()]).toEqual([uid(TEST_MEETINGS.postponed)]);
    for (const key of readdirSync(path.join(siteDir, 'moter', 'organ'))) {
      for (const id of calendar('moter', 'organ', key, 'kalender.ics').events.keys()) expect(all.events.has(id), id).toBe(true);
    }
  });
});
