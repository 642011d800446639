/**
 * What a municipality's feed carries: its news, its documents and its status
 * changes, newest first, so a local newsroom can follow one municipality.
 */
import type { DocumentData } from '../schemas/document.ts';
import type { Municipality } from '../schemas/municipality.ts';
import type { News } from '../schemas/news.ts';
import { eventsInOrder, type MunicipalityHistory } from '../domain/municipality-status.ts';
import { formatPeriod } from '../domain/format.ts';
import { effectiveDate } from '../domain/period.ts';

export interface FeedItem {
  title: string;
  description: string;
  /** ISO date `YYYY-MM-DD` (an event known by its month: the month's last day). */
  date: string;
  /** Site-relative link. */
  link: string;
  /** Unique, stable id (site-relative URL plus a fragment for events). */
  guid: string;
  category: 'Nyhet' | 'Dokument' | 'Statusendring' | 'Møte' | 'Vedtak' | 'Dokumentstatus' | 'Svar';
}

interface Input {
  slug: string;
  municipality: Pick<Municipality, 'navn'> & MunicipalityHistory;
  news: { id: string; data: Pick<News, 'tittel' | 'ingress' | 'publisert' | 'kommuner' | 'dokumenter'> }[];
  documents: { id: string; data: Pick<DocumentData, 'tittel' | 'sammendrag' | 'publisert' | 'parter' | 'versjon'> }[];
  /** Status names by id. */
  statusNames: Map<string, string>;
  /** Phase names by id. */
  phaseNames: Map<string, string>;
  /** Further items about the municipality (its meetings, documents' status changes), from the change log. Default: none. */
  more?: readonly FeedItem[];
}

/** Feed items for one municipality (published content only is passed in), newest first. */
export function municipalityFeedItems({ slug, municipality, news, documents, statusNames, phaseNames, more = [] }: Input): FeedItem[] {
  const ownNews = news.filter((n) => n.data.kommuner.includes(slug));
  const linkedDocs = new Set(ownNews.flatMap((n) => n.data.dokumenter));
  for (const event of municipality.hendelser) if (event.kilde.dokument) linkedDocs.add(event.kilde.dokument);
  const ownDocs = documents.filter((d) => d.data.parter.includes(slug) || linkedDocs.has(d.id));
  const items: FeedItem[] = [
    ...ownNews.map((n) => ({
      title: n.data.tittel,
      description: n.data.ingress,
      date: n.data.publisert,
      link: `/nyheter/${n.id}/`,
      guid: `/nyheter/${n.id}/`,
      category: 'Nyhet' as const,
    })),
    ...ownDocs.map((d) => ({
      title: `${d.data.tittel} (versjon ${d.data.versjon})`,
      description: d.data.sammendrag,
      date: d.data.publisert,
      link: `/dokumenter/${d.id}/`,
      guid: `/dokumenter/${d.id}/`,
      category: 'Dokument' as const,
    })),
    ...eventsInOrder(municipality).map((event, index) => {
      const status = statusNames.get(event.status) ?? event.status;
      const phase = event.fase ? phaseNames.get(event.fase) : undefined;
      return {
        title: `${municipality.navn}: ${status}${phase ? ` (${phase})` : ''}`,
        description: [
          `Ny status fra ${formatPeriod(event.dato)}: ${status}.`,
          event.planlagt ? `Planlagt: ${formatPeriod(event.planlagt)}.` : undefined,
          event.merknad,
        ]
          .filter(Boolean)
          .join(' '),
        date: effectiveDate(event.dato),
        // The fragment gives each event its own link (and so its own RSS guid).
        link: `/kommuner/${slug}/#hendelse-${index + 1}`,
        guid: `/kommuner/${slug}/#hendelse-${index + 1}`,
        category: 'Statusendring' as const,
      };
    }),
    ...more,
  ];
  return items.sort((a, b) => b.date.localeCompare(a.date));
}
