import { z } from 'astro/zod';

/**
 * Calendar date written as `ÅÅÅÅ-MM-DD`. YAML parsers may hand us a string
 * (our validator) or a Date (Astro's js-yaml); both become an ISO string so
 * dates compare as plain strings everywhere in the domain code.
 */
export const isoDate = z
  .union([z.string(), z.date()], {
    error: 'må være en dato på formen ÅÅÅÅ-MM-DD, for eksempel 2022-02-23',
  })
  .transform((value, ctx) => {
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) {
        ctx.addIssue({ code: 'custom', message: 'er ikke en gyldig dato' });
        return z.NEVER;
      }
      return value.toISOString().slice(0, 10);
    }
    const problem = dateProblem(value);
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem });
      return z.NEVER;
    }
    return value;
  });

/** Why a string is not a real `YYYY-MM-DD` date, or `undefined` when it is one. */
export function dateProblem(value: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return `«${value}» er ikke en dato på formen ÅÅÅÅ-MM-DD (for eksempel 2022-02-23)`;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return `${value} finnes ikke i kalenderen; sjekk dag og måned`;
  }
  return undefined;
}

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

/** Non-empty text. */
export const text = z.string({ error: 'må være en tekst' }).trim().min(1, { error: 'kan ikke være tom' });

/** A list of slugs; absent means none. */
export const slugList = z.array(slug, { error: 'må være en liste, for eksempel [trondheim, roros]' }).default([]);

export const httpUrl = z.url({
  protocol: /^https?$/,
  error: 'må være en full nettadresse som begynner med https:// eller http://',
});
