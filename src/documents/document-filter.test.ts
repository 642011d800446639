import { describe, expect, it } from 'vitest';
import {
  compareDocuments,
  defaultFilterState,
  filterAndSort,
  formatListDate,
  matchesFilter,
  parseListDate,
  listDateOf,
  listYearOf,
  parseFilterState,
  serialiseFilterState,
  type DocumentRow,
  type FilterState,
} from './document-filter.ts';

const rows: DocumentRow[] = [
  { title: 'Tjenesteavtale', type: 'tjenesteavtale', status: 'signert', date: '2022-03-15', parties: ['trondheim', 'helseplattformen-as'] },
  { title: 'Årsrapport 2022', type: 'rapport', status: 'godkjent', date: '2023-04-01', parties: ['helseplattformen-as'] },
  { title: 'Styresak 12/2022', type: 'styresak', status: 'godkjent', date: '2022-02-28', parties: [] },
  { title: 'Østre avtale', type: 'tjenesteavtale', status: 'trukket', date: '2022-03-15', parties: ['roros'] },
  { title: 'Avtale om drift', type: 'tjenesteavtale', status: 'utkast', date: '2021-12-01', parties: ['roros', 'trondheim'] },
];
const titles = (list: DocumentRow[]) => list.map((r) => r.title);
const state = (patch: Partial<FilterState>): FilterState => ({ ...defaultFilterState, ...patch });

describe('parseFilterState', () => {
  it('reads filters and sort from the query string', () => {
    expect(parseFilterState('?type=tjenesteavtale&ar=2022&sorter=tittel')).toEqual(
      state({ type: 'tjenesteavtale', ar: '2022', sorter: 'tittel', retning: 'stigende' }),
    );
    expect(parseFilterState(new URLSearchParams('status=signert&part=roros&retning=stigende'))).toEqual(
      state({ status: 'signert', part: 'roros', retning: 'stigende' }),
    );
  });

  it('gives the default view for an empty query', () => {
    expect(parseFilterState('')).toEqual(defaultFilterState);
  });

  it('ignores unknown parameters and values outside the allowed lists', () => {
    const parsed = parseFilterState('?type=brev&status=signert&sorter=storrelse&retning=opp&x=1', {
      type: ['tjenesteavtale', 'styresak'],
      status: ['signert'],
    });
    expect(parsed).toEqual(state({ status: 'signert' }));
  });
});

describe('serialiseFilterState', () => {
  it('writes only what differs from the default, in a fixed order', () => {
    expect(serialiseFilterState(state({ sorter: 'tittel', ar: '2022', type: 'tjenesteavtale', retning: 'stigende' }))).toBe(
      'type=tjenesteavtale&ar=2022&sorter=tittel',
    );
    expect(serialiseFilterState(defaultFilterState)).toBe('');
    expect(serialiseFilterState(state({ retning: 'stigende' }))).toBe('retning=stigende');
    expect(serialiseFilterState(state({ sorter: 'tittel', retning: 'synkende' }))).toBe('sorter=tittel&retning=synkende');
  });

  it('encodes values that need it', () => {
    expect(serialiseFilterState(state({ part: 'a&b' }))).toBe('part=a%26b');
  });

  it('round-trips every state through the URL', () => {
    const states: FilterState[] = [
      defaultFilterState,
      state({ type: 'styresak', status: 'godkjent', ar: '2023', part: 'trondheim' }),
      state({ sorter: 'tittel', retning: 'synkende' }),
      state({ sorter: 'dato', retning: 'stigende', part: 'roros' }),
    ];
    for (const s of states) expect(parseFilterState(`?${serialiseFilterState(s)}`)).toEqual(s);
  });
});

describe('matchesFilter', () => {
  it('keeps documents that match every chosen filter', () => {
    expect(matchesFilter(rows[0]!, state({ type: 'tjenesteavtale', ar: '2022', part: 'trondheim' }))).toBe(true);
    expect(matchesFilter(rows[0]!, state({ type: 'tjenesteavtale', part: 'roros' }))).toBe(false);
    expect(matchesFilter(rows[0]!, state({ ar: '2023' }))).toBe(false);
    expect(matchesFilter(rows[0]!, state({ status: 'signert' }))).toBe(true);
  });
});

describe('filterAndSort', () => {
  it('shows everything newest first by default, ties by title', () => {
    expect(titles(filterAndSort(rows, defaultFilterState))).toEqual([
      'Årsrapport 2022',
      'Tjenesteavtale',
      'Østre avtale',
      'Styresak 12/2022',
      'Avtale om drift',
    ]);
  });

  it('sorts titles in Norwegian order, Ø before Å', () => {
    expect(titles(filterAndSort(rows, state({ sorter: 'tittel', retning: 'stigende' })))).toEqual([
      'Avtale om drift',
      'Styresak 12/2022',
      'Tjenesteavtale',
      'Østre avtale',
      'Årsrapport 2022',
    ]);
    expect(titles(filterAndSort(rows, state({ sorter: 'tittel', retning: 'synkende' })))[0]).toBe('Årsrapport 2022');
  });

  it('filters before sorting, oldest first on request', () => {
    expect(titles(filterAndSort(rows, state({ type: 'tjenesteavtale', retning: 'stigende' })))).toEqual([
      'Avtale om drift',
      'Tjenesteavtale',
      'Østre avtale',
    ]);
    expect(filterAndSort(rows, state({ part: 'ingen' }))).toEqual([]);
  });

  it('does not change the array it is given', () => {
    const copy = [...rows];
    filterAndSort(rows, state({ sorter: 'tittel' }));
    expect(rows).toEqual(copy);
  });

  it('compares equal documents as equal', () => {
    expect(compareDocuments(defaultFilterState)(rows[0]!, { ...rows[0]! })).toBe(0);
  });
});

describe('list dates', () => {
  it('writes DD.MM.ÅÅÅÅ and reads it back', () => {
    expect(formatListDate('2022-02-08')).toBe('08.02.2022');
    expect(parseListDate('08.02.2022')).toBe('2022-02-08');
    expect(parseListDate(formatListDate('2026-11-22'))).toBe('2026-11-22');
  });

  it('writes a month or a year as precisely as it is known, and reads it back from a labelled cell', () => {
    expect(formatListDate('2023-04')).toBe('04.2023');
    expect(formatListDate('2024')).toBe('2024');
    expect(parseListDate('04.2023')).toBe('2023-04');
    expect(parseListDate('22.11.2026 (publisert her)')).toBe('2026-11-22');
  });

  it("dates a document by its own date where known, else by its publication here, and files it under that year", () => {
    expect(listDateOf({ dato: '2024-10-24', publisert: '2026-12-01' })).toEqual({ date: '2024-10-24', own: true });
    expect(listDateOf({ publisert: '2026-12-01' })).toEqual({ date: '2026-12-01', own: false });
    expect(listYearOf({ dato: '2023-04', publisert: '2026-12-01' })).toBe('2023');
  });

  it('filters by the year of a month-precise date', () => {
    const row = { title: 'Rapport', type: 'rapport', status: 'godkjent', date: '2023-04', parties: [] };
    expect(matchesFilter(row, state({ ar: '2023' }))).toBe(true);
    expect(matchesFilter(row, state({ ar: '2026' }))).toBe(false);
  });

  it('reads nothing from text that is not a list date', () => {
    expect(parseListDate('8. februar 2022')).toBe('');
  });
});
