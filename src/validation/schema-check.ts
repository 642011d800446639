/**
 * Checks one content item against its zod schema and words every failure
 * for a non-developer: which field, what is wrong with it, how to fix it.
 * Also reports fields the schema does not know, since zod would drop a
 * misspelt `publsert` without a word.
 */
import { z } from 'astro/zod';
import { formatField, type DataPath, type Problem } from './problem.ts';
import { capitalise, closest, describeValue, joinAnd, quote } from './wording.ts';

/** Something to check: a parsed item and where it sits in its file. */
export interface CheckTarget {
  /** File relative to the content folder. */
  file: string;
  /** The item's data as parsed, before the schema. */
  data: unknown;
  /** Path of the item within its file: `[]`, or `[3]` for the fourth object in a JSON list. */
  prefix: DataPath;
  /** Line of a path within the file (prefix included). */
  lineAt(path: DataPath): number | undefined;
}

/** The schema's problems with an item, and its parsed value when the schema accepted it. */
export interface SchemaCheckResult<T> {
  problems: Problem[];
  value?: T;
}

/** Validates `target.data` with `schema`; returns every problem, worded for staff. */
export function checkSchema<S extends z.ZodType>(target: CheckTarget, schema: S): SchemaCheckResult<z.output<S>> {
  const problems = unknownFields(schema, target.data).map(({ path, known }) => {
    const key = String(path.at(-1));
    const guess = closest(key, known);
    return problemAt(target, path, {
      what: 'ukjent felt',
      fix: guess
        ? `Sjekk stavemåten: mente du «${guess}»?`
        : `Sjekk stavemåten, eller fjern feltet. Felt som kan brukes her: ${joinAnd(known)}.`,
    });
  });
  const result = schema.safeParse(target.data, { error: defaultMessage });
  if (result.success) {
    return { problems, value: result.data };
  }
  for (const issue of result.error.issues) {
    problems.push(problemAt(target, issue.path, describeIssue(issue, schema, target.data)));
  }
  return { problems };
}

function problemAt(target: CheckTarget, path: DataPath, wording: { what: string; fix?: string | undefined }): Problem {
  const full = [...target.prefix, ...path];
  return { file: target.file, line: target.lineAt(full), field: formatField(full) || undefined, ...wording };
}

type Issue = z.core.$ZodIssue;

