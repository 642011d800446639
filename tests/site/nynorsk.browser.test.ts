/**
 * The nynorsk site (/nn/) as a reader uses it, beside axe (reflow.browser.test.ts):
 * no page wider than a 320 px phone with or without JavaScript, nynorsk words
 * being longer than bokmål ones in places; the skip link and the menu by
 * keyboard, in nynorsk and staying on /nn/; and the citizen's top task,
 * «find my municipality», with and without JavaScript, ending on the
 * municipality's nynorsk page. Strings come from src/i18n/nn.json, so a
 * reworded string does not break the test, but a bokmål one on /nn/ does.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { diskStrings } from '../../src/i18n/testing.ts';
import { newPage } from '../support/browser.ts';
import { NYNORSK_PAGE_TYPES } from '../support/page-types.ts';
import { useSiteInBrowser } from '../support/site-browser.ts';

const site = useSiteInBrowser();
const nn = diskStrings.nn!;
/** The nynorsk interface string for `key`; throws when src/i18n/nn.json lacks it, so the test cannot pass on an undefined name. */
const nnString = (key: string): string => {
  const value = nn[key];
  if (value === undefined) throw new Error(`src/i18n/nn.json has no ${key}`);
  return value;
};
const PHONE = { width: 390, height: 844 };

/** How far the page reaches past the right edge of the screen, in CSS px (0 when it fits). */
const overflow = (page: Page) =>
  page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth));

describe('the nynorsk site on a 320 px phone', () => {
  for (const javaScript of [true, false]) {
    it(`has no page wider than the screen, ${javaScript ? 'with' : 'without'} JavaScript, and each has one heading`, async () => {
      const { context, page } = await newPage(site.browser, { width: 320, javaScript });
      const problems: string[] = [];
      for (const [name, url] of Object.entries(NYNORSK_PAGE_TYPES)) {
        await page.goto(site.url + url);
        const by = await overflow(page);
        if (by > 0) problems.push(`${name} (${url}) is ${by} px too wide`);
        const headings = await page.locator('h1').count();
        if (headings !== 1) problems.push(`${name} (${url}) has ${headings} h1 elements`);
        if ((await page.locator('html').getAttribute('lang')) !== 'nn') problems.push(`${name} (${url}) is not lang="nn"`);
      }
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

describe('the nynorsk site by keyboard', () => {
  it('starts with a nynorsk skip link that takes keyboard users to the content', async () => {
    const { page, context } = await newPage(site.browser);
    await page.goto(site.url + NYNORSK_PAGE_TYPES.nnArticle);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(nnString('site.skipLink'));
    await page.keyboard.press('Enter');
    expect(page.url()).toMatch(/#innhold$/);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    await context.close();
  });

  it('reaches every main section of the nynorsk site through the menu', async () => {
    const { page, context } = await newPage(site.browser);
    await page.goto(`${site.url}/nn/`);
    const seen: string[] = [];
    for (let i = 0; i < 14; i += 1) {
      await page.keyboard.press('Tab');
      const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
      if (href) seen.push(href);
    }
    const { nnNewsList, nnDocuments, nnMunicipalities, nnRollout, nnAnswers, nnData } = NYNORSK_PAGE_TYPES;
    for (const href of [nnNewsList, nnDocuments, nnMunicipalities, nnRollout, nnAnswers, nnData, '/nn/sok/']) {
      expect(seen).toContain(href);
    }
    await context.close();
  });
});

describe('«Finn kommunen din» on the nynorsk site, on a phone', () => {
  const phone = async (javaScript: boolean) => {
    const context = await site.browser.newContext({ viewport: PHONE, javaScriptEnabled: javaScript, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${site.url}/nn/`);
    return page;
  };
  const expectRorosPage = async (page: Page) => {
    await expect.poll(() => page.url()).toBe(`${site.url}/nn/kommunar/roros/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('nn');
    expect(await page.locator('h1').innerText()).toContain('Røros');
  };

  it('finds Røros with JavaScript: tap the nynorsk-labelled field, type «roros», tap Røros', async () => {
    const page = await phone(true);
    await page.getByRole('combobox', { name: nnString('finder.label') }).tap();
    await page.keyboard.type('roros');
    await page.getByRole('option', { name: /^Røros/ }).tap();
    await expectRorosPage(page);
    await page.context().close();
  });

  it('finds Røros with the keyboard: type «roros» and press Enter', async () => {
    const page = await phone(true);
    await page.getByRole('combobox', { name: nnString('finder.label') }).focus();
    await page.keyboard.type('roros');
    await page.keyboard.press('Enter');
    await expectRorosPage(page);
    await page.context().close();
  });

  it('finds Røros without JavaScript: open the nynorsk list of all municipalities, tap Røros', async () => {
    const page = await phone(false);
    expect(await page.getByRole('combobox').count()).toBe(0);
    const all = new RegExp(`^${nnString('finder.all').replace('{count}', '\\d+')}$`);
    await page.getByText(all).tap();
    await page.getByRole('link', { name: 'Røros', exact: true }).first().tap();
    await expectRorosPage(page);
    await page.context().close();
  });
});

describe('dates and numbers written by the browser on the nynorsk site', () => {
  // Debian's Chromium has no nynorsk locale data; without a fallback it wrote «January 1, 2024».
  it('says «… sidan 1. januar 2024.» on /nn/endringar/?siden=2024-01-01, in Norwegian, not English', async () => {
    const page = await site.open('/nn/endringar/?siden=2024-01-01', { width: 390 });
    const status = page.locator('hp-changes-since [role="status"]');
    const expected = nnString('changes.since.result').replace('{count}', '.+').replace('{date}', '1\\. januar 2024');
    await expect.poll(() => status.textContent()).toMatch(new RegExp(`^${expected.replace(/\.$/, '\\.')}$`, 'u'));
    await page.context().close();
  });
});

describe('bokmål content on the nynorsk site, as the date choice redraws it', () => {
  /** The language each status and phase name in the municipalities table is read in, and whether it carries its own lang. */
  const namesInTable = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll('#kommunetabell td[data-col="phase"] a, #kommunetabell td[data-col="status"] .hp-status__label')].map((element) => ({
        text: element.textContent ?? '',
        readAs: element.closest('[lang]')?.getAttribute('lang'),
        own: element.hasAttribute('lang'),
      })),
    );

  it('marks the status and phase names it writes on /nn/kommunar/ as bokmål, and adds no lang on /kommuner/', async () => {
    for (const [url, lang, own] of [['/nn/kommunar/?dato=2022-12-01', 'nb', true], ['/kommuner/?dato=2022-12-01', 'nb', false]] as const) {
      const page = await site.open(url, { width: 1280 });
      // The table's caption names the chosen date once the script has redrawn it.
      await expect.poll(() => page.locator('#kommunetabell caption').innerText()).toContain('1. desember 2022');
      const names = await namesInTable(page);
      // Phases that had started by then (the second wave in November 2022) and statuses.
      expect(names.filter((n) => n.text.includes('innføring')).length).toBeGreaterThan(0);
      expect(names.filter((n) => n.readAs !== lang || n.own !== own)).toEqual([]);
      await page.context().close();
    }
  });
});
