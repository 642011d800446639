import { z } from 'astro/zod';
import { decimal, isoDate, text } from './common.ts';
import { eventList } from './event.ts';

export { statusEventSchema, type StatusEvent } from './event.ts';

/** Kommunenummer: four digits, kept as text so a leading zero survives. */
const kommunenummer = z
  .string({ error: 'må være et kommunenummer med fire sifre, for eksempel "5001"' })
  .regex(/^\d{4}$/, { error: 'må være et kommunenummer med fire sifre, for eksempel "5001"' });

/** A number the municipality had before (`tidligereNummer`). */
export const earlierNumberSchema = z.object({
  /** The earlier kommunenummer. */
  nummer: kommunenummer,
  /** First day it was valid, when the municipality had yet another number before. Optional. */
  fra: isoDate.optional(),
  /** Last day it was valid. */
  til: isoDate,
});

/** A name in another language (`andreNavn`), such as a municipality's official Sami name. */
export const otherNameSchema = z.object({
  /** The name as officially written, e.g. «Snåase». */
  navn: text,
  /**
   * Language, ISO 639-3: `sma` sørsamisk, `sme` nordsamisk, `smj` lulesamisk,
   * `fkv` kvensk, `nn`/`nb` for a Norwegian variant.
   */
  sprak: z.enum(['sma', 'sme', 'smj', 'fkv', 'nb', 'nn'], {
    error: 'må være en språkkode: sma (sørsamisk), sme (nordsamisk), smj (lulesamisk), fkv (kvensk), nb eller nn',
  }),
});

/** A municipality (`content/kommuner/<slug>.yaml`); the file name is the slug. */
export const municipalitySchema = z.object({
  /** The official kommunenummer valid now (or on the last day, for one that has ceased). Source: SSB's classification of municipalities. */
  nummer: kommunenummer,
  /** Earlier numbers with the last day each was valid, e.g. Ålesund 1507 until 2023-12-31. Default: none. */
  tidligereNummer: z.array(earlierNumberSchema, { error: 'må være en liste med nummer og til' }).default([]),
  /** The official Norwegian name, used for sorting and addresses. */
  navn: text,
  /** Official names in other languages (Sami, Kven). Default: none. */
  andreNavn: z.array(otherNameSchema, { error: 'må være en liste med navn og sprak' }).default([]),
  /** County. */
  fylke: text,
  /** Position of the administrative centre, in degrees (WGS 84). */
  koordinater: z.object({
    /** Latitude, degrees north. */
    lat: decimal.pipe(z.number().min(-90, { error: 'må være mellom -90 og 90' }).max(90, { error: 'må være mellom -90 og 90' })),
    /** Longitude, degrees east. */
    lon: decimal.pipe(z.number().min(-180, { error: 'må være mellom -180 og 180' }).max(180, { error: 'må være mellom -180 og 180' })),
  }),
  /** First day the municipality existed, when it was created after 2020. Optional. */
  gyldigFra: isoDate.optional(),
  /** Last day the municipality existed, when it has ceased. Optional. */
  gyldigTil: isoDate.optional(),
  /** Date the information about this municipality was last checked; overrides the settings' `sistKontrollert`. Optional. */
  sistKontrollert: isoDate.optional(),
  /** Status history, oldest first. Default: none (the first status in the settings). */
  hendelser: eventList,
});
export type Municipality = z.infer<typeof municipalitySchema>;
