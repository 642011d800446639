import { describe, expect, it } from 'vitest';
import { facetPages, facets } from './facets.ts';

const items = [
  { id: 'a', type: 'styresak', year: '2023', parties: ['hp', 'roros'] },
  { id: 'b', type: 'rapport', year: '2022', parties: ['hp'] },
  { id: 'c', type: 'styresak', year: '2022', parties: [] },
];

describe('facets', () => {
  const result = facets(
    items,
    [
      { id: 'type', label: 'Type', valuesOf: (i) => [i.type], labelOf: (v) => v.toUpperCase(), order: (a, b) => a.localeCompare(b) },
      { id: 'ar', label: 'År', valuesOf: (i) => [i.year], labelOf: (v) => v, order: (a, b) => b.localeCompare(a) },
      { id: 'part', label: 'Part', valuesOf: (i) => i.parties, labelOf: (v) => v, order: (a, b) => a.localeCompare(b) },
    ],
    '/dokumenter/',
  );

  it('lists each value that occurs, in the dimension’s order, with its items and its own address', () => {
    expect(result.map((f) => [f.id, f.values.map((v) => `${v.label}:${v.items.map((i) => i.id).join('')}:${v.href}`)])).toEqual([
      ['type', ['RAPPORT:b:/dokumenter/type/rapport/', 'STYRESAK:ac:/dokumenter/type/styresak/']],
      ['ar', ['2023:a:/dokumenter/ar/2023/', '2022:bc:/dokumenter/ar/2022/']],
      ['part', ['hp:ab:/dokumenter/part/hp/', 'roros:a:/dokumenter/part/roros/']],
    ]);
  });

  it('makes one page per value', () => {
    expect(facetPages(result).map((p) => p.value.href)).toHaveLength(6);
  });
});
