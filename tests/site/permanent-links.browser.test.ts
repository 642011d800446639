/**
 * Permanent links on the built test site: an address that moved takes the
 * reader to the new page (without JavaScript too), a removed one says when
 * and why, neither is listed for search engines, feed identifiers keep the
 * first address, answers keep their old anchors, and the site lists every
 * address it answers for the next check.
 */
import { XMLParser } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { TEST_ADDRESSES } from '../support/address-fixtures.ts';
import { useSiteInBrowser } from '../support/site-browser.ts';

const siteDir = inject('siteDir');
const contentDir = inject('contentDir');
const site = useSiteInBrowser();
const read = (file: string) => readFileSync(path.join(siteDir, file), 'utf8');
const origin = new URL(JSON.parse(readFileSync(path.join(contentDir, 'innstillinger.json'), 'utf8')).nettadresse).origin;

describe('permanent links', () => {
  it('takes a reader from a moved address to the new page, also without JavaScript', async () => {
    const page = await site.open(TEST_ADDRESSES.moved, { javaScript: false });
    await page.waitForURL(`${site.url}${TEST_ADDRESSES.movedTo}`);
    expect(await page.locator('h1').innerText()).not.toBe('Siden er flyttet');
    await page.context().close();
  });

  it('says on a removed address when and why it was removed, and leads on to search', async () => {
    const page = await site.open(TEST_ADDRESSES.removed);
    expect(await page.locator('h1').innerText()).toBe('Siden er fjernet');
    const text = await page.locator('main').innerText();
    expect(text).toContain('20. november 2026');
    expect(text).toContain(TEST_ADDRESSES.removedReason);
    expect(await page.locator('main a[href="/sok/"]').count()).toBe(1);
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    await page.context().close();
  });

  it('keeps old addresses out of the sitemap', () => {
    const sitemap = read('sitemap-0.xml');
    expect(sitemap).toContain(`${origin}${TEST_ADDRESSES.movedTo}`);
    expect(sitemap).not.toContain(TEST_ADDRESSES.moved);
    expect(sitemap).not.toContain(TEST_ADDRESSES.removed);
  });

  it('gives a renamed item its first address as its feed identifier, so readers do not see it again as new', () => {
    const feed = new XMLParser({ ignoreAttributes: false }).parse(read('nyheter/rss.xml'));
    const items = feed.rss.channel.item as { link: string; guid: { '#text': string } }[];
    const moved = items.find((i) => i.link === `${origin}${TEST_ADDRESSES.movedTo}`)!;
    expect(moved.guid['#text']).toBe(`${origin}${TEST_ADDRESSES.moved}`);
    const other = items.find((i) => i !== moved)!;
    expect(other.guid['#text']).toBe(other.link);
  });

  it('lands an old link to a moved answer on the answer it moved to', async () => {
    const record = readFileSync(path.join(contentDir, 'adresser.yaml'), 'utf8');
    const old = /fra: \/sporsmal-og-svar\/#([a-z0-9-]+)\n\s+til: \/sporsmal-og-svar\/#([a-z0-9-]+)/.exec(record);
    expect(old, 'the shipped record moves an answer').not.toBeNull();
    // The old anchor is on the answers index, in the entry of the question it moved to; that entry
    // links to the answer on its category's page. No JavaScript needed.
    const page = await site.open(`/sporsmal-og-svar/#${old![1]}`, { javaScript: false });
    const target = page.locator(`[id="${old![1]}"]`);
    expect(await target.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight; })).toBe(true);
    const link = page.locator('li', { has: target }).getByRole('link');
    expect(await link.getAttribute('href')).toMatch(new RegExp(`^/sporsmal-og-svar/[a-z0-9-]+/#${old![2]}$`));
    await link.click();
    const answer = page.locator(`article h2[id="${old![2]}"]`);
    await expect.poll(() => answer.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight; })).toBe(true);
    await page.context().close();
  });

  it('lists every address it answers, old ones included, for the next check', () => {
    const { adresser } = JSON.parse(read('adresser.json')) as { adresser: string[] };
    expect(adresser).toContain(TEST_ADDRESSES.movedTo);
    expect(adresser).toContain(TEST_ADDRESSES.moved);
    expect(adresser).toContain(TEST_ADDRESSES.removed);
    expect(adresser).toContain('/kommuner/roros/');
    expect(adresser.some((a) => a.startsWith('/sporsmal-og-svar/#'))).toBe(true);
    // Nothing unpublished is listed.
    expect(adresser.some((a) => a.includes('utkast-test') || a.includes('fremtidig-test'))).toBe(false);
  });
});
