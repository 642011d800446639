/**
 * The municipality pages in real Chromium: accessible (axe), complete
 * without JavaScript, the map and the date choice usable by keyboard, and
 * Chart.js loaded only where a chart is shown.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, newPage } from '../support/browser.ts';
import { tabUntil, useSiteInBrowser } from '../support/site-browser.ts';
import { TEST_BUILD_DATE } from '../support/global-setup.ts';

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

describe('accessibility', () => {
  for (const path of ['/kommuner/', '/kommuner/trondheim/', '/kommuner/utvikling/', '/innforing/']) {
    it(`axe finds no violations on ${path}`, async () => {
      const page = await open(path);
      await page.waitForLoadState('networkidle');
      await expectNoAxeViolations(page);
      await page.context().close();
    });
  }
});

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
    expect(await summary.innerText()).toMatch(/^Viser status per 1\. januar 2021: \d+ «Ikke registrert» og \d+ «Opsjon utløst»\./);
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
