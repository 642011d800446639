/**
 * The site tells the rollout as it was known, as of when: built with today
 * as the build date, no page or data file presents a plan whose date has
 * passed as current. Expectations come from the content files themselves.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import { formatDate, formatPeriod, formatWhen } from '../../src/domain/format.ts';
import { eventCountsFrom } from '../../src/domain/municipality-status.ts';
import { parsePeriod } from '../../src/domain/period.ts';
import { TEST_BUILD_DATE } from '../support/global-setup.ts';
import { NEWER_PLAN_MUNICIPALITY, newerPlanOf } from '../support/newer-plan-fixtures.ts';

const siteDir = inject('siteDir');
const contentDir = inject('contentDir');
const settings = JSON.parse(readFileSync(path.join(contentDir, 'innstillinger.json'), 'utf8')) as {
  fylker: string[];
  statuser: { id: string; type: string }[];
};
const html = (page: string) => readFileSync(path.join(siteDir, page, 'index.html'), 'utf8');
const csv = (id: string) => parseCsv(readFileSync(path.join(siteDir, 'data', `${id}.csv`), 'utf8'), { columns: true, bom: true }) as Record<string, string>[];

interface Event {
  dato: string;
  status: string;
  planlagt?: string;
  kilde: Record<string, string>;
}
interface Item {
  slug: string;
  data: { navn: string; fylke?: string; type?: string; tilhorer?: string; gyldigFra?: string; gyldigTil?: string; hendelser?: Event[] };
}
const read = (folder: string): Item[] =>
  readdirSync(path.join(contentDir, folder))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ slug: f.replace(/\.yaml$/, ''), data: parseYaml(readFileSync(path.join(contentDir, folder, f), 'utf8')) }));

/** The latest event shown today (each event counts from `eventCountsFrom`; the file decides ties). */
function latest(item: Item): Event | undefined {
  const shown = (item.data.hendelser ?? [])
    .map((event, index) => ({ event, index, at: eventCountsFrom({ dato: String(event.dato), planlagt: event.planlagt === undefined ? undefined : String(event.planlagt) }) }))
    .filter((e) => e.at <= TEST_BUILD_DATE)
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.index - b.index));
  return shown.at(-1)?.event;
}
const overdue = (item: Item) => {
  const event = latest(item);
  return event?.planlagt !== undefined && parsePeriod(String(event.planlagt))!.end < TEST_BUILD_DATE;
};
const live = (item: Item) => settings.statuser.find((s) => s.id === latest(item)?.status)?.type === 'drift';

const municipalities = read('kommuner');
const organisations = read('organisasjoner');
const overdueMunicipalities = municipalities.filter(overdue);
const overdueOrganisations = organisations.filter(overdue);

