import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../validation/problem.ts';
import { characterProblems, findInvisibleCharacters, findMisplacedSpaces } from './characters.ts';

const lines = (problems: ReturnType<typeof characterProblems>) => problems.map(formatProblem);

describe('findInvisibleCharacters', () => {
  test('names a vertical tab from Word with line and column', () => {
    const text = '---\ntittel: Møte i\u000Bsamarbeidsrådet\n---\n';
    expect(findInvisibleCharacters(text)).toEqual([{ line: 2, column: 15, codePoint: 0x0b, name: 'loddrett tabulator', kind: 'vertical-tab' }]);
    expect(lines(characterProblems(findInvisibleCharacters(text), 'nyheter/mote.md', (line) => (line === 2 ? 'tittel' : undefined))))
      .toMatchInlineSnapshot(`
        [
          "nyheter/mote.md:2 – felt «tittel»: inneholder et usynlig tegn: loddrett tabulator (U+000B) i kolonne 15. Tegnet kommer ofte med når tekst limes inn fra Word der det var et linjeskift (Shift+Enter). Slett det og skriv et vanlig mellomrom eller linjeskift.",
        ]
      `);
  });

  test('every kind, each with its own advice; several of one kind on a line are one problem', () => {
    const text = [
      'a\u0000b\u000Cc\u001Bd', // C0 controls
      'sitat \u0093slik\u0094', // C1 controls: Windows-1252 quotes read as Latin-1
      'Hel\u200Bse\u200Bplatt\u200Cformen\u2060!', // zero-width
      '\u202Etxet\u202C og \u2067isolert\u2069', // direction controls
      'linje\u2028skift\u2029avsnitt',
      'bilde \uFFFC her, M\uFFFDte',
      'midt\uFEFFi',
    ].join('\n');
    expect(lines(characterProblems(findInvisibleCharacters(text), 'sporsmal/a.md'))).toMatchInlineSnapshot(`
      [
        "sporsmal/a.md:1 – inneholder et usynlig tegn: nulltegn (NUL, U+0000) i kolonne 2. Slett tegnet; det hører ikke hjemme i tekst og gjør at nyhetsstrømmen (RSS) ikke kan leses.",
        "sporsmal/a.md:1 – inneholder et usynlig tegn: sideskift (U+000C) i kolonne 4. Slett tegnet; det hører ikke hjemme i tekst og gjør at nyhetsstrømmen (RSS) ikke kan leses.",
        "sporsmal/a.md:1 – inneholder et usynlig tegn: escape-tegn (U+001B) i kolonne 6. Slett tegnet; det hører ikke hjemme i tekst og gjør at nyhetsstrømmen (RSS) ikke kan leses.",
        "sporsmal/a.md:2 – inneholder et usynlig tegn: kontrolltegn (U+0093) i kolonne 7. Tegnet er trolig et anførselstegn, en tankestrek eller en bokstav som ble feil da teksten ble konvertert. Slett det og skriv det riktige tegnet.",
        "sporsmal/a.md:2 – inneholder et usynlig tegn: kontrolltegn (U+0094) i kolonne 12. Tegnet er trolig et anførselstegn, en tankestrek eller en bokstav som ble feil da teksten ble konvertert. Slett det og skriv det riktige tegnet.",
        "sporsmal/a.md:3 – inneholder 2 usynlige tegn: nullbredde-mellomrom (U+200B) i kolonne 4 og 7. Slike tegn følger med når tekst kopieres fra nettsider, e-post eller PDF. Slett ordet der tegnet står, og skriv det på nytt.",
        "sporsmal/a.md:3 – inneholder et usynlig tegn: usynlig skilletegn (ZWNJ, U+200C) i kolonne 13. Slike tegn følger med når tekst kopieres fra nettsider, e-post eller PDF. Slett ordet der tegnet står, og skriv det på nytt.",
        "sporsmal/a.md:3 – inneholder et usynlig tegn: usynlig ordbinder (word joiner, U+2060) i kolonne 20. Slike tegn følger med når tekst kopieres fra nettsider, e-post eller PDF. Slett ordet der tegnet står, og skriv det på nytt.",
        "sporsmal/a.md:4 – inneholder et usynlig tegn: retningsoverstyring høyre-til-venstre (RLO, U+202E) i kolonne 1. Tegnet styrer skriveretningen og kan vise teksten i en annen rekkefølge enn den står i filen. Slett ordet der tegnet står, og skriv det på nytt.",
        "sporsmal/a.md:4 – inneholder et usynlig tegn: slutt på retningstegn (PDF, U+202C) i kolonne 6. Tegnet styrer skriveretningen og kan vise teksten i en annen rekkefølge enn den står i filen. Slett ordet der tegnet står, og skriv det på nytt.",
        "sporsmal/a.md:4 – inneholder et usynlig tegn: retningsisolering høyre-til-venstre (RLI, U+2067) i kolonne 11. Tegnet styrer skriveretningen og kan vise teksten i en annen rekkefølge enn den står i filen. Slett ordet der tegnet står, og skriv det på nytt.",
        "sporsmal/a.md:4 – inneholder et usynlig tegn: slutt på retningsisolering (PDI, U+2069) i kolonne 19. Tegnet styrer skriveretningen og kan vise teksten i en annen rekkefølge enn den står i filen. Slett ordet der tegnet står, og skriv det på nytt.",
        "sporsmal/a.md:5 – inneholder et usynlig tegn: linjeskilletegn (U+2028) i kolonne 6. Slett tegnet, og trykk Enter der du vil ha et linjeskift.",
        "sporsmal/a.md:5 – inneholder et usynlig tegn: avsnittsskilletegn (U+2029) i kolonne 12. Slett tegnet, og trykk Enter der du vil ha et linjeskift.",
        "sporsmal/a.md:6 – inneholder et usynlig tegn: objekttegn (￼, U+FFFC) i kolonne 7. Her sto et bilde eller et objekt fra et annet program, som ikke ble med da teksten ble limt inn. Slett tegnet; et bilde legges inn som egen fil.",
        "sporsmal/a.md:6 – inneholder et usynlig tegn: erstatningstegn (�, U+FFFD) i kolonne 15. Tegnet viser at en bokstav ble ødelagt da teksten ble konvertert eller lagret med feil tegnsett. Skriv den riktige bokstaven (ofte æ, ø, å eller et anførselstegn) i stedet.",
        "sporsmal/a.md:7 – inneholder et usynlig tegn: byte-order mark (BOM, U+FEFF) i kolonne 5. Slike tegn følger med når tekst kopieres fra nettsider, e-post eller PDF. Slett ordet der tegnet står, og skriv det på nytt.",
      ]
    `);
  });

  test('leaves alone what belongs in text: tabs, CRLF, a leading byte-order mark, emoji joined by ZWJ, Sami and no-break spaces', () => {
    const text = '\uFEFFtittel: Møte\r\n\tinnrykk\nkl.\u00A012 👩\u200D💻 👨🏽\u200D🦰 Snåase Gïelte\n';
    expect(findInvisibleCharacters(text)).toEqual([]);
  });

  test('columns count characters, not UTF-16 units', () => {
    expect(findInvisibleCharacters('😀😀\u200B')[0]?.column).toBe(3);
  });
});

