import { z } from 'astro/zod';
import { isoDate, slug, text } from './common.ts';
import { sourceSchema } from './source.ts';

/** A dated change in a municipality's status, with its source. */
export const statusEventSchema = z.object({
  /** Date the change took effect. */
  dato: isoDate,
  /** New status, one of the ids in the settings' `statuser`. */
  status: slug,
  /** Rollout phase the event concerns, by id, optional. */
  fase: slug.optional(),
  /** Short explanation, optional. */
  merknad: z.string().optional(),
  /** Where this is documented. */
  kilde: sourceSchema,
});
export type StatusEvent = z.infer<typeof statusEventSchema>;

/** A municipality (`content/kommuner/<slug>.yaml`); the file name is the slug. */
export const municipalitySchema = z.object({
  /** Official four-digit municipality number. */
  nummer: z
    .union([z.string(), z.number()])
    .transform(String)
    .pipe(z.string().regex(/^\d{4}$/, { error: 'må være et kommunenummer med fire sifre, for eksempel "5001"' })),
  /** Official name. */
  navn: text,
  /** County. */
  fylke: text,
  /** Position of the administrative centre. */
  koordinater: z.object({
    /** Latitude, degrees north. */
    lat: z.number({ error: 'må være et tall (breddegrad)' }).min(-90).max(90),
    /** Longitude, degrees east. */
    lon: z.number({ error: 'må være et tall (lengdegrad)' }).min(-180).max(180),
  }),
  /** First day the municipality existed, when it was created after 2020. Optional. */
  gyldigFra: isoDate.optional(),
  /** Last day the municipality existed, when it has ceased. Optional. */
  gyldigTil: isoDate.optional(),
  /** Status history, oldest first. Default: none (status «ikke registrert»). */
  hendelser: z.array(statusEventSchema, { error: 'må være en liste med hendelser' }).default([]),
});
export type Municipality = z.infer<typeof municipalitySchema>;
