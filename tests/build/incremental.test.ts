/**
 * An incremental build equals a clean full build. Two copies of the same
 * content get the same edits: copy A is built incrementally (reusing its
 * previous build), copy B afresh (`fresh`: nothing reused), and every file
 * of the two outputs must match byte for byte. The edits touch every
 * content kind, add, delete and rename items, and change the settings
 * and the code, which must re-render every page.
 *
 * No file is exempt: the outputs carry no build timestamp (the build date
 * is an input, and Pagefind names its files after their content).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildSiteOptions } from '../../src/build/build-site.ts';

const BUILD_DATE = '2026-12-01';
const root = mkdtempSync(path.join(tmpdir(), 'hp-incremental-'));
const incremental = path.join(root, 'a', 'content');
const clean = path.join(root, 'b', 'content');
const outA = path.join(root, 'a', 'dist');
const outB = path.join(root, 'b', 'dist');

/** Both copies, edited alike. */
function edit(change: (content: string) => void): void {
  change(incremental);
  change(clean);
}

function replaceIn(file: string, from: string | RegExp, to: string): void {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`test edit found nothing to replace in ${file}: ${String(from)}`);
  writeFileSync(file, next);
}

function news(date: string, title: string, extra = ''): string {
  return `---\ntittel: ${title}\ningress: Ingress til ${title.toLowerCase()}.\npublisert: ${date}\nemner: [drift]\nkommuner: [trondheim]\n${extra}---\n\nTeksten om ${title.toLowerCase()}.\n`;
}

function answer(kategori: string, body: string): string {
  return `---\nsporsmal: Et spørsmål om ${kategori.toLowerCase()}?\nkategori: ${kategori}\noppdatert: 2023-03-01\n---\n\n${body}\n`;
}

async function build(content: string, outDir: string, more: Partial<BuildSiteOptions> = {}) {
  const errors: string[] = [];
  const result = await buildSite({ contentDir: content, outDir, buildDate: BUILD_DATE, log: () => {}, error: (line) => errors.push(line), astroLog: 'silent', ...more });
  if (!result.ok) throw new Error(`build of ${content} failed: ${errors.join('\n')}`);
  return result.pages;
}

/** Every file under `dir`, relative, sorted. */
function files(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? files(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]))
    .sort();
}

/** The files that differ between the two outputs (missing on one side, or other bytes). */
function differences(): string[] {
  const a = files(outA);
  const b = files(outB);
  const differ = [...a.filter((f) => !b.includes(f)).map((f) => `only incremental: ${f}`), ...b.filter((f) => !a.includes(f)).map((f) => `only clean: ${f}`)];
  for (const file of a.filter((f) => b.includes(f))) {
    const left = readFileSync(path.join(outA, file));
    const right = readFileSync(path.join(outB, file));
    if (!left.equals(right)) differ.push(`differs: ${file}`);
  }
  return differ;
}

/** Builds A incrementally and B afresh; returns A's counts. */
async function buildBoth(more: Partial<BuildSiteOptions> = {}) {
  const pages = await build(incremental, outA, more);
  await build(clean, outB, { ...more, fresh: true });
  return pages;
}

