import { z } from 'astro/zod';
import { httpUrl, slug, text } from './common.ts';

/**
 * Where a fact comes from: exactly one of a news item on this site, a
 * document on this site, or an external web page.
 */
export const sourceSchema = z
  .object({
    /** Slug of a news item on this site. */
    nyhet: slug.optional(),
    /** Slug of a document on this site. */
    dokument: slug.optional(),
    /** Address of an external page. */
    url: httpUrl.optional(),
    /** Title of the external page; required with `url`. */
    tittel: text.optional(),
  }, { error: 'må ha én av nyhet, dokument eller url' })
  .superRefine((source, ctx) => {
    const given = [source.nyhet, source.dokument, source.url].filter((v) => v !== undefined).length;
    if (given !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: 'må ha nøyaktig én av «nyhet», «dokument» eller «url»',
      });
    }
    if (source.url && !source.tittel) {
      ctx.addIssue({ code: 'custom', path: ['tittel'], message: 'mangler; en ekstern kilde trenger en tittel' });
    }
  });
export type Source = z.infer<typeof sourceSchema>;
