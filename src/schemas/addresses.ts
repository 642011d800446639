import { z } from 'astro/zod';
import { isoDate, text } from './common.ts';

/**
 * An address on this site as staff write it: a path from the site's root,
 * starting with `/`, such as `/nyheter/ny-avtale/`, or an answer's anchor,
 * `/sporsmal-og-svar/#hva-er-helsami`.
 */
export const sitePath = z
  .string({ error: 'må være en adresse på nettstedet, for eksempel /nyheter/ny-avtale/' })
  .trim()
  .regex(/^\/(?:[a-z0-9-]+\/)*(?:#[a-z0-9]+(?:-[a-z0-9]+)*)?$/, {
    message: 'må være en adresse på nettstedet som begynner og slutter med /, for eksempel /nyheter/ny-avtale/ (et svar: /sporsmal-og-svar/#filnavn)',
  });

/** One address that moved: the old one answers with a pointer to the new one. */
export const movedAddressSchema = z.object({
  /** The address that was published. */
  fra: sitePath,
  /** Where the item is now. */
  til: sitePath,
  /** The day it moved, `YYYY-MM-DD`. */
  dato: isoDate,
});

/** One address whose item was removed: the old address says when and why. */
export const removedAddressSchema = z.object({
  /** The address that was published. */
  fra: sitePath,
  /** The day it was removed, `YYYY-MM-DD`. */
  dato: isoDate,
  /** Why, in a sentence readers understand. */
  grunn: text,
});

/**
 * The record of published addresses that moved or were removed
 * (`content/adresser.yaml`, optional). Kept so every address the site ever
 * published keeps answering: the check asks for a line here when a
 * published address disappears (see src/validation/addresses.ts).
 */
export const addressRecordSchema = z.object({
  flyttet: z.array(movedAddressSchema, { error: 'må være en liste med fra, til og dato' }).default([]),
  fjernet: z.array(removedAddressSchema, { error: 'må være en liste med fra, dato og grunn' }).default([]),
});
export type AddressRecord = z.infer<typeof addressRecordSchema>;
export type MovedAddress = z.infer<typeof movedAddressSchema>;
export type RemovedAddress = z.infer<typeof removedAddressSchema>;
