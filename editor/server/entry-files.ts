/**
 * Turns what the editor saves into the file a person would have written.
 *
 * Decap serialises an item with every field of its form: empty text boxes
 * as `""`, switches that were never touched as `false`, lists nobody filled
 * as `[]`. The site reads those files fine, but they are not what the staff
 * guide teaches and they bury the fields that matter. So before a file is
 * written, its data is tidied by the kind's schema:
 *
 * - empty values (`""`, `null`, `[]`, `{}`) are left out, unless the file
 *   already had the field empty (`hendelser: []`);
 * - a field holding its default (`utkast: false`, `sprak: nb`) is left out,
 *   unless the file already had it;
 * - fields keep the order the file had; new fields go where the schema
 *   puts them, so a new item reads in the order the guide describes;
 * - an existing file keeps its comments, quoting and list style: only the
 *   values that changed are rewritten (YAML's document model);
 * - a field the form does not know (which the check will name) is kept;
 * - an image path is written from the item, `./bilder/motet.jpg`.
 *
 * YAML is written as the content reader expects it (YAML 1.2, plain style,
 * no line folding, short lists of words on one line), JSON with two spaces,
 * Markdown as front matter between `---` lines, a blank line and the text.
 * Everything is UTF-8 with `\n` line ends and a final newline.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import type { KindDefinition } from '../../src/content-model/registry.ts';
import { BODY_FIELD, kindFields } from '../config/decap-config.ts';
import type { SchemaField } from '../config/schema-fields.ts';

/** The file format of a kind's items. */
export type EntryFormat = 'yaml' | 'markdown' | 'json';

/** The format a kind's items are written in. */
export function entryFormat(definition: KindDefinition): EntryFormat {
  const { layout } = definition;
  return layout.type === 'single' ? layout.format : layout.format === 'markdown' ? 'markdown' : 'yaml';
}

/** Thrown when the editor sent something that cannot be read as the kind's format. */
export class EntryFormatError extends Error {}

const toStringOptions = { lineWidth: 0, flowCollectionPadding: false } as const;

/**
 * The text to write for an item of `definition`, from the editor's `raw`
 * serialisation and the file's current text (`previous`, absent for a new
 * item). Throws `EntryFormatError` when `raw` cannot be read.
 */
export function entryText(definition: KindDefinition, raw: string, previous?: string): string {
  const format = entryFormat(definition);
  const fields = kindFields(definition);
  const incoming = readRaw(format, raw);
  const before = previous === undefined ? undefined : readPrevious(format, previous);
  const data = tidy(incoming.data, fields, before?.data);

  if (format === 'json') return `${jsonText(orderDeep(data, before?.data, fields), previous === undefined ? undefined : numberSources(previous))}\n`;
  const yaml = before?.doc ? mergeInto(before.doc, before.data, data, fields) : freshYaml(data, fields);
  if (format === 'yaml') return yaml;
  const body = normaliseBody(incoming.body ?? '');
  return `---\n${yaml}---\n${body ? `\n${body}` : ''}`;
}

interface Read {
  data: Record<string, unknown>;
  body?: string;
  doc?: Document;
}

function readRaw(format: EntryFormat, raw: string): Read {
  const text = raw.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
  if (format === 'json') return { data: asRecord(parseJson(text)) };
  if (format === 'yaml') return { data: asRecord(parseYamlData(text)) };
  const split = splitFrontMatter(text);
  if (!split) return { data: {}, body: text };
  return { data: asRecord(parseYamlData(split.yaml)), body: split.body };
}

function readPrevious(format: EntryFormat, text: string): Read | undefined {
  try {
    const clean = text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '');
    if (format === 'json') return { data: asRecord(parseJson(clean)) };
    const yaml = format === 'yaml' ? clean : splitFrontMatter(clean)?.yaml;
    if (yaml === undefined) return undefined;
    const doc = parseDocument(yaml, { version: '1.2', schema: 'core' });
    if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
    return { data: asRecord(doc.toJS()), doc };
  } catch {
    // A file that cannot be read is replaced by what the form holds; the check had named its problem.
    return undefined;
  }
}

function splitFrontMatter(text: string): { yaml: string; body: string } | undefined {
  const match = /^---[ \t]*\n([\s\S]*?\n)?---[ \t]*(?:\n|$)/.exec(text);
  if (!match) return undefined;
  return { yaml: match[1] ?? '', body: text.slice(match[0].length) };
}

function parseYamlData(text: string): unknown {
  const doc = parseDocument(text, { version: '1.2', schema: 'core' });
  if (doc.errors.length > 0) throw new EntryFormatError(`YAML: ${doc.errors[0]!.message}`);
  return doc.toJS() ?? {};
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new EntryFormatError(`JSON: ${(error as Error).message}`);
  }
}

