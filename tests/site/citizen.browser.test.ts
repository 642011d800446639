/**
 * The citizen's top task on a phone: «is my municipality on the new system,
 * and when?». From the front page at 390 × 844, with and without JavaScript,
 * in fewer than five interactions; and «Finn kommunen din» by keyboard, as the
 * WAI-ARIA combobox pattern describes it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { formatDate } from '../../src/domain/format.ts';
import { useSiteInBrowser } from '../support/site-browser.ts';

const site = useSiteInBrowser();
const PHONE = { width: 390, height: 844 };

/** Røros as the site's own open data gives it: what its page must say. */
function expectedRoros(): { status: string; since: string } {
  const data = JSON.parse(readFileSync(path.join(inject('siteDir'), 'data', 'kommuner.json'), 'utf8')) as {
    rader: { id: string; status_navn: string; status_siden: string | null }[];
  };
  const row = data.rader.find((r) => r.id === 'roros')!;
  return { status: row.status_navn, since: formatDate(row.status_siden!) };
}

async function phone(javaScript: boolean): Promise<Page> {
  const context = await site.browser.newContext({ viewport: PHONE, javaScriptEnabled: javaScript, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`${site.url}/`);
  return page;
}

/** The reader's answer: Røros's page with its status and its date, on the first screen. */
async function expectRorosAnswer(page: Page) {
  await expect.poll(() => page.url()).toBe(`${site.url}/kommuner/roros/`);
  const { status, since } = expectedRoros();
  for (const text of [status, since]) {
    const element = page.locator('main').getByText(text, { exact: false }).first();
    const box = await element.boundingBox();
    expect(box, text).not.toBeNull();
    expect(box!.y + box!.height, `«${text}» on the first screen`).toBeLessThanOrEqual(PHONE.height);
  }
}

describe('on a phone, from the front page to Røros’s status', () => {
  it('takes fewer than five interactions with JavaScript: tap the field, type «roros», tap Røros', async () => {
    const page = await phone(true);
    let interactions = 0;
    const field = page.getByRole('combobox', { name: 'Kommunens navn eller nummer' });
    await field.tap();
    interactions += 1;
    await page.keyboard.type('roros');
    interactions += 1;
    const option = page.getByRole('option', { name: /^Røros/ });
    await option.tap();
    interactions += 1;
    await expectRorosAnswer(page);
    expect(interactions).toBeLessThan(5);
    await page.context().close();
  });

  it('takes fewer than five interactions without JavaScript: open the list of municipalities, tap Røros', async () => {
    const page = await phone(false);
    let interactions = 0;
    expect(await page.getByRole('combobox').count()).toBe(0);
    await page.getByText(/^Alle de \d+ kommunene, etter fylke$/).tap();
    interactions += 1;
    await page.getByRole('link', { name: 'Røros', exact: true }).first().tap();
    interactions += 1;
    await expectRorosAnswer(page);
    expect(interactions).toBeLessThan(5);
    await page.context().close();
  });
});

describe('«Finn kommunen din» by keyboard', () => {
  const open = async () => {
    const page = await site.open('/kommuner/');
    const field = page.getByRole('combobox', { name: 'Kommunens navn eller nummer' });
    await field.focus();
    return { page, field };
  };
  const activeOption = (page: Page) =>
    page.evaluate(() => {
      const id = document.activeElement?.getAttribute('aria-activedescendant');
      return id ? document.getElementById(id)?.textContent ?? null : null;
    });

  it('moves through the options with the arrow keys, closes with Escape, clears with a second Escape', async () => {
    const { page, field } = await open();
    expect(await field.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.type('ro');
    expect(await field.getAttribute('aria-expanded')).toBe('true');
    const listbox = page.getByRole('listbox', { name: 'Kommuner som passer' });
    const names = await listbox.getByRole('option').allInnerTexts();
    expect(names[0]).toMatch(/^Røros\s/);
    expect(names[1]).toMatch(/Røyrvik\s/);
    expect(await activeOption(page)).toBeNull();
    await page.keyboard.press('ArrowDown');
    expect(await activeOption(page)).toMatch(/^Røros/);
    expect(await listbox.getByRole('option', { selected: true }).count()).toBe(1);
    await page.keyboard.press('ArrowDown');
    expect(await activeOption(page)).toMatch(/Røyrvik/);
    await page.keyboard.press('ArrowUp');
    expect(await activeOption(page)).toMatch(/^Røros/);
    await page.keyboard.press('ArrowUp');
    expect(await activeOption(page)).not.toMatch(/^Røros/);
    // Focus never leaves the field.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await page.keyboard.press('Escape');
    expect(await field.getAttribute('aria-expanded')).toBe('false');
    expect(await listbox.isVisible()).toBe(false);
    expect(await field.inputValue()).toBe('ro');
    await page.keyboard.press('Escape');
    expect(await field.inputValue()).toBe('');
    await page.context().close();
  });

  it('opens the highlighted municipality with Enter', async () => {
    const { page } = await open();
    await page.keyboard.type('Roeros');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toBe(`${site.url}/kommuner/roros/`);
    await page.context().close();
  });

  it('finds a municipality typed with «kommune» after its name, and by a former number, saying whose number it was', async () => {
    const { page, field } = await open();
    const listbox = page.getByRole('listbox', { name: 'Kommuner som passer' });
    await page.keyboard.type('Kristiansund kommune');
    expect(await listbox.getByRole('option').allInnerTexts()).toEqual([expect.stringMatching(/^Kristiansund\s/)]);
    await field.fill('');
    await page.keyboard.type('1507');
    const options = await listbox.getByRole('option').allInnerTexts();
    expect(options).toHaveLength(1);
    expect(options[0]).toMatch(/^Ålesund\s/);
    expect(options[0]).toContain('Ålesund hadde kommunenummer 1507 til og med 31. desember 2023.');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toBe(`${site.url}/kommuner/alesund/`);
    await page.context().close();
  });

  it('opens the best match with Enter, for a name without æ, ø, å, a Sámi name or a municipality number', async () => {
    for (const [query, slug] of [
      ['aafjord', 'afjord'],
      ['Raarvihke', 'royrvik'],
      ['5025', 'roros'],
    ]) {
      const { page } = await open();
      await page.keyboard.type(query!);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.url(), { message: query! }).toBe(`${site.url}/kommuner/${slug}/`);
      await page.context().close();
    }
  });

  it('says how many match, and when none does, in a status message', async () => {
    const { page } = await open();
    await page.keyboard.type('roros');
    await expect.poll(() => page.locator('[data-finder-status]').innerText()).toMatch(/^1 kommune passer/);
    await page.keyboard.type('xx');
    await expect.poll(() => page.locator('[data-finder-status]').innerText()).toMatch(/^Ingen kommune passer med «rorosxx»/);
    expect(await page.getByRole('combobox').getAttribute('aria-expanded')).toBe('false');
    await page.context().close();
  });
});
