import { afterAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { formatProblem, validateContent } from '../../src/validation/index.ts';
import { BUILD_DATE, copyFixture, edit, linesAfter, only, problemsAfter, remove, removeCopies, validFixture, write } from './fixture.ts';

afterAll(removeCopies);

/** The one problem after `change`, checked for file, line and field, and rendered for a snapshot. */
async function single(change: (dir: string) => void, where: { file: string; line?: number; field?: string }): Promise<string> {
  const problem = only(await problemsAfter(change));
  expect(problem).toMatchObject(where);
  return formatProblem(problem);
}

test('the valid fixture passes', async () => {
  const result = await validateContent(validFixture, { buildDate: BUILD_DATE });
  expect(result.problems.map(formatProblem)).toEqual([]);
  expect(result.counts).toEqual({ organisasjoner: 4, faser: 2, kilder: 1, tall: 1, kommuner: 2, nyheter: 1, dokumenter: 2, sporsmal: 1, moter: 1 });
});

describe('files that cannot be read', () => {
  test('malformed YAML names file and line, and other files are still checked', async () => {
    const problems = await problemsAfter((dir) => {
      edit(dir, 'kommuner/roros.yaml', 'navn: Røros', 'navn: Røros: fjellbyen');
      edit(dir, 'sporsmal/hva-er-helseplattformen.md', 'kategori: Om Helseplattformen\n', '');
    });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatchObject({ file: 'kommuner/roros.yaml', line: 2 });
    expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "kommuner/roros.yaml:2 – kan ikke leses: verdien inneholder et kolon (:). Sett hele verdien i anførselstegn, for eksempel tittel: "Møte: neste steg".",
        "sporsmal/hva-er-helseplattformen.md:2 – felt «kategori»: mangler. Legg til feltet, og sjekk at navnet er stavet riktig.",
      ]
    `);
  });

  test('malformed front matter counts lines from the top of the file', async () => {
    expect(
      await single((dir) => edit(dir, 'nyheter/fase-2-vedtatt.md', /\n {2}alt:/, '\n\talt:'), { file: 'nyheter/fase-2-vedtatt.md', line: 7 }),
    ).toMatchInlineSnapshot(`"nyheter/fase-2-vedtatt.md:7 – kan ikke leses: tabulator er brukt som innrykk. Bruk mellomrom i stedet for tabulator."`);
  });

  test('malformed JSON: a trailing comma', async () => {
    expect(
      await single((dir) => edit(dir, 'innstillinger.json', '"postmottak@innsyn.example.no"\n}', '"postmottak@innsyn.example.no",\n}'), { file: 'innstillinger.json', line: 57 }),
    ).toMatchInlineSnapshot(`"innstillinger.json:57 – kan ikke leses: komma etter det siste elementet. Fjern kommaet før }."`);
  });

  test('malformed JSON: a missing comma', async () => {
    expect(
      await single((dir) => edit(dir, 'innstillinger.json', '"system": "Helseplattformen",', '"system": "Helseplattformen"'), { file: 'innstillinger.json', line: 3 }),
    ).toMatchInlineSnapshot(`"innstillinger.json:3 – kan ikke leses: det mangler et komma. Sett komma etter verdien, før neste element (eller avslutt med })."`);
  });

  test('a Markdown file without front matter', async () => {
    expect(
      await single((dir) => write(dir, 'sporsmal/tomt.md', 'Bare tekst.\n'), { file: 'sporsmal/tomt.md', line: 1 }),
    ).toMatchInlineSnapshot(`"sporsmal/tomt.md:1 – filen mangler feltene øverst (front matter). Start filen med en linje med bare ---, så feltene (for eksempel «tittel: …»), og avslutt dem med en ny linje med bare ---."`);
  });

  test('a missing settings file', async () => {
    expect(
      await single((dir) => remove(dir, 'innstillinger.json'), { file: 'innstillinger.json' })).toMatchInlineSnapshot(`"innstillinger.json – filen mangler. Legg den til i innholdsmappen; den holder nettstedets navn, adresse og statuser."`);
  });
});

describe('schema problems', () => {
  test('missing required field', async () => {
    expect(
      await single((dir) => edit(dir, 'nyheter/fase-2-vedtatt.md', /ingress: .*\n/, ''), {
        file: 'nyheter/fase-2-vedtatt.md',
        line: 2,
        field: 'ingress',
      }),
    ).toMatchInlineSnapshot(`"nyheter/fase-2-vedtatt.md:2 – felt «ingress»: mangler. Legg til feltet, og sjekk at navnet er stavet riktig."`);
  });

  test('missing field with a fixed set of values lists them', async () => {
    expect(
      await single((dir) => edit(dir, 'dokumenter/tjenesteavtale-2/index.md', 'status: signert\n', ''), {
        file: 'dokumenter/tjenesteavtale-2/index.md',
        field: 'status',
      }),
    ).toMatchInlineSnapshot(`"dokumenter/tjenesteavtale-2/index.md:2 – felt «status»: mangler. Legg til feltet med en av verdiene: utkast, til-behandling, godkjent, signert, erstattet, trukket."`);
  });

  test('wrong type', async () => {
    expect(
      await single((dir) => edit(dir, 'sporsmal/hva-er-helseplattformen.md', 'oppdatert:', 'utkast: ja\noppdatert:'), {
        file: 'sporsmal/hva-er-helseplattformen.md',
        line: 4,
        field: 'utkast',
      }),
    ).toMatchInlineSnapshot(`"sporsmal/hva-er-helseplattformen.md:4 – felt «utkast»: teksten «ja» passer ikke her. Verdien må være true eller false."`);
  });

  test('wrong type in a nested field of a YAML file', async () => {
    expect(
      await single((dir) => edit(dir, 'kommuner/roros.yaml', 'lat: 62.57', 'lat: "62,57"'), {
        file: 'kommuner/roros.yaml',
        line: 4,
        field: 'koordinater.lat',
      }),
    ).toMatchInlineSnapshot(`"kommuner/roros.yaml:4 – felt «koordinater.lat»: teksten «62,57» passer ikke her. Verdien må være et tall med punktum som desimaltegn, for eksempel 63.43."`);
  });

  test('text that looks like a number stays exactly as written', async () => {
    const dir = copyFixture();
    edit(dir, 'kommuner/roros.yaml', 'navn: Røros', 'navn: 2022');
    edit(dir, 'dokumenter/tjenesteavtale-2/index.md', 'versjon: 2', 'versjon: 1.10');
    edit(dir, 'dokumenter/tjenesteavtale/index.md', 'publisert: 2021-06-01', 'publisert: 2021-06-01\nversjon: 2.0');
    const result = await validateContent(dir, { buildDate: BUILD_DATE });
    expect(result.problems.map(formatProblem)).toEqual([]);
    const value = (file: string) => [...result.values].find(([item]) => item.file === file)![1] as Record<string, unknown>;
    expect(value('kommuner/roros.yaml').navn).toBe('2022');
    expect(value('dokumenter/tjenesteavtale-2/index.md').versjon).toBe('1.10');
    expect(value('dokumenter/tjenesteavtale/index.md').versjon).toBe('2.0');
  });

  test('empty value', async () => {
    expect(
      await single((dir) => edit(dir, 'nyheter/fase-2-vedtatt.md', 'emner: [innføring]', 'oppdatert:'), {
        file: 'nyheter/fase-2-vedtatt.md',
        line: 8,
        field: 'oppdatert',
      }),
    ).toMatchInlineSnapshot(`"nyheter/fase-2-vedtatt.md:8 – felt «oppdatert»: er tom. Fyll inn en verdi, eller fjern linjen hvis feltet ikke trengs."`);
  });

  test('impossible date', async () => {
    expect(
      await single((dir) => edit(dir, 'nyheter/fase-2-vedtatt.md', 'publisert: 2021-05-19', 'publisert: 2022-02-30'), {
        file: 'nyheter/fase-2-vedtatt.md',
        line: 4,
        field: 'publisert',
      }),
    ).toMatchInlineSnapshot(`"nyheter/fase-2-vedtatt.md:4 – felt «publisert»: 2022-02-30 finnes ikke i kalenderen. Sjekk dag og måned."`);
  });

  test('date in the wrong form', async () => {
    expect(
      await single((dir) => edit(dir, 'kommuner/roros.yaml', 'dato: 2021-05-19', 'dato: 19.05.2021'), {
        file: 'kommuner/roros.yaml',
        line: 6,
        field: 'hendelser[0].dato',
      }),
    ).toMatchInlineSnapshot(`"kommuner/roros.yaml:6 – felt «hendelser[0].dato»: «19.05.2021» er ikke en dato (2022-11-12) eller en måned (2022-11). Skriv 2021-05-19 (år-måned-dag)."`);
    expect(
      await single((dir) => edit(dir, 'nyheter/fase-2-vedtatt.md', /publisert: \S+/, 'publisert: 1.12.2025'), { file: 'nyheter/fase-2-vedtatt.md', field: 'publisert' }),
    ).toMatch(/«1\.12\.2025» er ikke en dato på formen ÅÅÅÅ-MM-DD\. Skriv 2025-12-01 \(år-måned-dag\)\.$/);
  });

  test('a date without leading zeros gets the same suggestion in every date field, also nested ones', async () => {
    const lines = await linesAfter((dir) =>
      edit(dir, 'dokumenter/tjenesteavtale-2/index.md', 'versjon: 2', 'versjon: 2\nstatusdato: 2023-6-29\nbehandling:\n  organ: Styret i Helseplattformen AS\n  dato: 2023-6-29'),
    );
    expect(lines).toEqual([
      'dokumenter/tjenesteavtale-2/index.md:8 – felt «statusdato»: «2023-6-29» er ikke en dato på formen ÅÅÅÅ-MM-DD. Skriv 2023-06-29 (år-måned-dag).',
      'dokumenter/tjenesteavtale-2/index.md:11 – felt «behandling.dato»: «2023-6-29» er ikke en dato på formen ÅÅÅÅ-MM-DD. Skriv 2023-06-29 (år-måned-dag).',
    ]);
    expect(
      await single((dir) => edit(dir, 'kommuner/roros.yaml', 'dato: 2021-05-19', 'dato: 2021-5'), { file: 'kommuner/roros.yaml', field: 'hendelser[0].dato' }),
    ).toMatch(/«2021-5» er ikke en dato \(2022-11-12\) eller en måned \(2022-11\)\. Skriv 2021-05 \(år-måned\)\.$/);
  });

  test('unknown field, with the likely intended name', async () => {
    const problems = await problemsAfter((dir) => edit(dir, 'nyheter/fase-2-vedtatt.md', 'publisert:', 'publsert:'));
    expect(problems).toHaveLength(2);
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [2, 'publisert'],
      [4, 'publsert'],
    ]);
    expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "nyheter/fase-2-vedtatt.md:2 – felt «publisert»: mangler. Legg til feltet, og sjekk at navnet er stavet riktig.",
        "nyheter/fase-2-vedtatt.md:4 – felt «publsert»: ukjent felt. Sjekk stavemåten: mente du «publisert»?",
      ]
    `);
  });

  test('unknown field inside a list item', async () => {
    expect(
      await single((dir) => edit(dir, 'kommuner/roros.yaml', '    fase: fase-2', '    fase: fase-2\n    merknd: Vedtatt'), {
        file: 'kommuner/roros.yaml',
        line: 9,
        field: 'hendelser[0].merknd',
      }),
    ).toMatchInlineSnapshot(`"kommuner/roros.yaml:9 – felt «hendelser[0].merknd»: ukjent felt. Sjekk stavemåten: mente du «merknad»?"`);
  });

  test('image without alt text', async () => {
    expect(
      await single((dir) => edit(dir, 'nyheter/fase-2-vedtatt.md', /\n {2}alt: .*/, ''), {
        file: 'nyheter/fase-2-vedtatt.md',
        line: 5,
        field: 'bilde.alt',
      }),
    ).toMatchInlineSnapshot(`"nyheter/fase-2-vedtatt.md:5 – felt «bilde.alt»: bildet mangler alt-tekst. Skriv hva bildet viser, for lesere som ikke kan se det."`);
  });

  test('image with empty alt text', async () => {
    expect(
      await single((dir) => edit(dir, 'nyheter/fase-2-vedtatt.md', /alt: .*/, 'alt: "  "'), {
        file: 'nyheter/fase-2-vedtatt.md',
        line: 7,
        field: 'bilde.alt',
      }),
    ).toMatchInlineSnapshot(`"nyheter/fase-2-vedtatt.md:7 – felt «bilde.alt»: bildet mangler alt-tekst. Skriv hva bildet viser, for lesere som ikke kan se det."`);
  });

  test('document type outside the vocabulary', async () => {
    expect(
      await single((dir) => edit(dir, 'dokumenter/tjenesteavtale-2/index.md', 'type: tjenesteavtale', 'type: avtale'), {
        file: 'dokumenter/tjenesteavtale-2/index.md',
        line: 3,
        field: 'type',
      }),
    ).toMatchInlineSnapshot(`"dokumenter/tjenesteavtale-2/index.md:3 – felt «type»: «avtale» er ikke en av verdiene som kan brukes. Bruk en av: tjenesteavtale, vedlegg, styresak, protokoll, rapport, tilsynsrapport, evaluering, vedtak, annet."`);
  });

  test('an organisation type outside the vocabulary', async () => {
    expect(
      await single((dir) => edit(dir, 'organisasjoner/helse-midt-norge.yaml', 'type: rhf', 'type: foretak'), {
        file: 'organisasjoner/helse-midt-norge.yaml',
        line: 2,
        field: 'type',
      }),
    ).toMatchInlineSnapshot(`"organisasjoner/helse-midt-norge.yaml:2 – felt «type»: «foretak» er ikke en av verdiene som kan brukes. Bruk en av: selskap, rhf, helseforetak, sykehus, kommune, rad."`);
  });

  test('a municipality number keeps its leading zero, and a short one is refused', async () => {
    expect(await problemsAfter((dir) => edit(dir, 'kommuner/roros.yaml', 'nummer: "5025"', 'nummer: 0301'))).toEqual([]);
    expect(
      await single((dir) => edit(dir, 'kommuner/roros.yaml', 'nummer: "5025"', 'nummer: 301'), {
        file: 'kommuner/roros.yaml',
        line: 1,
        field: 'nummer',
      }),
    ).toMatchInlineSnapshot(`"kommuner/roros.yaml:1 – felt «nummer»: «301» har feil form. Verdien må være et kommunenummer med fire sifre, for eksempel "5001"."`);
  });
});

