import { z } from 'astro/zod';
import { eventDate, flag, isoDate, language, optionalText, slug, slugList, text } from './common.ts';
import { sourceList } from './source.ts';

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
    /** The day it is published on this site (never backdated); an item dated in the future is not published until then. */
    publisert: isoDate,
    /** The date of what the item reports, when it was written later: a day or a month. Optional. */
    hendelsesdato: eventDate.optional(),
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
        bildetekst: optionalText,
        /** Photographer or rights holder, optional. */
        kreditering: optionalText,
      })
      .optional(),
    /** Topics (free words), e.g. [tjenesteavtale, økonomi]. Default: none. */
    emner: z.array(text, { error: 'må være en liste med ord' }).default([]),
    /** Municipalities the item concerns, by slug. Default: none. */
    kommuner: slugList,
    /** Documents the item concerns, by slug. Default: none. */
    dokumenter: slugList,
    /** Sources the item rests on, shown under it as «Kilder». Default: none. */
    kilder: sourceList,
    /** True keeps the item unpublished. Default: false. */
    utkast: flag.default(false),
    /** Language of the text. Default: nb. */
    sprak: language,
    /** The slug of the same item in the other written form (bokmål or nynorsk), when it has been translated. Optional. */
    oversettelseAv: slug.optional(),
  });
}
export type News = z.infer<ReturnType<typeof newsSchema<z.ZodString>>>;
