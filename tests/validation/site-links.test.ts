/**
 * Links in bodies to this site's own pages (src/validation/references.ts,
 * `checkSiteLinks`): what the check accepts is a page the build makes; a
 * link to an item that does not exist or is not published is refused with
 * file and line, and the closest address when there is one.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildDate } from '../../src/build-date.ts';
import { formatProblem, validateContent } from '../../src/validation/index.ts';
import { edit, linesAfter, removeCopies, write } from './fixture.ts';

afterAll(removeCopies);

const NEWS = 'nyheter/fase-2-vedtatt.md';
const BODY = 'Teksten i nyheten.';

/** A news item with the given id, extra front matter and body. */
function news(dir: string, id: string, extra: string, body = 'Tekst.'): void {
  write(dir, `nyheter/${id}.md`, `---\ntittel: Sak ${id}\ningress: Ingress.\npublisert: 2021-06-01\n${extra}---\n\n${body}\n`);
}


describe('links to the site’s own pages', () => {
  test('accepts links to published items, fixed pages, lists, feeds, attachments, a category and the site’s full address', async () => {
    const links = [
      '/kommuner/roros/',
      '/nyheter/fase-2-vedtatt/',
      '/dokumenter/tjenesteavtale/',
      '/dokumenter/tjenesteavtale/avtale.pdf',
      '/moter/styremote-2021-11-03/',
      '/innforing/st-olavs-hospital/',
      '/sporsmal-og-svar/om-helseplattformen/',
      '/',
      '/nyheter/',
      '/kommuner/utvikling/',
      '/sok/?q=r%C3%B8ros',
      '/om/',
      '/dokumenter/type/avtale/',
      '/nyheter/rss.xml',
      '/moter/kalender.ics',
      'https://innsyn.example.no/kommuner/trondheim/',
      'https://example.com/finnes-ikke/',
    ];
    expect(
      await linesAfter((dir) => {
        edit(dir, 'innstillinger.json', '"system": "Helseplattformen",', '"system": "Helseplattformen",\n  "sprak": ["nb", "nn"],');
        edit(dir, NEWS, BODY, `${BODY}\n\n${links.map((url, index) => `[lenke ${index}](${url})`).join('\n')}\n\n<p><a href="/kommuner/trondheim/">Trondheim</a></p>\n`);
      }),
    ).toEqual([]);
  });

  test('refuses links to items that do not exist, with the closest address, in Markdown and HTML and by full address', async () => {
    expect(
      await linesAfter((dir) => {
        edit(
          dir,
          NEWS,
          BODY,
          [
            BODY,
            '',
            '[Orkdal](/kommuner/orkdal/) og [Røros](/kommuner/rros/)',
            '[nyhet](/nyheter/finnes-ikke/), [møte](/moter/finnes-ikke/) og [dokument](/dokumenter/finnes-ikke/)',
            '[skrivefeil](/nyheter/fase-2-vedtat/#bakgrunn)',
            '[full adresse](https://innsyn.example.no/kommuner/finnes-ikke/) og [ukjent side](https://innsyn.example.no/finnes-ikke/)',
            '[organisasjon uten side](/innforing/helseplattformen/) og [kategori](/sporsmal-og-svar/om-helseplatformen/)',
            '',
            '<p><a href="/sook/">søk</a></p>',
          ].join('\n'),
        );
      }),
    ).toMatchInlineSnapshot(`
      [
        "nyheter/fase-2-vedtatt.md:15 – lenken «/kommuner/orkdal/» peker til en side som ikke finnes (eller ikke er publisert ennå). Rett adressen, eller fjern lenken.",
        "nyheter/fase-2-vedtatt.md:15 – lenken «/kommuner/rros/» peker til en side som ikke finnes (eller ikke er publisert ennå). Mente du «/kommuner/roros/»? Rett adressen, eller fjern lenken.",
        "nyheter/fase-2-vedtatt.md:16 – lenken «/dokumenter/finnes-ikke/» peker til en side som ikke finnes (eller ikke er publisert ennå). Rett adressen, eller fjern lenken.",
        "nyheter/fase-2-vedtatt.md:16 – lenken «/moter/finnes-ikke/» peker til en side som ikke finnes (eller ikke er publisert ennå). Rett adressen, eller fjern lenken.",
        "nyheter/fase-2-vedtatt.md:16 – lenken «/nyheter/finnes-ikke/» peker til en side som ikke finnes (eller ikke er publisert ennå). Rett adressen, eller fjern lenken.",
        "nyheter/fase-2-vedtatt.md:17 – lenken «/nyheter/fase-2-vedtat/#bakgrunn» peker til en side som ikke finnes (eller ikke er publisert ennå). Mente du «/nyheter/fase-2-vedtatt/»? Rett adressen, eller fjern lenken.",
        "nyheter/fase-2-vedtatt.md:18 – lenken «https://innsyn.example.no/finnes-ikke/» peker til en side som ikke finnes (eller ikke er publisert ennå). Rett adressen, eller fjern lenken.",
        "nyheter/fase-2-vedtatt.md:18 – lenken «https://innsyn.example.no/kommuner/finnes-ikke/» peker til en side som ikke finnes (eller ikke er publisert ennå). Rett adressen, eller fjern lenken.",
        "nyheter/fase-2-vedtatt.md:19 – lenken «/innforing/helseplattformen/» peker til en side som ikke finnes (eller ikke er publisert ennå). Rett adressen, eller fjern lenken.",
        "nyheter/fase-2-vedtatt.md:19 – lenken «/sporsmal-og-svar/om-helseplatformen/» peker til en side som ikke finnes (eller ikke er publisert ennå). Mente du «/sporsmal-og-svar/om-helseplattformen/»? Rett adressen, eller fjern lenken.",
        "nyheter/fase-2-vedtatt.md:21 – lenken «/sook/» peker til en side som ikke finnes (eller ikke er publisert ennå). Mente du «/sok/»? Rett adressen, eller fjern lenken.",
      ]
    `);
  });

  const NYNORSK = ['"system": "Helseplattformen",', '"system": "Helseplattformen",\n  "sprak": ["nb", "nn"],'] as const;

  test('accepts nynorsk pages whose bokmål twin exists, in nynorsk address words, and relative links that work on the page in both languages', async () => {
    const links = ['/nn/', '/nn/nyheiter/', '/nn/nyheiter/fase-2-vedtatt/', '/nn/kommunar/roros/', '/nn/kommunar/utvikling/', '/nn/dokument/tjenesteavtale/', '/nn/sok/', '../', '../../sok/?q=r%C3%B8ros', './#bakgrunn'];
    expect(
      await linesAfter((dir) => {
        edit(dir, 'innstillinger.json', ...NYNORSK);
        edit(dir, NEWS, BODY, `${BODY}\n\n${links.map((url, index) => `[lenke ${index}](${url})`).join('\n')}\n`);
        edit(dir, 'dokumenter/tjenesteavtale/index.md', 'Avtalens tekst.', 'Avtalens tekst. Se [avtalen](/dokumenter/tjenesteavtale/avtale.pdf).');
      }),
    ).toEqual([]);
  });

  test('refuses nynorsk links to pages that do not exist, in bokmål words or not made in nynorsk, with the address that works', async () => {
    expect(
      await linesAfter((dir) => {
        edit(dir, 'innstillinger.json', ...NYNORSK);
        edit(
          dir,
          NEWS,
          BODY,
          [
            BODY,
            '',
            '[bokmålsord](/nn/nyheter/fase-2-vedtatt/) og [skrivefeil](/nn/kommunar/rros/)',
            '[utkast](/nn/nyheiter/finnes-ikke/) og [vedlegg](/nn/dokumenter/tjenesteavtale/avtale.pdf)',
          ].join('\n'),
        );
      }),
    ).toMatchInlineSnapshot(`
      [
        "nyheter/fase-2-vedtatt.md:15 – lenken «/nn/kommunar/rros/» peker til en side som ikke finnes (eller ikke er publisert ennå). Mente du «/nn/kommunar/roros/»? Rett adressen, eller fjern lenken.",
        "nyheter/fase-2-vedtatt.md:15 – lenken «/nn/nyheter/fase-2-vedtatt/» peker til en side som ikke finnes (eller ikke er publisert ennå). Mente du «/nn/nyheiter/fase-2-vedtatt/»? Adressene under /nn/ har egne ord for faste deler av adressen. Rett adressen, eller fjern lenken.",
        "nyheter/fase-2-vedtatt.md:16 – lenken «/nn/dokumenter/tjenesteavtale/avtale.pdf» peker til en side som ikke finnes (eller ikke er publisert ennå). Mente du «/dokumenter/tjenesteavtale/avtale.pdf»? Siden finnes bare på bokmål, uten /nn/ foran. Rett adressen, eller fjern lenken.",
        "nyheter/fase-2-vedtatt.md:16 – lenken «/nn/nyheiter/finnes-ikke/» peker til en side som ikke finnes (eller ikke er publisert ennå). Rett adressen, eller fjern lenken.",
      ]
    `);
  });

  test('refuses relative links that lead nowhere on the item’s page, or only on its nynorsk page', async () => {
    expect(
      await linesAfter((dir) => {
        edit(dir, 'innstillinger.json', ...NYNORSK);
        edit(dir, NEWS, BODY, `${BODY}\n\n[sak](../finnes-ikke/) og [Røros](../../kommuner/roros/)\n`);
        edit(dir, 'dokumenter/tjenesteavtale/index.md', 'Avtalens tekst.', 'Avtalens tekst. Se [avtalen](avtale.pdf).');
      }),
    ).toMatchInlineSnapshot(`
      [
        "dokumenter/tjenesteavtale/index.md:13 – lenken «avtale.pdf» peker til en side som ikke finnes (eller ikke er publisert ennå): på siden /nn/dokument/tjenesteavtale/ leder den til /nn/dokument/tjenesteavtale/avtale.pdf. Mente du «/dokumenter/tjenesteavtale/avtale.pdf»? Skriv adressen fra roten (/…), så leder den til samme side fra alle sider, eller fjern lenken.",
        "nyheter/fase-2-vedtatt.md:15 – lenken «../../kommuner/roros/» peker til en side som ikke finnes (eller ikke er publisert ennå): på siden /nn/nyheiter/fase-2-vedtatt/ leder den til /nn/kommuner/roros/. Mente du «/kommuner/roros/»? Skriv adressen fra roten (/…), så leder den til samme side fra alle sider, eller fjern lenken.",
        "nyheter/fase-2-vedtatt.md:15 – lenken «../finnes-ikke/» peker til en side som ikke finnes (eller ikke er publisert ennå): på siden /nyheter/fase-2-vedtatt/ leder den til /nyheter/finnes-ikke/. Skriv adressen fra roten (/…), så leder den til samme side fra alle sider, eller fjern lenken.",
      ]
    `);
  });

  test('refuses a link to a draft or to a news item dated later, but not from an item that is itself dated later', async () => {
    expect(
      await linesAfter((dir) => {
        news(dir, 'utkast-til-sak', 'utkast: true\n');
        news(dir, 'senere-sak', '');
        edit(dir, 'nyheter/senere-sak.md', 'publisert: 2021-06-01', 'publisert: 2099-01-01');
        news(dir, 'enda-senere-sak', '', 'Se [saken](/nyheter/senere-sak/).');
        edit(dir, 'nyheter/enda-senere-sak.md', 'publisert: 2021-06-01', 'publisert: 2099-02-01');
        edit(dir, NEWS, BODY, `${BODY}\n\nSe [utkastet](/nyheter/utkast-til-sak/) og [den neste](/nyheter/senere-sak/).\n`);
      }),
    ).toMatchInlineSnapshot(`
      [
        "nyheter/fase-2-vedtatt.md:15 – lenken «/nyheter/senere-sak/» peker til en side som ikke finnes (eller ikke er publisert ennå). Rett adressen, eller fjern lenken.",
        "nyheter/fase-2-vedtatt.md:15 – lenken «/nyheter/utkast-til-sak/» peker til en side som ikke finnes (eller ikke er publisert ennå). Rett adressen, eller fjern lenken.",
      ]
    `);
  });

  test('every link in the shipped content passes, and the same links with a typo are refused', async () => {
    const shipped = path.resolve(import.meta.dirname, '../../content');
    const dir = mkdtempSync(path.join(tmpdir(), 'innhold-lenker-'));
    try {
      cpSync(shipped, dir, { recursive: true });
      expect((await validateContent(dir, { buildDate: buildDate() })).problems.map(formatProblem)).toEqual([]);
      const file = 'nyheter/helsetilsynets-tilsyn-ved-st-olavs-hospital.md';
      const text = readFileSync(path.join(dir, file), 'utf8');
      writeFileSync(path.join(dir, file), text.replace('](/nyheter/', '](/nyheter/x-'));
      expect((await validateContent(dir, { buildDate: buildDate() })).problems.map((p) => `${p.file}: ${p.what}`)).toEqual([
        expect.stringMatching(/^nyheter\/helsetilsynets-tilsyn-ved-st-olavs-hospital\.md: lenken «\/nyheter\/x-.*» peker til en side som ikke finnes/),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