describe('references', () => {
  test('unknown municipality', async () => {
    expect(
      await single((dir) => edit(dir, 'nyheter/fase-2-vedtatt.md', 'kommuner: [roros]', 'kommuner: [rros]'), {
        file: 'nyheter/fase-2-vedtatt.md',
        line: 9,
        field: 'kommuner[0]',
      }),
    ).toMatchInlineSnapshot(`"nyheter/fase-2-vedtatt.md:9 – felt «kommuner[0]»: kommunen «rros» finnes ikke. Mente du «roros»? Bruk filnavnet (uten .yaml) til en av filene i kommuner/."`);
  });

  test('unknown organisation', async () => {
    expect(
      await single((dir) => edit(dir, 'organisasjoner/st-olavs-hospital.yaml', 'tilhorer: helse-midt-norge', 'tilhorer: helse-midt'), {
        file: 'organisasjoner/st-olavs-hospital.yaml',
        line: 3,
        field: 'tilhorer',
      }),
    ).toMatchInlineSnapshot(`"organisasjoner/st-olavs-hospital.yaml:3 – felt «tilhorer»: organisasjonen «helse-midt» finnes ikke. Bruk filnavnet (uten .yaml) til en av filene i organisasjoner/."`);
  });

  test('unknown party of a document', async () => {
    expect(
      await single((dir) => edit(dir, 'dokumenter/tjenesteavtale-2/index.md', 'parter: [helseplattformen, trondheim]', 'parter: [helseplattformen, trondhjem]'), {
        file: 'dokumenter/tjenesteavtale-2/index.md',
        line: 6,
        field: 'parter[1]',
      }),
    ).toMatchInlineSnapshot(`"dokumenter/tjenesteavtale-2/index.md:6 – felt «parter[1]»: parten «trondhjem» finnes ikke. Mente du «trondheim»? Bruk filnavnet (uten .yaml) til en organisasjon i organisasjoner/ eller en kommune i kommuner/."`);
  });

  test('unknown document', async () => {
    expect(
      await single((dir) => edit(dir, 'sporsmal/hva-er-helseplattformen.md', '[tjenesteavtale-2]', '[tjenesteavtale-3]'), {
        file: 'sporsmal/hva-er-helseplattformen.md',
        line: 5,
        field: 'dokumenter[0]',
      }),
    ).toMatchInlineSnapshot(`"sporsmal/hva-er-helseplattformen.md:5 – felt «dokumenter[0]»: dokumentet «tjenesteavtale-3» finnes ikke. Mente du «tjenesteavtale-2»? Bruk navnet på en av mappene i dokumenter/."`);
  });

  test('unknown phase', async () => {
    expect(
      await single((dir) => edit(dir, 'kommuner/roros.yaml', 'fase: fase-2', 'fase: fase-3'), {
        file: 'kommuner/roros.yaml',
        line: 8,
        field: 'hendelser[0].fase',
      }),
    ).toMatchInlineSnapshot(`"kommuner/roros.yaml:8 – felt «hendelser[0].fase»: fasen «fase-3» finnes ikke. Bruk filnavnet (uten .yaml) til en av filene i faser/."`);
  });

  test('unknown news item as a source', async () => {
    expect(
      await single((dir) => edit(dir, 'kommuner/roros.yaml', 'nyhet: fase-2-vedtatt', 'nyhet: fase-to-vedtatt'), {
        file: 'kommuner/roros.yaml',
        line: 10,
        field: 'hendelser[0].kilde.nyhet',
      }),
    ).toMatchInlineSnapshot(`"kommuner/roros.yaml:10 – felt «hendelser[0].kilde.nyhet»: nyheten «fase-to-vedtatt» finnes ikke. Mente du «fase-2-vedtatt»? Bruk filnavnet (uten .md) til en av filene i nyheter/."`);
  });

  test('status outside the vocabulary', async () => {
    expect(
      await single((dir) => edit(dir, 'kommuner/trondheim.yaml', 'status: i-drift', 'status: i-bruk'), {
        file: 'kommuner/trondheim.yaml',
        line: 19,
        field: 'hendelser[2].status',
      }),
    ).toMatchInlineSnapshot(`"kommuner/trondheim.yaml:19 – felt «hendelser[2].status»: «i-bruk» er ikke en av statusene i innstillinger.json. Bruk en av: ikke-registrert, opsjon-utlost, innforing-planlagt, i-drift."`);
  });

  test('an event source that is a draft', async () => {
    expect(
      await single((dir) => edit(dir, 'dokumenter/tjenesteavtale-2/index.md', 'versjon: 2', 'versjon: 2\nutkast: true'), {
        file: 'kommuner/trondheim.yaml',
        line: 22,
        field: 'hendelser[2].kilde.dokument',
      }),
    ).toMatchInlineSnapshot(`"kommuner/trondheim.yaml:22 – felt «hendelser[2].kilde.dokument»: dokumentet «tjenesteavtale-2» er et utkast, så lenken til kilden ville ikke virke. Publiser dokumentet først (fjern «utkast: true»), eller velg en annen kilde."`);
  });

  test('a source not yet published, cited by items already shown', async () => {
    const problems = await problemsAfter((dir) => edit(dir, 'nyheter/fase-2-vedtatt.md', 'publisert: 2021-05-19', 'publisert: 2027-01-01'));
    expect(problems.map((p) => [p.file, p.line, p.field])).toEqual([
      ['faser/fase-2.yaml', 8, 'planer[0].kilde.nyhet'],
      ['kommuner/roros.yaml', 10, 'hendelser[0].kilde.nyhet'],
    ]);
    expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "faser/fase-2.yaml:8 – felt «planer[0].kilde.nyhet»: nyheten «fase-2-vedtatt» publiseres først 2027-01-01, så lenken til kilden ville ikke virke. Vent med dette til nyheten er publisert, eller velg en annen kilde.",
        "kommuner/roros.yaml:10 – felt «hendelser[0].kilde.nyhet»: nyheten «fase-2-vedtatt» publiseres først 2027-01-01, så lenken til kilden ville ikke virke. Vent med dette til nyheten er publisert, eller velg en annen kilde.",
      ]
    `);
  });

  test('a future event may cite a source published on the same day', async () => {
    const problems = await problemsAfter((dir) => {
      edit(dir, 'nyheter/fase-2-vedtatt.md', 'publisert: 2021-05-19', 'publisert: 2027-01-01');
      edit(dir, 'kommuner/roros.yaml', 'dato: 2021-05-19', 'dato: 2027-01-01');
      edit(dir, 'faser/fase-2.yaml', 'dato: 2021-05-19', 'dato: 2027-01-01');
      // The plan moves with its announcement: a plan is never aimed before the month it was announced in.
      edit(dir, 'faser/fase-2.yaml', 'planlagt: høsten 2022', 'planlagt: høsten 2027');
    });
    expect(problems.map(formatProblem)).toEqual([]);
  });

  test('a draft referenced from a published item is fine', async () => {
    const problems = await problemsAfter((dir) => edit(dir, 'dokumenter/tjenesteavtale/index.md', 'status: erstattet', 'status: erstattet\nutkast: true'));
    expect(problems.map(formatProblem)).toEqual([]);
  });
});

describe('duplicates', () => {
  test('duplicate slug: the same name as .md and .mdx', async () => {
    expect(
      await single((dir) => write(dir, 'nyheter/fase-2-vedtatt.mdx', '---\ntittel: x\n---\n'), { file: 'nyheter/fase-2-vedtatt.mdx' }),
    ).toMatchInlineSnapshot(`"nyheter/fase-2-vedtatt.mdx – det finnes allerede en nyhet med navnet «fase-2-vedtatt» (nyheter/fase-2-vedtatt.md). Gi den ene et annet navn, eller slett den."`);
  });

  test('two waves with the same order number', async () => {
    expect(
      await single((dir) => edit(dir, 'faser/fase-2.yaml', 'nummer: 2', 'nummer: 1'), { file: 'faser/fase-2.yaml', line: 2, field: 'nummer' }),
    ).toMatchInlineSnapshot(`"faser/fase-2.yaml:2 – felt «nummer»: nummeret 1 er brukt av faser/fase-1.yaml også. Hver fase må ha sitt eget nummer."`);
  });

  test('two municipalities with the same number', async () => {
    expect(
      await single((dir) => edit(dir, 'kommuner/trondheim.yaml', 'nummer: "5001"', 'nummer: "5025"'), {
        file: 'kommuner/trondheim.yaml',
        line: 1,
        field: 'nummer',
      }),
    ).toMatchInlineSnapshot(`"kommuner/trondheim.yaml:1 – felt «nummer»: kommunenummeret 5025 brukes også av kommuner/roros.yaml i samme tidsrom. Hver kommune må ha sitt eget nummer på en gitt dato; sjekk nummeret og datoene i «tidligereNummer»."`);
  });

  test('a file name that cannot be a web address', async () => {
    expect(
      await single(
        (dir) => {
          write(dir, 'kommuner/Indre Fosen.yaml', 'nummer: "5054"\nnavn: Indre Fosen\nfylke: Trøndelag\nkoordinater: { lat: 63.6, lon: 10.2 }\n');
        },
        { file: 'kommuner/Indre Fosen.yaml' },
      ),
    ).toMatchInlineSnapshot(`"kommuner/Indre Fosen.yaml – navnet på filen kan ikke brukes i en nettadresse. Gi filen nytt navn, for eksempel «indre-fosen.yaml»: bare små bokstaver a–z, tall og bindestrek."`);
  });
});

describe('documents replacing documents', () => {
  test('a document replacing itself', async () => {
    expect(
      await single((dir) => edit(dir, 'dokumenter/tjenesteavtale-2/index.md', 'erstatter: tjenesteavtale', 'erstatter: tjenesteavtale-2'), {
        file: 'dokumenter/tjenesteavtale-2/index.md',
        line: 8,
        field: 'erstatter',
      }),
    ).toMatchInlineSnapshot(`"dokumenter/tjenesteavtale-2/index.md:8 – felt «erstatter»: dokumentet kan ikke erstatte seg selv. Skriv navnet på mappen til dokumentet det erstatter, eller fjern feltet."`);
  });

  test('a cycle of replacements', async () => {
    expect(
      await single((dir) => edit(dir, 'dokumenter/tjenesteavtale/index.md', 'publisert: 2021-06-01', 'publisert: 2021-06-01\nerstatter: tjenesteavtale-2'), {
        file: 'dokumenter/tjenesteavtale/index.md',
        line: 6,
        field: 'erstatter',
      }),
    ).toMatchInlineSnapshot(`"dokumenter/tjenesteavtale/index.md:6 – felt «erstatter»: dokumentene erstatter hverandre i ring: tjenesteavtale → tjenesteavtale-2 → tjenesteavtale. Et dokument kan bare erstatte et eldre dokument. Rett eller fjern «erstatter» i ett av dem."`);
  });
});

describe('items in both written forms', () => {
  test('a news item in nynorsk that names its bokmål original is accepted', async () => {
    expect(
      await problemsAfter((dir) =>
        write(
          dir,
          'nyheter/fase-2-vedtatt-nynorsk.md',
          '---\ntittel: Seks kommunar i den andre innføringsfasen\ningress: Røros og fem andre kommunar kan ta i bruk løysinga hausten 2022.\npublisert: 2021-05-19\nsprak: nn\noversettelseAv: fase-2-vedtatt\n---\n\nTekst.\n',
        ),
      ),
    ).toEqual([]);
  });

  test('a translation link to an item that does not exist', async () => {
    const message = await single(
      (dir) =>
        write(dir, 'nyheter/fase-2-vedtatt-nynorsk.md', '---\ntittel: Seks kommunar\ningress: Røros og fem andre.\npublisert: 2021-05-19\nsprak: nn\noversettelseAv: fase-2-vedteke\n---\n\nTekst.\n'),
      { file: 'nyheter/fase-2-vedtatt-nynorsk.md', line: 6, field: 'oversettelseAv' },
    );
    expect(message).toContain('nyheter/fase-2-vedtatt-nynorsk.md:6 – felt «oversettelseAv»');
    expect(message).toContain('fase-2-vedteke');
    expect(message).toContain('fase-2-vedtatt');
  });
});

describe('files on disk', () => {
  test('attachment listed but missing', async () => {
    expect(
      await single((dir) => remove(dir, 'dokumenter/tjenesteavtale/avtale.pdf'), {
        file: 'dokumenter/tjenesteavtale/index.md',
        line: 9,
        field: 'vedlegg[0].fil',
      }),
    ).toMatchInlineSnapshot(`"dokumenter/tjenesteavtale/index.md:9 – felt «vedlegg[0].fil»: filen «avtale.pdf» finnes ikke i dokumenter/tjenesteavtale/. Legg filen i mappen, eller rett navnet (store og små bokstaver teller)."`);
  });

  test('attachment listed with the wrong case', async () => {
    expect(
      await single((dir) => edit(dir, 'dokumenter/tjenesteavtale/index.md', 'fil: avtale.pdf', 'fil: Avtale.pdf'), {
        file: 'dokumenter/tjenesteavtale/index.md',
        field: 'vedlegg[0].fil',
      }),
    ).toMatchInlineSnapshot(`"dokumenter/tjenesteavtale/index.md:9 – felt «vedlegg[0].fil»: filen «Avtale.pdf» finnes ikke i dokumenter/tjenesteavtale/. Mente du «avtale.pdf»? Legg filen i mappen, eller rett navnet (store og små bokstaver teller)."`);
  });

  test('a file in a document folder that no entry lists', async () => {
    expect(
      await single((dir) => write(dir, 'dokumenter/tjenesteavtale/notat.txt', 'Notat.\n'), { file: 'dokumenter/tjenesteavtale/notat.txt' }),
    ).toMatchInlineSnapshot(`"dokumenter/tjenesteavtale/notat.txt – filen er ikke oppført som vedlegg i index.md. Legg den til under «vedlegg» (med fil og tittel), eller fjern den fra mappen."`);
  });

  test('operating-system clutter in a document folder is ignored', async () => {
    expect(await problemsAfter((dir) => write(dir, 'dokumenter/tjenesteavtale/.DS_Store', 'x'))).toEqual([]);
  });

  test('editor backups beside content do not block publishing', async () => {
    expect(
      await problemsAfter((dir) => {
        write(dir, 'dokumenter/tjenesteavtale/avtale.pdf~', 'x');
        write(dir, 'nyheter/fase-2-vedtatt.md~', 'tittel: [uferdig');
        write(dir, 'kommuner/#roros.yaml#', 'x');
      }),
    ).toEqual([]);
  });

  test('news image file missing', async () => {
    expect(
      await single((dir) => remove(dir, 'nyheter/bilder/mote.png'), { file: 'nyheter/fase-2-vedtatt.md', line: 6, field: 'bilde.fil' }),
    ).toMatchInlineSnapshot(`"nyheter/fase-2-vedtatt.md:6 – felt «bilde.fil»: bildefilen «./bilder/mote.png» finnes ikke. Sjekk at filen finnes og at navnet er stavet likt (store og små bokstaver teller). Stien regnes fra mappen nyheten ligger i."`);
  });
});

describe('dates against other dates', () => {
  test('event dated after the municipality ceased', async () => {
    expect(
      await single((dir) => edit(dir, 'kommuner/roros.yaml', 'fylke: Trøndelag', 'fylke: Trøndelag\ngyldigTil: 2020-12-31'), {
        file: 'kommuner/roros.yaml',
        line: 7,
        field: 'hendelser[0].dato',
      }),
    ).toMatchInlineSnapshot(`"kommuner/roros.yaml:7 – felt «hendelser[0].dato»: hendelsen er datert 2021-05-19, etter at kommunen ble nedlagt (gyldigTil: 2020-12-31). Sjekk datoen, eller før hendelsen på kommunen som tok over."`);
  });

  test('event dated before the municipality existed', async () => {
    expect(
      await single((dir) => edit(dir, 'kommuner/roros.yaml', 'fylke: Trøndelag', 'fylke: Trøndelag\ngyldigFra: 2024-01-01'), {
        file: 'kommuner/roros.yaml',
        line: 7,
        field: 'hendelser[0].dato',
      }),
    ).toMatchInlineSnapshot(`"kommuner/roros.yaml:7 – felt «hendelser[0].dato»: hendelsen er datert 2021-05-19, før kommunen ble opprettet (gyldigFra: 2024-01-01). Sjekk datoen, eller før hendelsen på kommunen som fantes da."`);
  });

  test('gyldigTil before gyldigFra', async () => {
    expect(
      await single((dir) => edit(dir, 'kommuner/trondheim.yaml', 'fylke: Trøndelag', 'fylke: Trøndelag\ngyldigFra: 2018-01-01\ngyldigTil: 2017-12-31'), {
        file: 'kommuner/trondheim.yaml',
        line: 5,
        field: 'gyldigTil',
      }),
    ).toMatchInlineSnapshot(`"kommuner/trondheim.yaml:5 – felt «gyldigTil»: gyldigTil (2017-12-31) er før gyldigFra (2018-01-01). Sjekk de to datoene: gyldigFra er kommunens første dag, gyldigTil den siste."`);
  });
});

describe('empty files', () => {
  test('front matter with no fields', async () => {
    expect(
      await single((dir) => write(dir, 'sporsmal/tomt.md', '---\n---\n\nSvar.\n'), { file: 'sporsmal/tomt.md' }),
    ).toMatchInlineSnapshot(`"sporsmal/tomt.md:2 – filen har ingen felt. Skriv feltene på formen «navn: verdi», ett per linje."`);
  });
});

describe('truth over time', () => {
  test('an event without a source', async () => {
    expect(
      await single((dir) => edit(dir, 'kommuner/roros.yaml', /    kilde:\n      nyhet: fase-2-vedtatt\n/, ''), {
        file: 'kommuner/roros.yaml',
        line: 6,
        field: 'hendelser[0].kilde',
      }),
    ).toMatchInlineSnapshot(`"kommuner/roros.yaml:6 – felt «hendelser[0].kilde»: mangler; hver opplysning må ha en kilde. Legg til «kilde:» med én av ekstern (en kilde i kilder/), nyhet, dokument eller url, slik at leserne kan se hvor opplysningen kommer fra."`);
  });

  test('a plan without the date it plans for', async () => {
    expect(
      await single((dir) => edit(dir, 'kommuner/trondheim.yaml', '    planlagt: 2022-04-30\n', ''), {
        file: 'kommuner/trondheim.yaml',
        line: 13,
        field: 'hendelser[1].status',
      }),
    ).toMatchInlineSnapshot(`"kommuner/trondheim.yaml:13 – felt «hendelser[1].status»: en plan må si hvilken dato den planlegger for. Legg til «planlagt:» med datoen, måneden eller årstiden oppstarten er planlagt til, for eksempel planlagt: 2024-11-09 eller planlagt: høsten 2025."`);
  });

  test('a go-live dated after its registered source, which could only have announced it', async () => {
    expect(
      await single((dir) => edit(dir, 'kommuner/trondheim.yaml', '      dokument: tjenesteavtale-2\n', '      ekstern: hp-tjenesteavtale\n'), {
        file: 'kommuner/trondheim.yaml',
        line: 18,
        field: 'hendelser[2].dato',
      }),
    ).toMatchInlineSnapshot(`"kommuner/trondheim.yaml:18 – felt «hendelser[2].dato»: «i-drift» er datert 2022-02-23, etter kilden (datert 2021-10-12); en kilde kan ikke melde at overgangen er gjennomført før den har skjedd. Registrer en planlagt innføring i stedet: en hendelse datert 2021-10-12 med «status: innforing-planlagt» og «planlagt: 2022-02-23». Legg til «i-drift» når en kilde melder at overgangen er gjennomført."`);
  });

  test('a go-live announced in advance by a page named in place', async () => {
    const announced = '  - dato: 2027-04-15\n    status: i-drift\n    kilde:\n      url: https://www.example.org/orkland-i-april\n      tittel: Orkland tar i bruk Helseplattformen i april\n      utgiver: Orkland kommune\n      dato: 2026-11\n';
    expect(
      await single((dir) => edit(dir, 'kommuner/roros.yaml', /$/, announced), {
        file: 'kommuner/roros.yaml',
        line: 11,
        field: 'hendelser[1].dato',
      }),
    ).toMatchInlineSnapshot(`"kommuner/roros.yaml:11 – felt «hendelser[1].dato»: «i-drift» er datert 2027-04-15, etter kilden (datert 2026-11); en kilde kan ikke melde at overgangen er gjennomført før den har skjedd. Registrer en planlagt innføring i stedet: en hendelse datert 2026-11 med «status: innforing-planlagt» og «planlagt: 2027-04-15». Legg til «i-drift» når en kilde melder at overgangen er gjennomført."`);
  });

  test('accepts a go-live its source reports on the day or after, also when the event is known only by its month', async () => {
    const reported = (dato: string) => `  - dato: ${dato}\n    status: i-drift\n    kilde:\n      url: https://www.example.org/roros-i-drift\n      tittel: Røros har tatt i bruk Helseplattformen\n      utgiver: Røros kommune\n      dato: 2022-11-14\n`;
    for (const dato of ['2022-11-12', '2022-11-14', '2022-11']) {
      expect(await linesAfter((dir) => edit(dir, 'kommuner/roros.yaml', /$/, reported(dato)))).toEqual([]);
    }
  });

  test('a go-live dated after today, with a source that gives no date', async () => {
    const live = (dato: string) => `  - dato: ${dato}\n    status: i-drift\n    kilde:\n      url: https://www.example.org/roros-i-april\n      tittel: Røros tar i bruk Helseplattformen\n      utgiver: Røros kommune\n`;
    expect(
      await single((dir) => edit(dir, 'kommuner/roros.yaml', /$/, live('2027-04-15')), { file: 'kommuner/roros.yaml', line: 11, field: 'hendelser[1].dato' }),
    ).toMatchInlineSnapshot(`"kommuner/roros.yaml:11 – felt «hendelser[1].dato»: «i-drift» er datert 2027-04-15, fram i tid (i dag er 2026-11-22); en innføring kan bare registreres som gjennomført når den har skjedd. Registrer en planlagt innføring i stedet: en hendelse med «status: innforing-planlagt» og «planlagt: 2027-04-15», datert den dagen planen ble kjent. Legg til «i-drift» når en kilde melder at overgangen er gjennomført, eller rett datoen hvis den er feil."`);
    // Today, and the current month, have come.
    for (const dato of [BUILD_DATE, '2026-11']) expect(await linesAfter((dir) => edit(dir, 'kommuner/roros.yaml', /$/, live(dato)))).toEqual([]);
  });

  test('a go-live dated after the day it was registered', async () => {
    const live = (dato: string) => `  - dato: ${dato}\n    status: i-drift\n    registrert: 2026-06-01\n    kilde:\n      ekstern: hp-tjenesteavtale-udatert\n`;
    const undated = (dir: string) => write(dir, 'kilder/hp-tjenesteavtale-udatert.yaml', 'tittel: Om Helseplattformen\nutgiver: Helseplattformen AS\nurl: https://www.example.org/om\n');
    expect(
      await single(
        (dir) => {
          undated(dir);
          edit(dir, 'kommuner/roros.yaml', /$/, live('2026-06-02'));
        },
        { file: 'kommuner/roros.yaml', line: 11, field: 'hendelser[1].dato' },
      ),
    ).toMatchInlineSnapshot(`"kommuner/roros.yaml:11 – felt «hendelser[1].dato»: «i-drift» er datert 2026-06-02, etter dagen den ble registrert (registrert: 2026-06-01); en innføring kan bare registreres som gjennomført når den har skjedd. Registrer en planlagt innføring i stedet: en hendelse med «status: innforing-planlagt» og «planlagt: 2026-06-02», datert den dagen planen ble kjent. Legg til «i-drift» når en kilde melder at overgangen er gjennomført, eller rett datoen hvis den er feil."`);
    expect(
      await linesAfter((dir) => {
        undated(dir);
        edit(dir, 'kommuner/roros.yaml', /$/, live('2026-06-01'));
      }),
    ).toEqual([]);
  });

  test('a wave reported done after its source, or after today', async () => {
    expect(
      await single((dir) => edit(dir, 'faser/fase-1.yaml', 'dato: 2022-05-09', 'dato: 2022-05-06'), { file: 'faser/fase-1.yaml', line: 18, field: 'gjennomfort.dato' }),
    ).toMatchInlineSnapshot(`"faser/fase-1.yaml:18 – felt «gjennomfort.dato»: fasen er meldt gjennomført 2022-05-07, etter kilden (datert 2022-05-06); en kilde kan ikke melde at overgangen er gjennomført før den har skjedd. Fjern «gjennomfort» og legg planen til under «planer» i stedet (dato: den dagen planen ble kjent, planlagt: 2022-05-07, kilde). Legg til «gjennomfort» når en kilde melder at overgangen er gjennomført."`);
    expect(
      await single((dir) => edit(dir, 'faser/fase-1.yaml', /gjennomfort:\n[^]*$/, 'gjennomfort:\n  dato: 2026-11-23\n  kilde:\n    dokument: tjenesteavtale-2\n'), { file: 'faser/fase-1.yaml', line: 18, field: 'gjennomfort.dato' }),
    ).toMatchInlineSnapshot(`"faser/fase-1.yaml:18 – felt «gjennomfort.dato»: fasen er meldt gjennomført 2026-11-23, fram i tid (i dag er 2026-11-22); en innføring kan bare registreres som gjennomført når den har skjedd. Fjern «gjennomfort» og legg planen til under «planer» i stedet (dato: den dagen planen ble kjent, planlagt: 2026-11-23, kilde). Legg til «gjennomfort» når en kilde melder at overgangen er gjennomført, eller rett datoen hvis den er feil."`);
    expect(await linesAfter((dir) => edit(dir, 'faser/fase-1.yaml', 'dato: 2022-05-09', 'dato: 2022-05-07'))).toEqual([]);
  });

  test('a total of go-lives dated after its source', async () => {
    expect(
      await single(
        (dir) => {
          edit(dir, 'tall/opsjon-2021-05.yaml', 'status: opsjon-utlost', 'status: i-drift');
          edit(dir, 'tall/opsjon-2021-05.yaml', 'dato: 2021-05-26', 'dato: 2021-10-13');
        },
        { file: 'tall/opsjon-2021-05.yaml', line: 1, field: 'dato' },
      ),
    ).toMatchInlineSnapshot(`"tall/opsjon-2021-05.yaml:1 – felt «dato»: tallet for «i-drift» gjelder 2021-10-13, etter kilden (datert 2021-10-12); en kilde kan ikke melde at overgangen er gjennomført før den har skjedd. Skriv datoen kilden oppgir tallet for (senest 2021-10-12), eller vent med tallet til en kilde melder det. En planlagt innføring hører hjemme som plan i en fase."`);
    expect(
      await linesAfter((dir) => {
        edit(dir, 'tall/opsjon-2021-05.yaml', 'status: opsjon-utlost', 'status: i-drift');
        edit(dir, 'tall/opsjon-2021-05.yaml', 'dato: 2021-05-26', 'dato: 2021-10-12');
      }),
    ).toEqual([]);
  });

  test('a source dated after today, registered or named in place', async () => {
    expect(
      await single((dir) => edit(dir, 'kilder/hp-tjenesteavtale.yaml', 'dato: 2021-10-12', 'dato: 2026-11-23'), { file: 'kilder/hp-tjenesteavtale.yaml', line: 4, field: 'dato' }),
    ).toMatchInlineSnapshot(`"kilder/hp-tjenesteavtale.yaml:4 – felt «dato»: kilden er datert 2026-11-23, fram i tid (i dag er 2026-11-22); en kilde kan ikke være publisert senere enn i dag. Skriv datoen kilden ble publisert, slik siden eller dokumentet viser den. Er datoen noe kilden sier vil skje, hører den hjemme i «planlagt» på hendelsen eller planen, ikke i kildens dato."`);
    expect(
      await single((dir) => edit(dir, 'faser/fase-1.yaml', 'dato: 2022-04-22', 'dato: 2026-12'), { file: 'faser/fase-1.yaml', line: 16, field: 'planer[1].kilde.dato' }),
    ).toMatchInlineSnapshot(`"faser/fase-1.yaml:16 – felt «planer[1].kilde.dato»: kilden er datert 2026-12, fram i tid (i dag er 2026-11-22); en kilde kan ikke være publisert senere enn i dag. Skriv datoen kilden ble publisert, slik siden eller dokumentet viser den. Er datoen noe kilden sier vil skje, hører den hjemme i «planlagt» på hendelsen eller planen, ikke i kildens dato."`);
    expect(await linesAfter((dir) => edit(dir, 'kilder/hp-tjenesteavtale.yaml', 'dato: 2021-10-12', `dato: ${BUILD_DATE}`))).toEqual([]);
  });

  test('a document status dated after today, or before the document itself', async () => {
    const file = 'dokumenter/tjenesteavtale/index.md';
    expect(
      await single((dir) => edit(dir, file, 'publisert: 2021-06-01\n', 'publisert: 2021-06-01\nstatusdato: 2026-11-23\n'), { file, line: 6, field: 'statusdato' }),
    ).toMatchInlineSnapshot(`"dokumenter/tjenesteavtale/index.md:6 – felt «statusdato»: statusdatoen 2026-11-23 er fram i tid (i dag er 2026-11-22). Skriv dagen statusen faktisk ble endret, senest i dag. Er endringen bare planlagt, vent med å endre status og statusdato til den har skjedd."`);
    expect(
      await single((dir) => edit(dir, file, 'publisert: 2021-06-01\n', 'publisert: 2021-06-01\ndato: 2021-05\nstatusdato: 2021-04-30\n'), { file, line: 7, field: 'statusdato' }),
    ).toMatchInlineSnapshot(`"dokumenter/tjenesteavtale/index.md:7 – felt «statusdato»: statusdatoen 2021-04-30 er før dokumentets egen dato (dato: 2021-05); statusen kan ikke endres før dokumentet finnes. Sjekk de to datoene: «dato» er dagen dokumentet ble utstedt eller lagt fram, «statusdato» dagen statusen sist ble endret."`);
    for (const dates of [`statusdato: ${BUILD_DATE}\n`, 'dato: 2021-05\nstatusdato: 2021-05-01\n']) {
      expect(await linesAfter((dir) => edit(dir, file, 'publisert: 2021-06-01\n', `publisert: 2021-06-01\n${dates}`))).toEqual([]);
    }
  });

  test('a plan aimed before the month it was announced in', async () => {
    expect(
      await single((dir) => edit(dir, 'kommuner/trondheim.yaml', 'planlagt: 2022-04-30', 'planlagt: 2021-09'), { file: 'kommuner/trondheim.yaml', line: 15, field: 'hendelser[1].planlagt' }),
    ).toMatchInlineSnapshot(`"kommuner/trondheim.yaml:15 – felt «hendelser[1].planlagt»: planen sikter mot 2021-09, før måneden den ble kjent («dato: 2021-10-12»); en plan kan ikke allerede være passert den dagen den ble meldt. Sjekk de to datoene: «dato: 2021-10-12» er dagen kilden meldte planen, «planlagt: 2021-09» er når innføringen skal skje. Har innføringen skjedd, registrer den med en status for gjennomført innføring i stedet."`);
    expect(await linesAfter((dir) => edit(dir, 'kommuner/trondheim.yaml', 'planlagt: 2022-04-30', 'planlagt: 2021-10-01'))).toEqual([]);
  });

  test("a wave's plan aimed before the month it was announced in", async () => {
    expect(
      await single((dir) => edit(dir, 'faser/fase-1.yaml', 'planlagt: 2022-05-07', 'planlagt: 2022-03'), { file: 'faser/fase-1.yaml', line: 10, field: 'planer[1].planlagt' }),
    ).toMatchInlineSnapshot(`"faser/fase-1.yaml:10 – felt «planer[1].planlagt»: planen sikter mot 2022-03, før måneden den ble kjent («dato: 2022-04»); en plan kan ikke allerede være passert den dagen den ble meldt. Sjekk de to datoene: «dato: 2022-04» er dagen kilden meldte planen, «planlagt: 2022-03» er når innføringen skal skje. Har innføringen skjedd, før den opp under «gjennomfort» i stedet."`);
    expect(await linesAfter((dir) => edit(dir, 'faser/fase-1.yaml', 'planlagt: 2022-05-07', 'planlagt: 2022-04-01'))).toEqual([]);
  });

  test('a planned date on an event that is not a plan', async () => {
    expect(
      await single((dir) => edit(dir, 'kommuner/roros.yaml', '    fase: fase-2\n', '    fase: fase-2\n    planlagt: 2022-11\n'), {
        file: 'kommuner/roros.yaml',
        line: 9,
        field: 'hendelser[0].planlagt',
      }),
    ).toMatchInlineSnapshot(`"kommuner/roros.yaml:9 – felt «hendelser[0].planlagt»: «planlagt» hører bare til en plan, ikke til statusen «opsjon-utlost». Fjern linjen, eller bruk en status for planlagt innføring."`);
  });

  test('a planned date that is not a date, a month, a year or a season', async () => {
    expect(
      await single((dir) => edit(dir, 'kommuner/trondheim.yaml', 'planlagt: 2022-04-30', 'planlagt: snart'), {
        file: 'kommuner/trondheim.yaml',
        line: 15,
        field: 'hendelser[1].planlagt',
      }),
    ).toMatchInlineSnapshot(`"kommuner/trondheim.yaml:15 – felt «hendelser[1].planlagt»: «snart» er ikke en dato (2022-11-12), en måned (2022-11), et år (2025) eller en årstid («våren 2025», «sommeren 2025» eller «høsten 2025»)."`);
  });

  test('dates as precise as the source: a month for an event, a season for a plan', async () => {
    expect(
      (await problemsAfter((dir) => {
        edit(dir, 'kommuner/roros.yaml', 'dato: 2021-05-19', 'dato: 2021-05');
        edit(dir, 'kommuner/trondheim.yaml', 'planlagt: 2022-04-30', 'planlagt: våren 2022');
      })).map(formatProblem),
    ).toEqual([]);
  });

  test('a last-checked date in the future', async () => {
    expect(
      await single((dir) => edit(dir, 'innstillinger.json', '"sistKontrollert": "2026-11-22"', '"sistKontrollert": "2026-12-24"'), {
        file: 'innstillinger.json',
        line: 8,
        field: 'sistKontrollert',
      }),
    ).toMatchInlineSnapshot(`"innstillinger.json:8 – felt «sistKontrollert»: datoen 2026-12-24 er fram i tid. Skriv datoen opplysningene faktisk ble kontrollert, senest i dag (2026-11-22)."`);
    expect(
      await single((dir) => edit(dir, 'kommuner/roros.yaml', 'fylke: Trøndelag', 'fylke: Trøndelag\nsistKontrollert: 2027-01-01'), {
        file: 'kommuner/roros.yaml',
        field: 'sistKontrollert',
      }),
    ).toMatchInlineSnapshot(`"kommuner/roros.yaml:4 – felt «sistKontrollert»: datoen 2027-01-01 er fram i tid. Skriv datoen opplysningene faktisk ble kontrollert, senest i dag (2026-11-22)."`);
  });

  test('overlapping number periods in one file, and one number for two municipalities at once', async () => {
    expect(
      await single(
        (dir) =>
          edit(dir, 'kommuner/roros.yaml', 'nummer: "5025"', 'nummer: "5025"\ntidligereNummer:\n  - nummer: "1640"\n    til: 2019-06-30\n  - nummer: "1641"\n    fra: 2019-06-01\n    til: 2019-12-31'),
        { file: 'kommuner/roros.yaml', line: 6, field: 'tidligereNummer[1].fra' },
      ),
    ).toMatchInlineSnapshot(`"kommuner/roros.yaml:6 – felt «tidligereNummer[1].fra»: nummeret 1641 gjelder fra 2019-06-01, mens et annet nummer for kommunen gjelder til 2019-06-30. To nummer kan ikke gjelde samme dag: rett «fra» og «til» så periodene følger etter hverandre."`);
    expect(
      await single((dir) => edit(dir, 'kommuner/roros.yaml', 'nummer: "5025"', 'nummer: "5025"\ntidligereNummer:\n  - nummer: "5001"\n    til: 2019-12-31'), {
        file: 'kommuner/trondheim.yaml',
        line: 1,
        field: 'nummer',
      }),
    ).toMatchInlineSnapshot(`"kommuner/trondheim.yaml:1 – felt «nummer»: kommunenummeret 5001 brukes også av kommuner/roros.yaml i samme tidsrom. Hver kommune må ha sitt eget nummer på en gitt dato; sjekk nummeret og datoene i «tidligereNummer»."`);
  });

  test('a number that changed, used by another municipality afterwards, is fine', async () => {
    expect(
      (await problemsAfter((dir) => {
        edit(dir, 'kommuner/roros.yaml', 'nummer: "5025"', 'nummer: "5026"\ntidligereNummer:\n  - nummer: "5025"\n    til: 2023-12-31');
        write(dir, 'kommuner/ny.yaml', 'nummer: "5025"\nnavn: Ny\nfylke: Trøndelag\ngyldigFra: 2024-01-01\nkoordinater: { lat: 63, lon: 10 }\n');
      })).map(formatProblem),
    ).toEqual([]);
  });

  test('a kommunenummer that is not in SSB\'s register for the days the file uses it', async () => {
    expect(
      await single((dir) => edit(dir, 'kommuner/roros.yaml', 'nummer: "5025"', 'nummer: "5099"'), { file: 'kommuner/roros.yaml', line: 1, field: 'nummer' }),
    ).toMatchInlineSnapshot(`"kommuner/roros.yaml:1 – felt «nummer»: 5099 er ikke et kommunenummer i Kartverkets/SSBs kommuneliste for 2020–2023. Sjekk nummeret i SSBs «Standard for kommuneinndeling» (ssb.no/klass/klassifikasjoner/131) eller Kartverkets kommuneliste, og skriv kommunens firesifrede nummer, for eksempel "5001" for Trondheim."`);
    // Ålesund's 1507 ended with 2023: used from 2024 it is refused, with the years it was valid.
    expect(
      await single((dir) => edit(dir, 'kommuner/roros.yaml', 'nummer: "5025"', 'nummer: "1507"'), { file: 'kommuner/roros.yaml', line: 1, field: 'nummer' }),
    ).toMatchInlineSnapshot(`"kommuner/roros.yaml:1 – felt «nummer»: 1507 er ikke et kommunenummer i Kartverkets/SSBs kommuneliste for 2024 og senere. Nummeret gjelder bare for 2020–2023. Har kommunen fått nytt nummer, skriv det nye i «nummer» og det gamle under «tidligereNummer» med «til» (siste dag det gjaldt); ellers rett datoene."`);
    // An earlier number is checked over its own days.
    expect(
      await single((dir) => edit(dir, 'kommuner/roros.yaml', 'nummer: "5025"', 'nummer: "5025"\ngyldigFra: 2021-01-01\ntidligereNummer:\n  - nummer: "5098"\n    til: 2022-12-31'), {
        file: 'kommuner/roros.yaml',
        line: 4,
        field: 'tidligereNummer[0].nummer',
      }),
    ).toMatchInlineSnapshot(`"kommuner/roros.yaml:4 – felt «tidligereNummer[0].nummer»: 5098 er ikke et kommunenummer i Kartverkets/SSBs kommuneliste for 2020–2023. Sjekk nummeret i SSBs «Standard for kommuneinndeling» (ssb.no/klass/klassifikasjoner/131) eller Kartverkets kommuneliste, og skriv kommunens firesifrede nummer, for eksempel "5001" for Trondheim."`);
    // Numbers valid in the periods the file uses them pass: 1507 until 2023, 1508 from 2024; Haram's 1580 from 2024.
    expect(
      (await problemsAfter((dir) => {
        edit(dir, 'kommuner/roros.yaml', 'nummer: "5025"', 'nummer: "1508"\ntidligereNummer:\n  - nummer: "1507"\n    til: 2023-12-31');
        write(dir, 'kommuner/haram.yaml', 'nummer: "1580"\nnavn: Haram\nfylke: Møre og Romsdal\ngyldigFra: 2024-01-01\nkoordinater: { lat: 62.6, lon: 6.2 }\n');
      })).map(formatProblem),
    ).toEqual([]);
  });

  test('events on an organisation that does not switch systems', async () => {
    expect(
      await single((dir) => write(dir, 'organisasjoner/helseplattformen.yaml', 'navn: Helseplattformen AS\ntype: selskap\nhendelser:\n  - dato: 2022-05-07\n    status: i-drift\n    kilde:\n      dokument: tjenesteavtale-2\n'), {
        file: 'organisasjoner/helseplattformen.yaml',
        line: 3,
        field: 'hendelser',
      }),
    ).toMatchInlineSnapshot(`"organisasjoner/helseplattformen.yaml:3 – felt «hendelser»: en organisasjon av typen «selskap» har ingen innføringsstatus. Bare helseforetak og sykehus kan ha hendelser. Flytt hendelsene dit de hører hjemme, eller fjern dem."`);
  });

  test('an unknown registered source', async () => {
    expect(
      await single((dir) => edit(dir, 'tall/opsjon-2021-05.yaml', 'ekstern: hp-tjenesteavtale', 'ekstern: hp-tjenesteavtalen'), {
        file: 'tall/opsjon-2021-05.yaml',
        line: 5,
        field: 'kilde.ekstern',
      }),
    ).toMatchInlineSnapshot(`"tall/opsjon-2021-05.yaml:5 – felt «kilde.ekstern»: kilden «hp-tjenesteavtalen» finnes ikke. Mente du «hp-tjenesteavtale»? Bruk filnavnet (uten .yaml) til en av filene i kilder/."`);
  });

  test('an external source named in place needs its publisher', async () => {
    expect(
      await single((dir) => edit(dir, 'kommuner/trondheim.yaml', '      utgiver: Trondheim kommune\n', ''), {
        file: 'kommuner/trondheim.yaml',
        field: 'hendelser[0].kilde.utgiver',
      }),
    ).toMatchInlineSnapshot(`"kommuner/trondheim.yaml:8 – felt «hendelser[0].kilde.utgiver»: mangler. Skriv hvem som har publisert siden, for eksempel «NRK Trøndelag»."`);
  });

  test('files of the first content model are named with where their items live now', async () => {
    expect(
      await single((dir) => write(dir, 'faser.json', '[]\n'), { file: 'faser.json' })).toMatchInlineSnapshot(`"faser.json – filen brukes ikke lenger. Innholdet hører nå hjemme i faser/ (én .yaml-fil per innføringsfase, med id-en som filnavn). Flytt det dit, og slett filen."`);
  });
});

