/**
 * Where a fact's source points, ready to cite: a registered external source,
 * an external page named in place, or a news item or document on this site
 * (linked only when published). A journalist can follow each one: title,
 * publisher and date, and a link to the original.
 */
import { endsSentence } from '../../domain/format.ts';
import type { Source } from '../../schemas/source.ts';

/** A source ready to render. */
export interface SourceLink {
  kind: 'ekstern' | 'nyhet' | 'dokument';
  /** A stable key for listing each source once: its id, slug or address. */
  key: string;
  /** Link target; `undefined` for an item on this site that is not published on the build date. */
  href: string | undefined;
  /** The title; `undefined` when an item on this site is not published. */
  title: string | undefined;
  /** The title's language when known (an item on this site: `nb` or `nn`); external sources have none. */
  titleLang?: string | undefined;
  /** Who published it, when known. */
  publisher: string | undefined;
  /** When it was published, as precisely as it shows (a day, a month or a year), when known. */
  date: string | undefined;
  /** A note about the source (for registered sources), e.g. that the page changes over time. */
  note?: string | undefined;
}

/** What sources resolve against: published titles on this site and the register of external sources. */
export interface SourceContext {
  news: ReadonlyMap<string, { title: string; date: string; lang?: string | undefined }>;
  documents: ReadonlyMap<string, { title: string; date: string; publisher?: string | undefined; lang?: string | undefined }>;
  /** Registered external sources by id (`content/kilder/`). */
  external: ReadonlyMap<string, { tittel: string; utgiver: string; url: string; dato?: string | undefined; merknad?: string | undefined }>;
  /** This site's name, the publisher of its own news. */
  siteName: string;
}

/** Resolves a source for citing. */
export function sourceLink(source: Source, context: SourceContext): SourceLink {
  if (source.nyhet !== undefined) {
    const item = context.news.get(source.nyhet);
    return { kind: 'nyhet', key: `nyhet:${source.nyhet}`, href: item && `/nyheter/${source.nyhet}/`, title: item?.title, titleLang: item?.lang, publisher: item && context.siteName, date: item?.date };
  }
  if (source.dokument !== undefined) {
    const item = context.documents.get(source.dokument);
    return {
      kind: 'dokument',
      key: `dokument:${source.dokument}`,
      href: item && `/dokumenter/${source.dokument}/`,
      title: item?.title,
      titleLang: item?.lang,
      publisher: item?.publisher,
      date: item?.date,
    };
  }
  if (source.ekstern !== undefined) {
    const registered = context.external.get(source.ekstern);
    return {
      kind: 'ekstern',
      key: `ekstern:${source.ekstern}`,
      href: registered?.url,
      title: registered?.tittel,
      publisher: registered?.utgiver,
      date: registered?.dato,
      note: registered?.merknad,
    };
  }
  return { kind: 'ekstern', key: `url:${source.url}`, href: source.url, title: source.tittel ?? source.url, publisher: source.utgiver, date: source.dato };
}

/** Each distinct source once, in the order first cited. */
export function distinctSources(links: readonly SourceLink[]): SourceLink[] {
  const seen = new Map<string, SourceLink>();
  for (const link of links) if (!seen.has(link.key)) seen.set(link.key, link);
  return [...seen.values()];
}

/**
 * The punctuation of a citation «Tittel. Utgiver, dato.» around `link`'s
 * parts: after the title «. » (or only « » when the title ends with «?», «!»
 * or «.»), and at the end «.» unless what comes last (`undated` for an
 * external source without a date) already ends like a sentence.
 */
export function citationPunctuation(link: Pick<SourceLink, 'title' | 'publisher' | 'date' | 'kind'>, undated: string): { afterTitle: string; end: string } {
  const title = link.title ?? '';
  const last = link.date ? undefined : link.kind === 'ekstern' ? undated : (link.publisher ?? title);
  return { afterTitle: endsSentence(title) ? ' ' : '. ', end: last !== undefined && endsSentence(last) ? '' : '.' };
}
