import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';

describe('toCsv', () => {
  it('writes a BOM, a header and CRLF rows that a strict RFC 4180 parser reads back', () => {
    const csv = toCsv(['navn', 'merknad'], [
      ['Ørland', 'Sa «ja», med komma'],
      ['Åfjord', 'Linje én\nlinje to'],
      ['Røros', 'Han sa "hei"'],
      ['Snåase – Snåsa', undefined],
    ]);
    expect(csv.startsWith('\uFEFFnavn,merknad\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parse(csv, { bom: true, columns: true, record_delimiter: '\r\n' });
    expect(rows).toEqual([
      { navn: 'Ørland', merknad: 'Sa «ja», med komma' },
      { navn: 'Åfjord', merknad: 'Linje én\nlinje to' },
      { navn: 'Røros', merknad: 'Han sa "hei"' },
      { navn: 'Snåase – Snåsa', merknad: '' },
    ]);
  });
});

describe('toCsv and formulas (OWASP CSV injection)', () => {
  it('neutralises text a spreadsheet would run as a formula, and only that', () => {
    const csv = toCsv(['tekst', 'tall'], [
      ['=HYPERLINK("https://example.com","Klikk")', -3],
      ['+47 12345678', 0],
      ['-2 dager', 1.5],
      ['@SUM(A1)', 2],
      ['\t=1+1', 3],
      ['\r=1+1', 4],
      ['Røros – 2 (tankestrek)', 5],
      ['e-post@example.no', 6],
    ]);
    const rows: { tekst: string; tall: string }[] = parse(csv, { bom: true, columns: true, record_delimiter: '\r\n' });
    expect(rows.map((row) => row.tekst)).toEqual([
      `'=HYPERLINK("https://example.com","Klikk")`,
      "'+47 12345678",
      "'-2 dager",
      "'@SUM(A1)",
      "'\t=1+1",
      "'\r=1+1",
      'Røros – 2 (tankestrek)',
      'e-post@example.no',
    ]);
    // The site's own numbers stay numbers, negative ones included.
    expect(rows.map((row) => row.tall)).toEqual(['-3', '0', '1.5', '2', '3', '4', '5', '6']);
  });
});
