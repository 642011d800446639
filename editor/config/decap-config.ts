/**
 * The Decap CMS configuration, generated from the registry of content kinds
 * (src/content-model/registry.ts), each kind's zod schema and the content's
 * own vocabularies (statuses, parties). One collection per kind, one form
 * field per schema field, in the schema's order; the Norwegian labels and
 * help texts come from fields.nb.json. Nothing here is written by hand per
 * kind, so a kind added to the registry appears in the editor by itself and
 * a field added to a schema appears in its form.
 *
 * What the form cannot check completely (exactly one kind of source, a plan
 * date that depends on the status, whether a reference is published) it
 * leaves to the content check, whose messages the editor shows after saving.
 */
import { kinds, type KindDefinition, type KindId, type Reference } from '../../src/content-model/registry.ts';
import { documentStatuses, documentTypes } from '../../src/schemas/document.ts';
import { meetingBodies, meetingStatuses } from '../../src/schemas/meeting.ts';
import { SOURCE_KINDS } from '../../src/validation/references.ts';
import strings from './fields.nb.json' with { type: 'json' };
import { imageMarker, schemaFields, type SchemaField } from './schema-fields.ts';

/** The choices that come from the content itself rather than from a schema. */
export interface Vocabulary {
  /** The settings' status vocabulary, in order. */
  statuses: { id: string; navn: string; type: string }[];
  /** Everything a document can name as a party: organisations and municipalities. */
  parts: { id: string; navn: string }[];
}

/** A Decap field (a plain object as Decap's config.yml has it). */
export type DecapField = Record<string, unknown> & { name: string; label: string; widget: string };

/** A Decap collection. */
export type DecapCollection = Record<string, unknown> & { name: string; label: string };

/** The whole configuration. */
export interface DecapConfig {
  locale: string;
  backend: Record<string, unknown>;
  media_folder: string;
  public_folder: string;
  [key: string]: unknown;
  collections: DecapCollection[];
}

/** Options for `decapConfig`. */
export interface ConfigOptions {
  /** Decap's `backend` section: the local proxy, or a git forge for a hosted editor. */
  backend: Record<string, unknown>;
  vocabulary: Vocabulary;
  /** Address of the site preview, for the «Vis forhåndsvisning» link; absent for a hosted editor. */
  previewUrl?: string;
}

interface FieldStrings {
  label?: string;
  hint?: string;
  singular?: string;
  widget?: 'text' | 'file';
}
interface KindStrings {
  label?: string;
  description?: string;
  slug?: string;
  summary?: string;
}
const fieldStrings = strings.fields as Record<string, FieldStrings>;
const blockStrings = strings.blocks as Record<string, FieldStrings>;
const kindStrings = strings.kinds as Record<string, KindStrings>;
const choiceLabels = strings.choices as Record<string, Record<string, string>>;

/** Label maps the schemas export for their choices, found by their set of values. */
const schemaChoiceLabels: Record<string, string>[] = [documentTypes, documentStatuses, meetingBodies, meetingStatuses];

/**
 * Date fields a new item (or list item) starts filled with the day it is
 * created, by their shared block's key in fields.nb.json: an event's
 * `registrert` is the day it was entered. Decap's datetime widget fills
 * `default: '{{now}}'` in when the field first appears, in the browser's own
 * time zone here (`picker_utc: false`), so an event entered just after
 * midnight in Norway gets that day, not the day before in UTC. An item
 * opened again keeps what it holds.
 */
export const TODAY_BY_DEFAULT: ReadonlySet<string> = new Set(['hendelse.registrert']);

/** The body of a Markdown item: Decap's name for the text below the front matter. */
export const BODY_FIELD = 'body';

/** A kind's fields as its form shows them: the check's schema, with image fields found from the collection schema. */
export function kindFields(definition: KindDefinition): SchemaField[] {
  if (!definition.collectionSchema) return schemaFields(definition.schema);
  const { marker, helpers } = imageMarker();
  return schemaFields(definition.collectionSchema(helpers as Parameters<NonNullable<KindDefinition['collectionSchema']>>[0]), new Set([marker]));
}

/** The Norwegian label, help text and presentation of a field, by its kind and path. */
export function stringsFor(kindId: KindId, field: Pick<SchemaField, 'path' | 'block'>): FieldStrings {
  const own = fieldStrings[`${kindId}.${field.path}`];
  if (own) return own;
  if (field.block) return blockStrings[blockKey(field.block)] ?? {};
  return {};
}

function blockKey(block: NonNullable<SchemaField['block']>): string {
  return block.path ? `${block.name}.${block.path}` : block.name;
}

