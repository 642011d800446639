/**
 * Pure helpers for the search page: reading and writing its state in the URL,
 * and turning Pagefind results into what the page lists.
 */

/**
 * Starts the hidden other spellings at the end of a page's searchable text
 * (SearchTerms.astro); an excerpt is cut here so readers never see them.
 */
export const SEARCH_TERMS_MARK = '⁂';

/** An excerpt without the hidden other spellings at its end (see {@link SEARCH_TERMS_MARK}). */
export function visibleExcerpt(excerpt: string): string {
  const at = excerpt.indexOf(SEARCH_TERMS_MARK);
  return at === -1 ? excerpt : excerpt.slice(0, at).trim();
}

/** A Pagefind result as far as merging needs it: the page's id and its score for one query. */
export interface ScoredResult {
  id: string;
  score: number;
}

/** One page found by one or more of the queries of a search, with what each query found. */
export interface MergedResult<T extends ScoredResult> {
  id: string;
  /** The best score any of the queries gave the page. */
  score: number;
  /** What each query that found the page found, best score first. */
  hits: T[];
}

/**
 * The results of the queries of one search (the spellings of what a reader
 * typed, see `queryVariants`) as one list: each page once, at the best score
 * any query gave it, best first; pages of equal score in the order the
 * queries listed them. The same queries in the same order give the same
 * list, whichever spelling was typed.
 */
export function mergeResults<T extends ScoredResult>(lists: readonly (readonly T[])[]): MergedResult<T>[] {
  const byId = new Map<string, MergedResult<T>>();
  for (const list of lists) {
    for (const result of list) {
      const merged = byId.get(result.id);
      if (merged) {
        merged.hits.push(result);
        merged.score = Math.max(merged.score, result.score);
      } else byId.set(result.id, { id: result.id, score: result.score, hits: [result] });
    }
  }
  const all = [...byId.values()];
  for (const merged of all) merged.hits.sort((a, b) => b.score - a.score);
  // Array.prototype.sort is stable: equal scores keep the order of first appearance.
  return all.sort((a, b) => b.score - a.score);
}

/** Whether an excerpt shows a hit (a `<mark>`) in the page's visible text, not only in its hidden other spellings. */
export function excerptShowsHit(excerpt: string): boolean {
  return visibleExcerpt(excerpt).includes('<mark>');
}

