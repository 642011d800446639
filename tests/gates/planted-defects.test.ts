/**
 * Each gate catches a single defect of its kind planted in an otherwise sound
 * built site (tests/gates/fixtures/site, a few pages in the shape Astro
 * writes them), names the page, and makes `npm run gates` fail.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readBuiltSite } from '../../tools/gates/built-site.ts';
import type { GateName } from '../../tools/gates/problem.ts';
import { runGates } from '../../tools/gates/run-gates.ts';

const FIXTURE = 'tests/gates/fixtures/site';
const SITE_URL = 'https://innsyn.example/';
const folders: string[] = [];

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A fresh copy of the fixture site with one defect planted. */
function plant(defect: (dir: string) => void): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'hp-gates-'));
  folders.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  defect(dir);
  return dir;
}

/** Replaces `from` (which must be there) with `to` in a file of the site. */
function edit(dir: string, file: string, from: string, to: string) {
  const full = path.join(dir, file);
  const text = readFileSync(full, 'utf8');
  if (!text.includes(from)) throw new Error(`The fixture ${file} no longer contains «${from}»; update the test.`);
  writeFileSync(full, text.replace(from, to));
}

/** Which gates fail, and on which pages, as `gate page` lines. */
async function failures(dir: string): Promise<string[]> {
  const problems = await runGates(readBuiltSite(dir, SITE_URL));
  return [...new Set(problems.map((problem) => `${problem.gate} ${problem.page}`))].sort();
}

const defects: { defect: string; plant: (dir: string) => void; caughtBy: `${GateName} ${string}`[] }[] = [
  {
    defect: 'invalid HTML (a stray end tag)',
    plant: (dir) => edit(dir, 'om/index.html', '<p>Skriv til oss.</p>', '<p>Skriv til oss.</div></p>'),
    caughtBy: ['html-validity /om/'],
  },
  {
    defect: 'a broken link',
    plant: (dir) => edit(dir, 'nyheter/index.html', 'href="/nyheter/ny-avtale/"', 'href="/nyheter/gammel-avtale/"'),
    caughtBy: ['internal-links /nyheter/'],
  },
  {
    defect: 'a broken #fragment',
    plant: (dir) => edit(dir, 'nyheter/index.html', 'href="/om/#kontakt"', 'href="/om/#kontakter"'),
    caughtBy: ['internal-links /nyheter/'],
  },
  {
    defect: 'a missing image',
    plant: (dir) => rmSync(path.join(dir, 'bilder/kart.svg')),
    caughtBy: ['internal-links /'],
  },
  {
    defect: 'a missing srcset entry',
    plant: (dir) => rmSync(path.join(dir, 'bilder/kart-2x.svg')),
    caughtBy: ['internal-links /'],
  },
  {
    defect: 'a missing background image in a stylesheet',
    plant: (dir) => rmSync(path.join(dir, 'bilder/bakgrunn.svg')),
    caughtBy: ['internal-links /_astro/side.Ab12Cd34.css'],
  },
  {
    defect: 'a sitemap entry with no page',
    plant: (dir) => rmSync(path.join(dir, 'nyheter/ny-avtale'), { recursive: true }),
    caughtBy: ['internal-links /nyheter/', 'internal-links /nyheter/rss.xml', 'internal-links /sitemap-0.xml'],
  },
  {
    defect: 'a third-party script',
    plant: (dir) => edit(dir, 'om/index.html', '</head>', '<script src="https://cdn.example.net/analyse.js"></script>\n</head>'),
    caughtBy: ['third-party /om/'],
  },
  {
    defect: 'a web font from another host',
    plant: (dir) =>
      edit(dir, '_astro/side.Ab12Cd34.css', 'body{', '@font-face{font-family:Inter;src:url(https://fonts.gstatic.com/inter.woff2)}body{'),
    caughtBy: ['third-party /_astro/side.Ab12Cd34.css'],
  },
  {
    defect: 'a duplicate title',
    plant: (dir) => edit(dir, 'om/index.html', '<title>Om nettstedet – Testsiden</title>', '<title>Nyheter – Testsiden</title>'),
    caughtBy: ['page-metadata /nyheter/', 'page-metadata /om/'],
  },
  {
    defect: 'two h1s',
    plant: (dir) => edit(dir, 'om/index.html', '<h2 id="kontakt">Kontakt</h2>', '<h1 id="kontakt">Kontakt</h1>'),
    caughtBy: ['page-metadata /om/'],
  },
  {
    // html-validate's WCAG rule H57 wants lang too.
    defect: 'a missing lang',
    plant: (dir) => edit(dir, 'om/index.html', '<html lang="nb">', '<html>'),
    caughtBy: ['html-validity /om/', 'page-metadata /om/'],
  },
  {
    defect: 'a missing canonical URL',
    plant: (dir) => edit(dir, 'om/index.html', '<link rel="canonical" href="https://innsyn.example/om/">', ''),
    caughtBy: ['page-metadata /om/'],
  },
  {
    defect: 'a 404 page without noindex',
    plant: (dir) => edit(dir, '404.html', '<meta name="robots" content="noindex">', ''),
    caughtBy: ['page-metadata /404.html'],
  },
  {
    defect: 'an inline script',
    plant: (dir) => edit(dir, 'om/index.html', '<p>Skriv til oss.</p>', '<p>Skriv til oss.</p><script>document.title = "x";</script>'),
    caughtBy: ['inline-code /om/'],
  },
  {
    // html-validate's no-inline-style rule objects to it as well.
    defect: 'a style attribute the CSP does not allow',
    plant: (dir) => edit(dir, 'om/index.html', '<p>Skriv til oss.</p>', '<p style="color: red">Skriv til oss.</p>'),
    caughtBy: ['html-validity /om/', 'inline-code /om/'],
  },
];

