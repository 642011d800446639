/**
 * The registry of content kinds: the one place that says, for every kind of
 * thing staff keep in `content/`, where its files live, which schema they
 * follow, how an item gets its id, when it is published, what it refers to
 * and where its page is. The reader, the check, Astro's collections, the
 * scaffolding (`npm run new`), the publisher and the developer tools all loop
 * over this list; adding a kind is one entry here plus its schema, its pages
 * and its strings.
 */
import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { addressRecordSchema } from '../schemas/addresses.ts';
import { documentSchema } from '../schemas/document.ts';
import { faqSchema } from '../schemas/faq.ts';
import { meetingSchema } from '../schemas/meeting.ts';
import { municipalitySchema } from '../schemas/municipality.ts';
import { newsSchema } from '../schemas/news.ts';
import { organisationSchema } from '../schemas/organisation.ts';
import { phaseSchema } from '../schemas/phase.ts';
import { settingsSchema } from '../schemas/settings.ts';
import { externalSourceSchema } from '../schemas/source.ts';
import { statementSchema } from '../schemas/statement.ts';

/** Every kind's id: its folder (or file) name in `content/` and its Astro collection. */
export type KindId =
  | 'innstillinger'
  | 'organisasjoner'
  | 'faser'
  | 'kilder'
  | 'tall'
  | 'kommuner'
  | 'nyheter'
  | 'dokumenter'
  | 'sporsmal'
  | 'moter'
  | 'adresser';

/** How a kind's files are laid out. */
export type Layout =
  /** One file holding one object (the settings; the record of moved addresses). `optional`: a missing file means none. */
  | { type: 'single'; file: string; format: 'json' | 'yaml'; optional?: boolean }
  /** One file per item directly in the folder; the file name without extension is the id. */
  | { type: 'files'; extensions: readonly string[]; format: 'yaml' | 'markdown'; images?: boolean }
  /** One folder per item holding `index.md` (or `.mdx`) and its attachments; the folder name is the id. */
  | { type: 'folders'; index: readonly string[]; format: 'markdown' };

/**
 * What a field refers to:
 * - another kind, by id (`kommuner: [roros]`);
 * - `kilde`: a source object (`{ ekstern | nyhet | dokument | url }`);
 * - `status`: an id in the settings' status vocabulary;
 * - `part`: a party to a document, an organisation or a municipality.
 */
export type ReferenceTarget = KindId | 'kilde' | 'status' | 'part';

/**
 * A reference field: `path` is a field path where `[]` means «every item of
 * the list», e.g. `hendelser[].kilde`. `shownFrom`, for a field inside a
 * dated entry, names the entry's date field: a source only has to be on the
 * site once the entry citing it is.
 */
export interface Reference {
  path: string;
  to: ReferenceTarget;
  shownFrom?: string;
}

/** The words staff read about a kind in messages. */
export interface Nouns {
  /** «nyhet» */
  one: string;
  /** «nyheten» */
  definite: string;
  /** «nyheter» */
  many: string;
}

/** One content kind. */
export interface KindDefinition<S extends z.ZodType = z.ZodType> {
  id: KindId;
  nouns: Nouns;
  layout: Layout;
  /** The schema the check applies. */
  schema: S;
  /**
   * The schema Astro's collection applies, when it differs: news images
   * become Astro images there (the check resolves them as paths itself).
   */
  collectionSchema?: (helpers: SchemaContext) => z.ZodType;
  /** Publication rule: the field holding the date from which an item is published, and whether `utkast` applies. */
  publication?: { dateField: string };
  /** Fields that refer to other things. */
  references: readonly Reference[];
  /** The address of an item's page, when items have pages of their own. */
  url?: (id: string) => string;
  /** How staff find a valid id for a reference to this kind. */
  referenceHint: string;
  /** Ids an item cannot have because the kind's pages use the address (`/dokumenter/ar/` lists a year). */
  reservedIds?: readonly string[];
  /**
   * True when an item's address, once published, must keep answering: when
   * it disappears, the check asks for a line in `content/adresser.yaml`
   * (src/validation/addresses.ts).
   */
  permanent?: boolean;
}

