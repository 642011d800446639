/**
 * Items in two written forms: an item may name its translation
 * (`oversettelseAv: <slug>`, in either of the two). Pure logic shared by the
 * pages, the feeds and the tests.
 */

/** What the pairing needs of an item. */
export interface Translatable {
  id: string;
  data: { sprak: string; oversettelseAv?: string | undefined };
}

// Pages call these with the build's own item lists (the same arrays for every
// page), so each list is paired once, not once per page: with 10,000 news
// items the pairing on every news page cost about 10 ms a page.
const pairsOf = new WeakMap<readonly Translatable[], ReadonlyMap<string, string>>();
const shownOf = new WeakMap<readonly Translatable[], Map<string, readonly Translatable[]>>();

/**
 * Each item's translation, both ways: if A names B, A → B and B → A. Only
 * among `items` (published ones), so a link to an unpublished translation
 * counts as none. Computed once per array: `items` must not change after
 * the first call (the build's content lists do not).
 */
export function translationPairs(items: readonly Translatable[]): ReadonlyMap<string, string> {
  const known = pairsOf.get(items);
  if (known) return known;
  const ids = new Set(items.map((i) => i.id));
  const pairs = new Map<string, string>();
  for (const item of items) {
    const other = item.data.oversettelseAv;
    if (!other || !ids.has(other) || other === item.id) continue;
    pairs.set(item.id, other);
    pairs.set(other, item.id);
  }
  pairsOf.set(items, pairs);
  return pairs;
}

/**
 * The items a list in language `lang` shows: every item, except one that is
 * not in `lang` while its translation is (the reader gets their own
 * language). Order is kept. Computed once per array and language, as
 * `translationPairs`; the result is shared, so it is read-only.
 */
export function itemsForLanguage<T extends Translatable>(items: readonly T[], lang: string): readonly T[] {
  let byLang = shownOf.get(items);
  if (!byLang) shownOf.set(items, (byLang = new Map()));
  const known = byLang.get(lang);
  if (known) return known as readonly T[];
  const pairs = translationPairs(items);
  const byId = new Map(items.map((i) => [i.id, i]));
  const shown = items.filter((item) => {
    if (item.data.sprak === lang) return true;
    const other = byId.get(pairs.get(item.id) ?? '');
    return !(other && other.data.sprak === lang);
  });
  byLang.set(lang, shown);
  return shown;
}
