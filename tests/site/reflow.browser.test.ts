/**
 * Reflow (WCAG 1.4.10) and axe on every page type, at phone and desktop
 * widths: no page is wider than the screen at 320 CSS px, with the shipped
 * content and with the longest Norwegian words and a long bare URL; axe finds
 * no WCAG 2.1 A/AA violation at 320 px or at 1280 px.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, newPage } from '../support/browser.ts';
import { LONG_WORD_PAGE_TYPES, NYNORSK_PAGE_TYPES, PAGE_TYPES } from '../support/page-types.ts';
import { useSiteInBrowser } from '../support/site-browser.ts';

const site = useSiteInBrowser();
const everyPage = Object.entries({ ...PAGE_TYPES, ...LONG_WORD_PAGE_TYPES });

/** How far the page reaches past the right edge of the screen, in CSS px (0 when it fits). */
const overflow = (page: Page) =>
  page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth));

/** Elements that stick out past the screen's right edge and are not inside a box that scrolls: what to fix. */
const culprits = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((el) => {
        if (!el.checkVisibility() || el.getBoundingClientRect().right <= document.documentElement.clientWidth + 0.5) return false;
        for (let parent = el.parentElement; parent; parent = parent.parentElement) {
          if (getComputedStyle(parent).overflowX !== 'visible') return false;
        }
        return true;
      })
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent ?? '').trim().slice(0, 60)}`),
  );

describe('reflow at 320 CSS px', () => {
  for (const javaScript of [true, false]) {
    it(`no page is wider than the screen, ${javaScript ? 'with' : 'without'} JavaScript`, async () => {
      const { context, page } = await newPage(site.browser, { width: 320, javaScript });
      const wide: string[] = [];
      for (const [name, url] of everyPage) {
        await page.goto(site.url + url);
        const by = await overflow(page);
        if (by > 0) wide.push(`${name} (${url}) is ${by} px too wide: ${(await culprits(page)).join(' | ')}`);
      }
      expect(wide).toEqual([]);
      await context.close();
    });
  }

  it('also with every disclosure open: the menu, the list of all municipalities, the past-status table', async () => {
    const page = await site.open('/kommuner/', { width: 320, javaScript: false });
    // Last first: the open menu lies over the page below it, as a menu does.
    for (const summary of (await page.locator('details > summary').all()).reverse()) await summary.click();
    expect(await page.locator('details[open]').count()).toBeGreaterThanOrEqual(3);
    expect(await overflow(page), (await culprits(page)).join(' | ')).toBe(0);
    await page.context().close();
  });

  it('shows the status table’s status column without scrolling the page sideways, with its column name', async () => {
    const page = await site.open('/kommuner/', { width: 320 });
    const cell = page.locator('#kommunetabell tr[data-slug="roros"] [data-col="status"]');
    await cell.scrollIntoViewIfNeeded();
    const box = (await cell.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    expect(await cell.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"Status"');
    expect(await cell.innerText()).toContain('I drift');
    // The caption wraps within the screen instead of being cut.
    const caption = (await page.locator('#kommunetabell caption').boundingBox())!;
    expect(caption.x + caption.width).toBeLessThanOrEqual(320);
    await page.context().close();
  });

  it('lets the documents list scroll in its own labelled, focusable box, with its caption in view', async () => {
    const page = await site.open('/dokumenter/', { width: 320 });
    const region = page.getByRole('region', { name: /Publiserte dokumenter/ });
    expect(await region.getAttribute('tabindex')).toBe('0');
    const scrolls = await region.evaluate((el) => el.scrollWidth > el.clientWidth);
    expect(scrolls).toBe(true);
    const caption = (await page.locator('.hp-document-table caption').boundingBox())!;
    expect(caption.x + caption.width).toBeLessThanOrEqual(320);
    await page.context().close();
  });

  it('breaks no word of a status card’s label across lines on the front page, bokmål and nynorsk', async () => {
    for (const url of ['/', '/nn/']) {
      const page = await site.open(url, { width: 320 });
      const labels = page.locator('.hp-key-figures__list li > :not(.hp-key-figures__count, .hp-key-figures__stated)');
      expect(await labels.count(), url).toBeGreaterThanOrEqual(5);
      // A word whose letters sit on more than one line is split («registre / rt»).
      const split = await labels.evaluateAll((elements) =>
        elements.flatMap((element) => {
          const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
          const words: string[] = [];
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const match of (node.textContent ?? '').matchAll(/\S+/g)) {
              const range = document.createRange();
              range.setStart(node, match.index);
              range.setEnd(node, match.index + match[0].length);
              const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
              if (lines.size > 1) words.push(match[0]);
            }
          }
          return words;
        }),
      );
      expect(split, url).toEqual([]);
      expect(await overflow(page), url).toBe(0);
      await page.context().close();
    }
  });
});

describe('axe', () => {
  for (const width of [320, 1280]) {
    it.each([...everyPage, ...Object.entries(NYNORSK_PAGE_TYPES)])(`%s (%s) has no violations at ${width} px`, async (_name, url) => {
      const page = await site.open(url, { width });
      await page.waitForLoadState('networkidle');
      await expectNoAxeViolations(page);
      await page.context().close();
    });
  }
});
