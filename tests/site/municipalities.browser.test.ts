/**
 * The municipality pages in real Chromium (axe on them runs in
 * reflow.browser.test.ts, at 320 and 1280 px): complete without JavaScript, the map and the date choice usable by keyboard, and
 * Chart.js loaded only where a chart is shown.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newPage } from '../support/browser.ts';
import { tabUntil, useSiteInBrowser } from '../support/site-browser.ts';
import { TEST_BUILD_DATE } from '../support/global-setup.ts';
import { formatDate } from '../../src/domain/format.ts';

const site = useSiteInBrowser();

const open = site.open;


const statusCell = (page: Page, slug: string) => page.locator(`#kommunetabell tr[data-slug="${slug}"] [data-col="status"]`);
const mapLink = (page: Page, slug: string) => page.locator(`a[data-municipality="${slug}"]`);

/** Files the page loaded that contain Chart.js (identified by one of its own error messages). */
async function chartScripts(path: string): Promise<string[]> {
  const { page } = await newPage(site.browser);
  const found: string[] = [];
  page.on('response', async (response) => {
    if (!response.url().endsWith('.js')) return;
    const text = await response.text().catch(() => '');
    if (text.includes('Canvas is already in use')) found.push(response.url());
  });
  await page.goto(site.url + path, { waitUntil: 'networkidle' });
  const inline = await page.$$eval('script:not([src])', (scripts) =>
    scripts.some((s) => (s.textContent ?? '').includes('Canvas is already in use')),
  );
  await page.context().close();
  return inline ? [...found, 'inline'] : found;
}

describe('without JavaScript', () => {
  it('/kommuner/ has the map with a link per municipality, and the full table; the date choice stays hidden', async () => {
    const page = await open('/kommuner/', { javaScript: false });
    const rows = await page.locator('#kommunetabell tbody tr').count();
    expect(rows).toBeGreaterThanOrEqual(64);
    const links = await page.locator('svg a[data-municipality]').count();
    expect(links).toBeGreaterThanOrEqual(64);
    expect(await mapLink(page, 'trondheim').getAttribute('aria-label')).toBe('Trondheim: I drift');
    // A plan whose date has passed is never shown as a current plan.
    expect(await mapLink(page, 'froya').getAttribute('aria-label')).toBe('Frøya: Innføring planlagt – datoen er passert');
    expect(await mapLink(page, 'froya').getAttribute('data-status')).toBe('innforing-planlagt--passert');
    await expect.poll(() => statusCell(page, 'indre-fosen').innerText()).toContain('I drift');
    expect(await page.locator('#kommunetabell tr[data-slug="froya"] [data-col="golive"]').innerText()).toContain('Planlagt dato er passert');
    expect(await page.locator('#statusdato').isVisible()).toBe(false);
    expect(await page.locator('#kommunetabell thead button').count()).toBe(0);
    await page.context().close();
  });

  it('/kommuner/?dato=… says the page shows today’s status, rather than silently ignoring the date', async () => {
    const page = await open('/kommuner/?dato=2023-01-01', { javaScript: false });
    const note = page.locator('[data-date-noscript]');
    expect(await note.isVisible()).toBe(true);
    expect(await note.innerText()).toContain(`statusen per ${formatDate(TEST_BUILD_DATE)}`);
    await page.context().close();
    // With JavaScript the date choice does the work, and the note is not shown.
    const withScript = await open('/kommuner/?dato=2023-01-01');
    expect(await withScript.locator('[data-date-noscript]').count()).toBe(0);
    await withScript.context().close();
  });

  it('the chart pages show every chart’s numbers as a table, and no empty canvas', async () => {
    const page = await open('/kommuner/utvikling/', { javaScript: false });
    const captions = await page.locator('.hp-chart table caption').allInnerTexts();
    expect(captions).toEqual(['Antall kommuner per status, på hver dato der tallene endret seg', 'Antall deltakere per innføringsfase']);
    expect(await page.locator('.hp-chart table tbody tr').count()).toBeGreaterThan(2);
    expect(await page.locator('canvas').first().isVisible()).toBe(false);
    await page.context().close();

    const rollout = await open('/innforing/', { javaScript: false });
    expect(await rollout.locator('#deltakere-per-fase table').isVisible()).toBe(true);
    await rollout.context().close();
  });
});

