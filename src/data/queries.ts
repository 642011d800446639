/**
 * Every content query the pages make, written once. Pages never call
 * getCollection themselves, so the publication rules (no drafts, nothing
 * dated after the build date) cannot be forgotten on one page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildDate } from '../build-date.ts';
import { isPublished } from '../domain/publication.ts';
import { collator } from '../domain/format.ts';
import { topicSlug } from '../domain/slug.ts';
import { buildDatasets, lastChanged, type OpenDataInput } from '../open-data/datasets.ts';
import type { FinderEntry } from '../search/municipality-finder.ts';

export type NewsEntry = CollectionEntry<'nyheter'>;
export type DocumentEntry = CollectionEntry<'dokumenter'>;
export type FaqEntry = CollectionEntry<'sporsmal'>;
export type MunicipalityEntry = CollectionEntry<'kommuner'>;
export type Settings = CollectionEntry<'innstillinger'>['data'];
export type Phase = CollectionEntry<'faser'>['data'];
export type Organisation = CollectionEntry<'organisasjoner'>['data'];

const today = buildDate();
const newestFirst = (a: { data: { publisert: string } }, b: { data: { publisert: string } }) =>
  b.data.publisert.localeCompare(a.data.publisert);

let cache: Promise<Site> | undefined;

interface Site {
  settings: Settings;
  news: NewsEntry[];
  documents: DocumentEntry[];
  answers: FaqEntry[];
  municipalities: MunicipalityEntry[];
  organisations: Organisation[];
  phases: Phase[];
}

async function load(): Promise<Site> {
  const [settings, news, documents, answers, municipalities, organisations, phases] = await Promise.all([
    getCollection('innstillinger'),
    getCollection('nyheter', (entry) => isPublished(entry.data, today)),
    getCollection('dokumenter', (entry) => isPublished(entry.data, today)),
    getCollection('sporsmal', (entry) => isPublished(entry.data, today)),
    getCollection('kommuner'),
    getCollection('organisasjoner'),
    getCollection('faser'),
  ]);
  return {
    settings: settings[0]!.data,
    news: news.sort(newestFirst),
    documents: documents.sort(newestFirst),
    answers: answers.sort(
      (a, b) => a.data.rekkefolge - b.data.rekkefolge || collator.compare(a.data.sporsmal, b.data.sporsmal),
    ),
    // Events dated after the build date are not published yet.
    municipalities: municipalities
      .map((m) => ({ ...m, data: { ...m.data, hendelser: m.data.hendelser.filter((e) => e.dato <= today) } }))
      .sort((a, b) => collator.compare(a.data.navn, b.data.navn)),
    organisations: organisations.map((o) => o.data),
    phases: phases.map((p) => p.data).sort((a, b) => a.nummer - b.nummer),
  };
}

/** Everything published on the build date, loaded once per build. */
export function site(): Promise<Site> {
  cache ??= load();
  return cache;
}

/** The build date (YYYY-MM-DD): the "today" of every status and publication rule. */
export const siteDate = today;

export async function getSettings(): Promise<Settings> {
  return (await site()).settings;
}

/** A news topic with its published items, newest first. */
export interface Topic {
  slug: string;
  name: string;
  items: NewsEntry[];
}

/** Every topic used by a published news item, sorted by name. */
export async function getTopics(): Promise<Topic[]> {
  const topics = new Map<string, Topic>();
  for (const item of (await site()).news) {
    for (const name of item.data.emner) {
      const slug = topicSlug(name);
      const topic = topics.get(slug) ?? { slug, name, items: [] };
      topic.items.push(item);
      topics.set(slug, topic);
    }
  }
  return [...topics.values()].sort((a, b) => collator.compare(a.name, b.name));
}

/** Display names by slug, built once per build. */
export interface Names {
  municipality: ReadonlyMap<string, string>;
  organisation: ReadonlyMap<string, string>;
  document: ReadonlyMap<string, string>;
}

let names: Promise<Names> | undefined;

/**
 * Display names of municipalities, organisations and documents by slug, for
 * linking references. Built once: every news page asks, and rebuilding the
 * maps per page cost seconds on a large site.
 */
export function getNames(): Promise<Names> {
  names ??= site().then(({ municipalities, organisations, documents }) => ({
    municipality: new Map(municipalities.map((m) => [m.id, m.data.navn])),
    organisation: new Map(organisations.map((o) => [o.id, o.navn])),
    document: new Map(documents.map((d) => [d.id, d.data.tittel])),
  }));
  return names;
}

let finder: Promise<FinderEntry[]> | undefined;

/**
 * Every municipality with a page, as «Finn kommunen din» and the search
 * index need it: slug, name, other official names, number and county.
 */
