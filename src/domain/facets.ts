/**
 * Facets of a list: for each dimension (type, status, year, …) the values
 * items have, each with its count and the address of its own page, so a
 * filtered view is a real URL that works without JavaScript and in a feed.
 * Pure logic, no Astro.
 */

/** One value of a facet, e.g. «Styresak» with 3 documents. */
export interface FacetValue<T> {
  /** The value as written in the address, e.g. `styresak`. */
  value: string;
  /** The value as people read it, e.g. «Styresak». */
  label: string;
  /** The items with this value. */
  items: T[];
  /** The address of the value's page, e.g. `/dokumenter/type/styresak/`. */
  href: string;
}

/** One dimension of a list. */
export interface Facet<T> {
  /** The dimension as written in addresses, e.g. `type`. */
  id: string;
  /** Its label, e.g. «Type». */
  label: string;
  values: FacetValue<T>[];
}

/** How to read one dimension from an item. */
export interface FacetDefinition<T> {
  id: string;
  label: string;
  /** The values an item has in this dimension (several for parties, none when unknown). */
  valuesOf: (item: T) => readonly string[];
  /** The label of a value. */
  labelOf: (value: string) => string;
  /** Order of the values: a comparison of two values. */
  order: (a: string, b: string) => number;
}

/**
 * The facets of `items` under `base` (e.g. `/dokumenter/`): each dimension
 * with the values that occur, in the dimension's order, each value's page at
 * `<base><dimension>/<value>/`. Items keep their input order within a value.
 */
export function facets<T>(items: readonly T[], definitions: readonly FacetDefinition<T>[], base: string): Facet<T>[] {
  return definitions.map((definition) => {
    const byValue = new Map<string, T[]>();
    for (const item of items) {
      for (const value of new Set(definition.valuesOf(item))) byValue.set(value, [...(byValue.get(value) ?? []), item]);
    }
    return {
      id: definition.id,
      label: definition.label,
      values: [...byValue.keys()].sort(definition.order).map((value) => ({
        value,
        label: definition.labelOf(value),
        items: byValue.get(value)!,
        href: `${base}${definition.id}/${value}/`,
      })),
    };
  });
}

/** Every facet value as a page: dimension, value and its items. */
export function facetPages<T>(all: readonly Facet<T>[]): { facet: Facet<T>; value: FacetValue<T> }[] {
  return all.flatMap((facet) => facet.values.map((value) => ({ facet, value })));
}

/**
 * The value `value` of the facet `facet` in `all`: how a page finds its own
 * selection again in its language's facets (its props come from
 * `getStaticPaths`, which has no language). Throws when there is none: the
 * facets of every language hold the same values.
 */
export function facetValue<T>(all: readonly Facet<T>[], facet: string | undefined, value: string | undefined): { facet: Facet<T>; value: FacetValue<T> } {
  const found = all.find((f) => f.id === facet);
  const match = found?.values.find((v) => v.value === value);
  if (!found || !match) throw new Error(`No facet value ${facet}/${value}`);
  return { facet: found, value: match };
}
