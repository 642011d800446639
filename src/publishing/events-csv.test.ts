import { describe, expect, it } from 'vitest';
import { columnName, detectDelimiter, parseEventsCsv } from './events-csv.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('parseEventsCsv', () => {
  it('reads a semicolon sheet with a byte-order mark and Norwegian headings in any case', () => {
    const sheet = parseEventsCsv(utf8('\uFEFFKommune; Dato ;STATUS;Kilde nyhet\nRøros;23.02.2022;i-drift;fase-2-vedtatt\n'));
    expect(sheet.delimiter).toBe(';');
    expect(sheet.encoding).toBe('utf-8');
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
        },
      },
    ]);
  });

  it('reads a comma sheet with quoted cells holding commas, quotes and line breaks', () => {
    const sheet = parseEventsCsv(utf8('kommune,dato,status,merknad\r\nroros,2022-02-23,i-drift,"Sa ""ja"", til slutt\nmed to linjer"\r\n'));
    expect(sheet.delimiter).toBe(',');
    expect(sheet.rows[0]!.values.merknad).toBe('Sa "ja", til slutt\nmed to linjer');
  });

  it('reads an old Excel export in Windows-1252', () => {
    const bytes = Uint8Array.from([...utf8('kommune;dato;status\n'), 0x52, 0xf8, 0x72, 0x6f, 0x73, ...utf8(';1.2.2022;i-drift\n')]);
    const sheet = parseEventsCsv(bytes);
    expect(sheet.encoding).toBe('windows-1252');
    expect(sheet.rows[0]!.values.kommune).toBe('Røros');
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
          "message": "ukjent kolonne «kilde»; kolonnene kan være: kommune, dato, status, fase, merknad, kilde_nyhet, kilde_dokument, kilde_url, kilde_tittel.",
          "row": 1,
        },
        {
          "message": "kolonnen «kommune» står flere ganger i overskriftsraden; behold bare én.",
          "row": 1,
        },
        {
          "message": "overskriftsraden mangler «status». Første rad skal ha kolonnenavnene, for eksempel: kommune;dato;status;fase;merknad;kilde_nyhet;kilde_dokument;kilde_url;kilde_tittel",
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
  it('normalises headings', () => {
    expect(columnName('  Kilde-Nyhet ')).toBe('kilde_nyhet');
    expect(columnName('KILDE  URL')).toBe('kilde_url');
  });
});