/** Turns one zod issue into what is wrong and how to fix it. */
function describeIssue(issue: Issue, schema: z.ZodType, data: unknown): { what: string; fix?: string | undefined } {
  const { present, value } = valueAt(data, issue.path);
  const field = schemaAt(schema, issue.path);
  const message = issue.message;

  if (issue.path.at(-1) === 'alt' && issue.path.at(-2) === 'bilde' && (typeof value !== 'string' || value.trim() === '')) {
    return { what: 'bildet mangler alt-tekst', fix: 'Skriv hva bildet viser, for lesere som ikke kan se det.' };
  }
  if (issue.code === 'custom') return splitMessage(message);
  if (issue.path.length === 0 && (value === null || typeof value !== 'object' || Array.isArray(value))) {
    return {
      what: value === null || value === undefined ? 'filen har ingen felt' : `filen inneholder ${describeValue(value)}, ikke felt`,
      fix: 'Skriv feltene på formen «navn: verdi», ett per linje.',
    };
  }
  if (!present && issue.path.at(-1) === 'kilde') {
    return {
      what: 'mangler; hver opplysning må ha en kilde',
      fix: 'Legg til «kilde:» med én av ekstern (en kilde i kilder/), nyhet, dokument eller url, slik at leserne kan se hvor opplysningen kommer fra.',
    };
  }
  if (!present) {
    const allowed = field && enumValues(field);
    return {
      what: 'mangler',
      fix: allowed
        ? `Legg til feltet med en av verdiene: ${allowed.join(', ')}.`
        : 'Legg til feltet, og sjekk at navnet er stavet riktig.',
    };
  }
  if (value === null) {
    const allowed = field && enumValues(field);
    const optional = field !== undefined && isOptional(field);
    return {
      what: 'er tom',
      fix: allowed
        ? `Fyll inn en av: ${allowed.join(', ')}${optional ? ', eller fjern linjen' : ''}.`
        : optional
          ? 'Fyll inn en verdi, eller fjern linjen hvis feltet ikke trengs.'
          : 'Fyll inn en verdi.',
    };
  }
  switch (issue.code) {
    case 'invalid_type':
    case 'invalid_union':
      // YAML reads `tittel: 2022` or `tittel: true` as a number or a boolean; quotes keep it text.
      if (issue.code === 'invalid_type' && issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
        return {
          what: `${describeValue(value)} passer ikke her`,
          fix: `Verdien må være en tekst: sett den i anførselstegn, for eksempel ${String(issue.path.at(-1))}: "${String(value)}".`,
        };
      }
      return { what: `${describeValue(value)} passer ikke her`, fix: asRequirement(message) };
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const guess = typeof value === 'string' ? closest(value, allowed) : undefined;
      return {
        what: `${typeof value === 'string' ? quote(value) : describeValue(value)} er ikke en av verdiene som kan brukes`,
        fix: `${guess ? `Mente du «${guess}»? ` : ''}Bruk en av: ${allowed.join(', ')}.`,
      };
    }
    case 'invalid_format': {
      const shown = typeof value === 'string' || typeof value === 'number' ? quote(String(value)) : describeValue(value);
      // YAML reads 0301 as the number 301; the leading zero can only survive in quotes.
      if (issue.path.at(-1) === 'nummer' && typeof value === 'number' && String(value).length < 4) {
        return {
          what: `${shown} har ikke fire sifre`,
          fix: 'Skriv kommunenummeret i anførselstegn, for eksempel "0301", så nullen foran ikke forsvinner.',
        };
      }
      return { what: `${shown} har feil form`, fix: asRequirement(message) };
    }
    case 'too_small':
    case 'too_big':
      return sizeWording(issue, value);
    default:
      return splitMessage(message);
  }
}

/** «må være en tekst» → «Verdien må være en tekst.»; other messages are used as they are. */
function asRequirement(message: string): string {
  return /^må\s/.test(message) ? `Verdien ${message}.` : capitalise(message);
}

/** Schema messages are written «what is wrong; how to fix it». */
function splitMessage(message: string): { what: string; fix?: string } {
  const cut = message.indexOf('; ');
  if (cut === -1) return { what: message };
  return { what: message.slice(0, cut), fix: capitalise(message.slice(cut + 2)) };
}

function sizeWording(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, value: unknown): { what: string; fix: string } {
  const small = issue.code === 'too_small';
  const limit = Number(small ? (issue as z.core.$ZodIssueTooSmall).minimum : (issue as z.core.$ZodIssueTooBig).maximum);
  const inclusive = issue.inclusive !== false;
  switch (issue.origin) {
    case 'string': {
      const length = typeof value === 'string' ? value.trim().length : 0;
      if (small && length === 0) return { what: 'er tom', fix: 'Skriv inn en tekst.' };
      return small
        ? { what: `er for kort (${length} tegn)`, fix: `Teksten må ha minst ${limit} tegn.` }
        : { what: `er for lang (${length} tegn)`, fix: `Teksten kan ha høyst ${limit} tegn.` };
    }
    case 'array': {
      const length = Array.isArray(value) ? value.length : 0;
      return small
        ? { what: `listen har for få elementer (${length})`, fix: `Den må ha minst ${limit}.` }
        : { what: `listen har for mange elementer (${length})`, fix: `Den kan ha høyst ${limit}.` };
    }
    default: {
      const shown = typeof value === 'number' ? `tallet ${value}` : 'tallet';
      if (small) {
        return { what: `${shown} er for lite`, fix: inclusive ? `Det må være minst ${limit}.` : `Det må være større enn ${limit}.` };
      }
      return { what: `${shown} er for stort`, fix: inclusive ? `Det kan være høyst ${limit}.` : `Det må være mindre enn ${limit}.` };
    }
  }
}

