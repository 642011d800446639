/**
 * What is published on a build date. The same rule holds for every output
 * (page, feed, sitemap, search index, data files): an item marked
 * `utkast: true` is never published, and neither is one dated after the
 * build date; it appears on the first build on or after its date.
 *
 * The date that counts: `publisert` for news and documents, `oppdatert` for
 * answers (they have no `publisert`), `dato` for a municipality's status events.
 */

/** Anything with a publication date: a news item, a document, an answer or a status event. */
export type Publishable =
  | { publisert: string; utkast?: boolean | undefined }
  | { oppdatert: string; utkast?: boolean | undefined }
  | { dato: string; utkast?: boolean | undefined };

/** The date an item counts as published from: `publisert`, else `oppdatert`, else `dato`. */
export function publicationDate(item: Publishable): string {
  if ('publisert' in item) return item.publisert;
  if ('oppdatert' in item) return item.oppdatert;
  return item.dato;
}

/** Whether `item` is published on `buildDate` (`YYYY-MM-DD`): not a draft, and dated on or before the build date. */
export function isPublished(item: Publishable, buildDate: string): boolean {
  return item.utkast !== true && publicationDate(item) <= buildDate;
}

/**
 * The published items, newest first; items with the same date keep their
 * input order. Pass `data` to read the fields from a wrapper, e.g. an Astro
 * collection entry: `published(entries, buildDate, (entry) => entry.data)`.
 */
export function published<T extends Publishable>(items: readonly T[], buildDate: string): T[];
export function published<T>(items: readonly T[], buildDate: string, data: (item: T) => Publishable): T[];
export function published<T>(items: readonly T[], buildDate: string, data?: (item: T) => Publishable): T[] {
  const read = data ?? ((item: T) => item as Publishable);
  return items
    .filter((item) => isPublished(read(item), buildDate))
    .sort((a, b) => {
      const da = publicationDate(read(a));
      const db = publicationDate(read(b));
      return da < db ? 1 : da > db ? -1 : 0;
    });
}

/**
 * The calendar date in Norway at `now`, as `YYYY-MM-DD`: the build date to
 * pass to the functions above. A build just after midnight Norwegian time
 * already publishes that day's items, though it is still the day before in UTC.
 */
export function buildDateOf(now: Date = new Date()): string {
  // Swedish formats dates as YYYY-MM-DD, which saves assembling the parts.
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(now);
}
