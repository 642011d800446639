import { describe, expect, it } from 'vitest';
import { pagefindFilters, readState, resultSummary, writeState } from './search-ui.ts';

describe('search state', () => {
  it('round-trips through the URL, Norwegian letters included', () => {
    const state = { q: 'tjenesteavtale økonomi', type: 'Dokumenter', year: '2022' };
    expect(readState(writeState(state))).toEqual(state);
  });

  it('leaves empty values out of the URL and the filters', () => {
    expect(writeState({ q: '', type: '', year: '' })).toBe('');
    expect(pagefindFilters({ q: 'x', type: '', year: '2021' })).toEqual({ år: '2021' });
  });

  it('says how many results there are in plain Norwegian', () => {
    expect(resultSummary(0, 'røros')).toBe('Ingen treff på «røros».');
    expect(resultSummary(3, 'røros')).toBe('3 treff på «røros».');
  });
});
