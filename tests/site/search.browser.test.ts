/**
 * Search in a real Chromium over the built test site and its Pagefind index:
 * municipalities by any spelling and by number, words of the body text
 * typed without æ, ø and å, a PDF's text as a result of
 * its own (also from a subfolder) without losing the document page's result,
 * one list item per result counted honestly, and no result titled by a
 * heading fragment.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, newPage } from '../support/browser.ts';
import { ATTACHMENT_MARKER, TEST_DOCUMENTS } from '../support/document-fixtures.ts';
import { SUBFOLDER_PDF_MARKER } from '../support/long-word-fixtures.ts';
import { useSiteInBrowser } from '../support/site-browser.ts';
import { LANGUAGE_ITEMS } from '../support/language-fixtures.ts';

const site = useSiteInBrowser();
// Pagefind loads its WebAssembly and index on the first search; a busy machine needs a while.
const SLOW = { timeout: 20_000 };

const status = (page: Page) => page.getByRole('status');
const resultLinks = (page: Page) => page.locator('[data-results] > li h2 a');

/** Runs a search from the search page's form and waits for its count. */
async function search(page: Page, query: string): Promise<void> {
  await page.getByLabel('Søkeord').fill(query);
  await page.getByLabel('Søkeord').press('Enter');
  await expect.poll(() => status(page).innerText(), SLOW).toMatch(new RegExp(`treff på «${query}»`));
}

/** The result count the page states («12 treff på …»), 0 for «Ingen treff». */
async function statedCount(page: Page): Promise<number> {
  const text = await status(page).innerText();
  return text.startsWith('Ingen') ? 0 : Number(/^(\d+) treff/.exec(text)?.[1]);
}

const hrefs = async (page: Page) => (await resultLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute('href'))));

