/**
 * Long lists split into pages, the way the news list does it: page 1 at
 * the list's own address, page n at `<list>side/<n>/` (the same word in
 * both written forms). Pure logic shared by the list pages, their cache
 * keys and the tests.
 */

/** One page of a list: its items, its number (1-based) and the number of pages. */
export interface ListPage<T> {
  items: T[];
  current: number;
  total: number;
}

/** Items on one page of the change log (by kind, year or municipality). */
export const CHANGES_PER_PAGE = 100;
/** Items on one page of the news list and of a news topic. */
export const NEWS_PER_PAGE = 20;

/** `items` cut into pages of `size`; always at least one page, empty when there are no items. */
export function paginate<T>(items: readonly T[], size: number): ListPage<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`Page size must be a positive whole number, not ${size}.`);
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({ items: items.slice(i * size, (i + 1) * size), current: i + 1, total }));
}

/** The rest parameter (`[...side]`) of page `n`: none for page 1, `side/<n>` after it. */
export function pageParam(n: number): string | undefined {
  return n === 1 ? undefined : `side/${n}`;
}

/** The page number a rest parameter (`[...side]`) names: 1 when none. */
export function pageOfParam(param: string | undefined): number {
  if (!param) return 1;
  const match = /^side\/(\d+)$/.exec(param);
  if (!match) throw new Error(`Not a page address: «${param}» (expected side/<n>).`);
  return Number(match[1]);
}

/** The address of page `n` of the list at `base` (which ends with `/`). */
export function pageHref(base: string, n: number): string {
  return n === 1 ? base : `${base}side/${n}/`;
}

/** The rest parameter (`[...side]`) of page 1's second address, `<list>side/1/`, which only redirects to the list's own. */
export const FIRST_PAGE_ALIAS = 'side/1';

/**
 * The static paths of a paged list with, beside each first page, one for
 * `<list>side/1/` (the address a reader or a link guesses from `side/2/`):
 * the same props plus `redirect: true`, for a page that sends the reader on
 * to the list's own address.
 */
export function withFirstPageAlias<Params extends { side: string | undefined }, Props extends { current: number }>(
  paths: readonly { params: Params; props: Props }[],
): { params: Params; props: Props & { redirect?: boolean } }[] {
  return paths.flatMap((path) =>
    path.props.current === 1 ? [path, { params: { ...path.params, side: FIRST_PAGE_ALIAS }, props: { ...path.props, redirect: true } }] : [path],
  );
}
