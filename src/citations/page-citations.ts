/**
 * The citation of each kind of page, from its content: a document (credited
 * to its issuing organisation and dated by its own date, published on this
 * site), and a meeting record and a news item (pages this site wrote,
 * credited to the site and dated by the page's last change).
 */
import type { DocumentData } from '../schemas/document.ts';
import { documentTypes } from '../schemas/document.ts';
import type { Meeting } from '../schemas/meeting.ts';
import type { News } from '../schemas/news.ts';
import { meetingLastChanged } from '../domain/meetings.ts';
import type { CitationInput, CitedAttachment } from './citation.ts';

/** What every citation on the site shares. */
export interface SiteForCitation {
  /** The site's name. */
  name: string;
  /** The site's base address. */
  url: string;
  /** The build date, `YYYY-MM-DD`. */
  today: string;
}

/** The latest date after `published` in `dates`, if any. */
function laterThan(published: string, dates: readonly (string | undefined)[]): string | undefined {
  const latest = dates.filter((d): d is string => d !== undefined).sort().at(-1);
  return latest && latest > published ? latest : undefined;
}

/**
 * A document's citation: its author is its issuing organisation (`utgiver`;
 * none when the content records none, never the site), its date the
 * document's own (`dato`; «u.å.» without one, never the day published
 * here), with version, type and attachments; the site is where it is
 * published and retrieved.
 */
export function documentCitation(id: string, data: DocumentData, attachments: readonly CitedAttachment[], site: SiteForCitation): CitationInput {
  return {
    kind: 'dokument',
    id,
    url: new URL(`/dokumenter/${id}/`, site.url).href,
    title: data.tittel,
    author: data.utgiver,
    siteName: site.name,
    version: data.versjon,
    genre: documentTypes[data.type],
    issued: data.dato,
    published: data.publisert,
    updated: laterThan(data.publisert, [data.statusdato, ...data.endringer.map((e) => e.dato)].filter((d) => d === undefined || d <= site.today)),
    accessed: site.today,
    attachments,
    language: data.sprak,
  };
}

/**
 * A meeting record's citation: a page this site wrote about the meeting
 * (author the site, date the page's last change), titled with the body and
 * the meeting's date («Bystyremøte i Kristiansund februar 2024»). The
 * body's own minutes are cited as documents.
 */
export function meetingCitation(id: string, title: string, data: Meeting, site: SiteForCitation): CitationInput {
  const updated = laterThan(data.publisert, [meetingLastChanged(data)].filter((d) => d <= site.today));
  return {
    kind: 'mote',
    id,
    url: new URL(`/moter/${id}/`, site.url).href,
    title,
    author: site.name,
    siteName: site.name,
    issued: updated ?? data.publisert,
    published: data.publisert,
    updated,
    accessed: site.today,
    language: 'nb',
  };
}

/** A news item's citation: a page this site wrote (author the site, date the page's last change). */
export function newsCitation(id: string, data: Pick<News, 'tittel' | 'publisert' | 'oppdatert' | 'sprak'>, site: SiteForCitation): CitationInput {
  const updated = laterThan(data.publisert, [data.oppdatert]);
  return {
    kind: 'nyhet',
    id,
    url: new URL(`/nyheter/${id}/`, site.url).href,
    title: data.tittel,
    author: site.name,
    siteName: site.name,
    issued: updated ?? data.publisert,
    published: data.publisert,
    updated,
    accessed: site.today,
    language: data.sprak,
  };
}
