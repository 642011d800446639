/**
 * Every content query the pages make, written once. Pages never call
 * getCollection themselves, so the publication rules (no drafts, nothing
 * dated after the build date) cannot be forgotten on one page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { site as build } from 'virtual:helseplattformen/site';
import { organisationHistory } from '../domain/organisation-status.ts';
import { effectiveDate } from '../domain/period.ts';
import { eventCountsFrom } from '../domain/municipality-status.ts';
import type { StatusEvent } from '../schemas/event.ts';
import { isPublished } from '../domain/publication.ts';
import { answeringAddresses, emptyRecord, liveAddresses } from '../domain/permanent-links.ts';
import type { AddressRecord } from '../schemas/addresses.ts';
import { collator } from '../domain/format.ts';
import { topicSlug } from '../domain/slug.ts';
import { meetingBody, meetingYear, shownStatus, UNCONFIRMED, type Body } from '../domain/meetings.ts';
import { facets, type Facet } from '../domain/facets.ts';
import { changeLog, type Change } from '../changes/change-log.ts';
import { meetingStatuses } from '../schemas/meeting.ts';
import { documentStatuses, documentTypes } from '../schemas/document.ts';
import { partyLookup } from '../documents/parties.ts';
import { listYearOf } from '../documents/document-filter.ts';
import { mainI18n } from '../i18n/index.ts';
import type { I18n } from '../i18n/languages.ts';
import { buildDatasets, lastChanged, type OpenDataInput } from '../open-data/datasets.ts';
import type { SourceContext } from '../components/sources/source-link.ts';
import type { FinderEntry } from '../search/municipality-finder.ts';
import { answerAddress, answerCategories, permanentAnswerAddress } from '../domain/answers.ts';

export type NewsEntry = CollectionEntry<'nyheter'>;
export type DocumentEntry = CollectionEntry<'dokumenter'>;
export type FaqEntry = CollectionEntry<'sporsmal'>;
export type MunicipalityEntry = CollectionEntry<'kommuner'>;
export type MeetingEntry = CollectionEntry<'moter'>;
export type Settings = CollectionEntry<'innstillinger'>['data'];
/** A rollout wave with its id (the file name). */
export type Phase = CollectionEntry<'faser'>['data'] & { id: string };
/** An organisation with its id (the file name). */
export type Organisation = CollectionEntry<'organisasjoner'>['data'] & { id: string };
/** A registered external source with its id (the file name). */
export type ExternalSource = CollectionEntry<'kilder'>['data'] & { id: string };
/** A sourced total with its id (the file name). */
export type Statement = CollectionEntry<'tall'>['data'] & { id: string };

const today = build.buildDate;
/** Only what has happened by the build date: later events are not published yet. */
const upToToday = <E extends { dato: string }>(events: readonly E[]) => events.filter((e) => effectiveDate(e.dato) <= today);
/** Only the status events that count by the build date (the same day as in every status history: `eventCountsFrom`). */
const eventsUpToToday = <E extends StatusEvent>(events: readonly E[]) => events.filter((e) => eventCountsFrom(e) <= today);
/** Newest publication first; items published the same day, newest event first (the date they report). */
const newestFirst = (a: { data: { publisert: string; hendelsesdato?: string | undefined } }, b: { data: { publisert: string; hendelsesdato?: string | undefined } }) =>
  b.data.publisert.localeCompare(a.data.publisert) || (b.data.hendelsesdato ?? '').localeCompare(a.data.hendelsesdato ?? '');

let cache: Promise<Site> | undefined;

interface Site {
  settings: Settings;
  news: NewsEntry[];
  documents: DocumentEntry[];
  answers: FaqEntry[];
  municipalities: MunicipalityEntry[];
  organisations: Organisation[];
  phases: Phase[];
  /** Registered external sources by id. */
  sources: Map<string, ExternalSource>;
  /** Sourced totals made by the build date. */
  statements: Statement[];
  /** Published meetings, in no particular order (see groupMeetings()). */
  meetings: MeetingEntry[];
  /** The record of moved and removed addresses (`content/adresser.yaml`). */
  addresses: AddressRecord;
}

