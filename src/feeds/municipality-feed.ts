/**
 * What a municipality's feed carries: its news, its documents and its status
 * changes, newest first, so a local newsroom can follow one municipality.
 */
import type { DocumentData } from '../schemas/document.ts';
import type { Municipality } from '../schemas/municipality.ts';
import type { News } from '../schemas/news.ts';
import { eventCountsFrom, eventsInOrder, type MunicipalityHistory } from '../domain/municipality-status.ts';
import type { I18n } from '../i18n/languages.ts';

export interface FeedItem {
  title: string;
  description: string;
  /** ISO date `YYYY-MM-DD`: the day a status event counts from (`eventCountsFrom`; an event known by its month: usually the month's last day). */
  date: string;
  /** Site-relative link. */
  link: string;
  /** Unique, stable id (site-relative URL plus a fragment for events). */
  guid: string;
  /** The kind of item in the feed's language (strings `feed.category.*`), e.g. «Nyhet». */
  category: string;
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
  /** The feed's language. */
  i18n: Pick<I18n, 't' | 'formatPeriod'>;
}

/** Feed items for one municipality (published content only is passed in), newest first. */
export function municipalityFeedItems({ slug, municipality, news, documents, statusNames, phaseNames, more = [], i18n }: Input): FeedItem[] {
  const { t, formatPeriod } = i18n;
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
      category: t('feed.category.news'),
    })),
    ...ownDocs.map((d) => ({
      title: t('feed.documentVersion', { title: d.data.tittel, version: d.data.versjon }),
      description: d.data.sammendrag,
      date: d.data.publisert,
      link: `/dokumenter/${d.id}/`,
      guid: `/dokumenter/${d.id}/`,
      category: t('feed.category.document'),
    })),
    ...eventsInOrder(municipality).map((event, index) => {
      const status = statusNames.get(event.status) ?? event.status;
      const phase = event.fase ? phaseNames.get(event.fase) : undefined;
      return {
        title: `${municipality.navn}: ${status}${phase ? ` (${phase})` : ''}`,
        description: [
          t('changes.log.newStatus', { date: formatPeriod(event.dato), status }),
          event.planlagt ? t('changes.log.planned', { date: formatPeriod(event.planlagt) }) : undefined,
          event.merknad,
        ]
          .filter(Boolean)
          .join(' '),
        date: eventCountsFrom(event),
        // The fragment gives each event its own link (and so its own RSS guid).
        link: `/kommuner/${slug}/#hendelse-${index + 1}`,
        guid: `/kommuner/${slug}/#hendelse-${index + 1}`,
        category: t('feed.category.status'),
      };
    }),
    ...more,
  ];
  return items.sort((a, b) => b.date.localeCompare(a.date));
}
