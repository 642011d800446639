/**
 * One Chromium and one static server over the shared test build, for a
 * browser test file: call `useSiteInBrowser()` at the top of the file.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser, newPage } from './browser.ts';
import { serve } from './static-server.ts';

export interface SiteInBrowser {
  readonly browser: Browser;
  /** The server's origin, without a trailing slash. */
  readonly url: string;
  /** A fresh page (own context) opened at `path`. */
  open(path: string, options?: Parameters<typeof newPage>[1]): Promise<Page>;
}

export function useSiteInBrowser(): SiteInBrowser {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serve>> | undefined;
  beforeAll(async () => {
    server = await serve(inject('siteDir'));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const site: SiteInBrowser = {
    get browser() {
      if (!browser) throw new Error('the browser starts in beforeAll');
      return browser;
    },
    get url() {
      if (!server) throw new Error('the server starts in beforeAll');
      return server.url;
    },
    async open(path, options = {}) {
      const { page } = await newPage(site.browser, options);
      await page.goto(site.url + path);
      return page;
    },
  };
  return site;
}

/** Presses Tab until the focused element matches `selector`; fails after `limit` presses. */
export async function tabUntil(page: Page, selector: string, limit = 250): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}