describe('the map by keyboard', () => {
  it('Tab reaches the municipality links, each named with its status, and Enter opens its page', async () => {
    const page = await open('/kommuner/');
    await tabUntil(page, 'a[data-municipality="trondheim"]');
    const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(name).toBe('Trondheim: I drift');
    await Promise.all([page.waitForURL('**/kommuner/trondheim/'), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').innerText()).toBe('Trondheim');
    await page.context().close();
  });
});

describe('the date choice', () => {
  it('recolours the map and rewrites the table for a chosen date, announced politely, all by keyboard', async () => {
    const { context, page } = await newPage(site.browser);
    await page.goto(site.url + '/kommuner/');
    await tabUntil(page, '#statusdato');
    expect(await page.locator('#statusdato').getAttribute('max')).toBe(TEST_BUILD_DATE);

    // Chromium's date field: typing fills month, day and year in the locale's order; 01 01 2021 reads the same either way.
    await page.keyboard.type('01012021');
    await expect.poll(() => page.locator('#statusdato').inputValue()).toBe('2021-01-01');
    await expect.poll(() => statusCell(page, 'levanger').innerText()).toContain('Ikke registrert');
    expect(await mapLink(page, 'levanger').getAttribute('aria-label')).toBe('Levanger: Ikke registrert');
    expect(await mapLink(page, 'levanger').getAttribute('data-status')).toBe('ikke-registrert');
    // Indre Fosen's option is known only by its month, December 2020: by New Year it had happened.
    expect(await mapLink(page, 'indre-fosen').getAttribute('aria-label')).toBe('Indre Fosen: Opsjon utløst');
    expect(await page.locator('#kommunetabell caption').innerText()).toContain('1. januar 2021');
    const summary = page.locator('[data-date-summary]');
    expect(await summary.getAttribute('aria-live')).toBe('polite');
    const said = await summary.innerText();
    expect(said).toMatch(/^Viser status per 1\. januar 2021: \d+ «Ikke registrert» og \d+ «Opsjon utløst»\./);
    // The counts add up to the total it states, the key figures' total for the same date; those from outside the region are named apart.
    const parts = [...said.matchAll(/(\d+) «/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    const stated = Number(/Til sammen (\d+) kommuner i /.exec(said)?.[1]);
    expect(parts).toBe(stated);
    expect(await page.locator('[data-key-total]').innerText()).toContain(`Til sammen ${stated} kommuner`);
    expect(said).toMatch(/Kartet og tabellen viser i tillegg .+, utenfor regionen\.$/);
    // The lead states no count that the chosen date could contradict.
    expect(await page.locator('.hp-lead').innerText()).not.toMatch(/\d/);
    // Haram was created in 2024, so on 1 January 2021 it did not exist.
    expect(await statusCell(page, 'haram').innerText()).toBe('Fantes ikke');
    expect(await mapLink(page, 'haram').getAttribute('aria-label')).toBe('Haram: Fantes ikke');

    // Back to the build date with the reset button, by keyboard.
    await tabUntil(page, '[data-date-reset]');
    await page.keyboard.press('Enter');
    await expect.poll(() => statusCell(page, 'indre-fosen').innerText()).toContain('I drift');
    expect(await mapLink(page, 'indre-fosen').getAttribute('aria-label')).toBe('Indre Fosen: I drift');
    expect(await mapLink(page, 'froya').getAttribute('aria-label')).toBe('Frøya: Innføring planlagt – datoen er passert');
    expect(await page.locator('#statusdato').inputValue()).toBe(TEST_BUILD_DATE);
    await context.close();
  });

  it('gives the same status after a round trip as the build did', async () => {
    const page = await open('/kommuner/');
    const before = await page.locator('#kommunetabell [data-col="status"]').allInnerTexts();
    await page.locator('#statusdato').fill('2022-01-01');
    await expect.poll(() => page.locator('#kommunetabell caption').innerText()).toContain('1. januar 2022');
    await page.locator('#statusdato').fill(TEST_BUILD_DATE);
    await expect.poll(() => page.locator('#kommunetabell [data-col="status"]').allInnerTexts()).toEqual(before);
    await page.context().close();
  });

  it('keeps the table in step with the date field when the reader comes back to the page', async () => {
    const page = await open('/kommuner/');
    await page.locator('#statusdato').fill('2021-01-01');
    await expect.poll(() => statusCell(page, 'levanger').innerText()).toContain('Ikke registrert');
    await Promise.all([page.waitForURL('**/kommuner/trondheim/'), page.locator('#kommunetabell a[href="/kommuner/trondheim/"]').click()]);
    await page.goBack();
    const value = await page.locator('#statusdato').inputValue();
    const expected = value === '2021-01-01' ? 'Ikke registrert' : 'I drift';
    await expect.poll(() => statusCell(page, 'levanger').innerText()).toContain(expected);
    await page.context().close();
  });
});

describe('the table', () => {
  it('sorts by a column with the sort buttons, marking the column with aria-sort', async () => {
    const page = await open('/kommuner/');
    const header = page.locator('#kommunetabell thead th', { hasText: 'Nr.' });
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const numbers = await page.locator('#kommunetabell tbody tr td:nth-child(2)').allInnerTexts();
    expect(numbers).toEqual([...numbers].sort((a, b) => Number(a) - Number(b)));
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const descending = await page.locator('#kommunetabell tbody tr td:nth-child(2)').allInnerTexts();
    expect(descending).toEqual([...numbers].reverse());
    expect(await page.locator('#kommunetabell thead th', { hasText: 'Kommune' }).getAttribute('aria-sort')).toBe('none');
    await page.context().close();
  });
});

describe('Chart.js', () => {
  it('is loaded and drawn on the chart pages, and on no other municipality page', async () => {
    expect(await chartScripts('/kommuner/utvikling/')).not.toEqual([]);
    expect(await chartScripts('/innforing/')).not.toEqual([]);
    expect(await chartScripts('/kommuner/')).toEqual([]);
    expect(await chartScripts('/kommuner/trondheim/')).toEqual([]);

    const page = await open('/kommuner/utvikling/', { reducedMotion: true });
    await expect.poll(() => page.locator('canvas').first().isVisible()).toBe(true);
    expect(await page.locator('canvas').first().getAttribute('role')).toBe('img');
    await page.context().close();
  });
});

describe('the map names its places', () => {
  it('shows a unique short name on every area, and the full name on hover and on focus', async () => {
    const page = await open('/kommuner/');
    const links = page.locator('#kommunekart-omrade svg a[data-municipality]');
    const labels = await links.evaluateAll((all) => all.map((a) => a.querySelector('text')?.textContent ?? ''));
    expect(labels.every((label) => label.length >= 2 && label.length <= 3)).toBe(true);
    expect(new Set(labels).size).toBe(labels.length);

    const roros = mapLink(page, 'roros');
    expect(await roros.locator('.hp-map__tip').isVisible()).toBe(false);
    await roros.hover();
    expect(await roros.locator('.hp-map__tip').isVisible()).toBe(true);
    expect(await roros.locator('.hp-map__tip').textContent()).toBe('Røros');
    await page.mouse.move(0, 0);
    await tabUntil(page, 'a[data-municipality="trondheim"]');
    expect(await mapLink(page, 'trondheim').locator('.hp-map__tip').isVisible()).toBe(true);
    expect(await roros.locator('.hp-map__tip').isVisible()).toBe(false);
    await page.context().close();
  });

  it('gives every area a target of at least 24 × 24 CSS px, also on a phone', async () => {
    const page = await open('/kommuner/', { width: 320 });
    const sizes = await page
      .locator('#kommunekart-omrade svg a[data-municipality] > :is(rect, path)')
      .evaluateAll((shapes) => shapes.map((shape) => shape.getBoundingClientRect()).map((r) => [r.width, r.height]));
    expect(sizes.length).toBeGreaterThanOrEqual(64);
    for (const [width, height] of sizes) {
      expect(width).toBeGreaterThanOrEqual(24);
      expect(height).toBeGreaterThanOrEqual(24);
    }
    // The map scrolls in its own box; the page does not.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.context().close();
  });

  it('lets a keyboard user reach the table from the map’s start in at most two Tabs', async () => {
    for (const javaScript of [true, false]) {
      const page = await open('/kommuner/', { javaScript });
      // Start where the map starts: on whatever the keyboard reaches just before it.
      await page.locator('.hp-map__skip').evaluate((skip) => {
        const reachable = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, summary, [tabindex="0"]')].filter(
          (el) => el.checkVisibility() && !(el as HTMLButtonElement).disabled,
        );
        reachable[reachable.indexOf(skip as HTMLElement) - 1]!.focus();
      });
      let tabs = 0;
      const inTable = () => page.evaluate(() => document.activeElement?.closest('section[aria-labelledby="tabell-tittel"]') !== null);
      await page.keyboard.press('Tab');
      tabs += 1;
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hopp over kartet til tabellen');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      tabs += 1;
      expect(await inTable(), javaScript ? 'with JavaScript' : 'without').toBe(true);
      expect(tabs).toBeLessThanOrEqual(2);
      await page.context().close();
    }
  });
});

describe('status on a past date', () => {
  it('puts the date in the address, and opening that address shows the same date, key figures included', async () => {
    const page = await open('/kommuner/');
    await page.locator('#statusdato').fill('2021-01-01');
    await expect.poll(() => page.url()).toBe(`${site.url}/kommuner/?dato=2021-01-01`);
    const shared = page.url();
    await page.context().close();

    const again = await open(shared.replace(site.url, ''));
    expect(await again.locator('#statusdato').inputValue()).toBe('2021-01-01');
    await expect.poll(() => statusCell(again, 'levanger').innerText()).toContain('Ikke registrert');
    const figures = again.locator('[data-key-figures]');
    expect(await figures.locator('h2').innerText()).toContain('1. januar 2021');
    // The key figures count the region's municipalities: those in the table outside its counties are left out.
    const [inRegion, notRegistered] = await again.locator('#kommunetabell tbody tr').evaluateAll((rows) => {
      // Municipalities that existed on the date (the others say so in the status cell, with no badge) in the two counties.
      const region = rows.filter((row) => row.querySelector<HTMLElement>('[data-col="status"]')?.dataset.sortValue !== '' && !/Innlandet|Nordland/.test(row.textContent ?? ''));
      return [region.length, region.filter((row) => /Ikke registrert/.test(row.querySelector('[data-col="status"]')?.textContent ?? '')).length];
    });
    expect(await figures.locator('[data-key-count="ikke-registrert"]').innerText()).toBe(String(notRegistered));
    expect(await figures.locator('[data-key-total]').innerText()).toMatch(new RegExp(`^Til sammen ${inRegion} kommuner( i [^.]+)?\\.$`));
    // What holds only today (statements of totals, the last-checked date) is hidden for a past date.
    expect(await figures.locator('[data-key-now-only]').evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).length)).toBe(0);
    const link = again.getByRole('link', { name: /Lenke til status per 1\. januar 2021/ });
    expect(await link.getAttribute('href')).toBe('/kommuner/?dato=2021-01-01');

    await again.getByRole('button', { name: 'Tilbake til i dag' }).click();
    await expect.poll(() => again.url()).toBe(`${site.url}/kommuner/`);
    expect(await figures.locator('h2').innerText()).toContain(formatDate(TEST_BUILD_DATE));
    expect(await figures.locator('[data-key-now-only]').first().isVisible()).toBe(true);
    await again.context().close();
  });

  it('answers the same question without JavaScript: a table of status at each go-live date, and today', async () => {
    const page = await open('/kommuner/', { javaScript: false });
    await page.locator('.hp-past-status > summary').click();
    expect(await page.locator('.hp-past-status > summary').innerText()).toBe('Status ved hver oppstart');
    const table = page.locator('.hp-past-status table');
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(2);
    expect(await rows.last().locator('th').innerText()).toContain('(i dag)');
    // Today's row counts the same as the key figures, passed plans apart from current plans in both.
    const today = await rows.last().locator('td').allInnerTexts();
    const figures = await page.locator('[data-key-figures] :is([data-key-count], [data-key-passed])').allInnerTexts();
    expect(today).toEqual(figures);
    await page.context().close();
  });
});

describe('on paper', () => {
  it('/kommuner/ prints the table, not the map, and no instructions for the screen', async () => {
    const page = await open('/kommuner/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#kommunetabell').isVisible()).toBe(true);
    for (const selector of ['.hp-map', '.hp-finder', '[data-sort-hint]', '.hp-date-choice', '.hp-nav', '.ds-skip-link']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    await page.context().close();
  });

  it('a municipality page prints its status and history, without the menu or the feed link', async () => {
    const page = await open('/kommuner/roros/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await page.locator('.hp-timeline').isVisible()).toBe(true);
    expect(await page.locator('.hp-nav').isVisible()).toBe(false);
    expect(await page.locator('a[href$="rss.xml"]').isVisible()).toBe(false);
    await page.context().close();
  });
});