async function load(): Promise<Site> {
  const [settings, news, documents, answers, municipalities, organisations, phases, sources, statements, meetings, addresses] = await Promise.all([
    getCollection('innstillinger'),
    getCollection('nyheter', (entry) => isPublished(entry.data, today)),
    getCollection('dokumenter', (entry) => isPublished(entry.data, today)),
    getCollection('sporsmal', (entry) => isPublished(entry.data, today)),
    getCollection('kommuner'),
    getCollection('organisasjoner'),
    getCollection('faser'),
    getCollection('kilder'),
    getCollection('tall'),
    getCollection('moter', (entry) => isPublished(entry.data, today)),
    getCollection('adresser'),
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
      .map((m) => ({ ...m, data: { ...m.data, hendelser: eventsUpToToday(m.data.hendelser) } }))
      .sort((a, b) => collator.compare(a.data.navn, b.data.navn)),
    organisations: organisations
      .map((o) => ({ id: o.id, ...o.data, hendelser: eventsUpToToday(o.data.hendelser) }))
      .sort((a, b) => collator.compare(a.navn, b.navn)),
    phases: phases
      .map((p) => ({
        id: p.id,
        ...p.data,
        planer: upToToday(p.data.planer),
        gjennomfort: p.data.gjennomfort && effectiveDate(p.data.gjennomfort.dato) <= today ? p.data.gjennomfort : undefined,
      }))
      .sort((a, b) => a.nummer - b.nummer),
    sources: new Map(sources.map((s) => [s.id, { id: s.id, ...s.data }])),
    statements: upToToday(statements.map((s) => ({ id: s.id, ...s.data }))),
    meetings: meetings.sort((a, b) => a.id.localeCompare(b.id)),
    addresses: addresses[0]?.data ?? emptyRecord,
  };
}

/** Everything published on the build date, loaded once per build. */
export function site(): Promise<Site> {
  cache ??= load();
  return cache;
}

/** The build date (YYYY-MM-DD): the "today" of every status and publication rule. */
export const siteDate = today;

/** The content folder the site is built from (for attachments read at build time). */
export const contentDir = build.contentDir;

/** The record of moved and removed addresses (empty when `content/adresser.yaml` is absent). */
export async function getAddressRecord(): Promise<AddressRecord> {
  return (await site()).addresses;
}

/**
 * Every address this build answers: each published item's page (or
 * answer's anchor) and each address in the record. Written to
 * `/adresser.json` for the next check (src/validation/addresses.ts).
 */
export async function getAnsweringAddresses(): Promise<string[]> {
  const s = await site();
  const items = [
    ...s.municipalities.map((e) => ({ kind: 'kommuner' as const, id: e.id, data: e.data })),
    ...s.news.map((e) => ({ kind: 'nyheter' as const, id: e.id, data: e.data })),
    ...s.documents.map((e) => ({ kind: 'dokumenter' as const, id: e.id, data: e.data })),
    ...s.answers.map((e) => ({ kind: 'sporsmal' as const, id: e.id, data: e.data })),
    ...s.meetings.map((e) => ({ kind: 'moter' as const, id: e.id, data: e.data })),
  ];
  return answeringAddresses(liveAddresses(items, today), s.addresses);
}

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
      // Official names in other languages (Sámi, Kven) and earlier numbers find it too.
      otherNames: m.data.andreNavn.map((n) => n.navn),
      number: m.data.nummer,
      county: m.data.fylke,
      formerNumbers: m.data.tidligereNummer.map((f) => ({ number: f.nummer, until: f.til })),
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
  const { settings, municipalities, phases, organisations, documents, news, sources, statements } = await site();
  const [meetings, changes] = await Promise.all([getMeetings(), getChangeLog()]);
  const input: OpenDataInput = {
    meetings: meetings.all.map((m) => ({ id: m.entry.id, data: m.entry.data, title: m.title, bodyName: m.bodyName, bodyKey: m.body.key })),
    changes,
    settings,
    municipalities,
    phases,
    organisations,
    documents,
    sources,
    statements,
    newsTitles: new Map(news.map((n) => [n.id, n.data.tittel])),
    date: today,
    siteUrl: settings.nettadresse,
  };
  return { datasets: buildDatasets(input), lastChanged: lastChanged(input), settings };
}

let sourceContext: Promise<SourceContext> | undefined;