describe('plans whose date has passed are never shown as current', () => {
  it('there are such plans in the shipped content (the test would prove nothing otherwise)', () => {
    expect(overdueMunicipalities.length).toBeGreaterThan(10);
    expect(overdueOrganisations.map((o) => o.slug)).toContain('helse-nord-trondelag-hf');
  });

  it('each is marked on its own page, first thing in the answer', () => {
    for (const m of overdueMunicipalities) {
      const page = html(`kommuner/${m.slug}`);
      expect(page, m.slug).toMatch(/class="hp-answer"[\s\S]*Den datoen er passert, og vi har ikke registrert nyere opplysninger/);
      expect(page, m.slug).toContain('Planlagt dato er passert; ingen nyere opplysninger registrert.');
    }
    for (const o of overdueOrganisations) {
      expect(html(`innforing/${o.slug}`), o.slug).toContain('Den datoen er passert, og vi har ikke registrert nyere opplysninger');
    }
  });

  it('each is named as passed in search results (the page summary), with the date it had, never «planlagt siden»', () => {
    const summary = (page: string) => /<meta name="sammendrag"[^>]*content="([^"]*)"/.exec(html(page))?.[1] ?? '';
    for (const m of overdueMunicipalities) {
      const said = summary(`kommuner/${m.slug}`);
      expect(said, m.slug).toContain(`Innføring planlagt – datoen er passert (planlagt ${formatWhen(String(latest(m)!.planlagt))}). Kommunenummer`);
      expect(said, m.slug).not.toContain('siden');
    }
    for (const o of overdueOrganisations) expect(summary(`innforing/${o.slug}`), o.slug).toContain('Innføring planlagt – datoen er passert (planlagt ');
    expect(summary('innforing/helse-nord-trondelag-hf')).toBe('Helse Nord-Trøndelag HF: Innføring planlagt – datoen er passert (planlagt 9. november 2024)');
    expect(summary('nn/kommunar/frosta')).toContain('Innføring planlagt – datoen er passert (planlagd ');
  });

  it('each is marked in the status table and on the map', () => {
    const page = html('kommuner');
    for (const m of overdueMunicipalities) {
      const row = new RegExp(`<tr[^>]*data-slug="${m.slug}"[\\s\\S]*?</tr>`).exec(page)?.[0] ?? '';
      expect(row, m.slug).toContain('Planlagt dato er passert');
      expect(page, m.slug).toMatch(new RegExp(`data-municipality="${m.slug}"[^>]*data-status="[a-z-]+--passert"|data-status="[a-z-]+--passert"[^>]*data-municipality="${m.slug}"`));
    }
    // And nobody else is.
    const marked = [...page.matchAll(/data-municipality="([a-z0-9-]+)"[^>]*data-status="[a-z-]+--passert"/g)].map((m) => m[1]).sort();
    expect(marked).toEqual(overdueMunicipalities.map((m) => m.slug).sort());
  });

  it('each is marked in the open data', () => {
    const rows = csv('kommuner');
    for (const row of rows) {
      const item = municipalities.find((m) => m.slug === row.id)!;
      expect(row.planlagt_dato_passert, row.kommune).toBe(overdue(item) ? 'ja' : 'nei');
    }
    for (const o of overdueOrganisations) {
      expect(csv('helseforetak').find((r) => r.id === o.slug)?.planlagt_dato_passert, o.slug).toBe('ja');
    }
  });

  it('the key figures say when the information was last checked, and count the passed plans', () => {
    const page = html('kommuner');
    expect(page).toMatch(/Opplysningene ble sist kontrollert mot kildene \d+\. \w+ \d{4}\./);
    const inRegion = overdueMunicipalities.filter((m) => settings.fylker.includes(m.data.fylke!)).length;
    expect(page).toMatch(new RegExp(`data-key-passed="innforing-planlagt">${inRegion}</span>\\s*<span class="hp-overdue">Planlagt dato passert, ny dato ikke kjent`));
  });
});