function asRecord(value: unknown): Record<string, unknown> {
  if (isRecord(value)) return value;
  throw new EntryFormatError('forventet felt med verdier');
}

/** The text below the front matter: no leading blank lines, one final newline, `\n` line ends. */
function normaliseBody(body: string): string {
  const trimmed = body.replace(/^\s*\n/, '').replace(/\s+$/, '');
  return trimmed ? `${trimmed}\n` : '';
}

/**
 * The data without empty values and without defaults the file did not
 * have. `before` is the same object as the file had it, if it existed.
 */
export function tidy(data: Record<string, unknown>, fields: readonly SchemaField[], before?: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (key === BODY_FIELD && fields.every((f) => f.name !== BODY_FIELD)) continue;
    const field = fields.find((f) => f.name === key);
    const cleaned = tidyValue(value, field);
    if (isEmpty(cleaned)) {
      // `hendelser: []` written on purpose stays; an empty box in the form is not a field.
      if (before && key in before && isEmpty(before[key]) && before[key] !== undefined) out[key] = before[key];
      continue;
    }
    if (field && field.default !== undefined && sameValue(cleaned, field.default) && !(before && key in before)) continue;
    out[key] = cleaned;
  }
  return out;
}

function tidyValue(value: unknown, field: SchemaField | undefined): unknown {
  if (typeof value === 'string') {
    // Decap writes `bilder/motet.jpg`; the guide (and Astro) want the path from the item, `./bilder/motet.jpg`.
    if (field?.type === 'value' && field.value === 'image' && !/^(\.{1,2}\/|\/|[a-z][a-z0-9+.-]*:)/i.test(value) && value.trim() !== '') return `./${value}`;
    return value;
  }
  if (Array.isArray(value)) {
    const item = field?.type === 'list' ? field.item : undefined;
    return value.map((element) => tidyValue(element, item)).filter((element) => !isEmpty(element));
  }
  if (isRecord(value)) {
    const inner = field?.type === 'object' ? field.fields : [];
    const out: Record<string, unknown> = {};
    for (const [key, element] of Object.entries(value)) {
      const cleaned = tidyValue(element, inner.find((f) => f.name === key));
      if (!isEmpty(cleaned)) out[key] = cleaned;
    }
    return out;
  }
  return value;
}

/** `data` with every object's keys in the order `before` had them (lists matched by position), then the schema's. */
function orderDeep(data: unknown, before: unknown, fields: readonly SchemaField[]): unknown {
  if (Array.isArray(data)) {
    const item = fields[0];
    return data.map((element, index) => orderDeep(element, Array.isArray(before) ? before[index] : undefined, item?.type === 'object' ? item.fields : []));
  }
  if (!isRecord(data)) return data;
  const ordered = orderLike(data, isRecord(before) ? before : undefined, fields);
  for (const [key, value] of Object.entries(ordered)) {
    const field = fields.find((f) => f.name === key);
    const inner = field?.type === 'object' ? field.fields : field?.type === 'list' ? [field.item] : [];
    ordered[key] = orderDeep(value, isRecord(before) ? before[key] : undefined, inner);
  }
  return ordered;
}

/** How each number in a JSON text was written (`5.0`), by its path, so an unchanged number keeps its form. */
function numberSources(text: string): Map<string, string> {
  const sources = new Map<string, string>();
  const visit = (node: unknown, at: string) => {
    if (isMap(node)) for (const pair of node.items) visit(pair.value, `${at}/${isScalar(pair.key) ? String(pair.key.value) : ''}`);
    else if (isSeq(node)) node.items.forEach((item, index) => visit(item, `${at}/${index}`));
    else if (isScalar(node) && typeof node.value === 'number' && node.source) sources.set(at, node.source);
  };
  try {
    visit(parseDocument(text, { version: '1.2', schema: 'core' }).contents, '');
  } catch {
    // Without the old text's forms, numbers are written as JSON writes them.
  }
  return sources;
}

