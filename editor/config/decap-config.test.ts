/**
 * The editor's configuration equals what the check accepts: walked here
 * straight from the zod schemas (not through the generator's own reading
 * of them), every schema field has a form field and every form field a
 * schema field, with the same required-ness, the same choices and the same
 * references; and every field any shipped content file uses has a form
 * field, so editing an item never drops what it holds.
 */
import path from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content-model/read/read-content.ts';
import { kinds, type KindDefinition, type Reference } from '../../src/content-model/registry.ts';
import { SOURCE_KINDS } from '../../src/validation/references.ts';
import { BODY_FIELD, decapConfig, type DecapField } from './decap-config.ts';
import { readVocabulary } from './vocabulary.ts';

const contentDir = path.resolve(import.meta.dirname, '../../content');
const vocabulary = readVocabulary(contentDir);
const config = decapConfig({ backend: { name: 'proxy', proxy_url: '/api/v1' }, vocabulary });

/** A schema field found by walking zod directly. */
interface ZodField {
  path: string;
  schema: z.ZodType;
  /** The schema without optional/default/pipe wrappers. */
  core: z.ZodType;
  required: boolean;
}

function core(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable) current = current.def.innerType as z.ZodType;
    else if (current instanceof z.ZodPipe && !(current.def.in instanceof z.ZodUnion)) current = current.def.in as z.ZodType;
    else return current;
  }
}

function zodFields(schema: z.ZodType, prefix = ''): ZodField[] {
  const object = core(schema);
  if (!(object instanceof z.ZodObject)) return [];
  return Object.entries(object.shape).flatMap(([name, value]) => {
    const field = value as z.ZodType;
    const path = prefix ? `${prefix}.${name}` : name;
    const inner = core(field);
    const own: ZodField = { path, schema: field, core: inner, required: !field.safeParse(undefined).success };
    if (inner instanceof z.ZodObject) return [own, ...zodFields(inner, path)];
    if (inner instanceof z.ZodArray && core(inner.element as z.ZodType) instanceof z.ZodObject) return [own, ...zodFields(inner.element as z.ZodType, `${path}[]`)];
    return [own];
  });
}

/** The form fields of a collection by path, `[]` for the fields of a list's items. */
function formFields(fields: readonly DecapField[], prefix = ''): Map<string, DecapField> {
  const out = new Map<string, DecapField>();
  for (const field of fields) {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    out.set(path, field);
    const inner = field['fields'] as DecapField[] | undefined;
    if (inner) for (const [key, value] of formFields(inner, field.widget === 'list' ? `${path}[]` : path)) out.set(key, value);
  }
  return out;
}

function collectionFields(definition: KindDefinition): DecapField[] {
  const collection = config.collections.find((c) => c.name === definition.id)!;
  const files = collection['files'] as { fields: DecapField[] }[] | undefined;
  return files ? files[0]!.fields : (collection['fields'] as DecapField[]);
}

function referenceAt(definition: KindDefinition, path: string): Reference | undefined {
  return (definition.references as readonly Reference[]).find((r) => r.path === path || r.path === `${path}[]`);
}

