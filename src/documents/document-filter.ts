/**
 * The documents list's filter and sort model, shared by the page (which
 * renders rows in the default order) and the `<hp-document-filter>` element
 * (which filters and sorts them in the browser and keeps the state in the URL,
 * e.g. `?type=tjenesteavtale&ar=2022&sorter=tittel`). No DOM, no Astro: it runs
 * in both places and in unit tests.
 */

/** Keys the list can be sorted by. */
export const sortKeys = ['dato', 'tittel'] as const;
export type SortKey = (typeof sortKeys)[number];

/** Sort directions, as written in the URL. */
export const directions = ['stigende', 'synkende'] as const;
export type Direction = (typeof directions)[number];

/** The natural direction of each key: newest first, titles A–Å. */
export const defaultDirection: Record<SortKey, Direction> = { dato: 'synkende', tittel: 'stigende' };

/** One view of the list. An empty filter value means «all». */
export interface FilterState {
  /** Document type id, e.g. `tjenesteavtale`. */
  type: string;
  /** Status id, e.g. `signert`. */
  status: string;
  /** The document's year (its own date's, else its publication's), e.g. `2022`. */
  ar: string;
  /** Party id (organisation id or municipality slug). */
  part: string;
  /** Sort key. */
  sorter: SortKey;
  /** Sort direction. */
  retning: Direction;
}

/** The filter fields, in the order they appear in the URL. */
export const filterFields = ['type', 'status', 'ar', 'part'] as const;
export type FilterField = (typeof filterFields)[number];

/** The unfiltered list, newest first: what the page shows before any script runs. */
export const defaultFilterState: Readonly<FilterState> = Object.freeze({
  type: '',
  status: '',
  ar: '',
  part: '',
  sorter: 'dato',
  retning: 'synkende',
});

/** Values each filter accepts; a value not listed is ignored when parsing. */
export type FilterOptions = Partial<Record<FilterField, readonly string[]>>;

/**
 * The state a URL query string describes. Unknown parameters are ignored, and
 * so are values that `allowed` does not list (an old link to a type that no
 * longer exists shows the whole list rather than an empty one).
 */
export function parseFilterState(query: string | URLSearchParams, allowed: FilterOptions = {}): FilterState {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const state: FilterState = { ...defaultFilterState };
  for (const field of filterFields) {
    const value = params.get(field)?.trim() ?? '';
    const permitted = allowed[field];
    if (value && (!permitted || permitted.includes(value))) state[field] = value;
  }
  const sorter = params.get('sorter');
  if (isOneOf(sortKeys, sorter)) state.sorter = sorter;
  const retning = params.get('retning');
  state.retning = isOneOf(directions, retning) ? retning : defaultDirection[state.sorter];
  return state;
}

/**
 * The query string (without `?`) for a state, in a fixed parameter order and
 * leaving out defaults, so the same view always has the same address and the
 * unfiltered list has none: `type=tjenesteavtale&ar=2022&sorter=tittel`.
 */
export function serialiseFilterState(state: FilterState): string {
  const params = new URLSearchParams();
  for (const field of filterFields) if (state[field]) params.set(field, state[field]);
  if (state.sorter !== defaultFilterState.sorter) params.set('sorter', state.sorter);
  if (state.retning !== defaultDirection[state.sorter]) params.set('retning', state.retning);
  return params.toString();
}

/** What the filter knows about one document (read from a table row's data-* attributes). */
export interface DocumentRow {
  title: string;
  type: string;
  status: string;
  /** The list date (`listDateOf`): `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  date: string;
  /** Party ids. */
  parties: readonly string[];
}

/** What sorting looks at. */
export type SortableRow = Pick<DocumentRow, 'title' | 'date'>;

/** Whether a document belongs in the filtered view. */
export function matchesFilter(row: DocumentRow, state: FilterState): boolean {
  return (
    (!state.type || row.type === state.type) &&
    (!state.status || row.status === state.status) &&
    (!state.ar || row.date.slice(0, 4) === state.ar) &&
    (!state.part || row.parties.includes(state.part))
  );
}

// Created here rather than imported from domain/format.ts, so the browser
// bundle for the filter does not carry the date and number formatters too.
const collator = new Intl.Collator('nb');

/** Comparator for the state's sort; ties fall back to the other key, so the order is stable and predictable. */
export function compareDocuments(state: Pick<FilterState, 'sorter' | 'retning'>): (a: SortableRow, b: SortableRow) => number {
  const sign = state.retning === 'stigende' ? 1 : -1;
  const byDate = (a: SortableRow, b: SortableRow) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);
  const byTitle = (a: SortableRow, b: SortableRow) => collator.compare(a.title, b.title);
  return state.sorter === 'tittel'
    ? (a, b) => sign * byTitle(a, b) || byDate(b, a)
    : (a, b) => sign * byDate(a, b) || byTitle(a, b);
}

/** The documents in the view: filtered, then sorted. Returns a new array. */
export function filterAndSort<T extends DocumentRow>(rows: readonly T[], state: FilterState): T[] {
  return rows.filter((row) => matchesFilter(row, state)).sort(compareDocuments(state));
}

/** The fields of a document the list dates it by. */
export interface DatedDocument {
  /** The document's own date, as precise as known: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. */
  dato?: string | undefined;
  /** Date published on this site, `YYYY-MM-DD`. */
  publisert: string;
}

/**
 * The date the list shows, sorts and files a document under: its own date
 * where known, else the date it was published here (`own: false`, which the
 * list labels as such). Its year is the year filter's and the year pages'.
 */
export function listDateOf(document: DatedDocument): { date: string; own: boolean } {
  return document.dato ? { date: document.dato, own: true } : { date: document.publisert, own: false };
}

/** The year a document is listed under (see `listDateOf`), e.g. `2024`. */
export function listYearOf(document: DatedDocument): string {
  return listDateOf(document).date.slice(0, 4);
}

/**
 * A date as the list shows it, as precise as it is: `DD.MM.ÅÅÅÅ`
 * («28.02.2022»), `MM.ÅÅÅÅ` («04.2023») or `ÅÅÅÅ`: short, because the list
 * carries thousands of them, and readable back by the filter.
 */
export function formatListDate(isoDate: string): string {
  return isoDate.split('-').reverse().join('.');
}

/**
 * The ISO date (day, month or year) of the list date a cell's text starts with
 * (`28.02.2022` gives `2022-02-28`, `04.2023 (publisert her)` gives
 * `2023-04`); '' when it holds none.
 */
export function parseListDate(text: string): string {
  const match = /^((?:\d{2}\.){0,2}\d{4})(?=$|\s)/.exec(text.trim());
  return match ? match[1]!.split('.').reverse().join('-') : '';
}

function isOneOf<T extends string>(values: readonly T[], value: string | null): value is T {
  return value !== null && (values as readonly string[]).includes(value);
}
