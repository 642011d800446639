/**
 * The citation of each kind of page, from its content: a document (its
 * publisher, version, type, decision date and attachments), a meeting record
 * and a news item (both published by this site).
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

/** A document's citation: its own publisher (or the site), version, type, the date it was decided, and its attachments. */
export function documentCitation(id: string, data: DocumentData, attachments: readonly CitedAttachment[], site: SiteForCitation): CitationInput {
  return {
    kind: 'dokument',
    id,
    url: new URL(`/dokumenter/${id}/`, site.url).href,
    title: data.tittel,
    publisher: data.utgiver ?? site.name,
    siteName: site.name,
    version: data.versjon,
    genre: documentTypes[data.type],
    issued: data.behandling?.dato,
    published: data.publisert,
    updated: laterThan(data.publisert, [data.statusdato, ...data.endringer.map((e) => e.dato)].filter((d) => d === undefined || d <= site.today)),
    accessed: site.today,
    attachments,
    language: data.sprak,
  };
}

/** A meeting record's citation: published by this site, dated by the meeting. */
export function meetingCitation(id: string, title: string, data: Meeting, site: SiteForCitation): CitationInput {
  return {
    kind: 'mote',
    id,
    url: new URL(`/moter/${id}/`, site.url).href,
    title,
    publisher: site.name,
    siteName: site.name,
    issued: data.dato,
    published: data.publisert,
    updated: laterThan(data.publisert, [meetingLastChanged(data)]),
    accessed: site.today,
    language: 'nb',
  };
}

/** A news item's citation: published by this site. */
export function newsCitation(id: string, data: Pick<News, 'tittel' | 'publisert' | 'oppdatert' | 'sprak'>, site: SiteForCitation): CitationInput {
  return {
    kind: 'nyhet',
    id,
    url: new URL(`/nyheter/${id}/`, site.url).href,
    title: data.tittel,
    publisher: site.name,
    siteName: site.name,
    published: data.publisert,
    updated: laterThan(data.publisert, [data.oppdatert]),
    accessed: site.today,
    language: data.sprak,
  };
}
