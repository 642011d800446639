/**
 * Where an event's source points: a news item or document on this site (by
 * slug, linked only when published) or an external page with its title.
 */
import type { Source } from '../../schemas/source.ts';

/** A source ready to render: a link, or plain text when it is not published yet. */
export interface SourceLink {
  kind: 'nyhet' | 'dokument' | 'url';
  /** Link target; `undefined` for an item on this site that is not published on the build date. */
  href: string | undefined;
  /** Link text: the item's title or the external page's title. */
  title: string | undefined;
}

/** Titles of the published news items and documents, by slug. */
export interface PublishedTitles {
  news: ReadonlyMap<string, string>;
  documents: ReadonlyMap<string, string>;
}

/** Resolves a source against what is published. */
export function sourceLink(source: Source, published: PublishedTitles): SourceLink {
  if (source.nyhet !== undefined) {
    const title = published.news.get(source.nyhet);
    return { kind: 'nyhet', href: title === undefined ? undefined : `/nyheter/${source.nyhet}/`, title };
  }
  if (source.dokument !== undefined) {
    const title = published.documents.get(source.dokument);
    return { kind: 'dokument', href: title === undefined ? undefined : `/dokumenter/${source.dokument}/`, title };
  }
  return { kind: 'url', href: source.url, title: source.tittel ?? source.url };
}
