/**
 * The built municipality pages, read as files: one page per municipality,
 * event anchors the feeds link to, the date choice's embedded data kept small
 * and free of future events, and Chart.js kept off the pages without charts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';

const siteDir = inject('siteDir');
const contentDir = inject('contentDir');
const page = (...parts: string[]) => readFileSync(path.join(siteDir, ...parts, 'index.html'), 'utf8');
const slugs = readdirSync(path.join(contentDir, 'kommuner')).map((name) => name.replace(/\.ya?ml$/, ''));

function embeddedJson(html: string): any {
  const match = /<hp-status-date[^>]*>[\s\S]*?<script type="application\/json">([\s\S]*?)<\/script>/.exec(html);
  if (!match) throw new Error('No date-choice JSON on the page');
  return JSON.parse(match[1]!);
}

describe('municipality pages', () => {
  it('exist for every municipality, each linked from the table on /kommuner/', () => {
    const index = page('kommuner');
    expect(slugs.length).toBeGreaterThanOrEqual(64);
    for (const slug of slugs) {
      expect(page('kommuner', slug)).toContain('<h1');
      expect(index, slug).toContain(`<a href="/kommuner/${slug}/">`);
    }
  });

  it('anchor every event as #hendelse-<n>, oldest first, as the municipality feed links them', () => {
    const data = parse(readFileSync(path.join(contentDir, 'kommuner', 'indre-fosen.yaml'), 'utf8')) as { hendelser: unknown[] };
    const html = page('kommuner', 'indre-fosen');
    for (let n = 1; n <= data.hendelser.length; n++) expect(html).toContain(`id="hendelse-${n}"`);
    expect(html).not.toContain(`id="hendelse-${data.hendelser.length + 1}"`);
  });

  it('do not show an event dated after the build date', () => {
    // The test content adds a 2099 «Takket nei» event to Steinkjer (a future go-live is refused by the check) (tests/support/global-setup.ts).
    const html = page('kommuner', 'steinkjer');
    expect(html).not.toContain('2099');
    expect(embeddedJson(page('kommuner')).h.m.steinkjer[2].map((e: [string]) => e[0])).not.toContain('2099-01-01');
  });
});

describe('a municipality that declined after joining a wave', () => {
  const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

  it('shows the wave only as history, with the date it declined, on its page', () => {
    const html = text(page('kommuner', 'averoy'));
    expect(html).toContain('Takket nei');
    expect(html).not.toContain('Innføringsfase Pulje november 2024');
    expect(html).toMatch(/Innføringsfase Var med i Pulje november 2024 før kommunen fikk status «Takket nei» \(oktober 2023\)/);
    expect(text(page('nn', 'kommunar', 'averoy'))).toContain('før kommunen fekk status');
  });

  it('is under its wave on /innforing/ only as having declined since, not among the members', () => {
    const html = page('innforing');
    const start = html.indexOf('id="pulje-2024-11"');
    const section = html.slice(start, html.indexOf('</section>', start));
    const [members, declined] = section.split('Tidligere med i bølgen, men har takket nei siden:');
    expect(members).not.toContain('/kommuner/averoy/');
    expect(declined).toContain('/kommuner/averoy/');
  });

  it('has no wave or planned start in the table', () => {
    const index = page('kommuner');
    const row = index.slice(index.indexOf('<a href="/kommuner/averoy/">'), index.indexOf('</tr>', index.indexOf('<a href="/kommuner/averoy/">')));
    expect(text(row)).not.toContain('Pulje november 2024');
    expect(text(row)).not.toContain('2024');
  });
});

describe('/kommuner/', () => {
  it('embeds the date choice’s data once, compactly', () => {
    const html = page('kommuner');
    expect(html.match(/<hp-status-date/g)).toHaveLength(1);
    const json = /<hp-status-date[^>]*>[\s\S]*?<script type="application\/json">([\s\S]*?)<\/script>/.exec(html)![1]!;
    // 67 municipalities' events and ten waves' plan histories, packed: well under a tenth of the page.
    expect(json.length).toBeLessThan(12_000);
    expect(json).not.toContain('merknad');
    expect(Object.keys(embeddedJson(html).h.m).sort()).toEqual([...slugs].sort());
  });

  it('renders the date choice hidden, for its script to reveal', () => {
    expect(page('kommuner')).toMatch(/<div class="hp-date-choice[^"]*" data-date-panel hidden>/);
  });
});

describe('Chart.js', () => {
  const chartPages = ['kommuner/utvikling', 'innforing'];
  const scriptsOf = (html: string) => [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  const hasChartJs = (html: string) =>
    scriptsOf(html).some((src) => readFileSync(path.join(siteDir, src), 'utf8').includes('Canvas is already in use'));

  it('is bundled into the chart pages only', () => {
    for (const p of chartPages) expect(hasChartJs(page(p)), p).toBe(true);
    for (const p of ['kommuner', 'kommuner/trondheim', '']) expect(hasChartJs(page(p)), p || '/').toBe(false);
  });

  it('stays under 80 KB gzip', async () => {
    const { gzipSync } = await import('node:zlib');
    const html = page('kommuner/utvikling');
    const sizes = scriptsOf(html).map((src) => gzipSync(readFileSync(path.join(siteDir, src))).length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThan(80_000);
  });
});
