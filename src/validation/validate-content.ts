/**
 * Validates the whole content folder: reads every file, checks each item
 * against its schema, then checks everything that spans files. Returns
 * every problem at once, sorted by file.
 */
import { z } from 'astro/zod';
import { documentSchema } from '../schemas/document.ts';
import { faqSchema } from '../schemas/faq.ts';
import { municipalitySchema } from '../schemas/municipality.ts';
import { newsSchema } from '../schemas/news.ts';
import { organisationSchema } from '../schemas/organisation.ts';
import { phaseSchema } from '../schemas/phase.ts';
import { settingsSchema } from '../schemas/settings.ts';
import { checkCrossReferences } from './cross-references.ts';
import { loadContent, type ContentItem, type ContentKind, type LoadedContent } from './load-content.ts';
import { compareProblems, type Problem } from './problem.ts';
import { checkSchema } from './schema-check.ts';

/** Options for `validateContent`. */
export interface ValidationOptions {
  /** The date the site is built for, `YYYY-MM-DD` (see `buildDate()`). */
  buildDate: string;
}

/** How many items of each kind were checked. */
export type ContentCounts = Record<Exclude<ContentKind, 'innstillinger'>, number>;

/** The outcome of validating the content folder. */
export interface ValidationResult {
  /** Every problem found, sorted by file and line; empty when the content is fine. */
  problems: Problem[];
  /** Items checked, by kind. */
  counts: ContentCounts;
  /** The content as read, with each item's schema output in `values` when it passed. */
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

const schemas: Record<ContentKind, z.ZodType> = {
  innstillinger: settingsSchema,
  organisasjon: organisationSchema,
  fase: phaseSchema,
  nyhet: newsSchema(z.string()),
  dokument: documentSchema,
  sporsmal: faqSchema,
  kommune: municipalitySchema,
};

/** Reads and validates the content folder at `root`. Throws only `ValidatorCrash`. */
export function validateContent(root: string, options: ValidationOptions): ValidationResult {
  let current: string | undefined;
  try {
    const { content, problems } = loadContent(root, (file) => {
      current = file;
    });
    const values = new Map<ContentItem, unknown>();
    const items = [
      ...(content.settings ? [content.settings] : []),
      ...content.organisations,
      ...content.phases,
      ...content.news,
      ...content.documents,
      ...content.faqs,
      ...content.municipalities,
    ];
    for (const item of items) {
      if (!item.readable) continue;
      current = item.file;
      const result = checkSchema(item, schemas[item.kind]);
      problems.push(...result.problems);
      if ('value' in result) values.set(item, result.value);
    }
    current = undefined;
    problems.push(...checkCrossReferences(content, options));
    return {
      problems: problems.sort(compareProblems),
      counts: {
        nyhet: content.news.length,
        dokument: content.documents.length,
        sporsmal: content.faqs.length,
        kommune: content.municipalities.length,
        organisasjon: content.organisations.length,
        fase: content.phases.length,
      },
      content,
      values,
    };
  } catch (error) {
    throw new ValidatorCrash(current, error);
  }
}