describe('the front page counts each municipality once, by its status today', () => {
  const text = (page: string) => html(page).replace(/<svg[\s\S]*?<\/svg>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  const figures = (page: string) => {
    const all = text(page);
    return all.slice(all.indexOf('Kommunene per'), all.indexOf('Til sammen'));
  };
  const exists = (m: Item) => (!m.data.gyldigFra || String(m.data.gyldigFra) <= TEST_BUILD_DATE) && (!m.data.gyldigTil || String(m.data.gyldigTil) >= TEST_BUILD_DATE);
  const inRegion = municipalities.filter((m) => settings.fylker.includes(m.data.fylke!) && exists(m));
  const count = (label: string) => Number(new RegExp(`(\\d+) ${label}`).exec(figures(''))?.[1]);

  it('states the date, and that each municipality is counted once', () => {
    expect(figures('')).toContain(`Kommunene per ${formatDate(TEST_BUILD_DATE)}`);
    expect(figures('')).toContain('Hver kommune er talt én gang, med statusen den har på denne datoen.');
  });

  it('counts plans whose date has passed apart from current plans, not as planned', () => {
    const passed = inRegion.filter(overdue).length;
    const ahead = inRegion.filter((m) => latest(m)?.status === 'innforing-planlagt' && !overdue(m)).length;
    expect(passed).toBeGreaterThan(10);
    expect(count('Planlagt dato passert, ny dato ikke kjent')).toBe(passed);
    expect(count('Innføring planlagt')).toBe(ahead);
    expect(count('I drift')).toBe(inRegion.filter(live).length);
    // Every municipality of the region is in exactly one group.
    const numbers = [...html('').matchAll(/data-key-(?:count|passed)="[a-z-]+">(\d+)</g)].map((m) => Number(m[1]));
    expect(numbers.reduce((a, b) => a + b, 0)).toBe(inRegion.length);
    expect(text('')).toContain(`Til sammen ${inRegion.length} kommuner`);
    expect(text('nn')).toContain(`${passed} Planlagd dato passert, ny dato ikkje kjend`);
  });

  it('/kommuner/ states no count in its lead beside the key figures, and says whom the map legend adds', () => {
    const page = text('kommuner');
    const outside = municipalities.filter((m) => !settings.fylker.includes(m.data.fylke!) && exists(m));
    expect(outside.length).toBeGreaterThan(0);
    const total = /Til sammen (\d+) kommuner i (.+?)\./.exec(page);
    expect(Number(total?.[1])).toBe(inRegion.length);
    // The lead states no count or date of its own, so a date chosen below cannot make it disagree with the figures.
    expect(page).toContain(`i kommunene i ${total?.[2]}. Statusen bygger på daterte hendelser`);
    const names = outside.map((m) => `${m.data.navn} (${m.data.fylke})`);
    expect(page).toContain(`I tillegg deltar ${names.join(' og ')} utenfor regionen. De er med i kartet og tabellen, men ikke i tallene for ${total?.[2]}.`);
    // The legend counts every municipality on the map, and says so.
    const legend = [...html('kommuner').matchAll(/class="hp-map__count"[^>]*>\((\d+) kommuner?\)/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(legend).toBe(inRegion.length + outside.length);
    expect(page).toContain(`Tallene i tegnforklaringen gjelder alle kommunene på kartet, medregnet ${names.join(' og ')} utenfor ${total?.[2]}.`);
    expect(text('nn/kommunar')).toContain('Tala i teiknforklaringa gjeld alle kommunane på kartet, medrekna');
  });

  it('labels the sources\' totals as cumulative and never names more of them than it can', () => {
    const page = figures('');
    expect(page).not.toMatch(/av dem er navngitt/);
    const said = [...page.matchAll(/Samlet tall fra kilden: (?:minst )?(\d+) kommuner hadde nådd dette steget eller lenger per (.+?)\. Her er (\d+) kommuner navngitt med dette steget eller lenger per samme dato\./g)];
    expect(said.length).toBeGreaterThanOrEqual(3);
    // «33 had said yes by 12 September 2023» stood beside 66 named: a plan alone no longer counts as a step.
    const option = said.find((m) => m[2]!.includes('12. september 2023'));
    expect(option?.[1]).toBe('33');
    expect(Number(option?.[3])).toBeLessThanOrEqual(33);
    // The named figure counts every named municipality, also outside the region, and says which of them are outside.
    const outside = municipalities.filter((m) => !settings.fylker.includes(m.data.fylke!)).map((m) => m.data.navn);
    expect(page).toMatch(new RegExp(`Av de navngitte ligger .*(${outside.join('|')}) \\(.+?\\) .*utenfor regionen; de er ikke med i tallene over\\.`));
  });

  it('/kommuner/utvikling/ says its counts include the municipalities outside the region', () => {
    const names = municipalities.filter((m) => !settings.fylker.includes(m.data.fylke!) && exists(m)).map((m) => `${m.data.navn} (${m.data.fylke})`);
    expect(names.length).toBeGreaterThan(0);
    expect(text('kommuner/utvikling')).toContain(`Tallene tar med ${names.join(' og ')}, som ligger utenfor regionen.`);
  });
});

describe('a municipality given a newer plan than its wave\'s passed date (added with npm run new)', () => {
  const plain = (page: string) => page.replace(/<svg[\s\S]*?<\/svg>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  const planned = formatPeriod(newerPlanOf(TEST_BUILD_DATE));
  const { slug, navn, wave } = NEWER_PLAN_MUNICIPALITY;
  const waveSection = () => new RegExp(`<section class="hp-phase" id="${wave}"[\\s\\S]*?</section>`).exec(html('innforing'))?.[0] ?? '';
  const memberItem = (member: string) => new RegExp(`<li>\\s*<a href="/kommuner/${member}/">[\\s\\S]*?</li>`).exec(waveSection())?.[0] ?? '';

  it('the front page and /kommuner/ name it as the next planned go-live, with its date', () => {
    for (const page of ['', 'kommuner']) {
      const text = plain(html(page));
      expect(text, page).not.toContain('Ingen planlagt oppstart med en dato fram i tid er registrert');
      expect(text, page).toContain(`Neste planlagte oppstart: ${navn} , ${planned} (planen ble kjent`);
      expect(html(page), page).toMatch(new RegExp(`Neste planlagte oppstart: <a href="/kommuner/${slug}/"`));
    }
    expect(plain(html('nn'))).toContain(`Neste planlagde oppstart: ${navn}`);
  });

  it('/innforing/ shows the newer plan beside it in its wave, and the wave\'s line does not say nothing newer is known', () => {
    const item = plain(memberItem(slug));
    expect(item).toContain(`ny plan: ${planned}`);
    expect(item).not.toContain('datoen er passert');
    expect(plain(waveSection())).toContain('noen av deltakerne har fått en ny plan');
    expect(plain(waveSection())).not.toContain('ingen nyere opplysninger registrert');
  });

  it('/innforing/ marks each wave member whose plan date has passed as the map does («P!», «datoen er passert»)', () => {
    const passedMembers = overdueMunicipalities.filter((m) => (m.data.hendelser ?? []).some((e) => (e as { fase?: string }).fase === wave));
    expect(passedMembers.length).toBeGreaterThan(3);
    for (const m of passedMembers) {
      const item = memberItem(m.slug);
      expect(item, m.slug).toMatch(/>P!<\/text>/);
      expect(plain(item), m.slug).toContain('Innføring planlagt – datoen er passert');
      expect(plain(item), m.slug).not.toContain('ny plan');
    }
    // The map on /kommuner/ uses the same symbol and words.
    expect(html('kommuner')).toMatch(/>P!<\/text>[\s\S]*?Innføring planlagt – datoen er passert/);
  });
});

describe('the progress chart counts plans whose date has passed apart, as the front page does', () => {
  const passed = { nb: 'Planlagt dato passert, ny dato ikke kjent', nn: 'Planlagd dato passert, ny dato ikkje kjend' };
  /** The progress chart's table (section #over-tid): its column headings and each row's date and numbers. */
  const progressTable = (page: string) => {
    const section = /<section class="hp-chart" id="over-tid"[\s\S]*?<\/section>/.exec(html(page))![0];
    const cells = (row: string, tag: string) => [...row.matchAll(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]!.replace(/<[^>]+>/g, '').trim());
    const [head, ...rows] = [...section.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => m[1]!);
    return {
      headings: [...head!.matchAll(/<th([^>]*)>([^<]*)<\/th>/g)].map((m) => ({ attrs: m[1]!, text: m[2]!.trim() })),
      rows: rows.map((row) => ({ date: /datetime="([0-9-]+)"/.exec(row)?.[1], values: cells(row, 'td').map((v) => Number(v.replace(/\s/g, ''))) })),
    };
  };
  const exists = (m: Item) => (!m.data.gyldigFra || String(m.data.gyldigFra) <= TEST_BUILD_DATE) && (!m.data.gyldigTil || String(m.data.gyldigTil) >= TEST_BUILD_DATE);
  const frontPage = (key: 'count' | 'passed', status: string) =>
    Number(new RegExp(`data-key-${key}="${status}">(\\d+)<`).exec(html(''))?.[1]);

  it('has a column of its own right after «Innføring planlagt», named as on the front page', () => {
    const { headings } = progressTable('kommuner/utvikling');
    const plan = headings.findIndex((h) => h.text === 'Innføring planlagt');
    expect(plan).toBeGreaterThan(0);
    expect(headings[plan + 1]?.text).toBe(passed.nb);
    // Nynorsk: the same column in nynorsk words, not marked as bokmål like the status names beside it.
    const nn = progressTable('nn/kommunar/utvikling').headings;
    expect(nn[plan]!.attrs).toContain('lang="nb"');
    expect(nn[plan + 1]).toEqual({ attrs: expect.not.stringContaining('lang='), text: passed.nn });
  });

  it('on the build date, counts the passed plans the front page shows (plus those outside the region it lists apart)', () => {
    const { headings, rows } = progressTable('kommuner/utvikling');
    const today = rows.at(-1)!;
    expect(today.date).toBe(TEST_BUILD_DATE);
    const column = (text: string) => today.values[headings.findIndex((h) => h.text === text) - 1]!;
    // The chart counts every participating municipality; the front page those of the region, naming the others apart.
    const outside = municipalities.filter((m) => !settings.fylker.includes(m.data.fylke!) && exists(m));
    expect(outside.length).toBeGreaterThan(0);
    const outsidePassed = outside.filter(overdue).length;
    const outsideAhead = outside.filter((m) => latest(m)?.status === 'innforing-planlagt' && !overdue(m)).length;
    expect(frontPage('passed', 'innforing-planlagt')).toBeGreaterThan(10);
    expect(column(passed.nb)).toBe(frontPage('passed', 'innforing-planlagt') + outsidePassed);
    expect(column('Innføring planlagt')).toBe(frontPage('count', 'innforing-planlagt') + outsideAhead);
    expect(column(passed.nb)).toBe(overdueMunicipalities.filter(exists).length);
    // The summary gives the same number under the same name.
    expect(html('kommuner/utvikling')).toContain(`${column(passed.nb)} «${passed.nb}»`);
  });

  it('adds up, on every date, to the municipalities that existed then', () => {
    const { rows } = progressTable('kommuner/utvikling');
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      const existing = municipalities.filter((m) => (!m.data.gyldigFra || String(m.data.gyldigFra) <= row.date!) && (!m.data.gyldigTil || String(m.data.gyldigTil) >= row.date!));
      expect(row.values.reduce((a, b) => a + b, 0), row.date).toBe(existing.length);
    }
  });
});

describe('the real rollout', () => {
  it('26 municipalities of the region are live, each go-live citing an external source', () => {
    const liveInRegion = municipalities.filter((m) => settings.fylker.includes(m.data.fylke!) && live(m));
    expect(liveInRegion).toHaveLength(26);
    const events = csv('hendelser');
    for (const m of liveInRegion) {
      const goLive = events.filter((e) => e.aktor === m.data.navn && e.aktor_type === 'kommune' && e.status === 'i-drift').at(-1);
      expect(goLive?.kilde_type, m.slug).toBe('ekstern');
      expect(goLive?.kilde_url, m.slug).toMatch(/^https?:\/\//);
    }
    const counts = /<span class="hp-key-figures__count" data-key-count="i-drift">(\d+)<\/span>/.exec(html('kommuner'))?.[1];
    expect(counts).toBe('26');
  });

  it('Trondheim shows its plan for 30 April 2022, the postponement and the go-live in May 2022', () => {
    const page = html('kommuner/trondheim').replace(/<svg[\s\S]*?<\/svg>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    const plan = page.indexOf('Planlagt oppstart: 30. april 2022');
    const postponed = page.indexOf('22. april 2022 Innføring utsatt');
    const live = page.indexOf('7. mai 2022 I drift');
    expect(plan).toBeGreaterThan(0);
    expect(postponed).toBeGreaterThan(plan);
    expect(live).toBeGreaterThan(postponed);
    expect(page).toContain('Trondheim tok i bruk Helseplattformen 7. mai 2022.');
  });

  it('Helse Møre og Romsdal and its four hospitals show as live since 27 April 2024, not as a passed plan', () => {
    // Its file lists the board's April 2024 confirmation of the 27 April plan after the go-live that day.
    const hmr = organisations.filter((o) => o.slug === 'helse-more-og-romsdal-hf' || o.data.tilhorer === 'helse-more-og-romsdal-hf');
    expect(hmr).toHaveLength(5);
    const rollout = html('innforing');
    // The first list item linking to each is its row in the status list (the waves list them again, by name only).
    const rows = new Map<string, string>();
    for (const row of rollout.split('<li')) {
      const slug = /^[^>]*>\s*<a href="\/innforing\/([a-z0-9-]+)\/"/.exec(row)?.[1];
      if (slug && !rows.has(slug)) rows.set(slug, row);
    }
    const csvRows = csv('helseforetak');
    for (const o of hmr) {
      const row = (rows.get(o.slug) ?? '').split('</li>')[0]!;
      expect(row, o.slug).toContain('data-status="i-drift"');
      expect(row, o.slug).toContain('Tatt i bruk 27. april 2024');
      expect(row, o.slug).not.toContain('Planlagt dato er passert');
      const page = html(`innforing/${o.slug}`);
      expect(page, o.slug).not.toContain('Den datoen er passert');
      expect(csvRows.find((r) => r.id === o.slug)?.planlagt_dato_passert, o.slug).toBe('nei');
    }
  });

  it('a live municipality\'s page says «Tatt i bruk» once, beside the date', () => {
    const text = (slug: string) => html(`kommuner/${slug}`).replace(/<svg[\s\S]*?<\/svg>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text('trondheim')).toContain('Tatt i bruk 7. mai 2022 Sist kontrollert');
    for (const m of municipalities.filter(live)) {
      const page = text(m.slug);
      expect(page.match(/Tatt i bruk/g), m.slug).toHaveLength(1);
    }
  });

  it('every health trust and hospital has a page, and the rollout page lists them with their status', () => {
    const rollout = html('innforing');
    for (const o of organisations.filter((x) => x.data.type === 'helseforetak' || x.data.type === 'sykehus')) {
      expect(existsSync(path.join(siteDir, 'innforing', o.slug, 'index.html')), o.slug).toBe(true);
      expect(rollout, o.slug).toContain(`href="/innforing/${o.slug}/"`);
    }
    expect(html('innforing/sykehuset-levanger')).toContain('Helse Nord-Trøndelag HF');
  });

  it('the rollout page shows each postponement of a health trust as a timeline, the current plan last', () => {
    const page = html('innforing').replace(/<svg[\s\S]*?<\/svg>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    const start = page.indexOf('Planene for Helse Nord-Trøndelag HF');
    expect(start).toBeGreaterThan(0);
    const hnt = organisations.find((o) => o.slug === 'helse-nord-trondelag-hf')!;
    const planned = (hnt.data.hendelser ?? []).filter((e) => e.planlagt !== undefined);
    expect(planned.length).toBeGreaterThan(3);
    const end = page.indexOf('Planene for', start + 1);
    const timeline = page.slice(start, end > 0 ? end : undefined);
    // Every plan the file holds, in order, in the trust's timeline.
    let at = 0;
    for (const event of planned) {
      at = timeline.indexOf(formatPeriod(String(event.planlagt)), at);
      expect(at, String(event.planlagt)).toBeGreaterThan(0);
    }
    expect(timeline).toContain('Utsatt til 11. februar 2023');
    expect(timeline).toContain('Utsatt uten ny dato');
    expect(timeline).toMatch(/Planen ble presisert til 9\. november 2024/);
  });
});