describe('incremental build', () => {
  beforeAll(async () => {
    cpSync('tests/fixtures/valid', incremental, { recursive: true });
    // Items to delete and to rename later, and one that stays untouched.
    writeFileSync(path.join(incremental, 'nyheter', 'slettes.md'), news('2023-03-01', 'Nyhet som slettes'));
    writeFileSync(path.join(incremental, 'nyheter', 'gammelt-navn.md'), news('2023-03-02', 'Nyhet som får nytt navn'));
    writeFileSync(path.join(incremental, 'nyheter', 'urort.md'), news('2023-03-03', 'Nyhet ingen endrer'));
    // An answer linking by bare anchor to one in another category, and two answers whose categories are swapped later.
    writeFileSync(path.join(incremental, 'sporsmal', 'lenker-videre.md'), answer('Kostnader', 'Se [svaret](#flyttes-til-drift).'));
    writeFileSync(path.join(incremental, 'sporsmal', 'flyttes-til-drift.md'), answer('Avtaler', 'Svar som bytter kategori.'));
    writeFileSync(path.join(incremental, 'sporsmal', 'flyttes-til-avtaler.md'), answer('Drift', 'Svar som bytter den andre veien.'));
    cpSync(incremental, clean, { recursive: true });
    await build(incremental, outA, { fresh: true });
  }, 240_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reuses every page when nothing changed', async () => {
    const pages = await build(incremental, outA);
    expect(pages.reused).toBeGreaterThan(0);
    // Only the pages without a key of their own (front page, lists of everything, feeds) are rendered.
    expect(pages.rendered).toBe(pages.unkeyed);
  }, 240_000);

  // Edits in groups that share few pages, so a page missing a dependency is not
  // re-rendered by chance for another edit in the same build.
  const groups: [string, (c: string) => void][] = [
    [
      'a news item, an answer and a new item',
      (c) => {
        replaceIn(path.join(c, 'nyheter', 'fase-2-vedtatt.md'), 'Seks kommuner i andre innføringsfase', 'Seks kommuner i fase to');
        replaceIn(path.join(c, 'sporsmal', 'hva-er-helseplattformen.md'), 'Et felles pasientjournalsystem', 'Et felles journalsystem');
        writeFileSync(path.join(c, 'nyheter', 'ny-nyhet.md'), news('2023-03-04', 'En ny nyhet om Røros', 'dokumenter: [tjenesteavtale-2]\n').replace('[trondheim]', '[roros]'));
      },
    ],
    [
      'a document, a source and a number',
      (c) => {
        replaceIn(path.join(c, 'dokumenter', 'tjenesteavtale-2', 'index.md'), 'Avtalens tekst, versjon 2.', 'Avtalens tekst, versjon 2, rettet.');
        replaceIn(path.join(c, 'dokumenter', 'tjenesteavtale', 'index.md'), /^tittel: (.*)$/m, 'tittel: $1 (rettet tittel)');
        replaceIn(path.join(c, 'kilder', 'hp-tjenesteavtale.yaml'), 'Tjenesteavtalen er på vei', 'Tjenesteavtalen er nesten klar');
        replaceIn(path.join(c, 'tall', 'opsjon-2021-05.yaml'), 'antall: 19', 'antall: 20');
      },
    ],
    [
      'a municipality event, a phase and an organisation',
      (c) => {
        replaceIn(path.join(c, 'kommuner', 'roros.yaml'), /\n$/, '\n  - dato: 2021-10-12\n    status: innforing-planlagt\n    fase: fase-2\n    planlagt: 2022-10-01\n    kilde:\n      ekstern: hp-tjenesteavtale\n');
        replaceIn(path.join(c, 'faser', 'fase-2.yaml'), 'navn: Fase 2', 'navn: Andre fase');
        replaceIn(path.join(c, 'organisasjoner', 'st-olavs-hospital.yaml'), 'navn: St. Olavs hospital HF', 'navn: St. Olavs hospital');
      },
    ],
    [
      // The category pages keep their names and counts; only the page a link leads to changes.
      'two answers that swap categories, one of them linked from a third',
      (c) => {
        replaceIn(path.join(c, 'sporsmal', 'flyttes-til-drift.md'), 'kategori: Avtaler', 'kategori: Drift');
        replaceIn(path.join(c, 'sporsmal', 'flyttes-til-avtaler.md'), 'kategori: Drift', 'kategori: Avtaler');
      },
    ],
    [
      'a meeting, a deleted and a renamed item',
      (c) => {
        replaceIn(path.join(c, 'moter', 'styremote-2021-11-03.yaml'), 'Styret godkjente avtalen.', 'Styret godkjente avtalen enstemmig.');
        unlinkSync(path.join(c, 'nyheter', 'slettes.md'));
        renameSync(path.join(c, 'nyheter', 'gammelt-navn.md'), path.join(c, 'nyheter', 'nytt-navn.md'));
      },
    ],
  ];
  for (const [what, change] of groups) {
    it(`equals a clean build after an edit of ${what}`, async () => {
      edit(change);
      const pages = await buildBoth();
      expect(differences()).toEqual([]);
      expect(pages.reused).toBeGreaterThan(0);
    }, 240_000);
  }

  it('has the renamed item at its new address only', () => {
    expect(statSync(path.join(outA, 'nyheter', 'nytt-navn', 'index.html')).isFile()).toBe(true);
    expect(files(outA).some((f) => f.includes('gammelt-navn') || f.includes('slettes'))).toBe(false);
  });

  it('renders every page again when the settings change', async () => {
    edit((c) => replaceIn(path.join(c, 'innstillinger.json'), 'Alt vi skriver, har en dato og en kilde.', 'Alt vi skriver, har dato og kilde.'));
    const pages = await buildBoth();
    expect(pages.reused).toBe(0);
    expect(differences()).toEqual([]);
  }, 240_000);

  it('renders every page again when the code changes', async () => {
    // A plugin that changes the i18n module (fixtures/code-change-plugin.ts) stands for an edit of the site's code.
    const pages = await build(incremental, outA, { vitePluginsModule: path.join(import.meta.dirname, 'fixtures', 'code-change-plugin.ts') });
    expect(pages.reused).toBe(0);
  }, 240_000);
});
