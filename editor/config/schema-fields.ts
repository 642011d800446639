/**
 * Reads a content kind's zod schema as a tree of fields: name, path,
 * whether the check requires it, its default, and what sort of value it
 * holds. The editor's configuration is generated from this tree, so the
 * forms cannot ask for anything the check does not accept.
 *
 * Values are recognised by the building blocks in src/schemas/common.ts
 * (by identity: `isoDate.optional()` wraps the very `isoDate` object) and
 * otherwise by zod's own types. A schema construct this module does not
 * know is an error, not a guess: a new kind of field has to be given a form
 * on purpose.
 */
import { z } from 'astro/zod';
import {
  colour,
  decimal,
  eventDate,
  flag,
  httpUrl,
  httpsUrl,
  integer,
  isoDate,
  plannedDate,
  slug,
  sourceDate,
  text,
} from '../../src/schemas/common.ts';
import { statusEventSchema } from '../../src/schemas/event.ts';
import { sourceSchema } from '../../src/schemas/source.ts';

/** What a single value is, as far as a form is concerned. */
export type ValueType =
  /** Free text on one or more lines. */
  | 'text'
  /** A calendar day `YYYY-MM-DD`. */
  | 'date'
  /** A day or a month (`2022-11-12`, `2022-11`): when something happened. */
  | 'event-date'
  /** A day, month, year or season (`høsten 2022`): what a plan aims at. */
  | 'planned-date'
  /** A day, month or year: when a source was published. */
  | 'source-date'
  /** An id: lower-case letters a–z, digits and hyphens. */
  | 'slug'
  | 'integer'
  /** A decimal number with a full stop. */
  | 'decimal'
  /** true or false. */
  | 'flag'
  /** A web address. */
  | 'url'
  | 'email'
  /** A colour `#rrggbb`. */
  | 'colour'
  /** An image file beside the item (Astro's `image()` in the collection schema). */
  | 'image';

interface FieldBase {
  /** The field's name in the file, e.g. `publisert`. */
  name: string;
  /** Its path from the item, `[]` marking every element of a list: `hendelser[].kilde.url`. */
  path: string;
  /** True when the check refuses an item without it. */
  required: boolean;
  /** The value the check assumes when the field is absent, if any. */
  default?: unknown;
  /** The shared block this field belongs to (`kilde`, `hendelse`) and its path inside it, for shared help texts. */
  block?: { name: BlockName; path: string };
}

/** One field of a content kind. */
export type SchemaField =
  | (FieldBase & { type: 'value'; value: ValueType })
  | (FieldBase & { type: 'choice'; options: readonly string[] })
  | (FieldBase & { type: 'object'; fields: SchemaField[]; block?: { name: BlockName; path: string } })
  | (FieldBase & { type: 'list'; item: SchemaField; min?: number });

/** Objects that appear in several kinds and share their help texts. */
export type BlockName = 'kilde' | 'hendelse';

const blocks = new Map<z.ZodType, BlockName>([
  [sourceSchema, 'kilde'],
  [statusEventSchema, 'hendelse'],
]);

const values = new Map<z.ZodType, ValueType>([
  [text, 'text'],
  [isoDate, 'date'],
  [eventDate, 'event-date'],
  [plannedDate, 'planned-date'],
  [sourceDate, 'source-date'],
  [slug, 'slug'],
  [integer, 'integer'],
  [decimal, 'decimal'],
  [flag, 'flag'],
  [httpUrl, 'url'],
  [httpsUrl, 'url'],
  [colour, 'colour'],
]);

/** Thrown for a schema construct the editor has no form for. */
export class UnknownFieldError extends Error {}

/**
 * The fields of an object schema, in the schema's order. `images` holds
 * schema objects that stand for an image file (see `imageFields`).
 */
export function schemaFields(schema: z.ZodType, images: ReadonlySet<z.ZodType> = new Set()): SchemaField[] {
  const core = unwrap(schema);
  if (!(core instanceof z.ZodObject)) throw new UnknownFieldError('a content kind\'s schema must be an object');
  return objectFields(core, '', undefined, images);
}