/** Lower case without accents, as Pagefind compares words (å is a; ø and æ stay letters of their own). */
function pagefindForm(text: string): string {
  return text.toLocaleLowerCase('nb').normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

const VOWEL = /[aeiouyæø]/;

/**
 * How many first letters of a word Pagefind's Norwegian stemmer always keeps:
 * it only removes endings after the first consonant that follows a vowel,
 * and never within the first three letters (the Snowball stemmer's R1).
 */
function keptByStemmer(word: string): number {
  let start = word.length;
  for (let i = 1; i < word.length; i++) {
    if (!VOWEL.test(word[i]!) && VOWEL.test(word[i - 1]!)) {
      start = i + 1;
      break;
    }
  }
  return Math.min(word.length, Math.max(3, start));
}

/**
 * Whether Pagefind found the word a reader searched for on a page, rather
 * than only a beginning of it: for a word that is on no page, Pagefind
 * searches the longest beginning of it that is a word of the index instead
 * («sokkelhøyde» finds the letter «S», «salat» the word «sa»), so a search's
 * results are checked with this before they are shown. The word counts as
 * found when one of the words the excerpt marks (or, if it marks none, one
 * of the page's words) starts with the word or with what Pagefind's stemmer
 * keeps of it at least.
 */
export function pageHasWord(page: { excerpt: string; content: string }, word: string): boolean {
  const wanted = pagefindForm(word);
  if (wanted === '') return true;
  const stem = wanted.slice(0, keptByStemmer(wanted));
  const marked = [...page.excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((match) => match[1]!).join(' ');
  return (pagefindForm(marked || page.content).match(/[\p{L}\p{N}]+/gu) ?? []).some((candidate) => candidate.startsWith(stem));
}

/** The result types, as the pages mark them (`data-pagefind-filter="type:…"`) and the type filter offers them. */
export const SEARCH_TYPES = ['Nyheter', 'Dokumenter', 'Møter', 'Svar', 'Kommuner', 'Innføringen'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export interface SearchState {
  q: string;
  type: string;
  year: string;
}

/** The search state in a query string (`?q=…&type=…&ar=…`). */
export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  return { q: params.get('q') ?? '', type: params.get('type') ?? '', year: params.get('ar') ?? '' };
}

/** The query string for a state; empty values are left out. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.type) params.set('type', state.type);
  if (state.year) params.set('ar', state.year);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Pagefind's filter object for a state. */
export function pagefindFilters(state: SearchState): Record<string, string> {
  const filters: Record<string, string> = {};
  if (state.type) filters.type = state.type;
  if (state.year) filters['år'] = state.year;
  return filters;
}

/** The messages of {@link resultSummary}, with `{count}`, `{shown}` and `{query}` placeholders. */
export interface SummaryTexts {
  none: string;
  count: string;
  showing: string;
}

const fill = (template: string, vars: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));

/**
 * What a screen reader hears after each search, and what the page says above
 * the list: the number of results, and when not all are listed yet, how many
 * are. `total` counts results, `shown` the ones listed; one result is one
 * list item, so the two numbers always describe the same things.
 */
export function resultSummary(total: number, shown: number, q: string, texts: SummaryTexts): string {
  if (!q) return '';
  if (total === 0) return fill(texts.none, { query: q });
  return fill(shown < total ? texts.showing : texts.count, { count: total, shown, query: q });
}

/** Pagefind's data for one result, as far as the page uses it. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/** One entry in the result list. */
export interface ResultEntry {
  title: string;
  url: string;
  /** «Nyhet · 23. februar 2022», or for an attachment «Vedlegg til «…»». Without the date. */
  kind: string;
  /** ISO date to show after the kind, if any. */
  date?: string;
  /** Plain text to show instead of the excerpt (a municipality's status), if the page gave one. */
  summary?: string;
  /** Pagefind's excerpt: our own indexed text with `<mark>` around the hits, without the hidden other spellings. */
  excerpt: string;
}

/** Labels the entry needs: result kinds by type, and the attachment template with `{title}`. */
export interface EntryTexts {
  kinds: Readonly<Record<string, string>>;
  attachmentOf: string;
}

/**
 * A Pagefind result as one list entry: titled by the page (never by a
 * heading inside it), or for a PDF attachment by the attachment's title,
 * said to belong to its document.
 */
export function resultEntry(item: ResultData, texts: EntryTexts): ResultEntry {
  const type = item.filters.type?.[0] ?? '';
  const kind =
    item.meta.type === 'Vedlegg' && item.meta.dokument
      ? fill(texts.attachmentOf, { title: item.meta.dokument })
      : (texts.kinds[item.meta.type ?? type] ?? texts.kinds[type] ?? '');
  return {
    title: item.meta.title || item.url,
    url: item.url,
    kind,
    ...(item.meta.dato ? { date: item.meta.dato } : {}),
    ...(item.meta.sammendrag ? { summary: item.meta.sammendrag } : {}),
    excerpt: visibleExcerpt(item.excerpt),
  };
}

/**
 * Whether the search can find text in attachments: at least one published
 * document has a PDF attachment (the only kind whose text the index reads,
 * src/search/index-site.ts). The search page promises attachment text only then.
 */
export function hasSearchableAttachments(documents: readonly { data: { vedlegg: readonly { fil: string }[] } }[]): boolean {
  return documents.some((document) => document.data.vedlegg.some((attachment) => attachment.fil.toLowerCase().endsWith('.pdf')));
}
