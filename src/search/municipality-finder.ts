/**
 * The matching behind «Finn kommunen din»: which municipalities a few typed
 * letters or digits point to, best first. Pure, so the same code runs in the
 * browser (the combobox) and in unit tests.
 */
import { foldKey } from './name-folding.ts';

/** A municipality as the finder needs it. */
export interface FinderEntry {
  /** Slug; the page is `/kommuner/<slug>/`. */
  slug: string;
  /** The name shown (bokmål), e.g. «Røyrvik». */
  name: string;
  /** Official names in other languages, e.g. the South Sámi «Raarvihke». May be empty. */
  otherNames: readonly string[];
  /** The four-digit municipality number, e.g. «5043». */
  number: string;
  /** County, e.g. «Trøndelag». */
  county: string;
  /** Numbers it had before (`tidligereNummer`), with the last day each was valid, e.g. Ålesund's «1507» to 2023-12-31. */
  formerNumbers: readonly { number: string; until: string }[];
}

/** One hit: the entry, and the other name that matched when the main name did not. */
export interface FinderHit<E extends FinderEntry = FinderEntry> {
  entry: E;
  /** Set when the query matched one of `otherNames` but not `name`. */
  matchedOtherName?: string;
  /** Set when the query matched a former number but not today's. */
  matchedFormerNumber?: { number: string; until: string };
}

/** Entries with their comparison keys worked out once (see {@link prepareFinder}). */
export interface PreparedFinder<E extends FinderEntry = FinderEntry> {
  readonly items: readonly { entry: E; keys: readonly string[] }[];
}

const collator = new Intl.Collator('nb');

/** Works out every name's comparison key once, so each keystroke only compares strings. */
export function prepareFinder<E extends FinderEntry>(entries: readonly E[]): PreparedFinder<E> {
  return { items: entries.map((entry) => ({ entry, keys: [entry.name, ...entry.otherNames].map(foldKey) })) };
}

// Lower is better: the whole name, the start of the name, the start of one of
// its words (the «Gauldal» of «Midtre Gauldal»), anywhere in it.
function rankOf(key: string, query: string): number | undefined {
  if (key === query) return 0;
  if (key.startsWith(query)) return 1;
  if (key.split(' ').some((word) => word.startsWith(query))) return 2;
  if (key.includes(query)) return 3;
  return undefined;
}

/**
 * The municipalities `query` points to, best first. A query of digits
 * (spaces allowed) matches municipality numbers from their start («50»
 * finds every number beginning 50), today's and former ones («1507» finds
 * Ålesund, and says it was its number); any other query matches names, spelled
 * with or without æ, ø, å and accents (see `foldKey`), in the main name or
 * an other-language name: «roros», «Roeros», «aafjord», «raarvihke». A
 * trailing «kommune» (also «kommunne») is ignored when the name without it
 * matches: «Kristiansund kommune». Ties are broken by Norwegian alphabetical
 * order. An empty query finds nothing.
 */
export function findMunicipalities<E extends FinderEntry>(finder: PreparedFinder<E>, query: string): FinderHit<E>[] {
  const digits = query.replace(/\s+/g, '');
  if (/^\d+$/.test(digits)) return findByNumber(finder, digits);
  const key = foldKey(query);
  if (key === '') return [];
  const hits = findByName(finder, key);
  const withoutKommune = /^(.+) (?:kommune|kommunne)$/.exec(key)?.[1];
  return hits.length === 0 && withoutKommune ? findByName(finder, withoutKommune) : hits;
}

function findByNumber<E extends FinderEntry>(finder: PreparedFinder<E>, digits: string): FinderHit<E>[] {
  const hits: FinderHit<E>[] = [];
  for (const { entry } of finder.items) {
    if (entry.number.startsWith(digits)) hits.push({ entry });
    else {
      const former = entry.formerNumbers.find((f) => f.number.startsWith(digits));
      if (former) hits.push({ entry, matchedFormerNumber: former });
    }
  }
  const numberOf = (hit: FinderHit<E>) => hit.matchedFormerNumber?.number ?? hit.entry.number;
  return hits.sort((a, b) => numberOf(a).localeCompare(numberOf(b)));
}

function findByName<E extends FinderEntry>(finder: PreparedFinder<E>, key: string): FinderHit<E>[] {
  const ranked: { hit: FinderHit<E>; rank: number }[] = [];
  for (const { entry, keys } of finder.items) {
    let best: { rank: number; index: number } | undefined;
    keys.forEach((nameKey, index) => {
      const rank = rankOf(nameKey, key);
      if (rank !== undefined && (best === undefined || rank < best.rank)) best = { rank, index };
    });
    if (!best) continue;
    const hit: FinderHit<E> = { entry };
    // Ties go to the earliest name, so an other name is reported only when it matched better than the main one.
    if (best.index > 0) hit.matchedOtherName = entry.otherNames[best.index - 1]!;
    ranked.push({ hit, rank: best.rank });
  }
  return ranked
    .sort((a, b) => a.rank - b.rank || collator.compare(a.hit.entry.name, b.hit.entry.name))
    .map(({ hit }) => hit);
}

/** Entries grouped by county, counties and names in Norwegian alphabetical order: the list shown without JavaScript. */
export function groupByCounty<E extends FinderEntry>(entries: readonly E[]): { county: string; entries: E[] }[] {
  const groups = new Map<string, E[]>();
  for (const entry of entries) groups.set(entry.county, [...(groups.get(entry.county) ?? []), entry]);
  return [...groups]
    .sort(([a], [b]) => collator.compare(a, b))
    .map(([county, list]) => ({ county, entries: list.sort((a, b) => collator.compare(a.name, b.name)) }));
}
