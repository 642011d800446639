/**
 * Spelling-tolerant search over every word of the site, not only names:
 * what lets a reader type «lordag», «undersokelse» or «Oerland» and find the
 * pages that say «lørdag», «undersøkelse» and «Ørland». Pagefind matches
 * words as written (it folds å to a, but ø and æ are letters of their own to
 * it), so the search page asks it for each spelling the site itself uses.
 *
 * At build time, `foldingGroups` collects the words of the indexed text whose
 * key (`foldKey`: æ, ae → a; ø, oe → o; å, aa → a) they share with a word
 * that has æ, ø or å, one group per key, written as one line of a small text
 * file beside the index (`FOLDING_FILE`). In the browser, `queryVariants`
 * turns a query into the queries to run: every spelling of each of its words
 * that the site uses. The index itself is not changed, so excerpts show the
 * page's own text with the word as written there.
 */
import { foldKey } from './name-folding.ts';

/** The file of spelling groups of a language, in the Pagefind output folder: `folding-nb.txt`. */
export const FOLDING_FILE = (lang: string) => `folding-${lang}.txt`;

/** At most this many queries are run for one search (the spellings of several words multiply). */
export const MAX_QUERY_VARIANTS = 16;

const NORWEGIAN = /[æøå]/;
const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a text, lower case, as the search splits them (letters and digits; everything else separates). */
export function wordsOf(text: string): string[] {
  return text.toLocaleLowerCase('nb').match(WORD) ?? [];
}

/**
 * The spelling groups of a set of words: for each key that some word with
 * æ, ø or å has, every word with that key, sorted, space-separated. Words of
 * other keys are left out, so the groups stay small: «lørdag» gives the group
 * `lørdag`, and «før», «for» and «foer» together `foer for før`. Groups are
 * sorted, so the same words give the same file.
 */
export function foldingGroups(words: Iterable<string>): string[] {
  const byKey = new Map<string, Set<string>>();
  for (const raw of words) {
    const word = raw.toLocaleLowerCase('nb');
    const key = foldKey(word);
    if (key === '' || key.includes(' ')) continue;
    let group = byKey.get(key);
    if (!group) byKey.set(key, (group = new Set()));
    group.add(word);
  }
  const groups: string[] = [];
  for (const group of byKey.values()) {
    const members = [...group];
    if (members.some((word) => NORWEGIAN.test(word))) groups.push(members.sort().join(' '));
  }
  return groups.sort();
}

/** The groups of a folding file (one group a line, as `foldingGroups` gives them) by their key. */
export function parseFoldingGroups(text: string): Map<string, readonly string[]> {
  const groups = new Map<string, readonly string[]>();
  for (const line of text.split('\n')) {
    const members = line.trim().split(' ').filter(Boolean);
    if (members.length > 0) groups.set(foldKey(members[0]!), members);
  }
  return groups;
}

/**
 * The queries to run for what a reader typed: the query with each word
 * replaced by each spelling of it that the site uses (its group), the word
 * as typed included. Every spelling of a query gives the same queries, so
 * «roros» and «Røros» find the same pages: both give `roeros`, `roros` and
 * `røros` when the site has those three. A word without a group stays as
 * typed; characters between words (quotes, dashes) are kept. Sorted, without
 * duplicates, and at most `limit`: the spellings of later words are dropped
 * first when there are too many.
 */
export function queryVariants(query: string, groups: ReadonlyMap<string, readonly string[]>, limit = MAX_QUERY_VARIANTS): string[] {
  const text = query.trim().toLocaleLowerCase('nb');
  // Alternating separators and words: ['', 'roros', ' ', 'kommune', ''].
  const parts = text.split(/([\p{L}\p{N}]+)/u);
  let variants = [''];
  for (const [i, part] of parts.entries()) {
    const choices = i % 2 === 1 ? [...new Set([...(groups.get(foldKey(part)) ?? []), part])].sort() : [part];
    const next = variants.flatMap((variant) => choices.map((choice) => variant + choice));
    variants = next.length <= limit ? next : variants.map((variant) => variant + part);
  }
  return [...new Set(variants)].sort();
}