/** JSON as `JSON.stringify(value, null, 2)` writes it, but an unchanged number in the form it had (`5.0`, not `5`). */
function jsonText(value: unknown, sources: Map<string, string> | undefined, at = '', indent = ''): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item, index) => inner + jsonText(item, sources, `${at}/${index}`, inner)).join(',\n')}\n${indent}]`;
  }
  if (isRecord(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${jsonText(item, sources, `${at}/${key}`, inner)}`).join(',\n')}\n${indent}}`;
  }
  if (typeof value === 'number') {
    const source = sources?.get(at);
    return source !== undefined && Number(source) === value ? source : JSON.stringify(value);
  }
  return JSON.stringify(value) ?? 'null';
}

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0) ||
    (isRecord(value) && Object.keys(value).length === 0)
  );
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The keys of `data` in the order `before` had them, then the schema's order, then any others. */
function orderLike(data: Record<string, unknown>, before: Record<string, unknown> | undefined, fields: readonly SchemaField[]): Record<string, unknown> {
  const order = [...Object.keys(before ?? {}), ...fields.map((f) => f.name), ...Object.keys(data)];
  const out: Record<string, unknown> = {};
  for (const key of order) if (key in data && !(key in out)) out[key] = data[key];
  return out;
}

/** A new YAML file: schema order all the way down, lists of words on one line. */
function freshYaml(data: Record<string, unknown>, fields: readonly SchemaField[]): string {
  const doc = new Document(orderDeep(data, undefined, fields), { version: '1.2', schema: 'core' });
  flowShortLists(doc.contents);
  return doc.toString(toStringOptions);
}

/** Lists of plain words (`kommuner: [roros, orland]`) go on one line, as people write them. */
function flowShortLists(node: unknown): void {
  if (isMap(node)) for (const pair of node.items) flowShortLists(pair.value);
  if (isSeq(node)) {
    if (node.items.length > 0 && node.items.every((item) => isScalar(item) && typeof item.value === 'string' && !item.value.includes('\n'))) {
      node.flow = true;
    } else {
      for (const item of node.items) flowShortLists(item);
    }
  }
}

/**
 * The existing document with the new data merged in: unchanged values keep
 * their node (and so their comments, quotes and style), changed ones are
 * replaced, removed ones deleted, new ones inserted in schema order.
 */
function mergeInto(doc: Document, before: Record<string, unknown>, data: Record<string, unknown>, fields: readonly SchemaField[]): string {
  mergeMap(doc, doc.contents as YAMLMap, before, data, fields);
  return doc.toString(toStringOptions);
}

function mergeMap(doc: Document, map: YAMLMap, before: Record<string, unknown>, data: Record<string, unknown>, fields: readonly SchemaField[]): void {
  for (const pair of [...map.items]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    if (!(key in data)) map.delete(key);
  }
  const schemaOrder = fields.map((f) => f.name);
  for (const [key, value] of Object.entries(data)) {
    const field = fields.find((f) => f.name === key);
    const pair = map.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === key);
    if (!pair) {
      insertInSchemaOrder(doc, map, key, inSchemaOrder(value, field), schemaOrder);
      continue;
    }
    const old = before[key];
    if (sameValue(old, value)) continue;
    const node = pair.value as Node | null;
    if (isRecord(value) && isRecord(old) && isMap(node)) {
      mergeMap(doc, node, old, value, field?.type === 'object' ? field.fields : []);
    } else if (Array.isArray(value) && Array.isArray(old) && isSeq(node)) {
      mergeSeq(doc, node, old, value, field?.type === 'list' ? field.item : undefined);
    } else {
      pair.value = newNode(doc, inSchemaOrder(value, field), node);
    }
  }
}

function mergeSeq(doc: Document, seq: YAMLSeq, before: unknown[], data: unknown[], item: SchemaField | undefined): void {
  const inner = item?.type === 'object' ? item.fields : [];
  data.forEach((value, index) => {
    const node = seq.items[index] as Node | undefined;
    const old = before[index];
    if (node !== undefined && sameValue(old, value)) return;
    if (node !== undefined && isMap(node) && isRecord(old) && isRecord(value)) {
      mergeMap(doc, node, old, value, inner);
    } else if (node !== undefined) {
      seq.items[index] = newNode(doc, inSchemaOrder(value, item), node);
    } else {
      seq.items.push(newNode(doc, inSchemaOrder(value, item), undefined));
    }
  });
  seq.items.splice(data.length);
}

/**
 * A value new to the file in the schema's order all the way down: Decap
 * sends an item's fields in the order someone filled them in (a decision's
 * `vedtak` before its `part`).
 */
function inSchemaOrder(value: unknown, field: SchemaField | undefined): unknown {
  return orderDeep(value, undefined, field?.type === 'object' ? field.fields : field?.type === 'list' ? [field.item] : []);
}

function newNode(doc: Document, value: unknown, old: Node | null | undefined): Node {
  const node = doc.createNode(value) as Node;
  if (isSeq(node)) {
    if (isSeq(old)) node.flow = Boolean(old.flow) && node.items.every((i) => isScalar(i));
    else flowShortLists(node);
  } else {
    flowShortLists(node);
  }
  return node;
}

function insertInSchemaOrder(doc: Document, map: YAMLMap, key: string, value: unknown, schemaOrder: readonly string[]): void {
  const position = schemaOrder.indexOf(key);
  const pair = doc.createPair(key, value);
  flowShortLists(pair.value);
  if (position >= 0) {
    const later = map.items.findIndex((p) => {
      const other = schemaOrder.indexOf(isScalar(p.key) ? String(p.key.value) : String(p.key));
      return other > position;
    });
    if (later >= 0) {
      map.items.splice(later, 0, pair);
      return;
    }
  }
  map.items.push(pair);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
