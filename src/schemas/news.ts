import { z } from 'astro/zod';
import { isoDate, language, slugList, text } from './common.ts';

/**
 * A news item (`content/nyheter/<slug>.md` or `.mdx`). The file name is the slug.
 * `imageField` is Astro's `image()` in the content collection and a plain
 * path string in the standalone validator, which checks the file itself.
 */
export function newsSchema<I extends z.ZodType>(imageField: I) {
  return z.object({
    /** Headline. */
    tittel: text,
    /** One or two sentences shown in lists and feeds. */
    ingress: text,
    /** Publication date; an item dated in the future is not published until then. */
    publisert: isoDate,
    /** Date of the last substantial change, optional. */
    oppdatert: isoDate.optional(),
    /** Main image, optional. Alt text is required. */
    bilde: z
      .object({
        /** Image file next to the article, e.g. `./bilder/motet.jpg`. */
        fil: imageField,
        /** What the image shows, for readers who cannot see it. */
        alt: z.string({ error: 'mangler; skriv hva bildet viser' }).trim().min(1, { error: 'er tom; skriv hva bildet viser' }),
        /** Caption shown under the image, optional. */
        bildetekst: z.string().optional(),
        /** Photographer or rights holder, optional. */
        kreditering: z.string().optional(),
      })
      .optional(),
    /** Topics (free words), e.g. [tjenesteavtale, økonomi]. Default: none. */
    emner: z.array(text, { error: 'må være en liste med ord' }).default([]),
    /** Municipalities the item concerns, by slug. Default: none. */
    kommuner: slugList,
    /** Documents the item concerns, by slug. Default: none. */
    dokumenter: slugList,
    /** True keeps the item unpublished. Default: false. */
    utkast: z.boolean({ error: 'må være true eller false' }).default(false),
    /** Language of the text. Default: nb. */
    sprak: language,
  });
}
export type News = z.infer<ReturnType<typeof newsSchema<z.ZodString>>>;
