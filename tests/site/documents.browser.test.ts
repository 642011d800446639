/**
 * The documents section in real Chromium: accessible (axe), the whole table
 * without JavaScript, the filter usable by keyboard alone with its count
 * announced, the view kept in a shareable URL, attachments downloadable with
 * the checksum shown, and the version diff marked.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, newPage } from '../support/browser.ts';
import { tabUntil, useSiteInBrowser } from '../support/site-browser.ts';
import { TEST_DOCUMENTS } from '../support/document-fixtures.ts';

const site = useSiteInBrowser();

const open = site.open;


const visibleTitles = (page: Page) => page.locator('tbody tr:not([hidden]) td:first-child').allTextContents();
/** The visible test documents' titles (the shipped content may add real ones). */
const testTitles = async (page: Page) => (await visibleTitles(page)).filter((t) => t.startsWith('Testdokument'));
/** Text of one column in the visible rows. */
const visibleColumn = (page: Page, n: number) => page.locator(`tbody tr:not([hidden]) td:nth-child(${n})`).allTextContents();
const status = (page: Page) => page.locator('hp-document-filter [role="status"]');
/** Number of document pages the list should show, counted from the built site. */
const documentCount = async (page: Page) => page.locator('tbody tr').count();

describe('accessibility', () => {
  // The list and a current document are checked at 320 and 1280 px in reflow.browser.test.ts.
  for (const path of [
    `/dokumenter/${TEST_DOCUMENTS.v1}/`,
    `/dokumenter/${TEST_DOCUMENTS.withdrawn}/`,
  ]) {
    it(`axe finds no violations on ${path}`, async () => {
      const page = await open(path);
      await expectNoAxeViolations(page);
      await page.context().close();
    });
  }

  it('axe finds no violations on a filtered list with no matches', async () => {
    const page = await open(`/dokumenter/?type=protokoll&status=trukket`);
    await expect.poll(() => status(page).textContent()).toMatch(/^Viser 0 av/);
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  it('shows the whole table with every document, and no filter that cannot work', async () => {
    const page = await open('/dokumenter/?type=protokoll', { javaScript: false });
    const rows = page.locator('tbody tr');
    const count = await rows.count();
    expect(count).toBeGreaterThanOrEqual(5);
    for (let i = 0; i < count; i++) await expect.poll(() => rows.nth(i).isVisible()).toBe(true);
    await expect.poll(() => page.locator('.hp-document-filter').isVisible()).toBe(false);
    const links = await page.locator('tbody tr td:first-child a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const slug of Object.values(TEST_DOCUMENTS)) expect(links).toContain(`/dokumenter/${slug}/`);
    await page.context().close();
  });
});

describe('the filter', () => {
  it('works by keyboard alone and announces the number shown', async () => {
    const page = await open('/dokumenter/');
    const total = await documentCount(page);
    expect(await status(page).getAttribute('role')).toBe('status');

    await tabUntil(page, '#filter-type');
    // Arrow keys change a closed select's value, as a keyboard user would.
    for (let i = 0; i < 10 && (await page.locator('#filter-type').inputValue()) !== 'protokoll'; i++) {
      await page.keyboard.press('ArrowDown');
    }
    expect(await page.locator('#filter-type').inputValue()).toBe('protokoll');
    await expect.poll(() => testTitles(page)).toEqual(['Testdokument: protokoll fra styremøte']);
    const shown = (await visibleTitles(page)).length;
    await expect.poll(() => status(page).textContent()).toBe(`Viser ${shown} av ${total} dokumenter`);
    expect(new URL(page.url()).search).toBe('?type=protokoll');
    expect(await page.locator('#filter-type').evaluate((el) => el === document.activeElement)).toBe(true);

    // Back to all with the keyboard: Home selects «Alle».
    await page.keyboard.press('Home');
    await expect.poll(() => status(page).textContent()).toBe(`Viser ${total} av ${total} dokumenter`);
    expect(new URL(page.url()).search).toBe('');

    // Sort by title with the column header's button.
    await tabUntil(page, 'th[data-sort-key="tittel"] button');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('th[data-sort-key="tittel"]').getAttribute('aria-sort')).toBe('ascending');
    const titles = await visibleTitles(page);
    expect(titles).toEqual([...titles].sort(new Intl.Collator('nb').compare));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('th[data-sort-key="tittel"]').getAttribute('aria-sort')).toBe('descending');
    expect(await page.locator('#filter-sorter').inputValue()).toBe('tittel:synkende');
    await page.context().close();
  });

  it('filters by party, year and status together', async () => {
    const page = await open('/dokumenter/');
    await page.selectOption('#filter-part', 'roros');
    await expect.poll(() => testTitles(page)).toEqual([
      'Testdokument: driftsavtale, versjon 2',
      'Testdokument: driftsavtale, versjon 1',
    ]);
    for (const parties of await visibleColumn(page, 5)) expect(parties.split(', ')).toContain('Røros');
    await page.selectOption('#filter-ar', '2022');
    await expect.poll(() => testTitles(page)).toEqual(['Testdokument: driftsavtale, versjon 1']);
    for (const date of await visibleColumn(page, 4)) expect(date).toMatch(/^(\d\d\.){0,2}2022\b/);
    await page.selectOption('#filter-status', 'trukket');
    await expect.poll(() => visibleTitles(page)).toEqual([]);
    await expect.poll(() => page.locator('.hp-document-filter__empty').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Vis alle dokumenter' }).click();
    await expect.poll(async () => (await visibleTitles(page)).length).toBe(await documentCount(page));
    await page.context().close();
  });

  it('keeps the view in the URL, and the URL restores the same view', async () => {
    const page = await open('/dokumenter/');
    await page.selectOption('#filter-type', 'tjenesteavtale');
    await page.selectOption('#filter-sorter', 'tittel:synkende');
    await expect.poll(() => new URL(page.url()).search).toBe('?type=tjenesteavtale&sorter=tittel&retning=synkende');
    const titles = await visibleTitles(page);
    expect(titles.length).toBeGreaterThanOrEqual(3);

    const copy = await open(`/dokumenter/${new URL(page.url()).search}`);
    await expect.poll(() => visibleTitles(copy)).toEqual(titles);
    expect(await copy.locator('#filter-type').inputValue()).toBe('tjenesteavtale');
    expect(await copy.locator('#filter-sorter').inputValue()).toBe('tittel:synkende');
    expect(await status(copy).textContent()).toBe(await status(page).textContent());
    await page.context().close();
    await copy.context().close();
  });

  it('ignores values in the URL it does not know', async () => {
    const page = await open('/dokumenter/?type=finnes-ikke&ar=1999&sorter=tull');
    const total = await documentCount(page);
    await expect.poll(() => status(page).textContent()).toBe(`Viser ${total} av ${total} dokumenter`);
    expect(await page.locator('#filter-type').inputValue()).toBe('');
    await page.context().close();
  });
});

describe('a document page', () => {
  it('downloads an attachment whose SHA-256 matches the one shown', async () => {
    const { context, page } = await newPage(site.browser);
    await page.goto(`${site.url}/dokumenter/${TEST_DOCUMENTS.v2}/`);
    const item = page.locator('.hp-attachments li', { hasText: 'Avtaleteksten (test)' });
    const shown = (await item.locator('code').textContent())?.trim();
    const [download] = await Promise.all([page.waitForEvent('download'), item.getByRole('link').click()]);
    const file = await download.path();
    expect(download.suggestedFilename()).toBe('avtale.pdf');
    expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(shown);
    await context.close();
  });

  it('marks additions and deletions in the diff, with text a screen reader reads', async () => {
    const page = await open(`/dokumenter/${TEST_DOCUMENTS.v2}/`);
    const diff = page.locator('.hp-diff');
    const inserted = await diff.locator('ins').allTextContents();
    const deleted = await diff.locator('del').allTextContents();
    expect(inserted.map((s) => s.trim())).toEqual(expect.arrayContaining(['Lagt til: og 3', 'Lagt til: Oppsigelse']));
    expect(deleted.map((s) => s.trim())).toEqual(['Fjernet: fast']);
    // The prefixes are visually hidden, the marks are visible, and not by colour alone.
    const box = await diff.locator('ins .ds-sr-only').first().boundingBox();
    expect(box!.width).toBeLessThanOrEqual(1);
    expect(await diff.locator('del').first().evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('line-through');
    expect(await diff.locator('ins').first().evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('underline');
    await page.context().close();
  });

  it('hides navigation and the table of contents when printed', async () => {
    const page = await open(`/dokumenter/${TEST_DOCUMENTS.v2}/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.hp-toc').isVisible()).toBe(false);
    expect(await page.locator('.hp-nav').isVisible()).toBe(false);
    expect(await page.locator('.hp-document h1').isVisible()).toBe(true);
    expect(await page.locator('.hp-attachments').isVisible()).toBe(true);
    await page.context().close();
  });
});