export function getFinderEntries(): Promise<FinderEntry[]> {
  finder ??= site().then(({ municipalities }) =>
    municipalities.map((m) => ({
      slug: m.id,
      name: m.data.navn,
      // Official names in other languages (Sámi, Kven) go here once the model has them.
      otherNames: [],
      number: m.data.nummer,
      county: m.data.fylke,
    })),
  );
  return finder;
}

/** Published answers grouped by category; categories in alphabetical order, answers by `rekkefolge`. */
export async function getAnswersByCategory(): Promise<{ name: string; answers: FaqEntry[] }[]> {
  const groups = new Map<string, FaqEntry[]>();
  for (const answer of (await site()).answers) {
    groups.set(answer.data.kategori, [...(groups.get(answer.data.kategori) ?? []), answer]);
  }
  return [...groups.entries()]
    .map(([name, answers]) => ({ name, answers }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** What a municipality's page links to: published news and documents that concern it. */
export interface MunicipalityRelations {
  /** News items listing the municipality in `kommuner`, newest first. */
  news: NewsEntry[];
  /**
   * Documents whose `parter` name the municipality (by slug, or by an
   * organisation that is the municipality), plus documents cited by its
   * events or listed by its news items; newest first.
   */
  documents: DocumentEntry[];
}

/** Published news and documents about one municipality, by its slug. */
export async function getMunicipalityRelations(slug: string): Promise<MunicipalityRelations> {
  const { news, documents, organisations, municipalities } = await site();
  const parties = new Set([slug, ...organisations.filter((o) => o.kommune === slug).map((o) => o.id)]);
  const related = news.filter((item) => item.data.kommuner.includes(slug));
  const events = municipalities.find((m) => m.id === slug)?.data.hendelser ?? [];
  const cited = new Set([
    ...events.flatMap((event) => (event.kilde.dokument ? [event.kilde.dokument] : [])),
    ...related.flatMap((item) => item.data.dokumenter),
  ]);
  return {
    news: related,
    documents: documents.filter((d) => cited.has(d.id) || d.data.parter.some((party) => parties.has(party))),
  };
}

/** A document's neighbours, for its page. */
export interface DocumentRelations {
  /** The published version this one replaces (its `erstatter`), if any. */
  supersedes?: DocumentEntry | undefined;
  /** The published version that replaces this one, if any (the newest when several name it). */
  supersededBy?: DocumentEntry | undefined;
  /** Published news items listing the document in `dokumenter`, newest first. */
  news: NewsEntry[];
}

interface DocumentIndex {
  byId: Map<string, DocumentEntry>;
  replacedBy: Map<string, DocumentEntry>;
  news: Map<string, NewsEntry[]>;
}

let documentIndex: Promise<DocumentIndex> | undefined;

// Built once per build: searching every document and news item from each
// document page grew with the square of the site (28 s of CPU at 2,000
// documents and 10,000 news items).
function getDocumentIndex(): Promise<DocumentIndex> {
  documentIndex ??= site().then(({ documents, news }) => {
    const index: DocumentIndex = { byId: new Map(), replacedBy: new Map(), news: new Map() };
    for (const d of documents) {
      index.byId.set(d.id, d);
      // `documents` is newest first, so the first match is the latest replacement.
      if (d.data.erstatter && !index.replacedBy.has(d.data.erstatter)) index.replacedBy.set(d.data.erstatter, d);
    }
    for (const item of news) {
      for (const slug of new Set(item.data.dokumenter)) {
        const list = index.news.get(slug) ?? [];
        list.push(item);
        index.news.set(slug, list);
      }
    }
    return index;
  });
  return documentIndex;
}

/** The versions around a published document and the news about it, by its slug. */
export async function getDocumentRelations(id: string): Promise<DocumentRelations> {
  const { byId, replacedBy, news } = await getDocumentIndex();
  const replaced = byId.get(id)?.data.erstatter;
  return {
    supersedes: replaced === undefined ? undefined : byId.get(replaced),
    supersededBy: replacedBy.get(id),
    news: news.get(id) ?? [],
  };
}

let openData: ReturnType<typeof loadOpenData> | undefined;

/**
 * The open datasets built from published content, with the date the data
 * last changed. Built once: each of the /data/ files asks for all of them.
 */
export function getOpenData() {
  openData ??= loadOpenData();
  return openData;
}

async function loadOpenData() {
  const { settings, municipalities, phases, organisations, documents, news } = await site();
  const input: OpenDataInput = {
    settings,
    municipalities,
    phases,
    organisations,
    documents,
    newsTitles: new Map(news.map((n) => [n.id, n.data.tittel])),
    date: today,
    siteUrl: settings.nettadresse,
  };
  return { datasets: buildDatasets(input), lastChanged: lastChanged(input), settings };
}
