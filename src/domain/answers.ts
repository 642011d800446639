/**
 * The answers section: one page per category (`/sporsmal-og-svar/<category>/`)
 * and an index (`/sporsmal-og-svar/`) that lists every question with a link
 * to its answer. An answer's permanent address stays its anchor on the
 * index, `/sporsmal-og-svar/#<id>` (the content registry, content/adresser.yaml):
 * the index keeps an entry with that id for every answer, and for every old
 * anchor that moved to it, so old links still lead to the answer without
 * JavaScript. Pure logic shared by the pages, the change log, the feeds,
 * the search index and the tests.
 */
import type { AddressRecord } from '../schemas/addresses.ts';
import { slugify } from './slug.ts';

/** The answers index, where every answer's permanent anchor is. */
export const ANSWERS_INDEX = '/sporsmal-og-svar/';

/** A category of answers with the address word of its page. */
export interface AnswerCategory<T> {
  name: string;
  /** The category's page is `/sporsmal-og-svar/<slug>/`. */
  slug: string;
  answers: T[];
}

/**
 * Categories (in the order given) with the address word of each page: the
 * name as a slug, `kategori` when it has no letters, and `-2`, `-3` … after
 * a slug another category already has.
 */
export function answerCategories<T>(categories: readonly { name: string; answers: T[] }[]): AnswerCategory<T>[] {
  const taken = new Set<string>();
  return categories.map(({ name, answers }) => {
    const base = slugify(name) || 'kategori';
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return { name, slug, answers };
  });
}

/** The page of a category. */
export const categoryPage = (slug: string) => `${ANSWERS_INDEX}${slug}/`;

/** Where an answer is read: its anchor on its category's page. */
export const answerAddress = (id: string, categorySlug: string) => `${categoryPage(categorySlug)}#${id}`;

/** The permanent address of an answer: its anchor on the index. */
export const permanentAnswerAddress = (id: string) => `${ANSWERS_INDEX}#${id}`;

/** The answer id of an anchor on the index (`/sporsmal-og-svar/#<id>`), or `undefined` for any other address. */
export function indexAnchor(address: string): string | undefined {
  return address.startsWith(`${ANSWERS_INDEX}#`) ? address.slice(ANSWERS_INDEX.length + 1) : undefined;
}

/**
 * The permanent address of a link to an answer on a category page
 * (`/sporsmal-og-svar/<category>/#<id>` → `/sporsmal-og-svar/#<id>`), or
 * `undefined` for any other link.
 */
export function permanentOfAnswerLink(link: string): string | undefined {
  const match = /^\/sporsmal-og-svar\/[^/#]+\/#(.+)$/.exec(link);
  return match ? permanentAnswerAddress(match[1]!) : undefined;
}

/**
 * The index's old anchors, from the address record: for each answer id, the
 * anchors that moved to it (`current` resolves a moved address to where it
 * is now); and the anchors of removed answers with when and why.
 */
export function oldAnswerAnchors(
  record: AddressRecord,
  current: (address: string) => string | undefined,
): { moved: Map<string, string[]>; removed: { anchor: string; date: string; reason: string }[] } {
  const moved = new Map<string, string[]>();
  for (const move of record.flyttet) {
    const from = indexAnchor(move.fra);
    const to = indexAnchor(current(move.til) ?? '');
    if (from && to) moved.set(to, [...(moved.get(to) ?? []), from]);
  }
  const removed = record.fjernet.flatMap((r) => {
    const anchor = indexAnchor(r.fra);
    return anchor ? [{ anchor, date: r.dato, reason: r.grunn }] : [];
  });
  return { moved, removed };
}

/**
 * Where each anchor of the answers is read: every answer's id, and every
 * old anchor kept beside an answer (`moved`, from `oldAnswerAnchors()`),
 * mapped to the slug of the category page that holds it.
 */
export function answerPlaces(categories: readonly AnswerCategory<{ id: string }>[], moved: ReadonlyMap<string, readonly string[]> = new Map()): Map<string, string> {
  const places = new Map<string, string>();
  for (const category of categories) {
    for (const answer of category.answers) {
      places.set(answer.id, category.slug);
      for (const anchor of moved.get(answer.id) ?? []) if (!places.has(anchor)) places.set(anchor, category.slug);
    }
  }
  return places;
}

/**
 * Rendered answer HTML for the page of category `categorySlug`, with each
 * link to a bare anchor (`href="#<id>"`) that names an answer (or an old
 * anchor kept beside one) on another category's page pointed at that page
 * (`/sporsmal-og-svar/<its category>/#<id>`). Links within the page, and
 * every other link, stay as written. The address is the main language's;
 * the middleware puts it in the page's language (`/nn/…`).
 */
export function rewriteAnswerLinks(html: string, categorySlug: string, places: ReadonlyMap<string, string>): string {
  return html.replace(/<a\b[^>]*>/g, (tag) =>
    tag.replace(/(\shref=")#([^"]+)"/, (whole, before: string, anchor: string) => {
      const place = places.get(decodeAnchor(anchor));
      return place === undefined || place === categorySlug ? whole : `${before}${answerAddress(anchor, place)}"`;
    }),
  );
}

/** An anchor as written in an `href`, with percent escapes undone (ids are compared as text). */
function decodeAnchor(anchor: string): string {
  try {
    return decodeURIComponent(anchor);
  } catch {
    return anchor;
  }
}