/** The schema for a news item in the check: the image is a path the check resolves itself. */
const newsCheckSchema = newsSchema(z.string({ error: 'må være en sti til en bildefil, for eksempel ./bilder/motet.jpg' }));

/** Every content kind, in the order the check reads them (settings first: other checks need its vocabulary). */
export const kinds = [
  {
    id: 'innstillinger',
    nouns: { one: 'innstillingsfil', definite: 'innstillingene', many: 'innstillinger' },
    layout: { type: 'single', file: 'innstillinger.json', format: 'json' },
    schema: settingsSchema,
    references: [],
    referenceHint: '',
  },
  {
    id: 'organisasjoner',
    nouns: { one: 'organisasjon', definite: 'organisasjonen', many: 'organisasjoner' },
    layout: { type: 'files', extensions: ['.yaml', '.yml'], format: 'yaml' },
    schema: organisationSchema,
    references: [
      { path: 'tilhorer', to: 'organisasjoner' },
      { path: 'kommune', to: 'kommuner' },
      { path: 'hendelser[].status', to: 'status' },
      { path: 'hendelser[].fase', to: 'faser' },
      { path: 'hendelser[].kilde', to: 'kilde', shownFrom: 'dato' },
    ],
    url: (id) => `/innforing/${id}/`,
    referenceHint: 'Bruk filnavnet (uten .yaml) til en av filene i organisasjoner/.',
  },
  {
    id: 'faser',
    nouns: { one: 'fase', definite: 'fasen', many: 'faser' },
    layout: { type: 'files', extensions: ['.yaml', '.yml'], format: 'yaml' },
    schema: phaseSchema,
    references: [
      { path: 'planer[].kilde', to: 'kilde', shownFrom: 'dato' },
      { path: 'gjennomfort.kilde', to: 'kilde', shownFrom: 'dato' },
    ],
    url: (id) => `/innforing/#${id}`,
    referenceHint: 'Bruk filnavnet (uten .yaml) til en av filene i faser/.',
  },
  {
    id: 'kilder',
    nouns: { one: 'kilde', definite: 'kilden', many: 'kilder' },
    layout: { type: 'files', extensions: ['.yaml', '.yml'], format: 'yaml' },
    schema: externalSourceSchema,
    references: [],
    url: (id) => `/kilder/#${id}`,
    referenceHint: 'Bruk filnavnet (uten .yaml) til en av filene i kilder/.',
  },
  {
    id: 'tall',
    nouns: { one: 'oppgitt tall', definite: 'tallet', many: 'oppgitte tall' },
    layout: { type: 'files', extensions: ['.yaml', '.yml'], format: 'yaml' },
    schema: statementSchema,
    references: [
      { path: 'status', to: 'status' },
      { path: 'kilde', to: 'kilde', shownFrom: 'dato' },
    ],
    referenceHint: 'Bruk filnavnet (uten .yaml) til en av filene i tall/.',
  },
  {
    id: 'kommuner',
    nouns: { one: 'kommune', definite: 'kommunen', many: 'kommuner' },
    layout: { type: 'files', extensions: ['.yaml', '.yml'], format: 'yaml' },
    schema: municipalitySchema,
    references: [
      { path: 'hendelser[].status', to: 'status' },
      { path: 'hendelser[].fase', to: 'faser' },
      { path: 'hendelser[].kilde', to: 'kilde', shownFrom: 'dato' },
    ],
    url: (id) => `/kommuner/${id}/`,
    permanent: true,
    referenceHint: 'Bruk filnavnet (uten .yaml) til en av filene i kommuner/.',
  },
  {
    id: 'nyheter',
    nouns: { one: 'nyhet', definite: 'nyheten', many: 'nyheter' },
    layout: { type: 'files', extensions: ['.md', '.mdx'], format: 'markdown', images: true },
    schema: newsCheckSchema,
    collectionSchema: ({ image }: SchemaContext) => newsSchema(image()),
    publication: { dateField: 'publisert' },
    references: [
      { path: 'kommuner[]', to: 'kommuner' },
      { path: 'dokumenter[]', to: 'dokumenter' },
      { path: 'kilder[]', to: 'kilde' },
      { path: 'oversettelseAv', to: 'nyheter' },
    ],
    url: (id) => `/nyheter/${id}/`,
    permanent: true,
    referenceHint: 'Bruk filnavnet (uten .md) til en av filene i nyheter/.',
  },
  {
    id: 'dokumenter',
    nouns: { one: 'dokument', definite: 'dokumentet', many: 'dokumenter' },
    layout: { type: 'folders', index: ['index.md', 'index.mdx'], format: 'markdown' },
    schema: documentSchema,
    publication: { dateField: 'publisert' },
    references: [
      { path: 'parter[]', to: 'part' },
      { path: 'erstatter', to: 'dokumenter' },
      { path: 'kilder[]', to: 'kilde' },
      { path: 'oversettelseAv', to: 'dokumenter' },
    ],
    url: (id) => `/dokumenter/${id}/`,
    permanent: true,
    referenceHint: 'Bruk navnet på en av mappene i dokumenter/.',
    reservedIds: ['type', 'status', 'ar', 'part', 'rss.xml'],
  },
  {
    id: 'sporsmal',
    nouns: { one: 'svar', definite: 'svaret', many: 'svar' },
    layout: { type: 'files', extensions: ['.md'], format: 'markdown' },
    schema: faqSchema,
    publication: { dateField: 'oppdatert' },
    references: [
      { path: 'dokumenter[]', to: 'dokumenter' },
      { path: 'kilder[]', to: 'kilde' },
    ],
    url: (id) => `/sporsmal-og-svar/#${id}`,
    permanent: true,
    referenceHint: 'Bruk filnavnet (uten .md) til en av filene i sporsmal/.',
  },
  {
    id: 'moter',
    nouns: { one: 'møte', definite: 'møtet', many: 'møter' },
    layout: { type: 'files', extensions: ['.yaml', '.yml'], format: 'yaml' },
    schema: meetingSchema,
    publication: { dateField: 'publisert' },
    references: [
      { path: 'organ.organisasjon', to: 'organisasjoner' },
      { path: 'organ.kommune', to: 'kommuner' },
      { path: 'saker[].dokumenter[]', to: 'dokumenter' },
      { path: 'saker[].vedtak.gjelder[].part', to: 'part' },
      { path: 'protokoll', to: 'dokumenter' },
      { path: 'kilder[]', to: 'kilde' },
    ],
    url: (id) => `/moter/${id}/`,
    permanent: true,
    referenceHint: 'Bruk filnavnet (uten .yaml) til en av filene i moter/.',
    reservedIds: ['organ', 'status', 'ar', 'kalender', 'rss'],
  },
  {
    id: 'adresser',
    nouns: { one: 'adresseliste', definite: 'adresselisten', many: 'adresselister' },
    layout: { type: 'single', file: 'adresser.yaml', format: 'yaml', optional: true },
    schema: addressRecordSchema,
    references: [],
    referenceHint: '',
  },
] as const satisfies readonly KindDefinition[];

/** A kind by id. */
export function kind(id: KindId): KindDefinition {
  const found = kinds.find((k) => k.id === id);
  if (!found) throw new Error(`Unknown content kind: ${id}`);
  return found;
}

/** The kinds that keep one item per file or folder in a folder of their own (all but the settings). */
export const folderKinds = kinds.filter((k) => k.layout.type !== 'single');