describe('meetings', () => {
  const file = 'moter/styremote-2021-11-03.yaml';

  test('an agenda item naming a document that does not exist', async () => {
    expect(
      await single((dir) => edit(dir, file, 'dokumenter: [tjenesteavtale]', 'dokumenter: [tjenesteavtalen]'), { file, line: 11, field: 'saker[0].dokumenter[0]' }),
    ).toMatchInlineSnapshot(`"moter/styremote-2021-11-03.yaml:11 – felt «saker[0].dokumenter[0]»: dokumentet «tjenesteavtalen» finnes ikke. Mente du «tjenesteavtale»? Bruk navnet på en av mappene i dokumenter/."`);
  });

  test('a decision for a party that does not exist', async () => {
    expect(await single((dir) => edit(dir, file, '- part: trondheim', '- part: trondhjem'), { file, line: 15, field: 'saker[0].vedtak.gjelder[0].part' })).toMatchInlineSnapshot(`"moter/styremote-2021-11-03.yaml:15 – felt «saker[0].vedtak.gjelder[0].part»: parten «trondhjem» finnes ikke. Mente du «trondheim»? Bruk filnavnet (uten .yaml) til en organisasjon i organisasjoner/ eller en kommune i kommuner/."`);
  });

  test('a meeting of no one, and of two at once', async () => {
    expect(await single((dir) => edit(dir, file, '  organisasjon: helseplattformen\n', '  utvalg: styre\n'), { file, line: 1, field: 'organ' })).toMatchInlineSnapshot(`"moter/styremote-2021-11-03.yaml:1 – felt «organ»: sier ikke hvem som møtes. Skriv enten organisasjon: <id i organisasjoner/> for et styre, eller kommune: <filnavn i kommuner/> for et kommunestyre."`);
    expect(await single((dir) => edit(dir, file, '  organisasjon: helseplattformen\n', '  organisasjon: helseplattformen\n  kommune: roros\n'), { file, line: 1, field: 'organ' })).toMatchInlineSnapshot(`"moter/styremote-2021-11-03.yaml:1 – felt «organ»: kan ikke ha både «organisasjon» og «kommune». Skriv enten organisasjon: <id i organisasjoner/> for et styre, eller kommune: <filnavn i kommuner/> for et kommunestyre."`);
  });

  test('a municipality has no board, and an organisation no council', async () => {
    expect(
      await single((dir) => edit(dir, file, '  organisasjon: helseplattformen\n', '  kommune: roros\n  utvalg: styre\n'), { file, line: 3, field: 'organ.utvalg' }),
    ).toMatchInlineSnapshot(`"moter/styremote-2021-11-03.yaml:3 – felt «organ.utvalg»: en kommune har ikke «styre». Bruk kommunestyre, bystyre, formannskap."`);
    expect(
      await single((dir) => edit(dir, file, '  organisasjon: helseplattformen\n', '  organisasjon: helseplattformen\n  utvalg: formannskap\n'), { file, line: 3, field: 'organ.utvalg' }),
    ).toMatchInlineSnapshot(`"moter/styremote-2021-11-03.yaml:3 – felt «organ.utvalg»: «formannskap» hører til en kommune, ikke en organisasjon. Skriv kommune: <filnavn i kommuner/> i stedet for organisasjon, eller bruk styre eller foretaksmote."`);
  });

  test('a postponed meeting needs its new date, and only a postponed one has one', async () => {
    expect(await single((dir) => edit(dir, file, 'status: holdt', 'status: utsatt'), { file, line: 7, field: 'status' })).toMatchInlineSnapshot(`"moter/styremote-2021-11-03.yaml:7 – felt «status»: et utsatt møte må si hvilken dato det er flyttet til. Legg til «nyDato:» med den nye datoen (eller måneden), for eksempel nyDato: 2023-01-12. Er ny dato ikke kjent, bruk status avlyst og forklar i «statusmerknad»."`);
    expect(await single((dir) => edit(dir, file, 'status: holdt', 'status: holdt\nnyDato: 2021-11-10'), { file, line: 8, field: 'nyDato' })).toMatchInlineSnapshot(`"moter/styremote-2021-11-03.yaml:8 – felt «nyDato»: ny dato hører bare til et utsatt møte, ikke til statusen «holdt». Fjern linjen, eller sett status: utsatt."`);
    expect(await problemsAfter((dir) => edit(dir, file, 'status: holdt', 'status: utsatt\nnyDato: 2021-11'))).toEqual([]);
  });

  test('a meeting known only by its month has no time of day', async () => {
    const problems = await problemsAfter((dir) => edit(dir, file, 'dato: 2021-11-03', 'dato: 2021-11'));
    expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "moter/styremote-2021-11-03.yaml:4 – felt «tid»: et møte der bare måneden er kjent, kan ikke ha klokkeslett. Skriv hele datoen i «dato», eller fjern klokkeslettet.",
        "moter/styremote-2021-11-03.yaml:5 – felt «slutt»: et møte der bare måneden er kjent, kan ikke ha klokkeslett. Skriv hele datoen i «dato», eller fjern klokkeslettet.",
      ]
    `);
  });

  test('a time of day in the wrong form, and an end before the start', async () => {
    expect(await single((dir) => edit(dir, file, 'tid: "10:00"', 'tid: "10.00"'), { file, line: 4, field: 'tid' })).toMatchInlineSnapshot(`"moter/styremote-2021-11-03.yaml:4 – felt «tid»: «10.00» har feil form. Verdien må være et klokkeslett på formen TT:MM, for eksempel "18:00"."`);
    expect(await single((dir) => edit(dir, file, 'slutt: "14:00"', 'slutt: "09:00"'), { file, line: 5, field: 'slutt' })).toMatchInlineSnapshot(`"moter/styremote-2021-11-03.yaml:5 – felt «slutt»: møtet slutter (09:00) før det begynner (10:00). Sjekk de to klokkeslettene."`);
  });

  test('a meeting with no source, and one held in the future', async () => {
    expect(await single((dir) => edit(dir, file, /kilder:\n  - ekstern: hp-tjenesteavtale\n/, 'kilder: []\n'), { file, line: 18, field: 'kilder' })).toMatchInlineSnapshot(`"moter/styremote-2021-11-03.yaml:18 – felt «kilder»: listen har for få elementer (0). Den må ha minst 1."`);
    expect(
      await single((dir) => edit(dir, file, /dato: 2021-11-03\n/, 'dato: 2027-01-05\n'), { file, line: 7, field: 'status' }),
    ).toMatchInlineSnapshot(`"moter/styremote-2021-11-03.yaml:7 – felt «status»: møtet er datert 2027-01-05, fram i tid, og kan ikke være holdt ennå. Bruk status planlagt til møtet er holdt."`);
  });
});

describe('names the site uses for its own pages', () => {
  test('a meeting or a document may not take the name of a list page', async () => {
    const problems = await problemsAfter((dir) => {
      write(dir, 'moter/organ.yaml', readFileSync(path.join(dir, 'moter/styremote-2021-11-03.yaml'), 'utf8'));
      write(dir, 'dokumenter/ar/index.md', readFileSync(path.join(dir, 'dokumenter/tjenesteavtale-2/index.md'), 'utf8'));
    });
    expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "dokumenter/ar/index.md – navnet «ar» er opptatt: nettstedet bruker adressen /dokumenter/ar/ til en egen oversikt. Gi dokumentet et annet navn (mappenavnet), for eksempel med et ord til.",
        "moter/organ.yaml – navnet «organ» er opptatt: nettstedet bruker adressen /moter/organ/ til en egen oversikt. Gi møtet et annet navn (filnavnet), for eksempel med et ord til.",
      ]
    `);
  });
});