/** What sources resolve against (published titles and the register of external sources), built once per build. */
export function getSourceContext(): Promise<SourceContext> {
  sourceContext ??= site().then(({ settings, news, documents, sources }) => ({
    news: new Map(news.map((n) => [n.id, { title: n.data.tittel, date: n.data.publisert, lang: n.data.sprak }])),
    documents: new Map(documents.map((d) => [d.id, { title: d.data.tittel, date: d.data.publisert, publisher: d.data.utgiver, lang: d.data.sprak }])),
    external: sources,
    siteName: settings.navn,
  }));
  return sourceContext;
}

/** A health trust or hospital with the history that decides its status. */
export interface OrganisationStatus {
  organisation: Organisation;
  /** Its own events, or its health trust's when it has none. */
  history: { hendelser: readonly Organisation['hendelser'][number][] };
  /** The health trust a hospital belongs to. */
  parent: Organisation | undefined;
  /** The trust whose history this is, when not its own. */
  inheritedFrom: Organisation | undefined;
}

let organisationStatuses: Promise<OrganisationStatus[]> | undefined;

/**
 * Every health trust and hospital with a status history (its own or its
 * trust's), each trust followed by its hospitals, built once per build.
 */
export function getOrganisationStatuses(): Promise<OrganisationStatus[]> {
  organisationStatuses ??= site().then(({ organisations }) => {
    const byId = new Map(organisations.map((o) => [o.id, o]));
    const withHistory = organisations.flatMap((organisation): OrganisationStatus[] => {
      const history = organisationHistory(organisation, byId);
      if (!history) return [];
      return [{
        organisation,
        history: { hendelser: history.hendelser },
        parent: organisation.tilhorer === undefined ? undefined : byId.get(organisation.tilhorer),
        inheritedFrom: history.inheritedFrom === undefined ? undefined : byId.get(history.inheritedFrom),
      }];
    });
    const trusts = withHistory.filter((o) => o.organisation.type === 'helseforetak');
    const ordered = trusts.flatMap((trust) => [trust, ...withHistory.filter((o) => o.organisation.tilhorer === trust.organisation.id && o !== trust)]);
    return [...ordered, ...withHistory.filter((o) => !ordered.includes(o))];
  });
  return organisationStatuses;
}

/** A meeting with what its pages need: its body and its title. */
export interface MeetingView {
  entry: MeetingEntry;
  body: Body;
  /** «Styremøte i Helseplattformen AS 29. juni 2023» or the meeting's own title. */
  title: string;
  /** «Styret i Helseplattformen AS». */
  bodyName: string;
}

/** A decision on an agenda item that names a party, with where it was made. */
export interface PartyDecision {
  meeting: MeetingView;
  /** Index of the agenda item in the meeting's `saker`. */
  item: number;
  /** What was decided for the party. */
  decision: string;
}

interface MeetingIndex {
  all: MeetingView[];
  byId: Map<string, MeetingView>;
  /** Meetings that dealt with a document (in an agenda item or as its minutes), by document slug. */
  byDocument: Map<string, MeetingView[]>;
  /** Meetings of a municipality's own bodies, by municipality slug. */
  byMunicipality: Map<string, MeetingView[]>;
  /** Decisions that name a party, by the party's id. */
  decisionsFor: Map<string, PartyDecision[]>;
  /** Every body that has met, by key, with its meetings. */
  bodies: Map<string, { body: Body; name: string; meetings: MeetingView[] }>;
}

/**
 * A cache of one value per language: what holds interface text (titles,
 * labels) is made once per language and build. Without a language, the
 * main language (for `getStaticPaths`, which has no page yet: use only the
 * ids from it, and the page's own language for text).
 */
function perLanguage<T>(make: (i18n: I18n) => Promise<T>): (i18n?: I18n) => Promise<T> {
  const made = new Map<string, Promise<T>>();
  return (i18n = mainI18n()) => {
    let value = made.get(i18n.lang);
    if (!value) made.set(i18n.lang, (value = make(i18n)));
    return value;
  };
}

