/**
 * The browser editor as staff use it (issue 16): `npm run edit` on a copy of
 * the shipped content, Decap CMS in Debian's Chromium, a news item written
 * through the form (title with æøå, lead, text, an image with alt text)
 * and saved into the content folder, where `npm run check` accepts it; then
 * a status event saved without a source, and the check's own Norwegian
 * message beside the form; then a meeting, named after who meets and its
 * date, with an agenda item first without a decision and then with one.
 *
 * The preview builds are switched off (`--no-preview`): they are the
 * publisher's, tested with it, and would only slow this test down.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../tests/support/browser.ts';
import { addEventWithoutSource, save as saveForm } from './staff-steps.ts';

const projectRoot = path.resolve(import.meta.dirname, '..');
const image = path.join(projectRoot, 'tests/fixtures/valid/nyheter/bilder/mote.png');
const TITLE = 'Ærlig talt: Økt bruk på Røros og i Åfjord';
const LEAD = 'Flere ansatte på Røros og i Åfjord bruker løsningen hver dag.';
const ALT = 'Sykepleier på Røros foran en skjerm med pasientjournalen';
const SLUG = 'aerlig-talt-okt-bruk-pa-roros-og-i-afjord';

let root: string;
let contentDir: string;
let editor: ChildProcess;
let address: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const elsewhere: string[] = [];

/** Resolves with the first match of `pattern` in the process's output. */
function waitForOutput(child: ChildProcess, pattern: RegExp, ms: number): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`npm run edit did not print ${pattern} in ${ms} ms:\n${output}`)), ms);
    const look = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = pattern.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    };
    child.stdout?.on('data', look);
    child.stderr?.on('data', look);
    child.once('exit', (code) => reject(new Error(`npm run edit stopped (${code}):\n${output}`)));
  });
}

const save = () => saveForm(page);