/**
 * The schema objects that stand for an image in a kind's Astro collection
 * schema: calls `collectionSchema` with an `image()` helper that returns a
 * marker, so the fields holding an image are found without naming them.
 */
export function imageMarker(): { marker: z.ZodType; helpers: { image: () => z.ZodType } } {
  const marker = z.string();
  return { marker, helpers: { image: () => marker } };
}

function objectFields(object: z.ZodObject, prefix: string, block: FieldBase['block'], images: ReadonlySet<z.ZodType>): SchemaField[] {
  return Object.entries(object.shape).map(([name, schema]) =>
    describe(schema as z.ZodType, name, prefix ? `${prefix}.${name}` : name, block && { name: block.name, path: block.path ? `${block.path}.${name}` : name }, images),
  );
}

function describe(schema: z.ZodType, name: string, path: string, block: FieldBase['block'], images: ReadonlySet<z.ZodType>): SchemaField {
  const base: FieldBase = { name, path, required: !schema.safeParse(undefined).success };
  const fallback = defaultOf(schema);
  if (fallback !== undefined) base.default = fallback;
  if (block) base.block = block;
  return { ...base, ...shapeOf(unwrap(schema), name, path, block, images) } as SchemaField;
}

type Shape =
  | { type: 'value'; value: ValueType }
  | { type: 'choice'; options: readonly string[] }
  | { type: 'object'; fields: SchemaField[]; block?: { name: BlockName; path: string } }
  | { type: 'list'; item: SchemaField; min?: number };

function shapeOf(core: z.ZodType, name: string, path: string, block: FieldBase['block'], images: ReadonlySet<z.ZodType>): Shape {
  if (images.has(core)) return { type: 'value', value: 'image' };
  const known = values.get(core);
  if (known) return { type: 'value', value: known };
  // integer.pipe(z.number().min(0)): the form asks for what goes in.
  if (core instanceof z.ZodPipe) return shapeOf(unwrap(core.def.in as z.ZodType), name, path, block, images);
  if (core instanceof z.ZodEnum) return { type: 'choice', options: core.options.map(String) };
  if (core instanceof z.ZodObject) {
    const own = blocks.get(core);
    const fields = objectFields(core, path, own ? { name: own, path: '' } : block, images);
    return own ? { type: 'object', fields, block: { name: own, path: '' } } : { type: 'object', fields };
  }
  if (core instanceof z.ZodArray) {
    const item = describe(core.element as z.ZodType, name, `${path}[]`, block, images);
    const min = minLength(core);
    return min ? { type: 'list', item, min } : { type: 'list', item };
  }
  if (core instanceof z.ZodEmail) return { type: 'value', value: 'email' };
  if (core instanceof z.ZodString) return { type: 'value', value: 'text' };
  throw new UnknownFieldError(`the field «${path}» is a ${core.def.type}, which the editor has no form for`);
}

/** The schema without `.optional()`, `.default()`, `.nullable()` and `.readonly()`. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable || current instanceof z.ZodReadonly) {
      current = current.def.innerType as z.ZodType;
    } else if (current instanceof z.ZodDefault || current instanceof z.ZodPrefault) {
      current = current.def.innerType as z.ZodType;
    } else {
      return current;
    }
  }
}

function defaultOf(schema: z.ZodType): unknown {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodNullable) current = current.def.innerType as z.ZodType;
  if (current instanceof z.ZodDefault) {
    const value = current.def.defaultValue as unknown;
    return typeof value === 'function' ? (value as () => unknown)() : value;
  }
  return undefined;
}

function minLength(array: z.ZodArray): number | undefined {
  for (const check of array.def.checks ?? []) {
    const def = (check as unknown as { _zod: { def: { check: string; minimum?: number } } })._zod.def;
    if (def.check === 'min_length' && typeof def.minimum === 'number') return def.minimum;
  }
  return undefined;
}

/** Every field in a tree, depth first, list items included (their path ends in `[]`). */
export function allFields(fields: readonly SchemaField[]): SchemaField[] {
  return fields.flatMap((field) => [
    field,
    ...(field.type === 'object' ? allFields(field.fields) : field.type === 'list' ? allFields([field.item]) : []),
  ]);
}