/** Every published meeting with its body and title (in the page's language), and the indexes document and municipality pages need; built once per build and language. */
export const getMeetings = perLanguage((i18n): Promise<MeetingIndex> => {
  const { t } = i18n;
  return Promise.all([site(), getNames()]).then(([{ meetings }, names]) => {
    const index: MeetingIndex = { all: [], byId: new Map(), byDocument: new Map(), byMunicipality: new Map(), decisionsFor: new Map(), bodies: new Map() };
    const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => map.set(key, [...(map.get(key) ?? []), value]);
    for (const entry of meetings) {
      const body = meetingBody(entry.data, names);
      const bodyName = t(`meeting.body.${body.body}`, { name: body.ownerName });
      const kind = t(entry.data.ekstraordinart ? `meeting.kind.extraordinary.${body.body}` : `meeting.kind.${body.body}`, { name: body.ownerName });
      const title = entry.data.tittel ?? `${kind} ${i18n.formatPeriod(entry.data.dato)}`;
      const view: MeetingView = { entry, body, title, bodyName };
      index.all.push(view);
      index.byId.set(entry.id, view);
      const documents = new Set([...entry.data.saker.flatMap((s) => s.dokumenter), ...(entry.data.protokoll ? [entry.data.protokoll] : [])]);
      for (const slug of documents) push(index.byDocument, slug, view);
      if (body.municipality) push(index.byMunicipality, body.municipality, view);
      entry.data.saker.forEach((sak, item) => {
        for (const party of sak.vedtak?.gjelder ?? []) push(index.decisionsFor, party.part, { meeting: view, item, decision: party.vedtak });
      });
      const group = index.bodies.get(body.key) ?? { body, name: bodyName, meetings: [] };
      group.meetings.push(view);
      index.bodies.set(body.key, group);
    }
    return index;
  });
});

/** The order of the meetings' status facet: a passed, unconfirmed plan right after the plans. */
const statusOrder: string[] = ['planlagt', UNCONFIRMED, ...Object.keys(meetingStatuses).filter((s) => s !== 'planlagt')];

/** The meetings list's facets (body, status as shown on the build date (shownStatus), year), each value with its meetings and page; built once per build and language. */
export const getMeetingFacets = perLanguage((i18n): Promise<Facet<MeetingView>[]> => {
  const { t, collator } = i18n;
  return getMeetings(i18n).then(({ all, bodies }) =>
    facets(
      all,
      [
        {
          id: 'organ',
          label: t('meetings.facet.body'),
          valuesOf: (m) => [m.body.key],
          labelOf: (key) => bodies.get(key)?.name ?? key,
          order: (a, b) => collator.compare(bodies.get(a)?.name ?? a, bodies.get(b)?.name ?? b),
        },
        {
          id: 'status',
          label: t('meetings.facet.status'),
          // A planned date that passed unconfirmed is a value of its own, never «Planlagt».
          valuesOf: (m) => [shownStatus(m.entry.data, today)],
          labelOf: (status) => (status in meetingStatuses || status === UNCONFIRMED ? t(`meeting.statuses.${status}`) : status),
          order: (a, b) => statusOrder.indexOf(a) - statusOrder.indexOf(b),
        },
        {
          id: 'ar',
          label: t('meetings.facet.year'),
          valuesOf: (m) => [meetingYear(m.entry.data)],
          labelOf: (year) => year,
          order: (a, b) => b.localeCompare(a),
        },
      ],
      '/moter/',
    ),
  );
});

/** What changed on the site, newest first, derived from the published content, in the page's language; built once per build and language. */
export const getChangeLog = perLanguage((i18n): Promise<Change[]> =>
  Promise.all([site(), getMeetings(i18n), getAnswersByCategory()]).then(([{ settings, news, documents, answers, municipalities, organisations, phases }, meetings, categories]) => {
    const answerLinks = new Map(answerCategories(categories).flatMap((c) => c.answers.map((a) => [a.id, answerAddress(a.id, c.slug)] as const)));
    const municipalitySlugs = new Set(municipalities.map((m) => m.id));
    const organisationMunicipality = new Map(organisations.flatMap((o) => (o.kommune ? [[o.id, o.kommune] as const] : [])));
    return changeLog({
      today,
      news,
      documents,
      answers,
      answerLink: (id) => answerLinks.get(id) ?? permanentAnswerAddress(id),
      municipalities: municipalities.map((m) => ({ id: m.id, navn: m.data.navn, hendelser: m.data.hendelser })),
      organisations: organisations.filter((o) => o.hendelser.length > 0),
      phases,
      meetings: meetings.all.map((m) => ({ id: m.entry.id, data: m.entry.data, title: m.title, bodyName: m.bodyName, municipality: m.body.municipality })),
      statusNames: new Map(settings.statuser.map((s) => [s.id, s.navn])),
      municipalityOf: (party) => (municipalitySlugs.has(party) ? party : organisationMunicipality.get(party)),
    }, i18n);
  }),
);

