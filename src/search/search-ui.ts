/**
 * Pure helpers for the search page: reading and writing its state in the URL,
 * and turning Pagefind results into what the page lists.
 */

export interface SearchState {
  q: string;
  type: string;
  year: string;
}

/** The search state in a query string (`?q=…&type=…&ar=…`). */
export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  return { q: params.get('q') ?? '', type: params.get('type') ?? '', year: params.get('ar') ?? '' };
}

/** The query string for a state; empty values are left out. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.type) params.set('type', state.type);
  if (state.year) params.set('ar', state.year);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Pagefind's filter object for a state. */
export function pagefindFilters(state: SearchState): Record<string, string> {
  const filters: Record<string, string> = {};
  if (state.type) filters.type = state.type;
  if (state.year) filters['år'] = state.year;
  return filters;
}

/** «1 treff», «12 treff»: the count a screen reader hears after each search. */
export function resultSummary(count: number, q: string): string {
  if (!q) return '';
  return count === 0 ? `Ingen treff på «${q}».` : `${count} treff på «${q}».`;
}
