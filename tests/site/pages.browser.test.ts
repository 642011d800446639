/**
 * The text pages (front page, news, answers, about, accessibility, privacy,
 * open data, 404) in a real Chromium: usable by keyboard, readable without
 * JavaScript (they ship none), the menu a disclosure on a phone, and an
 * honest accessibility statement. Axe and the 320 px reflow check run over
 * every page type in reflow.browser.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { newPage } from '../support/browser.ts';
import { useSiteInBrowser } from '../support/site-browser.ts';

const site = useSiteInBrowser();
const siteDir = inject('siteDir');
const contentDir = inject('contentDir');

const pages = {
  front: '/',
  newsList: '/nyheter/',
  article: '/nyheter/enighet-om-utkast-til-tjenesteavtale/',
  topic: '/nyheter/emne/tjenesteavtale/',
  answers: '/sporsmal-og-svar/',
  answerCategory: '/sporsmal-og-svar/om-helseplattformen/',
  about: '/om/',
  accessibility: '/tilgjengelighet/',
  privacy: '/personvern/',
  data: '/data/',
  notFound: '/finnes-ikke/',
};

describe('text pages', () => {
  const scripts = (url: string) => {
    const file = url === pages.notFound ? '404.html' : path.join(url, 'index.html');
    const html = readFileSync(path.join(siteDir, file), 'utf8');
    return html.match(/<script(?![^>]*application\/ld\+json)[^>]*>/g) ?? [];
  };

  it.each(Object.entries(pages).filter(([name]) => name !== 'front'))('%s ships no JavaScript', (_name, url) => {
    expect(scripts(url)).toEqual([]);
  });

  it('the missing page answers 404 with a way on', async () => {
    const { page, context } = await newPage(site.browser);
    const response = await page.goto(`${site.url}/finnes-ikke/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('Fant ikke siden');
    expect(await page.locator('main a[href="/sok/"]').count()).toBe(1);
    await context.close();
  });

  it('starts with a skip link that takes keyboard users to the content', async () => {
    const { page, context } = await newPage(site.browser);
    await page.goto(`${site.url}${pages.article}`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hopp til hovedinnholdet');
    await page.keyboard.press('Enter');
    expect(page.url()).toMatch(/#innhold$/);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.closest('main') !== null);
    expect(focused).toBe(true);
    await context.close();
  });

  it('reaches every main section through the menu by keyboard', async () => {
    const { page, context } = await newPage(site.browser);
    await page.goto(`${site.url}/`);
    const seen: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Tab');
      const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
      if (href) seen.push(href);
    }
    for (const href of ['/nyheter/', '/dokumenter/', '/kommuner/', '/innforing/', '/sporsmal-og-svar/', '/data/', '/sok/']) {
      expect(seen).toContain(href);
    }
    await context.close();
  });

  it('reads sensibly without JavaScript and fits a 320 px phone without sideways scrolling', async () => {
    const { page, context } = await newPage(site.browser, { javaScript: false, width: 320 });
    for (const url of [pages.front, pages.article, pages.answers, pages.answerCategory, pages.data]) {
      await page.goto(`${site.url}${url}`);
      expect(await page.locator('h1').count()).toBe(1);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, url).toBeLessThanOrEqual(0);
    }
    // The index lists the question under the answer's permanent anchor, linked to the answer on its category's page.
    await page.goto(`${site.url}${pages.answers}#hva-er-helsami`);
    const entry = page.locator('#hva-er-helsami');
    expect(await entry.innerText()).toBe('Hva er HelsaMi?');
    await entry.getByRole('link').click();
    await expect.poll(() => page.url()).toBe(`${site.url}${pages.answerCategory}#hva-er-helsami`);
    expect(await page.locator('h2#hva-er-helsami').innerText()).toBe('Hva er HelsaMi?');
    // Its «link to this answer» is the permanent address on the index.
    expect(await page.locator(`a[href="${pages.answers}#hva-er-helsami"]`).count()).toBe(1);
    await context.close();
  });

  it('wraps the site name in the header only between words, on a 320 px phone and wider', async () => {
    for (const width of [320, 400, 700]) {
      const { page, context } = await newPage(site.browser, { width });
      for (const url of [pages.front, '/nn/', pages.article]) {
        await page.goto(`${site.url}${url}`);
        const { name, split } = await page.locator('.hp-header__name').evaluate((element) => {
          // Each word's line boxes: a word split across lines has boxes on two lines.
          const split: string[] = [];
          const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
              const range = document.createRange();
              range.setStart(node, match.index);
              range.setEnd(node, match.index + match[0].length);
              if (new Set([...range.getClientRects()].map((box) => Math.round(box.top))).size > 1) split.push(match[0]);
            }
          }
          return { name: element.textContent, split };
        });
        expect(name, url).toBe('Helseplattformen – innføringen i Midt-Norge');
        expect(split, `${url} at ${width} px`).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${url} at ${width} px`).toBeLessThanOrEqual(0);
      }
      await context.close();
    }
  });

  it('gives the article its dates, lead and related links', async () => {
    const { page, context } = await newPage(site.browser);
    await page.goto(`${site.url}${pages.article}`);
    // Written later about an earlier event: the event's date first, then when it was published here.
    expect(await page.locator('.hp-article__when').innerText()).toBe('Gjelder 23. februar 2022');
    const meta = await page.locator('.hp-meta').first().innerText();
    expect(meta).toContain('Publisert her 22. november 2026');
    // Every fact rests on a source a reader can follow.
    expect(await page.locator('#kilder').count()).toBe(1);
    expect(await page.locator('a[href="/kommuner/trondheim/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('a[href="/nyheter/emne/tjenesteavtale/"]').count()).toBe(1);
    await context.close();
  });

  it('on a phone, the menu is one line high when closed and opens without JavaScript', async () => {
    const { page, context } = await newPage(site.browser, { javaScript: false, width: 390 });
    await page.goto(`${site.url}/nyheter/`);
    const menu = page.locator('.hp-menu');
    const summary = menu.locator('summary');
    expect(await summary.innerText()).toBe('Meny');
    const lineHeight = await summary.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    expect((await summary.boundingBox())!.height).toBeLessThan(lineHeight * 2);
    expect(await page.getByRole('link', { name: 'Dokumenter', exact: true }).isVisible()).toBe(false);
    await summary.click();
    await page.getByRole('link', { name: 'Dokumenter', exact: true }).click();
    await expect.poll(() => page.url()).toBe(`${site.url}/dokumenter/`);
    await context.close();
  });

  it('has an honest accessibility statement: what was tested and when, what needs JavaScript, whom to tell, where to complain', async () => {
    const { page, context } = await newPage(site.browser);
    await page.goto(`${site.url}/tilgjengelighet/`);
    const main = page.locator('main');
    const text = await main.innerText();
    expect(text).toMatch(/sist gjennomgått \d{1,2}\. \w+ \d{4}/);
    expect(text).toContain('Hva vi har testet');
    expect(text).toMatch(/ikke\s+testet/);
    expect(text).not.toMatch(/Alle sider virker uten JavaScript/);
    for (const feature of ['Søket', 'Finn kommunen din', 'Status på en annen dato', 'Diagrammene']) expect(text).toContain(feature);
    const settings = JSON.parse(readFileSync(path.join(contentDir, 'innstillinger.json'), 'utf8')) as { epost: string };
    expect(await main.locator(`a[href="mailto:${settings.epost}"]`).innerText()).toBe(settings.epost);
    expect(await main.locator('a[href^="https://www.uutilsynet.no/"]').count()).toBe(1);
    expect(await main.locator('a[href^="https://www.diskrimineringsnemnda.no/"]').count()).toBe(1);
    await context.close();
  });
});
