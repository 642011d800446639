import { z } from 'astro/zod';
import { httpUrl, optionalText, slug, sourceDate, text } from './common.ts';

/**
 * Where a fact comes from (`kilde`): exactly one of
 * - `ekstern: <id>`: a registered external source (`content/kilder/<id>.yaml`), the usual way;
 * - `nyhet: <slug>`: a news item on this site;
 * - `dokument: <slug>`: a document on this site (also one held elsewhere);
 * - `url` with `tittel`, `utgiver` and, when the page shows one, `dato`:
 *   an external page named in place.
 */
export const sourceSchema = z
  .object(
    {
      /** Id of a registered external source in `content/kilder/`. */
      ekstern: slug.optional(),
      /** Slug of a news item on this site. */
      nyhet: slug.optional(),
      /** Slug of a document on this site. */
      dokument: slug.optional(),
      /** Address of an external page. */
      url: httpUrl.optional(),
      /** Title of the external page; required with `url`. */
      tittel: text.optional(),
      /** Who published the external page, e.g. «NRK Trøndelag»; required with `url`. */
      utgiver: text.optional(),
      /** When the external page was published, as precisely as it shows (optional). */
      dato: sourceDate.optional(),
    },
    { error: 'må ha én av ekstern, nyhet, dokument eller url' },
  )
  .superRefine((source, ctx) => {
    const given = [source.ekstern, source.nyhet, source.dokument, source.url].filter((v) => v !== undefined).length;
    if (given !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: 'må ha nøyaktig én av «ekstern», «nyhet», «dokument» eller «url»',
      });
      return;
    }
    if (source.url) {
      if (!source.tittel) ctx.addIssue({ code: 'custom', path: ['tittel'], message: 'mangler; en ekstern kilde trenger en tittel' });
      if (!source.utgiver) {
        ctx.addIssue({ code: 'custom', path: ['utgiver'], message: 'mangler; skriv hvem som har publisert siden, for eksempel «NRK Trøndelag»' });
      }
    } else {
      for (const field of ['tittel', 'utgiver', 'dato'] as const) {
        if (source[field] !== undefined) {
          ctx.addIssue({ code: 'custom', path: [field], message: 'brukes bare sammen med «url»; fjern linjen' });
        }
      }
    }
  });
export type Source = z.infer<typeof sourceSchema>;

/** An optional list of sources (`kilder`), for items that rest on several. Default: none. */
export const sourceList = z.array(sourceSchema, { error: 'må være en liste med kilder' }).default([]);

/** An external source (`content/kilder/<id>.yaml`); the file name is its id. */
export const externalSourceSchema = z.object({
  /** The page's or document's title, or a plain description of it. */
  tittel: text,
  /** Who published it, e.g. «Helseplattformen AS» or «NRK Trøndelag». */
  utgiver: text,
  /** Its address. */
  url: httpUrl,
  /** When it was published, as precisely as it shows; absent when it shows no date. */
  dato: sourceDate.optional(),
  /** A note for readers, e.g. that the page is updated over time. Optional. */
  merknad: optionalText,
});
export type ExternalSource = z.infer<typeof externalSourceSchema>;