/** The change log's selections: municipalities with changes (in name order) and years with changes (newest first); built once per build and language. */
export const getChangeFilters = perLanguage(async (i18n): Promise<{ municipalities: { slug: string; name: string }[]; years: string[] }> => {
  const [all, names] = await Promise.all([getChangeLog(i18n), getNames()]);
  const slugs = new Set(all.flatMap((c) => c.municipalities));
  return {
    municipalities: [...slugs]
      .filter((slug) => names.municipality.has(slug))
      .map((slug) => ({ slug, name: names.municipality.get(slug)! }))
      .sort((a, b) => collator.compare(a.name, b.name)),
    years: [...new Set(all.map((c) => c.date.slice(0, 4)))].sort().reverse(),
  };
});

/**
 * When the newest change that passes `filter` happened, as precisely as the
 * content says (a day, or a month): what a page shows as «last changed».
 */
export async function lastChangeOf(filter: (change: Change) => boolean = () => true): Promise<string | undefined> {
  // The log is newest first; its dates are the same in every language.
  return (await getChangeLog()).find(filter)?.dateText;
}

let documentChanges: Promise<Map<string, string>> | undefined;

/**
 * When document `id` last changed (its newest entry in the change log: a
 * version, a status, a change note), as `lastChangeOf` gives it for the
 * document's own addresses; `undefined` when it has none. The log is read
 * once per build for all documents, not once per document page.
 */
export async function lastDocumentChange(id: string): Promise<string | undefined> {
  documentChanges ??= getChangeLog().then((log) => {
    const newest = new Map<string, string>();
    for (const change of log) {
      const documentId = /^\/dokumenter\/([^/#?]+)\//.exec(change.link)?.[1];
      if (documentId && !newest.has(documentId)) newest.set(documentId, change.dateText);
    }
    return newest;
  });
  return (await documentChanges).get(id);
}

/** The documents list's facets (type, status, the document's year (listYearOf), party), each value with its documents and page; built once per build and language. */
export const getDocumentFacets = perLanguage((i18n): Promise<Facet<DocumentEntry>[]> => {
  const { t, collator } = i18n;
  return site().then(({ documents, organisations, municipalities }) => {
    const party = partyLookup({ organisations, municipalities });
    const order = (keys: string[]) => (a: string, b: string) => keys.indexOf(a) - keys.indexOf(b);
    return facets(
      documents,
      [
        { id: 'type', label: t('documents.facet.type'), valuesOf: (d) => [d.data.type], labelOf: (v) => (v in documentTypes ? t(`document.types.${v}`) : v), order: order(Object.keys(documentTypes)) },
        { id: 'status', label: t('documents.facet.status'), valuesOf: (d) => [d.data.status], labelOf: (v) => (v in documentStatuses ? t(`document.statuses.${v}`) : v), order: order(Object.keys(documentStatuses)) },
        { id: 'ar', label: t('documents.facet.year'), valuesOf: (d) => [listYearOf(d.data)], labelOf: (v) => v, order: (a, b) => b.localeCompare(a) },
        { id: 'part', label: t('documents.facet.party'), valuesOf: (d) => d.data.parter, labelOf: (v) => party(v).name, order: (a, b) => collator.compare(party(a).name, party(b).name) },
      ],
      '/dokumenter/',
    );
  });
});

/** Fewest rows the first page of the documents list shows: whole years, newest first, until it has this many. */
const FIRST_PAGE_ROWS = 50;

/**
 * The years the first page of the documents list shows: the newest year,
 * and earlier ones until it has at least 50 rows (a January with two
 * documents does not make a near-empty list). Every year has its own page.
 */
export async function firstPageYears(): Promise<string[]> {
  const { documents } = await site();
  const counts = new Map<string, number>();
  for (const d of documents) counts.set(listYearOf(d.data), (counts.get(listYearOf(d.data)) ?? 0) + 1);
  const years: string[] = [];
  let rows = 0;
  for (const [year, count] of [...counts].sort((a, b) => b[0].localeCompare(a[0]))) {
    if (rows >= FIRST_PAGE_ROWS) break;
    years.push(year);
    rows += count;
  }
  return years;
}