const typeWords: Record<string, string> = {
  string: 'en tekst',
  number: 'et tall',
  int: 'et heltall',
  boolean: 'true eller false',
  array: 'en liste',
  object: 'en gruppe med felt på linjene under, rykket inn med mellomrom',
  date: 'en dato',
};

/**
 * Norwegian wording for issues whose schema gives no message of its own.
 * Zod prefers a schema's own `error` over this, so the schema authors keep the last word.
 */
function defaultMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `må være ${typeWords[String(issue.expected)] ?? String(issue.expected)}`;
    case 'invalid_value':
      return `må være en av: ${(issue.values as unknown[]).map(String).join(', ')}`;
    case 'invalid_format':
      if (issue.format === 'url') return 'må være en full nettadresse';
      if (issue.format === 'email') return 'må være en e-postadresse';
      return 'har ikke riktig form';
    case 'invalid_union': {
      const expected = (issue.errors as Issue[][])
        .map((errors) => errors.find((e) => e.code === 'invalid_type' && e.path.length === 0))
        .map((e) => (e?.code === 'invalid_type' ? typeWords[e.expected] : undefined))
        .filter((word): word is string => word !== undefined);
      return expected.length > 0 ? `må være ${expected.join(' eller ')}` : 'har feil form';
    }
    default:
      return 'er ikke gyldig';
  }
}

function valueAt(data: unknown, path: DataPath): { present: boolean; value: unknown } {
  let value = data;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, segment)) {
      return { present: false, value: undefined };
    }
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return { present: value !== undefined, value };
}

// Zod 4 describes every schema by a plain `def` object; reading it lets the
// checks find the object shapes and enum values behind optional(), default()
// and transform() wrappers without a second copy of the schemas.
interface SchemaDef {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, string | number>;
}

function defOf(schema: z.ZodType): SchemaDef {
  return (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
}

const wrappers = new Set(['optional', 'default', 'prefault', 'nullable', 'catch', 'readonly', 'nonoptional']);

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (wrappers.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

function isOptional(schema: z.ZodType): boolean {
  let current: z.ZodType | undefined = schema;
  while (current) {
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault') return true;
    current = wrappers.has(def.type) ? def.innerType : def.type === 'pipe' ? def.in : undefined;
  }
  return false;
}

function schemaAt(schema: z.ZodType, path: DataPath): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const segment of path) {
    if (!current) return undefined;
    const def = defOf(unwrap(current));
    if (def.type === 'object' && typeof segment === 'string') current = def.shape?.[segment];
    else if (def.type === 'array' && typeof segment === 'number') current = def.element;
    else return undefined;
  }
  return current;
}

function enumValues(schema: z.ZodType): string[] | undefined {
  const def = defOf(unwrap(schema));
  return def.type === 'enum' && def.entries ? Object.values(def.entries).map(String) : undefined;
}

/** Every field in `data` that the schema does not define, at any depth, with the fields allowed there. */
export function unknownFields(schema: z.ZodType, data: unknown, path: DataPath = []): { path: DataPath; known: string[] }[] {
  const def = defOf(unwrap(schema));
  if (def.type === 'object' && def.shape && isRecord(data)) {
    const shape = def.shape;
    const known = Object.keys(shape);
    return Object.entries(data).flatMap(([key, value]) => {
      const inner = shape[key];
      return inner ? unknownFields(inner, value, [...path, key]) : [{ path: [...path, key], known }];
    });
  }
  if (def.type === 'array' && def.element && Array.isArray(data)) {
    const element = def.element;
    return data.flatMap((item, index) => unknownFields(element, item, [...path, index]));
  }
  return [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
