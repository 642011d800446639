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
