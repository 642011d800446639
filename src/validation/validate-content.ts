/**
 * Validates the whole content folder: reads every file once (the content
 * reader), checks each item against its kind's schema, then checks
 * references and the rules that span files. Returns every problem at once,
 * sorted by file, and the content as read, so a build can go on from it
 * without reading anything twice.
 */
import { readContent, type ContentItem, type LoadedContent } from '../content-model/read/read-content.ts';
import { kinds, type KindId } from '../content-model/registry.ts';
import { compareProblems, type Problem } from './problem.ts';
import { checkAddresses } from './addresses.ts';
import { checkFiles } from './files.ts';
import type { AddressRecord } from '../schemas/addresses.ts';
import { checkPlaceholders } from './placeholders.ts';
import { checkReferences } from './references.ts';
import { checkRules } from './rules.ts';
import { checkSchema } from './schema-check.ts';
import { countOf, joinAnd } from './wording.ts';

/** Options for `validateContent`. */
export interface ValidationOptions {
  /** The date the site is built for, `YYYY-MM-DD` (see `buildDate()`). */
  buildDate: string;
  /**
   * The addresses the published site answers (its `/adresser.json`, see
   * src/publishing/published-addresses.ts). When given, each one that is
   * gone without a line in `adresser.yaml` is a problem.
   */
  publishedAddresses?: readonly string[] | undefined;
}

/** How many items of each kind were checked. */
export type ContentCounts = Record<Exclude<KindId, 'innstillinger' | 'adresser'>, number>;

/** The outcome of validating the content folder. */
export interface ValidationResult {
  /** Every problem found, sorted by file and line; empty when the content is fine. */
  problems: Problem[];
  /** Items checked, by kind. */
  counts: ContentCounts;
  /** The content as read. */
  content: LoadedContent;
  /** Schema output of each item that its schema accepted, keyed by the item. */
  values: Map<ContentItem, unknown>;
}

/**
 * Thrown when the validator itself fails (a bug, not a content problem),
 * naming the file it was reading so the report can still point somewhere.
 */
export class ValidatorCrash extends Error {
  readonly file: string | undefined;
  constructor(file: string | undefined, cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'ValidatorCrash';
    this.file = file;
  }
}

/** Reads and validates the content folder at `root`. Rejects only with `ValidatorCrash`. */
export async function validateContent(root: string, options: ValidationOptions): Promise<ValidationResult> {
  let current: string | undefined;
  try {
    const { content, problems } = readContent(root, (file) => {
      current = file;
    });
    const values = new Map<ContentItem, unknown>();
    for (const definition of kinds) {
      for (const item of content.items[definition.id]) {
        if (!item.readable) continue;
        current = item.file;
        const result = checkSchema(item, definition.schema);
        problems.push(...result.problems);
        if ('value' in result) values.set(item, result.value);
      }
    }
    current = undefined;
    problems.push(...checkReferences(content, options), ...checkRules(content, options), ...checkPlaceholders(content));
    const record = content.items.adresser[0];
    problems.push(...checkAddresses(content, record ? (values.get(record) as AddressRecord | undefined) : undefined, options));
    current = undefined;
    problems.push(...(await checkFiles(content, values, options)));
    const counts = Object.fromEntries(
      kinds.filter((k) => k.layout.type !== 'single').map((k) => [k.id, content.items[k.id].length]),
    ) as ContentCounts;
    return { problems: latestOfEach(problems).sort(compareProblems), counts, content, values };
  } catch (error) {
    throw new ValidatorCrash(current, error);
  }
}

/**
 * One problem per file, line, field and wording: a later check that names
 * the same fault with a better fix (the reference check's «Mente du
 * «innforing-planlagt»?» for the schema's malformed id) replaces the earlier.
 */
function latestOfEach(problems: readonly Problem[]): Problem[] {
  const byKey = new Map<string, Problem>();
  for (const problem of problems) {
    const key = JSON.stringify([problem.file, problem.line ?? null, problem.field ?? null, problem.what]);
    byKey.delete(key);
    byKey.set(key, problem);
  }
  return [...byKey.values()];
}

/** «Innholdet er i orden: 17 organisasjoner, …, 1 dokument, 3 svar og innstillingene kontrollert.» (kinds in registry order) */
export function okLine(counts: ContentCounts): string {
  const parts = [
    ...kinds.flatMap((k) => (k.id === 'innstillinger' || k.id === 'adresser' ? [] : [countOf(counts[k.id], k.nouns.one, k.nouns.many)])),
    'innstillingene',
  ];
  return `Innholdet er i orden: ${joinAnd(parts)} kontrollert.`;
}