describe('the site gates on a small built site', () => {
  it('pass the fixture as it is', async () => {
    expect(await failures(FIXTURE)).toEqual([]);
  });

  it.each(defects)('catch $defect', async ({ plant: defect, caughtBy }) => {
    expect(await failures(plant(defect))).toEqual(caughtBy);
  });
});

describe('npm run gates', () => {
  const gates = (dir: string) =>
    spawnSync(process.execPath, ['scripts/gates.ts', dir, '--site', SITE_URL], { encoding: 'utf8' });

  it('exits 0 and says so when every gate passes', () => {
    const run = gates(FIXTURE);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('All gates pass (5 pages, 1 stylesheet, 2 feed or sitemap files).');
  });

  it('exits 1 and lists the problem with its page and what to do', () => {
    const run = gates(plant((dir) => edit(dir, 'nyheter/index.html', 'href="/om/#kontakt"', 'href="/om/#kontakter"')));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      '  - <a href> «kontakt» on line 27 points to «/om/#kontakter», but /om/ has no element with id="kontakter".\n    on /nyheter/\n  What to do:',
    );
  });

  it('exits 2 with usage when the folder is missing', () => {
    const run = gates(path.join(tmpdir(), 'finnes-ikke-hp-gates'));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^There is no built site at .*finnes-ikke-hp-gates\. Build it first/);
  });

  it('takes the site address from the content settings (CONTENT_DIR) when not given', () => {
    const content = plant(() => {});
    writeFileSync(path.join(content, 'innstillinger.json'), JSON.stringify({ nettadresse: SITE_URL }));
    const withSettings = spawnSync(process.execPath, ['scripts/gates.ts', FIXTURE], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: content },
    });
    expect(withSettings.stdout).toContain('(https://innsyn.example)');
    expect(withSettings.status).toBe(0);

    const shipped = spawnSync(process.execPath, ['scripts/gates.ts', FIXTURE], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: 'content' },
    });
    const address = new URL(JSON.parse(readFileSync('content/innstillinger.json', 'utf8')).nettadresse as string).origin;
    expect(shipped.status).toBe(1);
    expect(shipped.stderr).toContain(`is not on the site's own origin ${address}.`);
  });
});
