import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { columnName, detectDelimiter, parseEventsCsv, startsLikeFormula } from './events-csv.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('parseEventsCsv', () => {
  it('reads a semicolon sheet with a byte-order mark and Norwegian headings in any case', () => {
    const sheet = parseEventsCsv(utf8('\uFEFFKommune; Dato ;STATUS;Kilde nyhet\nRøros;23.02.2022;i-drift;fase-2-vedtatt\n'));
    expect(sheet.delimiter).toBe(';');
    expect(sheet.problems).toEqual([]);
    expect(sheet.rows).toEqual([
      {
        row: 2,
        values: {
          kommune: 'Røros',
          dato: '23.02.2022',
          status: 'i-drift',
          fase: '',
          merknad: '',
          kilde_nyhet: 'fase-2-vedtatt',
          kilde_dokument: '',
          kilde_url: '',
          kilde_tittel: '',
          planlagt: '',
          kilde_ekstern: '',
          kilde_utgiver: '',
          kilde_dato: '',
        },
      },
    ]);
  });

  it('reads a comma sheet with quoted cells holding commas, quotes and line breaks', () => {
    const sheet = parseEventsCsv(utf8('kommune,dato,status,merknad\r\nroros,2022-02-23,i-drift,"Sa ""ja"", til slutt\nmed to linjer"\r\n'));
    expect(sheet.delimiter).toBe(',');
    expect(sheet.rows[0]!.values.merknad).toBe('Sa "ja", til slutt\nmed to linjer');
  });

  it('refuses every Excel export that is not UTF-8, naming the encoding, the row as it reads and «CSV UTF-8»', () => {
    const text = 'kommune;dato;status;merknad\nRøros;1.2.2022;i-drift;Første kommune\n';
    const refusal = (bytes: Uint8Array) => parseEventsCsv(bytes, 'hendelser.csv').problems;
    // «CSV (kommadelt)», «CSV (Macintosh)», «CSV (MS-DOS)», «Unicode-tekst»
    expect(refusal(iconv.encode(text, 'windows-1252'))).toMatchInlineSnapshot(`
      [
        {
          "message": "filen er ikke lagret som UTF-8, men trolig som Windows-1252 (også kalt ANSI eller ISO-8859-1), som brukes av eldre Windows-programmer, og Excel når du velger «CSV (kommadelt)»; linjen lyder da «Røros;1.2.2022;i-drift;Første kommune». Åpne filen i Excel og lagre den på nytt med Fil → Lagre som → «CSV UTF-8 (kommadelt)».",
          "row": 2,
        },
      ]
    `);
    expect(refusal(iconv.encode(text, 'macintosh'))[0]!.message).toContain('trolig som Mac Roman');
    expect(refusal(iconv.encode(text, 'cp850'))[0]!.message).toContain('trolig som IBM 850 (MS-DOS)');
    expect(refusal(iconv.encode(text, 'utf-16le', { addBOM: true }))[0]!.message).toContain('trolig som UTF-16, som brukes av Excel når du velger «Unicode-tekst»');
    expect(parseEventsCsv(iconv.encode(text, 'utf-8', { addBOM: true })).rows[0]!.values.kommune).toBe('Røros');
  });

  it('refuses cells a spreadsheet would run as a formula, with row and column', () => {
    const sheet = parseEventsCsv(
      utf8('kommune;dato;status;merknad;kilde_url\nroros;1.2.2022;i-drift;=HYPERLINK("https://x.example";"Klikk");\nroros;2.2.2022;i-drift;"+1";@SUM(A1)\nroros;3.2.2022;i-drift;-2+3;\nroros;4.2.2022;i-drift;"\t=1+1";\nroros;5.2.2022;i-drift;Helt vanlig – med tankestrek og e-post@example.no;\n'),
    );
    expect(sheet.rows).toEqual([]);
    expect(sheet.problems).toMatchInlineSnapshot(`
      [
        {
          "message": "cellen i kolonne «merknad» (D) begynner med «=», så et regneark kan kjøre den som en formel; fjern tegnet først i cellen, eller begynn teksten med et ord.",
          "row": 2,
        },
        {
          "message": "cellen i kolonne «merknad» (D) begynner med «+», så et regneark kan kjøre den som en formel; fjern tegnet først i cellen, eller begynn teksten med et ord.",
          "row": 3,
        },
        {
          "message": "cellen i kolonne «kilde_url» (E) begynner med «@», så et regneark kan kjøre den som en formel; fjern tegnet først i cellen, eller begynn teksten med et ord.",
          "row": 3,
        },
        {
          "message": "cellen i kolonne «merknad» (D) begynner med «-», så et regneark kan kjøre den som en formel; fjern tegnet først i cellen, eller begynn teksten med et ord.",
          "row": 4,
        },
        {
          "message": "cellen i kolonne «merknad» (D) begynner med en tabulator, så et regneark kan kjøre den som en formel; fjern tegnet først i cellen, eller begynn teksten med et ord.",
          "row": 5,
        },
      ]
    `);
  });

  it('honours an Excel `sep=` line without counting it as a row', () => {
    const sheet = parseEventsCsv(utf8('sep=,\nkommune,dato,status\nroros,1.2.2022,i-drift\n'));
    expect(sheet.delimiter).toBe(',');
    expect(sheet.rows[0]!.row).toBe(2);
  });

  it('skips empty rows but keeps the spreadsheet row numbers', () => {
    const sheet = parseEventsCsv(utf8('kommune;dato;status\n\n;;\nroros;1.2.2022;i-drift\n'));
    expect(sheet.rows.map((r) => r.row)).toEqual([4]);
  });

  it('reports unknown, repeated and missing columns on row 1', () => {
    const sheet = parseEventsCsv(utf8('kommune;dato;kilde;kommune\n'));
    expect(sheet.problems).toMatchInlineSnapshot(`
      [
        {
          "message": "ukjent kolonne «kilde»; kolonnene kan være: kommune, dato, status, fase, planlagt, merknad, kilde_ekstern, kilde_nyhet, kilde_dokument, kilde_url, kilde_tittel, kilde_utgiver, kilde_dato.",
          "row": 1,
        },
        {
          "message": "kolonnen «kommune» står flere ganger i overskriftsraden; behold bare én.",
          "row": 1,
        },
        {
          "message": "overskriftsraden mangler «status». Første rad skal ha kolonnenavnene, for eksempel: kommune;dato;status;fase;planlagt;merknad;kilde_ekstern;kilde_nyhet;kilde_dokument;kilde_url;kilde_tittel;kilde_utgiver;kilde_dato",
          "row": 1,
        },
      ]
    `);
  });

  it('reports a row with more filled cells than there are columns', () => {
    const sheet = parseEventsCsv(utf8('kommune;dato;status\nroros;1.2.2022;i-drift;ekstra\n'));
    expect(sheet.problems).toEqual([
      {
        row: 2,
        message:
          'har flere utfylte celler (4) enn overskriftsraden har kolonner (3); sjekk at ingen celle inneholder skilletegnet «;» uten anførselstegn rundt.',
      },
    ]);
  });
});

describe('detectDelimiter and columnName', () => {
  it('picks the separator of the header row, ignoring quoted text', () => {
    expect(detectDelimiter('kommune;dato;"a,b,c,d"\n1,2,3,4,5')).toBe(';');
    expect(detectDelimiter('kommune,dato,status')).toBe(',');
    expect(detectDelimiter('kommune\tdato\tstatus')).toBe('\t');
  });
  it('startsLikeFormula: the OWASP characters first, nothing else', () => {
    expect(['=1+1', '+47 12345678', '-2', '@SUM(A1)', '\t=1', '\r=1'].map(startsLikeFormula)).toEqual([true, true, true, true, true, true]);
    expect(['Røros', '– 2 (tankestrek)', ' =1', 'e-post@example.no', ''].map(startsLikeFormula)).toEqual([false, false, false, false, false]);
  });
  it('normalises headings', () => {
    expect(columnName('  Kilde-Nyhet ')).toBe('kilde_nyhet');
    expect(columnName('KILDE  URL')).toBe('kilde_url');
  });
});