describe('findMisplacedSpaces', () => {
  test('a no-break space after «tittel:» is named; one inside the value is fine', () => {
    const yaml = 'tittel:\u00A0Møte i rådet\ningress: Møtet starter kl.\u00A012 og varer til 10\u202F000 sekunder\npublisert: 2022-01-01\n';
    expect(lines(characterProblems(findMisplacedSpaces(yaml, 'yaml', 1), 'nyheter/mote.md'))).toMatchInlineSnapshot(`
      [
        "nyheter/mote.md:2 – inneholder et hardt mellomrom (U+00A0) i kolonne 8, etter «tittel:», der det må stå et vanlig mellomrom. Slett og skriv vanlige mellomrom der i stedet. Harde mellomrom følger ofte med når tekst kopieres fra Word eller en nettside; inne i en tekst er de i orden.",
      ]
    `);
  });

  test('in indentation, in a field name, after a number, in a list; not in quoted text', () => {
    const found = (yaml: string) => findMisplacedSpaces(yaml, 'yaml').map((c) => [c.line, c.column, c.name, c.after]);
    expect(found('bilde:\n\u00A0\u00A0fil: a.png\n  alt: Et bilde\n')).toEqual([
      [2, 1, 'hardt mellomrom', ''],
      [2, 2, 'hardt mellomrom', ''],
    ]);
    expect(found('tittel\u2003: Møte\n')).toEqual([[1, 7, 'typografisk mellomrom', 'tittel']]);
    expect(found('versjon: 2\u00A0\n')).toEqual([[1, 11, 'hardt mellomrom', '2']]);
    expect(found('emner: [innføring,\u00A0drift]\n')).toEqual([[1, 19, 'hardt mellomrom', '[innføring,']]);
    expect(found('tittel: "Møte:\u00A0neste steg"\ningress: «Kl.\u00A012»\n')).toEqual([]);
    expect(found('ingress: |\n  Første linje med\u00A0hardt mellomrom\n')).toEqual([]);
  });

  test('JSON: outside a quoted string only', () => {
    const json = '{\n\u00A0 "navn": "Innsyn\u00A0i Helseplattformen",\n  "farge":\u3000"#1f6f43"\n}\n';
    expect(lines(characterProblems(findMisplacedSpaces(json, 'json'), 'innstillinger.json'))).toMatchInlineSnapshot(`
      [
        "innstillinger.json:2 – inneholder et hardt mellomrom (U+00A0) i kolonne 1, først på linjen, der det må stå et vanlig mellomrom. Slett og skriv vanlige mellomrom der i stedet. Harde mellomrom følger ofte med når tekst kopieres fra Word eller en nettside; inne i en tekst er de i orden.",
        "innstillinger.json:3 – inneholder et bredt mellomrom (U+3000) i kolonne 11, etter «"farge":», der det må stå et vanlig mellomrom. Slett og skriv vanlige mellomrom der i stedet. Harde mellomrom følger ofte med når tekst kopieres fra Word eller en nettside; inne i en tekst er de i orden.",
      ]
    `);
  });

  test('nothing to report in ordinary text', () => {
    expect(findMisplacedSpaces('tittel: Møte\n', 'yaml')).toEqual([]);
    expect(findMisplacedSpaces('{"a": "b\\" \u00A0"}', 'json')).toEqual([]);
  });
});
