import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { excerptShowsHit, hasSearchableAttachments, mergeResults, pageHasWord, pagefindFilters, readState, resultEntry, resultSummary, writeState } from './search-ui.ts';

describe('search state', () => {
  it('round-trips through the URL, Norwegian letters included', () => {
    const state = { q: 'tjenesteavtale økonomi', type: 'Dokumenter', year: '2022' };
    expect(readState(writeState(state))).toEqual(state);
  });

  it('leaves empty values out of the URL and the filters', () => {
    expect(writeState({ q: '', type: '', year: '' })).toBe('');
    expect(pagefindFilters({ q: 'x', type: '', year: '2021' })).toEqual({ år: '2021' });
  });
});

describe('resultSummary', () => {
  const texts = { none: 'Ingen treff på «{query}».', count: '{count} treff på «{query}».', showing: '{count} treff på «{query}». Viser de {shown} første.' };

  it('says how many results there are in plain Norwegian', () => {
    expect(resultSummary(0, 0, 'røros', texts)).toBe('Ingen treff på «røros».');
    expect(resultSummary(3, 3, 'røros', texts)).toBe('3 treff på «røros».');
  });

  it('says how many are listed when not all are', () => {
    expect(resultSummary(45, 20, 'avtale', texts)).toBe('45 treff på «avtale». Viser de 20 første.');
    expect(resultSummary(3, 0, '', texts)).toBe('');
  });
});

describe('resultEntry', () => {
  const texts = { kinds: { Nyheter: 'Nyhet', Kommuner: 'Kommune', Vedlegg: 'Vedlegg' }, attachmentOf: 'Vedlegg til «{title}»' };

  it('titles a page by its own title and names its kind', () => {
    const entry = resultEntry(
      { url: '/kommuner/roros/', excerpt: '<mark>Røros</mark>', meta: { title: 'Røros', sammendrag: 'Innføring planlagt.' }, filters: { type: ['Kommuner'] } },
      texts,
    );
    expect(entry).toEqual({ title: 'Røros', url: '/kommuner/roros/', kind: 'Kommune', summary: 'Innføring planlagt.', excerpt: '<mark>Røros</mark>' });
  });

  it('says which document a PDF attachment belongs to', () => {
    const entry = resultEntry(
      { url: '/dokumenter/avtale/avtale.pdf', excerpt: '', meta: { title: 'Avtaleteksten', type: 'Vedlegg', dokument: 'Driftsavtale', dato: '2023-03-01' }, filters: { type: ['Dokumenter'] } },
      texts,
    );
    expect(entry).toMatchObject({ title: 'Avtaleteksten', url: '/dokumenter/avtale/avtale.pdf', kind: 'Vedlegg til «Driftsavtale»', date: '2023-03-01' });
  });

  it('cuts the hidden other spellings out of the excerpt', () => {
    const excerpt = 'samarbeider med <mark>Røros</mark> sykehus. ⁂ orland <mark>roros</mark> roeros.';
    expect(resultEntry({ url: '/n/', excerpt, meta: { title: 'N' }, filters: {} }, texts).excerpt).toBe('samarbeider med <mark>Røros</mark> sykehus.');
    expect(resultEntry({ url: '/n/', excerpt: '⁂ <mark>roros</mark>', meta: { title: 'N' }, filters: {} }, texts).excerpt).toBe('');
  });

  it('falls back to the address when a page has no title', () => {
    expect(resultEntry({ url: '/x/', excerpt: '', meta: {}, filters: {} }, texts)).toMatchObject({ title: '/x/', kind: '' });
  });
});

describe('mergeResults', () => {
  it('lists each page once at its best score, best first, with what each query found', () => {
    const merged = mergeResults([
      [{ id: 'a', score: 1 }, { id: 'b', score: 0.5 }],
      [{ id: 'b', score: 2 }, { id: 'c', score: 0.5 }],
    ]);
    expect(merged.map((r) => [r.id, r.score])).toEqual([['b', 2], ['a', 1], ['c', 0.5]]);
    expect(merged[0]!.hits.map((h) => h.score)).toEqual([2, 0.5]);
    expect(mergeResults([])).toEqual([]);
  });

  it('keeps one query’s own order', () => {
    const one = [{ id: 'x', score: 3 }, { id: 'y', score: 1 }, { id: 'z', score: 1 }];
    expect(mergeResults([one]).map((r) => r.id)).toEqual(['x', 'y', 'z']);
  });
});

describe('excerptShowsHit', () => {
  it('counts a hit in the visible text, not one in the hidden other spellings', () => {
    expect(excerptShowsHit('Trondheim kommune tok i bruk … <mark>lørdag</mark> 7. mai')).toBe(true);
    expect(excerptShowsHit('Røros kommune ⁂ <mark>roros</mark> roeros')).toBe(false);
  });
});

describe('hasSearchableAttachments', () => {
  const withFiles = (...files: string[]) => ({ data: { vedlegg: files.map((fil) => ({ fil, tittel: fil })) } });

  it('is true only when some document has a PDF, whose text the index reads', () => {
    expect(hasSearchableAttachments([withFiles(), withFiles('tall.csv', 'bilde.png')])).toBe(false);
    expect(hasSearchableAttachments([withFiles('tall.csv'), withFiles('Rapport.PDF')])).toBe(true);
  });

  it('is false for the shipped documents, which link to their originals instead', () => {
    const folder = path.resolve(import.meta.dirname, '../../content/dokumenter');
    const documents = readdirSync(folder).map((slug) => {
      const frontMatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(folder, slug, 'index.md'), 'utf8'))![1]!;
      const data = parse(frontMatter) as { vedlegg?: { fil: string }[] };
      return { data: { vedlegg: data.vedlegg ?? [] } };
    });
    expect(documents.length).toBeGreaterThan(0);
    expect(hasSearchableAttachments(documents)).toBe(false);
  });
});

describe('pageHasWord', () => {
  it('refuses a page where Pagefind only found a beginning of the word', () => {
    const page = { excerpt: 'behandlet i Innst. 153 <mark>S</mark> (2022–2023)', content: 'Stortinget behandlet i Innst. 153 S (2022–2023) saken.' };
    expect(pageHasWord(page, 'sokkelhøyde')).toBe(false);
    expect(pageHasWord(page, 'sjokolade')).toBe(false);
    expect(pageHasWord({ excerpt: 'han <mark>sa</mark> at salget', content: 'han sa at salget' }, 'salat')).toBe(false);
  });

  it('accepts the word itself, a longer word it begins, and a form Pagefind’s stemmer shortens to the page’s word', () => {
    expect(pageHasWord({ excerpt: 'kommer på <mark>lørdag</mark>', content: '' }, 'Lørdag')).toBe(true);
    expect(pageHasWord({ excerpt: '<mark>Ålesund</mark> kommune', content: '' }, 'alesund')).toBe(true);
    expect(pageHasWord({ excerpt: 'om <mark>innføringen</mark> i', content: '' }, 'innfør')).toBe(true);
    expect(pageHasWord({ excerpt: 'alle <mark>kommunene</mark>', content: '' }, 'kommunenes')).toBe(true);
    expect(pageHasWord({ excerpt: 'no marks here', content: 'Helseplattformen i Trondheim' }, 'trondheim')).toBe(true);
  });
});
