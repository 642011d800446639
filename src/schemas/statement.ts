import { z } from 'astro/zod';
import { eventDate, flag, integer, optionalText, slug } from './common.ts';
import { sourceSchema } from './source.ts';

/**
 * A sourced total (`content/tall/<id>.yaml`): a count that a source gives
 * only as a number, such as «19 councils by 26 May 2021» or «28
 * municipalities live in April 2024». Shown beside the count derived from
 * named municipalities, so the two never contradict each other silently.
 */
export const statementSchema = z.object({
  /** The date the figure applies to: a day or a month. */
  dato: eventDate,
  /** The status counted: an id from the settings' `statuser`. */
  status: slug,
  /** The number the source gives. */
  antall: integer.pipe(z.number().min(0, { error: 'kan ikke være negativt' })),
  /** True when the source says «at least» or «over». Default: false. */
  minst: flag.default(false),
  /** What the source counts, when it differs from the municipalities in the region, optional. */
  omfang: optionalText,
  /** Note, optional. */
  merknad: optionalText,
  /** Where the figure is given. */
  kilde: sourceSchema,
});
export type Statement = z.infer<typeof statementSchema>;
