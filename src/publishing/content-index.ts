import { existsSync } from 'node:fs';
import path from 'node:path';
import { readContent, isRecord, type ContentItem } from '../content-model/read/read-content.ts';
import type { SourceDates } from '../validation/go-live.ts';

/** A municipality as the event tools need it. */
export interface MunicipalityEntry {
  /** File name without extension, the slug used in references. */
  slug: string;
  /** Path relative to the content folder, e.g. `kommuner/roros.yaml`. */
  file: string;
  navn?: string;
  /** Every kommunenummer it has had, current first. */
  numbers: string[];
}

/** An organisation as the event tools need it. */
export interface OrganisationEntry {
  /** File name without extension, the id used in references. */
  slug: string;
  /** Path relative to the content folder, e.g. `organisasjoner/st-olavs-hospital-hf.yaml`. */
  file: string;
  navn?: string;
  /** Its `type` (helseforetak, sykehus, …), when readable. */
  type?: string;
}

/** Whether a news item or document a source points at is on the site. */
export interface Publication {
  /** Marked `utkast: true`. */
  utkast: boolean;
  /** Its `publisert` date, when it has a readable one. */
  publisert?: string;
}

/** The names that events may refer to, read from a content folder. */
export interface ContentIndex {
  root: string;
  /** The date the site is built for; sources published after it cannot be linked yet. */
  buildDate: string;
  municipalities: MunicipalityEntry[];
  /** Status ids in the settings' vocabulary, with their labels and types. */
  statuses: { id: string; navn: string; type: string }[];
  phases: { id: string; navn: string; nummer?: number }[];
  /** Organisations (the company, health trusts, hospitals, …). */
  organisations: OrganisationEntry[];
  /** News items by slug. */
  news: Map<string, Publication>;
  /** Documents by slug (folder name). */
  documents: Map<string, Publication>;
  /** Ids of the registered external sources (`kilder/`). */
  sources: Set<string>;
  /** The address of each registered external source, mapped to its id, to find one registered twice. */
  sourceUrls: Map<string, string>;
  /** The own date of each registered source, document and news item, as the check reads it for an event's source. */
  sourceDates: SourceDates;
  /** The category (`kategori`) of each answer that has one, in file order. */
  answerCategories: string[];
}

/** Thrown when the content folder lacks what the event tools rely on. */
export class ContentIndexError extends Error {}

/**
 * The parts of the content folder that new items and status events refer
 * to, read with the site's one content reader: municipalities (by slug, name
 * and numbers), organisations (by id, name and type), the status vocabulary,
 * the waves, the registered sources (with their addresses), and the slugs of
 * news items and documents with whether they are published. It reads leniently:
 * full validation is `npm run check`'s job.
 */
export function readContentIndex(root: string, buildDate: string): ContentIndex {
  if (!existsSync(path.join(root, 'innstillinger.json'))) {
    throw new ContentIndexError(`Fant ikke ${path.join(root, 'innstillinger.json')}. Sjekk at du står i prosjektmappen, eller sett CONTENT_DIR.`);
  }
  const { content } = readContent(root);
  const settings = content.settings?.data;
  if (!isRecord(settings)) {
    throw new ContentIndexError('innstillinger.json kan ikke leses. Kjør npm run check for detaljer.');
  }
  const statuser = Array.isArray(settings['statuser']) ? settings['statuser'] : [];
  const field = (item: ContentItem, name: string) => (isRecord(item.data) && typeof item.data[name] === 'string' ? (item.data[name] as string) : undefined);
  const publication = (item: ContentItem): Publication => {
    const publisert = field(item, 'publisert');
    return { utkast: isRecord(item.data) && (item.data['utkast'] === true || item.data['utkast'] === 'true'), ...(publisert ? { publisert } : {}) };
  };
  return {
    root,
    buildDate,
    municipalities: content.items.kommuner.map((item) => {
      const earlier = isRecord(item.data) && Array.isArray(item.data['tidligereNummer']) ? item.data['tidligereNummer'] : [];
      const navn = field(item, 'navn');
      return {
        slug: item.id,
        file: item.file,
        ...(navn ? { navn } : {}),
        numbers: [field(item, 'nummer'), ...earlier.map((e) => (isRecord(e) && typeof e['nummer'] === 'string' ? e['nummer'] : undefined))].filter(
          (n): n is string => n !== undefined,
        ),
      };
    }),
    statuses: statuser.filter((s) => isRecord(s) && typeof s['id'] === 'string').map((s) => {
      const status = s as Record<string, unknown>;
      return { id: String(status['id']), navn: String(status['navn'] ?? status['id']), type: String(status['type'] ?? '') };
    }),
    phases: content.items.faser.map((item) => {
      const nummer = isRecord(item.data) ? Number(item.data['nummer']) : Number.NaN;
      return { id: item.id, navn: field(item, 'navn') ?? item.id, ...(Number.isInteger(nummer) ? { nummer } : {}) };
    }),
    organisations: content.items.organisasjoner.map((item) => {
      const navn = field(item, 'navn');
      const type = field(item, 'type');
      return { slug: item.id, file: item.file, ...(navn ? { navn } : {}), ...(type ? { type } : {}) };
    }),
    news: new Map(content.items.nyheter.map((item) => [item.id, publication(item)])),
    documents: new Map(content.items.dokumenter.map((item) => [item.id, publication(item)])),
    sources: new Set(content.items.kilder.map((item) => item.id)),
    sourceUrls: new Map(content.items.kilder.flatMap((item) => {
      const url = field(item, 'url');
      return url ? [[url.trim(), item.id] as const] : [];
    })),
    sourceDates: {
      ekstern: new Map(content.items.kilder.map((item) => [item.id, isRecord(item.data) ? item.data['dato'] : undefined])),
      dokument: new Map(content.items.dokumenter.map((item) => [item.id, isRecord(item.data) ? item.data['dato'] : undefined])),
      nyhet: new Map(content.items.nyheter.map((item) => [item.id, isRecord(item.data) ? item.data['publisert'] : undefined])),
    },
    answerCategories: content.items.sporsmal.flatMap((item) => field(item, 'kategori')?.trim() || []),
  };
}

/** Lower-cased, trimmed, inner spaces collapsed: how names are compared. */
export function normaliseName(value: string): string {
  return value.trim().toLocaleLowerCase('nb').replace(/\s+/g, ' ');
}

/**
 * Finds an organisation by id (its file name) or name, any case:
 * `st-olavs-hospital-hf` or «St. Olavs hospital HF».
 */
export function findOrganisation(index: ContentIndex, reference: string): OrganisationEntry | undefined {
  const wanted = normaliseName(reference);
  return (
    index.organisations.find((o) => o.slug === wanted) ??
    index.organisations.find((o) => o.navn !== undefined && normaliseName(o.navn) === wanted)
  );
}

/**
 * Finds a municipality by slug, name (any case; «Røros» or «Røros kommune»)
 * or four-digit number (a leading zero lost in a spreadsheet is tolerated).
 */
export function findMunicipality(index: ContentIndex, reference: string): MunicipalityEntry | undefined {
  const wanted = normaliseName(reference);
  if (/^\d{3,4}$/.test(wanted)) return index.municipalities.find((m) => m.numbers.includes(wanted.padStart(4, '0')));
  const withoutSuffix = wanted.replace(/ kommune$/, '');
  return (
    index.municipalities.find((m) => m.slug === wanted) ??
    index.municipalities.find((m) => m.navn !== undefined && [wanted, withoutSuffix].includes(normaliseName(m.navn)))
  );
}
