/**
 * Makes the staff guide's pictures of the editor (docs/bilder/redigering-*.png)
 * with Debian's Chromium. Start the editor on a copy of the content first:
 *
 *   cp -r content /tmp/innhold && CONTENT_DIR=/tmp/innhold npm run edit -- --no-preview --port 4391
 *   npx node editor/screenshots.ts http://127.0.0.1:4391/
 *
 * It saves a news item and a status event without a source in that copy.
 */
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../tests/support/browser.ts';
import { addEventWithoutSource, save as saveForm } from './staff-steps.ts';

const address = process.argv[2] ?? 'http://127.0.0.1:4391/';
const out = path.resolve(import.meta.dirname, '../docs/bilder');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1100, height: 720 }, locale: 'nb-NO' });
const shot = (name: string) => page.screenshot({ path: path.join(out, `redigering-${name}.png`) });
const save = () => saveForm(page);

await page.goto(address, { timeout: 180_000 });
await page.getByRole('button', { name: 'Åpne redigeringsverktøyet' }).click({ timeout: 180_000 });
await page.getByRole('link', { name: 'Nyheter' }).click();
await page.getByText('Ny nyhet').waitFor({ timeout: 60_000 });
await shot('innhold');

await page.getByText('Ny nyhet').click();
await page.getByLabel('Tittel', { exact: true }).fill('Røros og Åfjord øker bruken');
await page.getByLabel('Ingress', { exact: true }).fill('Flere ansatte bruker løsningen hver dag.');
await page.getByLabel('Publisert', { exact: true }).fill('2026-11-30');
await page.locator('[contenteditable="true"]').last().click();
await page.keyboard.type('Løsningen er tatt i bruk på Røros og i Åfjord.');
await save();
await page.frameLocator('iframe').first().getByText('Ingen feil').waitFor({ timeout: 60_000 });
await shot('lagret');

await addEventWithoutSource(page, address);
await page.frameLocator('iframe').first().getByText('felt «hendelser').waitFor({ timeout: 60_000 });
await page.getByLabel('Status', { exact: true }).last().scrollIntoViewIfNeeded();
await shot('kontroll');
await browser.close();