/** The check panel beside the form (Decap draws its preview pane in a frame). */
function checkPanel() {
  return page.frameLocator('iframe').first().locator('.kontroll');
}

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'hp-edit-'));
  contentDir = path.join(root, 'content');
  cpSync(path.join(projectRoot, 'content'), contentDir, { recursive: true });
  editor = spawn('npm', ['run', 'edit', '--', '--port', '0', '--no-preview'], {
    cwd: projectRoot,
    env: { ...process.env, CONTENT_DIR: contentDir },
    // Its own process group, so the server and npm stop together.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  address = (await waitForOutput(editor, /Redigeringsverktøyet: (http:\/\/127\.0\.0\.1:\d+\/)/, 60_000))[1]!;
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'nb-NO' });
  page = await context.newPage();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', ''].includes(url.hostname) && !['blob:', 'data:'].includes(url.protocol)) elsewhere.push(request.url());
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (editor?.pid) {
    try {
      process.kill(-editor.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('npm run edit', () => {
  it('serves the editor on 127.0.0.1 with nothing fetched from elsewhere', async () => {
    expect(address).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    await page.goto(`${address}#/collections/nyheter/new`, { timeout: 180_000 });
    await page.getByRole('button', { name: 'Åpne redigeringsverktøyet' }).click({ timeout: 180_000 });
    await page.getByLabel('Tittel', { exact: true }).waitFor({ timeout: 120_000 });
    expect(elsewhere).toEqual([]);
  }, 300_000);

  it('creates a news item with an image through the form; the file passes npm run check', async () => {
    await page.getByLabel('Tittel', { exact: true }).fill(TITLE);
    await page.getByLabel('Ingress', { exact: true }).fill(LEAD);
    await page.getByLabel('Publisert', { exact: true }).fill('2026-11-30');
    await page.getByRole('button', { name: 'Velg et bilde' }).click();
    await page.locator('input[type="file"]').setInputFiles(image);
    await page.getByText('mote.png').waitFor();
    await page.getByRole('button', { name: 'Bruk den valgte' }).click();
    // The image is optional, so the form marks its alt text «valgfritt»; the check requires it once there is an image.
    await page.getByLabel('Alt-tekst (valgfritt)', { exact: true }).fill(ALT);
    await page.locator('[contenteditable="true"]').last().click();
    await page.keyboard.type('Løsningen er tatt i bruk på Røros og i Åfjord.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Opplæringen fortsetter i desember.');
    await save();

    await page.waitForURL(new RegExp(`/collections/nyheter/entries/${SLUG}$`), { timeout: 60_000 });
    await expect.poll(() => checkPanel().innerText(), { timeout: 60_000 }).toContain('Ingen feil');

    const file = path.join(contentDir, 'nyheter', `${SLUG}.md`);
    const text = readFileSync(file, 'utf8');
    const [, frontMatter, body] = /^---\n([\s\S]*?)---\n\n([\s\S]*)$/.exec(text) ?? [];
    expect(parse(frontMatter ?? '')).toEqual({
      tittel: TITLE,
      ingress: LEAD,
      publisert: '2026-11-30',
      bilde: { fil: './bilder/mote.png', alt: ALT },
    });
    expect(body).toContain('Løsningen er tatt i bruk på Røros og i Åfjord.');
    expect(body).toContain('Opplæringen fortsetter i desember.');
    expect(readFileSync(path.join(contentDir, 'nyheter', 'bilder', 'mote.png'))).toEqual(readFileSync(image));

    const check = execFileSync(process.execPath, ['scripts/check.ts'], { cwd: projectRoot, env: { ...process.env, CONTENT_DIR: contentDir }, encoding: 'utf8' });
    expect(check).toContain('Innholdet er i orden');
  }, 300_000);

  it('shows the check’s Norwegian message beside the form for a status event without a source', async () => {
    const file = path.join(contentDir, 'kommuner', 'roros.yaml');
    const before = readFileSync(file, 'utf8');
    const events = (parse(before) as { hendelser: unknown[] }).hendelser.length;

    await addEventWithoutSource(page, address);

    const message = checkPanel().getByText(`felt «hendelser[${events}].kilde»: mangler`);
    await message.waitFor({ timeout: 60_000 });
    expect(await message.innerText()).toMatch(/^kommuner\/roros\.yaml:\d+ – felt «hendelser\[\d+\]\.kilde»: mangler; .*Legg til «kilde:»/);

    // Only the new event was added, entered today (the browser's day); the rest of the file, its comment too, is as it was.
    const today = await page.evaluate(() => {
      const now = new Date();
      return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    });
    const after = readFileSync(file, 'utf8');
    expect(after).toBe(`${before}  - dato: 2026-11-30\n    status: i-drift\n    registrert: ${today}\n`);
    expect(elsewhere).toEqual([]);
  }, 300_000);

  it('creates a meeting named after who meets and its date; a decision needs its party, an agenda item needs no decision', async () => {
    await page.goto(`${address}#/collections/moter/new`);
    await page.reload();
    await page.getByLabel('Møtedato', { exact: true }).waitFor({ timeout: 120_000 });
    await page.getByLabel('Organisasjon (valgfritt)', { exact: true }).click();
    await page.keyboard.type('Helseplattformen');
    await page.getByRole('option', { name: 'Helseplattformen AS', exact: true }).click();
    await page.getByLabel('Møtedato', { exact: true }).fill('2026-12-10');
    await page.getByLabel('Starttid (valgfritt)', { exact: true }).fill('10:00');
    await page.getByLabel('Status', { exact: true }).click();
    await page.getByRole('option', { name: 'Planlagt', exact: true }).click();
    await page.getByRole('button', { name: 'Legg til sak' }).click();
    await page.getByLabel('Tittel', { exact: true }).fill('Budsjett for 2027');
    await page.getByRole('button', { name: 'Legg til kilde' }).click();
    await page.getByLabel('Registrert kilde (valgfritt)', { exact: true }).click();
    await page.keyboard.type('Plan for innføring');
    await page.getByRole('option', { name: 'Plan for innføring av kommuner vedtatt', exact: true }).click();
    await page.getByLabel('Publisert', { exact: true }).fill('2026-12-01');
    await save();

    // The agenda item has no decision, and the form saves it: the optional group asks for nothing.
    const name = 'helseplattformen-as-2026-12-10';
    await page.waitForURL(new RegExp(`/collections/moter/entries/${name}$`), { timeout: 60_000 });
    await expect.poll(() => checkPanel().innerText(), { timeout: 60_000 }).toContain('Ingen feil');
    const file = path.join(contentDir, 'moter', `${name}.yaml`);
    expect(parse(readFileSync(file, 'utf8'))).toEqual({
      organ: { organisasjon: 'helseplattformen-as' },
      dato: '2026-12-10',
      tid: '10:00',
      status: 'planlagt',
      saker: [{ tittel: 'Budsjett for 2027' }],
      kilder: [{ ekstern: 'hp-plan-for-innforing-av-kommuner-vedtatt' }],
      publisert: '2026-12-01',
    });

    // A line under «Gjelder» without the municipality it is about is refused by the form, as the check would.
    await page.locator('[class*="listControlItem"]').filter({ hasText: 'Budsjett for 2027' }).getByRole('button').first().click();
    await page.getByLabel('Vedtaket (valgfritt)', { exact: true }).fill('Styret vedtok budsjettet.');
    await page.getByRole('button', { name: 'Legg til kommune eller organisasjon' }).click();
    await page.getByLabel('Vedtaket for den', { exact: true }).fill('Betaler sin del.');
    await save();
    await page.getByText('Kommune eller organisasjon er påkrevd.').waitFor({ timeout: 30_000 });
    expect(parse(readFileSync(file, 'utf8'))).not.toHaveProperty('saker.0.vedtak');

    await page.getByLabel('Kommune eller organisasjon', { exact: true }).click();
    await page.keyboard.type('Molde');
    await page.getByRole('option', { name: 'Molde (molde)', exact: true }).click();
    await save();
    await expect.poll(() => readFileSync(file, 'utf8'), { timeout: 60_000 }).toContain('part: molde');
    // Written as the guide shows it, the party first, though the form had it filled in last.
    expect(readFileSync(file, 'utf8')).toContain(
      'saker:\n  - tittel: Budsjett for 2027\n    vedtak:\n      tekst: Styret vedtok budsjettet.\n      gjelder:\n        - part: molde\n          vedtak: Betaler sin del.\n',
    );
    // A fresh panel checks the file as now saved (the status event above leaves other files with a problem).
    await page.reload();
    await expect.poll(() => checkPanel().innerText(), { timeout: 60_000 }).toContain('Ingen feil i denne filen');
    expect(elsewhere).toEqual([]);
  }, 300_000);
});
