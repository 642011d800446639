/** Search in a real Chromium over the built test site and its Pagefind index. */
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, newPage } from '../support/browser.ts';
import { useSiteInBrowser } from '../support/site-browser.ts';

const site = useSiteInBrowser();

describe('the search page', () => {
  it('finds a word that only a PDF attachment contains, and a word from an answer, and opens a result', async () => {
    const { page, context } = await newPage(site.browser);
    await page.goto(`${site.url}/`);
    await page.getByRole('link', { name: 'Søk', exact: true }).click();
    await expect.poll(() => page.url()).toBe(`${site.url}/sok/`);

    await page.getByLabel('Søkeord').fill('vedleggsord');
    await page.getByLabel('Søkeord').press('Enter');
    await expect.poll(() => page.getByRole('status').innerText()).toMatch(/^\d+ treff på «vedleggsord»/);
    expect(await page.locator('[data-results] li').first().innerText()).toContain('Vedlegg');
    expect(page.url()).toContain('q=vedleggsord');

    await page.getByLabel('Søkeord').fill('HelsaMi');
    await page.getByLabel('Søkeord').press('Enter');
    await expect.poll(() => page.getByRole('status').innerText()).toMatch(/treff på «HelsaMi»/);
    const answer = page.locator('[data-results] a[href*="/sporsmal-og-svar/#"]').first();
    await expect.poll(() => answer.count()).toBeGreaterThan(0);

    await page.getByLabel('Type').selectOption('Nyheter');
    await expect.poll(() => page.url()).toContain('type=Nyheter');
    await expect.poll(async () => page.locator('[data-results] a[href*="/sporsmal-og-svar/"]').count()).toBe(0);

    await page.getByLabel('Type').selectOption('Svar');
    await expect.poll(() => answer.count()).toBeGreaterThan(0);
    const href = await answer.getAttribute('href');
    await answer.click();
    await expect.poll(() => page.url()).toBe(new URL(href!, site.url).href);
    expect(await page.locator(':target').innerText()).toMatch(/HelsaMi/i);
    await context.close();
  });

  it('restores a shared search from its URL and passes axe', async () => {
    const { page, context } = await newPage(site.browser);
    await page.goto(`${site.url}/sok/?q=tjenesteavtale&type=Dokumenter`);
    await expect.poll(() => page.getByRole('status').innerText()).toMatch(/treff på «tjenesteavtale»/);
    expect(await page.getByLabel('Type').inputValue()).toBe('Dokumenter');
    await expect.poll(() => page.locator('[data-results] a[href^="/dokumenter/"]').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('tells a reader without JavaScript where to browse instead', async () => {
    const { page, context } = await newPage(site.browser, { javaScript: false });
    await page.goto(`${site.url}/sok/`);
    expect(await page.locator('main').innerText()).toContain('Søket trenger JavaScript');
    expect(await page.locator('main a[href="/dokumenter/"]').count()).toBe(1);
    await context.close();
  });
});
