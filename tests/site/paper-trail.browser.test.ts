/**
 * The journalist's paper trail in real Chromium: an agenda item reached by
 * its anchor, the citation copied with the button or selected by hand
 * without JavaScript, «changes since a date» from a shared address, the
 * selections of meetings and documents without JavaScript, and the documents
 * filter reaching documents that sit on other years' pages. Axe and reflow
 * run over these page types in reflow.browser.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { newPage } from '../support/browser.ts';
import { useSiteInBrowser } from '../support/site-browser.ts';
import { TEST_DOCUMENTS } from '../support/document-fixtures.ts';
import { TEST_BUILD_DATE } from '../support/global-setup.ts';
import { TEST_EVENT_NOTE, TEST_MEETINGS } from '../support/meeting-fixtures.ts';

const site = useSiteInBrowser();
const siteDir = inject('siteDir');

describe('a meeting', () => {
  it('opens at an agenda item from its address, and each item links to itself', async () => {
    const page = await site.open(`/moter/${TEST_MEETINGS.upcoming}/#sak-2`);
    const item = page.locator('#sak-2');
    expect(await item.evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await item.locator('h3').innerText()).toBe('Sak 2: Testsak om Røros');
    const box = (await item.boundingBox())!;
    expect(box.y).toBeLessThan(200);
    await page.locator('#sak-1').getByRole('link', { name: 'Lenke til sak 1' }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#sak-1');
    await page.context().close();
  });
});

describe('cite this page', () => {
  it('selects the whole citation with one click, on a page that loads no script', async () => {
    const { page, context } = await newPage(site.browser);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(`${site.url}/dokumenter/${TEST_DOCUMENTS.v2}/`);
    const pre = page.getByRole('region', { name: 'Siter denne siden' }).locator('pre').first();
    await pre.click();
    const selected = await page.evaluate(() => getSelection()?.toString() ?? '');
    expect(selected.trim()).toBe((await pre.textContent())!.trim());
    expect(selected).toContain(`/dokumenter/${TEST_DOCUMENTS.v2}/`);
    expect(scripts).toEqual([]);
    await context.close();
  });

  it('without JavaScript, shows the text to select, with no dead button', async () => {
    const page = await site.open(`/moter/${TEST_MEETINGS.upcoming}/`, { javaScript: false });
    const pre = page.getByRole('region', { name: 'Siter denne siden' }).locator('pre').first();
    expect(await pre.isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Kopier teksten' }).count()).toBe(0);
    await pre.click();
    const selected = await page.evaluate(() => getSelection()?.toString() ?? '');
    expect(selected.trim()).toBe((await pre.textContent())!.trim());
    await page.context().close();
  });
});

describe('what changed', () => {
  it('shows only the changes since the date in a shared address, and says how many', async () => {
    const page = await site.open(`/endringer/?siden=${TEST_BUILD_DATE}`);
    const status = page.locator('hp-changes-since [role="status"]');
    await expect.poll(() => status.textContent()).toMatch(/^\d+ endring(er)? siden \d{1,2}\. \p{L}+ \d{4}\.$/u);
    const dates = await page.locator('.hp-changelog > li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.date));
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(date! >= TEST_BUILD_DATE).toBe(true);
    expect(await page.locator('.hp-changelog').innerText()).toContain(TEST_EVENT_NOTE);
    expect(await page.locator('#siden').inputValue()).toBe(TEST_BUILD_DATE);
    await page.context().close();
  });

  it('fetches older years when the date lies before the first page', async () => {
    const page = await site.open('/endringer/');
    await page.locator('#siden').fill('2019-01-01');
    await page.getByRole('button', { name: 'Vis' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?siden=2019-01-01');
    await expect.poll(() => page.locator('hp-changes-since [role="status"]').textContent()).toMatch(/siden 1\. januar 2019\.$/);
    const oldest = await page.locator('.hp-changelog > li').last().getAttribute('data-date');
    expect(oldest! < '2021-01-01').toBe(true);
    await page.context().close();
  });

  it('on a selection split into pages, gathers the changes of every page back to the date', async () => {
    const page = await site.open('/endringer/type/kommune/side/2/?siden=2000-01-01');
    await expect.poll(() => page.locator('hp-changes-since [role="status"]').textContent()).toMatch(/siden 1\. januar 2000\.$/);
    const lead = await page.locator('.hp-lead').innerText();
    expect(lead).toMatch(/^[\d\s\u00a0]+ endringer siden 1\. januar 2000\.$/);
    const total = Number(lead.replace(/siden.*$/, '').replace(/\D/g, ''));
    expect(total).toBeGreaterThan(100);
    expect(await page.locator('.hp-changelog > li').count()).toBe(total);
    await page.context().close();
  });

  it('on page 2 of a selection, the count and the pager describe the changes shown since the date, not page 2', async () => {
    const page = await site.open(`/endringer/type/kommune/side/2/?siden=${TEST_BUILD_DATE}`);
    const pager = page.getByRole('navigation', { name: 'Sidenavigasjon' });
    await expect.poll(() => page.locator('hp-changes-since [role="status"]').textContent()).toMatch(/^\d+ endring(er)? siden /);
    const shown = await page.locator('.hp-changelog > li').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(100);
    expect(await page.locator('.hp-changelog').innerText()).toContain(TEST_EVENT_NOTE);
    expect(await page.locator('.hp-lead').innerText()).toMatch(new RegExp(`^${shown} endring(er)? siden \\d{1,2}\\. \\p{L}+ \\d{4}\\.$`, 'u'));
    expect(await pager.locator('p').innerText()).toMatch(/^Viser endringene siden \d{1,2}\. \p{L}+ \d{4} fra alle 2 sidene$/u);
    expect(await pager.locator('[aria-current]').count()).toBe(0);
    // Clearing the date gives page 2 back as built.
    await page.locator('#siden').fill('');
    await page.getByRole('button', { name: 'Vis' }).click();
    await expect.poll(() => pager.locator('p').innerText()).toBe('Side 2 av 2');
    expect(await pager.locator('a[aria-current="page"]').innerText()).toBe('2');
    expect(await page.locator('.hp-lead').innerText()).toMatch(/^1\d\d endringer\.$/);
    await page.context().close();
  });
});

describe('selections without JavaScript', () => {
  it('a meeting selection is a real page reached from the list', async () => {
    const page = await site.open('/moter/', { javaScript: false });
    await page.getByRole('navigation', { name: 'Utvalg' }).getByRole('link', { name: 'Planlagt' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/moter/status/planlagt/');
    expect(await page.locator('h1').innerText()).toBe('Møter: Planlagt');
    expect(await page.locator('.hp-meeting-list a', { hasText: 'Testmøte: styremøte med to saker' }).count()).toBe(1);
    expect(await page.locator('.hp-meeting-list a', { hasText: 'Testmøte: avlyst' }).count()).toBe(0);
    await page.context().close();
  });

  it('a document selection is a real page reached from the list', async () => {
    const page = await site.open('/dokumenter/', { javaScript: false });
    await page.getByRole('navigation', { name: 'Utvalg' }).getByRole('link', { name: 'Trukket' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/dokumenter/status/trukket/');
    expect(await page.locator('tbody td:first-child').allTextContents()).toEqual(['Testdokument: trukket styresak']);
    await page.context().close();
  });
});

describe('the documents list split by year', () => {
  it('filters documents that are only on another year’s page, once the form is used', async () => {
    // The test site is small enough for one page; serve a first page that holds only 2026 (by each document's list date), as a large site's would.
    const full = readFileSync(path.join(siteDir, 'dokumenter', 'index.html'), 'utf8');
    const firstPage = full
      .replace(/<tr><td><a href="\/dokumenter\/[^"]+\/">[^<]*<\/a><\/td>(?:<td>[^<]*<\/td>){2}<td>(?:\d\d\.){0,2}(?!2026)\d{4}[^<]*<\/td>(?:<td>[^<]*<\/td>){2}<\/tr>/g, '')
      .replace('</hp-document-filter>', '<p data-other-years>Andre år: <a href="/dokumenter/ar/2023/" data-year-page="2023">2023</a></p></hp-document-filter>');
    expect(firstPage).not.toContain(`href="/dokumenter/${TEST_DOCUMENTS.withdrawn}/"`);
    const { page, context } = await newPage(site.browser);
    await page.route(`${site.url}/dokumenter/`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: firstPage }));
    await page.goto(`${site.url}/dokumenter/`);
    await page.locator('#filter-status').selectOption('trukket');
    await expect.poll(() => page.locator('tbody tr:not([hidden]) td:first-child').allTextContents()).toEqual(['Testdokument: trukket styresak']);
    expect(await page.locator('[data-other-years]').isHidden()).toBe(true);
    await context.close();
  });
});