describe('the search page', () => {
  it('finds a word that only a PDF attachment contains, and a word from an answer, and opens a result', async () => {
    const { page, context } = await newPage(site.browser);
    await page.goto(`${site.url}/`);
    await page.getByRole('link', { name: 'Søk', exact: true }).click();
    await expect.poll(() => page.url()).toBe(`${site.url}/sok/`);

    await search(page, ATTACHMENT_MARKER);
    expect(await page.locator('[data-results] li').first().innerText()).toContain('Vedlegg');
    expect(page.url()).toContain(`q=${ATTACHMENT_MARKER}`);

    await search(page, 'HelsaMi');
    // An answer is found on its category's page.
    const answer = page.locator('[data-results] a[href^="/sporsmal-og-svar/"][href*="/#"]').first();
    await expect.poll(() => answer.count()).toBeGreaterThan(0);

    await page.getByLabel('Type').selectOption('Nyheter');
    await expect.poll(() => page.url()).toContain('type=Nyheter');
    await expect.poll(async () => page.locator('[data-results] a[href*="/sporsmal-og-svar/"]').count(), SLOW).toBe(0);

    await page.getByLabel('Type').selectOption('Svar');
    await expect.poll(() => answer.count(), SLOW).toBeGreaterThan(0);
    const href = await answer.getAttribute('href');
    await answer.click();
    await expect.poll(() => page.url()).toBe(new URL(href!, site.url).href);
    expect(await page.locator(':target').innerText()).toMatch(/HelsaMi/i);
    await context.close();
  });

  it('restores a shared search from its URL and passes axe', async () => {
    const { page, context } = await newPage(site.browser);
    await page.goto(`${site.url}/sok/?q=tjenesteavtale&type=Dokumenter`);
    await expect.poll(() => status(page).innerText(), SLOW).toMatch(/treff på «tjenesteavtale»/);
    expect(await page.getByLabel('Type').inputValue()).toBe('Dokumenter');
    await expect.poll(() => page.locator('[data-results] a[href^="/dokumenter/"]').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    await context.close();
  });

  it('finds the municipality page for «roros», «Røros», «Roeros» and its number, and shows its status', async () => {
    const page = await site.open('/sok/');
    for (const query of ['roros', 'Røros', 'Roeros', '5025']) {
      await search(page, query);
      expect(await hrefs(page), query).toContain('/kommuner/roros/');
    }
    const result = page.locator('[data-results] > li', { has: page.locator('a[href="/kommuner/roros/"]') });
    expect(await result.innerText()).toMatch(/Kommune\n/);
    expect(await result.innerText()).toContain('I drift');
    // The hidden other spellings never show in a result.
    await search(page, 'roeros');
    expect(await page.locator('[data-results]').innerText()).not.toContain('⁂');
    await page.context().close();
  });

  it('finds a word of the body text typed without ø, æ or å as with them: the same pages, the same count, the word marked as the page writes it', async () => {
    const page = await site.open('/sok/');
    const news = '/nyheter/trondheim-i-drift-mens-st-olavs-ventet/';
    // «lørdag» is in the text of this news item and an answer, in no title or name.
    const found: Record<string, { count: number; hrefs: (string | null)[] }> = {};
    for (const query of ['lørdag', 'lordag', 'Roros', 'Røros', 'Oerland', 'Ørland']) {
      await search(page, query);
      found[query] = { count: await statedCount(page), hrefs: await hrefs(page) };
    }
    expect(found['lordag']!.hrefs).toContain(news);
    expect(found['lordag']).toEqual(found['lørdag']);
    expect(found['Roros']!.count).toBeGreaterThan(1);
    expect(found['Roros']).toEqual(found['Røros']);
    expect(found['Oerland']!.count).toBeGreaterThan(0);
    expect(found['Oerland']).toEqual(found['Ørland']);

    await search(page, 'lordag');
    const result = page.locator('[data-results] > li', { has: page.locator(`a[href="${news}"]`) });
    expect((await result.locator('mark').allInnerTexts()).map((word) => word.toLowerCase())).toContain('lørdag');
    expect(await page.locator('[data-results]').innerText()).not.toContain('⁂');
    await page.context().close();
  });

  it('finds a word typed without ø on the nynorsk search page as with it', async () => {
    const { page, context } = await newPage(site.browser);
    const counts: number[] = [];
    for (const query of ['lørdag', 'lordag']) {
      await page.goto(`${site.url}/nn/sok/?q=${encodeURIComponent(query)}`);
      await expect.poll(() => status(page).innerText(), SLOW).toMatch(new RegExp(`treff på «${query}»`));
      counts.push(await statedCount(page));
    }
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[1]).toBe(counts[0]);
    await context.close();
  });

  it('gives a PDF its own result at the file’s address, also from a subfolder, and keeps the document page’s own', async () => {
    const page = await site.open('/sok/');
    await search(page, ATTACHMENT_MARKER);
    expect(await hrefs(page)).toEqual([`/dokumenter/${TEST_DOCUMENTS.v2}/avtale.pdf`]);
    expect(await page.locator('[data-results] > li').first().innerText()).toContain('Vedlegg til «Testdokument: driftsavtale, versjon 2»');

    await search(page, SUBFOLDER_PDF_MARKER);
    expect(await hrefs(page)).toEqual(['/dokumenter/testdokument-lange-ord/vedlegg/bilag.pdf']);

    // «Oppsigelse» is a heading only in version 2's text (the document with the PDF).
    await search(page, 'oppsigelse');
    expect(await hrefs(page)).toContain(`/dokumenter/${TEST_DOCUMENTS.v2}/`);
    await page.context().close();
  });

  it('lists as many results as it says, twenty at a time', async () => {
    const page = await site.open('/sok/');
    await search(page, 'roros');
    expect(await resultLinks(page).count()).toBe(await statedCount(page));

    await search(page, 'Helseplattformen');
    const total = await statedCount(page);
    expect(total).toBeGreaterThan(20);
    expect(await status(page).innerText()).toContain('Viser de 20 første');
    expect(await resultLinks(page).count()).toBe(20);
    const more = page.getByRole('button', { name: 'Vis flere treff' });
    while (await more.isVisible()) {
      const before = await resultLinks(page).count();
      await more.click();
      await expect.poll(() => resultLinks(page).count(), SLOW).toBeGreaterThan(before);
    }
    expect(await resultLinks(page).count()).toBe(total);
    expect(await status(page).innerText()).toBe(`${total} treff på «Helseplattformen».`);
    await page.context().close();
  });

  it('titles every result by its page or its answer, never by a heading inside it', async () => {
    const page = await site.open('/sok/');
    await search(page, 'avtale');
    const results = await resultLinks(page).evaluateAll((links) => links.map((a) => ({ title: a.textContent ?? '', href: a.getAttribute('href')! })));
    expect(results.length).toBeGreaterThan(3);
    const target = await site.browser.newPage();
    for (const { title, href } of results) {
      if (href.endsWith('.pdf')) continue;
      await target.goto(site.url + href);
      const hash = new URL(href, site.url).hash;
      const heading = hash
        ? target.locator(`article[data-search-answer] [id="${decodeURIComponent(hash.slice(1))}"]`)
        : target.locator('h1');
      expect(await heading.innerText(), href).toBe(title);
    }
    await target.close();
    await page.context().close();
  });

  it('promises PDF text only when a document has a PDF, and labels the year filter as the publication year', async () => {
    // The test site has documents with PDF attachments (document-fixtures.ts); the shipped content has none (search-ui.test.ts).
    const { page, context } = await newPage(site.browser);
    for (const [url, pdf] of [
      ['/sok/', 'Søket finner også teksten i vedlagte PDF-filer.'],
      ['/nn/sok/', 'Søket finn også teksten i vedlagde PDF-filer.'],
    ] as const) {
      await page.goto(`${site.url}${url}`);
      const lead = await page.locator('.hp-lead').innerText();
      expect(lead, url).toContain(pdf);
      expect(lead.match(/PDF/g), url).toHaveLength(1);
      expect(await page.getByLabel('Publiseringsår', { exact: true }).evaluate((el) => el.tagName), url).toBe('SELECT');
      await expect.poll(() => page.getByLabel('Publiseringsår', { exact: true }).locator('option').count(), SLOW).toBeGreaterThan(1);
    }
    await context.close();
  });

  it('says «Ingen treff» for a word on no page instead of listing pages that only have a beginning of it, and still finds a part of a word', async () => {
    const page = await site.open('/sok/');
    for (const word of ['sokkelhøyde', 'sokkel', 'sjokolade', 'salat']) {
      await search(page, word);
      expect(await status(page).innerText(), word).toBe(`Ingen treff på «${word}».`);
      expect(await resultLinks(page).count(), word).toBe(0);
    }
    await search(page, 'helseplatt');
    expect(await statedCount(page)).toBeGreaterThan(0);
    await page.context().close();
  });

  it('tells a reader without JavaScript where to browse instead', async () => {
    const { page, context } = await newPage(site.browser, { javaScript: false });
    await page.goto(`${site.url}/sok/`);
    expect(await page.locator('main').innerText()).toContain('Søket trenger JavaScript');
    expect(await page.locator('main a[href="/dokumenter/"]').count()).toBe(1);
    expect(await page.locator('main a[href="/kommuner/"]').count()).toBe(1);
    // Everything the search covers can be browsed instead, meetings and the rollout included, in both languages.
    for (const [path, names] of [
      ['/sok/', ['Kommunene', 'Nyheter', 'Dokumenter', 'Spørsmål og svar', 'Møter', 'Innføringen']],
      ['/nn/sok/', ['Kommunane', 'Nyheiter', 'Dokument', 'Spørsmål og svar', 'Møte', 'Innføringa']],
    ] as const) {
      await page.goto(site.url + path);
      const list = page.locator('main [data-nojs] li a');
      expect(await list.allInnerTexts(), path).toEqual(names);
      for (const href of await list.evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
        expect((await page.request.get(site.url + href)).status(), href).toBe(200);
      }
    }
    await context.close();
  });

  it('searches each language’s own site: a nynorsk and a bokmål item are found from both, at the address of the site searched', async () => {
    const { nynorsk, bokmal } = LANGUAGE_ITEMS;
    const { page, context } = await newPage(site.browser);
    for (const { base, news } of [
      { base: '/sok/', news: '/nyheter/' },
      { base: '/nn/sok/', news: '/nn/nyheiter/' },
    ]) {
      for (const item of [nynorsk, bokmal]) {
        await page.goto(`${site.url}${base}?q=${item.word}`);
        await expect.poll(() => status(page).innerText(), SLOW).toMatch(new RegExp(`treff på «${item.word}»`));
        expect(await hrefs(page)).toEqual([`${news}${item.slug}/`]);
      }
      // A new search keeps the page's own address, so reloading or sharing it stays in that language.
      await page.locator('#sok-q').fill(nynorsk.word);
      await page.locator('#sok-q').press('Enter');
      await expect.poll(() => new URL(page.url()).pathname, SLOW).toBe(base);
      await expect.poll(() => new URL(page.url()).searchParams.get('q'), SLOW).toBe(nynorsk.word);
    }
    await context.close();
  });
});

