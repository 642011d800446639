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

/**
 * Each item's translation, both ways: if A names B, A → B and B → A. Only
 * among `items` (published ones), so a link to an unpublished translation
 * counts as none.
 */
export function translationPairs(items: readonly Translatable[]): Map<string, string> {
  const ids = new Set(items.map((i) => i.id));
  const pairs = new Map<string, string>();
  for (const item of items) {
    const other = item.data.oversettelseAv;
    if (!other || !ids.has(other) || other === item.id) continue;
    pairs.set(item.id, other);
    pairs.set(other, item.id);
  }
  return pairs;
}

/**
 * The items a list in language `lang` shows: every item, except one that is
 * not in `lang` while its translation is (the reader gets their own
 * language). Order is kept.
 */
export function itemsForLanguage<T extends Translatable>(items: readonly T[], lang: string): T[] {
  const pairs = translationPairs(items);
  const byId = new Map(items.map((i) => [i.id, i]));
  return items.filter((item) => {
    if (item.data.sprak === lang) return true;
    const other = byId.get(pairs.get(item.id) ?? '');
    return !(other && other.data.sprak === lang);
  });
}
