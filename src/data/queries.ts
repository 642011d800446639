/**
 * Every content query the pages make, written once. Pages never call
 * getCollection themselves, so the publication rules (no drafts, nothing
 * dated after the build date) cannot be forgotten on one page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildDate } from '../build-date.ts';
import { isPublished } from '../domain/publication.ts';
import { collator } from '../domain/format.ts';

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
