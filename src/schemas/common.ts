import { z } from 'astro/zod';
import { dateProblem, periodProblem, type Precision } from '../domain/period.ts';

/*
 * Building blocks shared by every content kind.
 *
 * The content reader (src/content-model/read/) keeps every plain YAML value
 * as the text it was written as, so `versjon: 1.10` stays «1.10» and
 * `nummer: 0301` stays «0301». Fields that are numbers or true/false
 * therefore accept that text as well as the typed values JSON gives.
 */

/** Non-empty text, trimmed. */
export const text = z.string({ error: 'må være en tekst' }).trim().min(1, { error: 'kan ikke være tom' });

/** Optional text; when present it may not be empty. */
export const optionalText = text.optional();

/** A whole number: a JSON number or YAML text such as «12». */
export const integer = z
  .union([z.number(), z.string().regex(/^\s*-?\d+\s*$/).transform(Number)], { error: 'må være et heltall, for eksempel 12' })
  .pipe(z.number().int({ error: 'må være et heltall, for eksempel 12' }));

/** A decimal number with a full stop: a JSON number or YAML text such as «63.43». */
export const decimal = z.union([z.number(), z.string().regex(/^\s*-?\d+(?:\.\d+)?\s*$/).transform(Number)], {
  error: 'må være et tall med punktum som desimaltegn, for eksempel 63.43',
});

/** `true` or `false` (JSON booleans, or the YAML words). */
export const flag = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')], {
  error: 'må være true eller false',
});

/** Calendar date written as `ÅÅÅÅ-MM-DD`; kept as that string so dates compare as text everywhere. */
export const isoDate = z.string({ error: 'må være en dato på formen ÅÅÅÅ-MM-DD, for eksempel 2022-02-23' }).superRefine((value, ctx) => {
  const problem = dateProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** Text that must be a period of one of the given precisions (see src/domain/period.ts). */
function period(allowed: readonly Precision[], example: string) {
  return z.string({ error: `må være ${example}` }).superRefine((value, ctx) => {
    const problem = periodProblem(value, allowed);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}

/** When an event happened or a plan was made: a day, or a month when the source gives no day. */
export const eventDate = period(['dag', 'maned'], 'en dato (2022-11-12) eller en måned (2022-11)');

/** What a plan aims at: a day, a month, a year or a season («høsten 2022»). */
export const plannedDate = period(['dag', 'maned', 'ar', 'sesong'], 'en dato, en måned, et år eller en årstid, for eksempel 2022-11-12, 2025-04 eller «høsten 2022»');

/** When a source was published, as precisely as it shows: a day, a month or a year. */
export const sourceDate = period(['dag', 'maned', 'ar'], 'en dato (2022-11-12), en måned (2022-11) eller et år (2022)');

/** Content language: bokmål by default, nynorsk allowed. */
export const language = z
  .enum(['nb', 'nn'], { error: 'må være «nb» (bokmål) eller «nn» (nynorsk)' })
  .default('nb');

/** A slug: lower-case letters, digits and hyphens, as used in file names and references. */
export const slug = z
  .string({ error: 'må være en tekst' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: 'må bestå av små bokstaver a–z, tall og bindestrek (for eksempel «indre-fosen»)',
  });

/** A list of slugs; absent means none. */
export const slugList = z.array(slug, { error: 'må være en liste, for eksempel [trondheim, roros]' }).default([]);

/** A web address. `http://` is allowed for other sites' pages that have no https version. */
export const httpUrl = z.url({
  protocol: /^https?$/,
  error: 'må være en full nettadresse som begynner med https:// eller http://',
});

/** A web address of our own that must be secure: `https://` only. */
export const httpsUrl = z.url({
  protocol: /^https$/,
  error: 'må være en full nettadresse som begynner med https://',
});

/** A colour `#rrggbb`. */
export const colour = z.string({ error: 'må være en farge på formen #rrggbb, for eksempel #1f6f43' }).regex(/^#[0-9a-fA-F]{6}$/, {
  error: 'må være en farge på formen #rrggbb, for eksempel #1f6f43',
});