/** The generated configuration for every kind in the registry. */
export function decapConfig(options: ConfigOptions): DecapConfig {
  return {
    locale: 'nb_no',
    backend: options.backend,
    // Decap needs a site-wide media folder; news images are the only media
    // not kept beside their item, and each collection sets its own anyway.
    media_folder: 'nyheter/bilder',
    public_folder: './bilder',
    ...(options.previewUrl ? { site_url: options.previewUrl, display_url: options.previewUrl, show_preview_links: true } : { show_preview_links: false }),
    // «Ørland får ny dato» gets the file name orland-far-ny-dato, as `npm run new` would name it.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    search: false,
    collections: kinds.map((definition) => collection(definition, options)),
  };
}

function collection(definition: KindDefinition, options: ConfigOptions): DecapCollection {
  const own = kindStrings[definition.id] ?? {};
  const fields = kindFields(definition);
  const form = fields.map((field) => formField(definition, field, options.vocabulary));
  const label = own.label ?? capitalise(definition.nouns.many);
  const common = { name: definition.id, label, label_singular: definition.nouns.one, ...(own.description ? { description: own.description } : {}) };
  const { layout } = definition;
  if (layout.type === 'single') {
    return {
      ...common,
      files: [{ name: definition.id, label, file: layout.file, format: layout.format, fields: form }],
      editor: { preview: true },
    };
  }
  const identifier = identifierField(fields);
  const markdown = layout.format === 'markdown';
  if (markdown) {
    const body = stringsFor(definition.id, { path: BODY_FIELD });
    form.push({
      name: BODY_FIELD,
      label: body.label ?? 'Tekst',
      widget: 'markdown',
      required: false,
      ...(body.hint ? { hint: body.hint } : {}),
      // Raw Markdown first: the rich-text mode rewrites what it does not know (footnotes, tables).
      modes: ['raw', 'rich_text'],
      sanitize_preview: true,
    });
  }
  const base: DecapCollection = {
    ...common,
    folder: definition.id,
    extension: (layout.type === 'files' ? layout.extensions[0]! : layout.index[0]!).replace(/^.*\./, ''),
    format: markdown ? 'frontmatter' : 'yml',
    create: true,
    delete: true,
    identifier_field: identifier,
    slug: own.slug ?? '{{slug}}',
    summary: own.summary ?? `{{${identifier}}}`,
    sortable_fields: [identifier, ...fields.filter((f) => f.type === 'value' && f.value === 'date' && f.required).map((f) => f.name)],
    fields: form,
    ...(definition.url ? { preview_path: definition.url('{{slug}}').replace(/^\//, '') } : {}),
  };
  if (layout.type === 'folders') {
    // One folder per item: index.md and its attachments side by side.
    return { ...base, path: `{{slug}}/${layout.index[0]!.replace(/\.[^.]+$/, '')}`, media_folder: '', public_folder: '' };
  }
  if (layout.type === 'files' && layout.images) {
    return { ...base, media_folder: 'bilder', public_folder: './bilder' };
  }
  return base;
}

/**
 * The field an item is named after: the first required text field (tittel,
 * navn, sporsmal), else the first required single value (a meeting's dato;
 * a group such as `organ` cannot name an item or sort a list), else the
 * first required field.
 */
function identifierField(fields: readonly SchemaField[]): string {
  const text = fields.find((f) => f.required && f.type === 'value' && f.value === 'text');
  const single = fields.find((f) => f.required && (f.type === 'value' || f.type === 'choice'));
  return (text ?? single ?? fields.find((f) => f.required) ?? fields[0]!).name;
}

/** Where the registry says a field refers to something, by its path. */
function referenceAt(definition: KindDefinition, path: string): Reference | undefined {
  const plain = path.replace(/\[\]$/, '');
  return (definition.references as readonly Reference[]).find((r) => r.path === path || r.path === `${plain}[]` || r.path === plain);
}

function formField(definition: KindDefinition, field: SchemaField, vocabulary: Vocabulary, inOptional = false): DecapField {
  const text = stringsFor(definition.id, field);
  const out: DecapField = {
    name: field.name,
    label: text.label ?? capitalise(field.name),
    widget: 'string',
    required: formRequired(field, inOptional),
    ...(text.hint ? { hint: text.hint } : {}),
  };
  const reference = referenceAt(definition, field.path);

  if (reference && reference.to !== 'kilde') {
    const multiple = field.type === 'list';
    return { ...out, ...referenceWidget(reference.to, vocabulary), ...(multiple ? { multiple: true } : {}) };
  }
  switch (field.type) {
    case 'object': {
      const fields = field.fields.map((inner) => {
        // A source names one item of another kind: the registry's source fields.
        const target = field.block?.name === 'kilde' && SOURCE_KINDS.find(([key]) => key === inner.name)?.[1];
        const form = formField(definition, inner, vocabulary, inOptional || !field.required);
        return target ? { ...form, ...referenceWidget(target, vocabulary) } : form;
      });
      return { ...out, widget: 'object', collapsed: false, fields, summary: summaryOf(field.fields) };
    }
    case 'list': {
      const singular = text.singular ?? field.name;
      if (field.item.type === 'object') {
        // Not `inOptional`: an item exists only once someone adds it, and then the check requires its fields.
        const item = formField(definition, field.item, vocabulary);
        return {
          ...out,
          widget: 'list',
          label_singular: singular,
          fields: item['fields'],
          summary: summaryOf(field.item.fields),
          collapsed: true,
          ...(field.min ? { min: field.min } : {}),
        };
      }
      // A list of words: one text box, items separated by commas.
      return { ...out, widget: 'list', ...(field.min ? { min: field.min } : {}) };
    }
    case 'choice':
      return { ...out, widget: 'select', options: field.options.map((value) => ({ value, label: choiceLabel(definition.id, field, value) })), ...defaultFor(field) };
    case 'value': {
      const today = field.value === 'date' && field.block !== undefined && TODAY_BY_DEFAULT.has(blockKey(field.block));
      return { ...out, ...valueWidget(field, text), ...defaultFor(field), ...(today ? { default: '{{now}}', picker_utc: false } : {}) };
    }
  }
}

/**
 * Whether the form insists on a field. A source is required by the check,
 * but what makes it complete is a rule across its fields (exactly one of
 * four), so the form lets it be saved and the check says what is missing.
 * Inside an optional group (a news item's `bilde`, a document's
 * `behandling`) nothing is required by the form, which would otherwise
 * refuse an item without the group: the check requires `bilde.alt` once
 * there is a `bilde`. The items of a list start afresh, even inside such a
 * group: an item exists only once someone adds it, so the form requires
 * what the check requires in it (a meeting's `saker[].vedtak.gjelder[].part`).
 */
export function formRequired(field: SchemaField, inOptional = false): boolean {
  if (field.type === 'object' && field.block?.name === 'kilde') return false;
  return field.required && !inOptional;
}

function valueWidget(field: SchemaField & { type: 'value' }, text: FieldStrings): Record<string, unknown> {
  if (text.widget === 'file') return { widget: 'file', choose_url: false };
  switch (field.value) {
    case 'date':
      return { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD.MM.YYYY', time_format: false, picker_utc: true };
    case 'integer':
      return { widget: 'number', value_type: 'int' };
    case 'decimal':
      return { widget: 'number', value_type: 'float', step: 0.01 };
    case 'flag':
      return { widget: 'boolean' };
    case 'image':
      return { widget: 'image', choose_url: false };
    case 'text':
      return { widget: text.widget === 'text' ? 'text' : 'string' };
    default:
      return { widget: 'string' };
  }
}

function referenceWidget(to: Reference['to'], vocabulary: Vocabulary): Record<string, unknown> {
  if (to === 'status') {
    return { widget: 'select', options: vocabulary.statuses.map((s) => ({ value: s.id, label: `${s.navn} (${s.id})` })) };
  }
  if (to === 'part') {
    return { widget: 'select', options: vocabulary.parts.map((p) => ({ value: p.id, label: `${p.navn} (${p.id})` })) };
  }
  if (to === 'kilde') throw new Error('a source is an object, not a single reference');
  const target = kinds.find((k) => k.id === to)!;
  const display = identifierField(kindFields(target));
  return {
    widget: 'relation',
    collection: to,
    value_field: '{{slug}}',
    search_fields: [display],
    display_fields: [display],
    options_length: 2000,
  };
}

function choiceLabel(kindId: KindId, field: SchemaField & { type: 'choice' }, value: string): string {
  const own = choiceLabels[`${kindId}.${field.path}`] ?? choiceLabels[field.name];
  if (own?.[value]) return own[value]!;
  const values = [...field.options].sort().join('|');
  const fromSchema = schemaChoiceLabels.find((labels) => Object.keys(labels).sort().join('|') === values);
  return fromSchema?.[value] ?? value;
}

function defaultFor(field: SchemaField): Record<string, unknown> {
  return field.default !== undefined && (typeof field.default === 'string' || typeof field.default === 'boolean' || typeof field.default === 'number')
    ? { default: field.default }
    : {};
}

/** A list item's one-line summary: its first two fields. */
function summaryOf(fields: readonly SchemaField[]): string {
  return fields
    .slice(0, 2)
    .map((f) => `{{fields.${f.name}}}`)
    .join(' – ');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
