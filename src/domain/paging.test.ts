import { describe, expect, it } from 'vitest';
import { pageHref, pageOfParam, pageParam, paginate, withFirstPageAlias } from './paging.ts';

describe('paginate', () => {
  it('cuts a list into pages of the given size, the last one shorter, every item on exactly one page', () => {
    const items = Array.from({ length: 45 }, (_, i) => i);
    const pages = paginate(items, 20);
    expect(pages.map((p) => [p.current, p.total, p.items.length])).toEqual([
      [1, 3, 20],
      [2, 3, 20],
      [3, 3, 5],
    ]);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
  });

  it('gives one empty page for an empty list, and one page for a list that fits', () => {
    expect(paginate([], 10)).toEqual([{ items: [], current: 1, total: 1 }]);
    expect(paginate([1, 2], 2)).toEqual([{ items: [1, 2], current: 1, total: 1 }]);
  });

  it('refuses a page size that is not a positive whole number', () => {
    expect(() => paginate([1], 0)).toThrow(/positive/);
    expect(() => paginate([1], 1.5)).toThrow(/positive/);
  });
});

describe('page addresses', () => {
  it('puts page 1 at the list’s own address and page n under side/n/, as the news list does', () => {
    expect(pageHref('/endringer/type/nyhet/', 1)).toBe('/endringer/type/nyhet/');
    expect(pageHref('/endringer/type/nyhet/', 2)).toBe('/endringer/type/nyhet/side/2/');
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(7)).toBe('side/7');
  });

  it('reads the page number back from the rest parameter', () => {
    expect(pageOfParam(undefined)).toBe(1);
    expect(pageOfParam(pageParam(12))).toBe(12);
    expect(() => pageOfParam('sida/2')).toThrow(/side/);
  });

  it('adds side/1 beside each first page, marked to redirect, and leaves the other pages alone', () => {
    const paths = ['a', 'b'].flatMap((list) =>
      paginate([1, 2, 3], 2).map((page) => ({ params: { list, side: pageParam(page.current) }, props: { current: page.current } })),
    );
    expect(withFirstPageAlias(paths)).toEqual([
      { params: { list: 'a', side: undefined }, props: { current: 1 } },
      { params: { list: 'a', side: 'side/1' }, props: { current: 1, redirect: true } },
      { params: { list: 'a', side: 'side/2' }, props: { current: 2 } },
      { params: { list: 'b', side: undefined }, props: { current: 1 } },
      { params: { list: 'b', side: 'side/1' }, props: { current: 1, redirect: true } },
      { params: { list: 'b', side: 'side/2' }, props: { current: 2 } },
    ]);
    expect(pageOfParam('side/1')).toBe(1);
  });
});