describe('the generated Decap configuration', () => {
  it('has one collection per kind in the registry, where its files are', () => {
    expect(config.collections.map((c) => c.name)).toEqual(kinds.map((k) => k.id));
    for (const definition of kinds as readonly KindDefinition[]) {
      const collection = config.collections.find((c) => c.name === definition.id)!;
      if (definition.layout.type === 'single') expect((collection['files'] as { file: string }[])[0]!.file).toBe(definition.layout.file);
      else expect(collection['folder']).toBe(definition.id);
      if (definition.layout.type === 'folders') expect(collection['path']).toBe('{{slug}}/index');
    }
  });

  for (const definition of kinds as readonly KindDefinition[]) {
    describe(definition.id, () => {
      const schema = definition.collectionSchema ? definition.collectionSchema({ image: () => z.string() } as never) : definition.schema;
      const expected = zodFields(schema);
      const form = formFields(collectionFields(definition));

      it('has a form field for every schema field, and no other', () => {
        const formPaths = [...form.keys()].filter((p) => p !== BODY_FIELD);
        expect(formPaths.sort()).toEqual(expected.map((f) => f.path).sort());
      });

      it('requires what the check requires (a source, and a group that may be left out, are completed by the check)', () => {
        const optionalGroups = expected.filter((f) => f.core instanceof z.ZodObject && !f.required).map((f) => `${f.path}.`);
        for (const field of expected) {
          const isSource = /(^|\.)kilde$/.test(field.path);
          // A list's item exists only once someone adds it, so the form can require what the check requires in it,
          // even inside an optional group: a decision's `gjelder[].part` is required, its `tekst` is not.
          const inOptionalGroup = optionalGroups.some((group) => field.path.startsWith(group) && !field.path.slice(group.length).includes('[]'));
          expect(form.get(field.path)!['required'], field.path).toBe(isSource || inOptionalGroup ? false : field.required);
        }
      });

      it('offers exactly the choices the schema allows', () => {
        for (const field of expected) {
          if (!(field.core instanceof z.ZodEnum)) continue;
          const options = (form.get(field.path)!['options'] as { value: string }[]).map((o) => o.value);
          expect(options, field.path).toEqual(field.core.options);
        }
      });

      it('lets a reference choose only what exists: items of the kind, the settings’ statuses, organisations and municipalities', () => {
        for (const field of expected) {
          const reference = referenceAt(definition, field.path);
          const widget = form.get(field.path)!;
          if (!reference || reference.to === 'kilde') continue;
          if (reference.to === 'status') {
            expect((widget['options'] as { value: string }[]).map((o) => o.value), field.path).toEqual(vocabulary.statuses.map((s) => s.id));
          } else if (reference.to === 'part') {
            const { content } = readContent(contentDir);
            const ids = [...content.items.organisasjoner, ...content.items.kommuner].map((i) => i.id).sort();
            expect((widget['options'] as { value: string }[]).map((o) => o.value).sort(), field.path).toEqual(ids);
          } else {
            expect(widget, field.path).toMatchObject({ widget: 'relation', collection: reference.to, value_field: '{{slug}}' });
          }
        }
        for (const [path, widget] of form) {
          const match = /(?:^|\.)(ekstern|nyhet|dokument)$/.exec(path);
          if (!match || !/kilde(r\[\])?\./.test(path)) continue;
          const target = SOURCE_KINDS.find(([key]) => key === match[1])![1];
          expect(widget, path).toMatchObject({ widget: 'relation', collection: target });
        }
      });

      it('has a Norwegian label and help text for every field', () => {
        for (const [path, field] of form) {
          expect(field.label, path).toMatch(/\S/);
          expect(field['hint'], `${definition.id}.${path} has no help text in editor/config/fields.nb.json`).toMatch(/\S/);
        }
      });

      it('knows every field the shipped content uses', () => {
        const { content } = readContent(contentDir);
        for (const item of content.items[definition.id]) {
          for (const key of fieldPaths(item.data)) expect(form.has(key), `${item.file}: ${key}`).toBe(true);
        }
      });
    });
  }
});

describe('an event’s registrert', () => {
  const withEvents = (kinds as readonly KindDefinition[]).filter((definition) => formFields(collectionFields(definition)).has('hendelser[].registrert'));

  it('starts as the day the event is added, in the form the check accepts', () => {
    expect(withEvents.map((d) => d.id).sort()).toEqual(['kommuner', 'organisasjoner']);
    for (const definition of withEvents) {
      const field = formFields(collectionFields(definition)).get('hendelser[].registrert')!;
      // Decap's datetime widget replaces '{{now}}' by the browser's local day, written in `format`.
      expect(field, definition.id).toMatchObject({ widget: 'datetime', default: '{{now}}', format: 'YYYY-MM-DD', time_format: false, picker_utc: false });
      const now = new Date();
      const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
      const schema = zodFields(definition.schema).find((f) => f.path === 'hendelser[].registrert')!.schema;
      expect(schema.safeParse(today).success, today).toBe(true);
    }
  });

  it('is the only field filled in by itself: other dates are what a source says', () => {
    for (const definition of kinds as readonly KindDefinition[]) {
      for (const [path, field] of formFields(collectionFields(definition))) {
        if (field['default'] === '{{now}}') expect(`${definition.id}.${path}`).toMatch(/^(kommuner|organisasjoner)\.hendelser\[\]\.registrert$/);
      }
    }
  });
});

/** Every field path in an item's data, `[]` for list items. */
function fieldPaths(data: unknown, prefix = ''): string[] {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return [];
  return Object.entries(data).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (Array.isArray(value)) return [path, ...value.flatMap((item) => fieldPaths(item, `${path}[]`))];
    return [path, ...fieldPaths(value, path)];
  });
}
