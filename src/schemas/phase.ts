import { z } from 'astro/zod';
import { sourceSchema } from './source.ts';
import { isoDate, slug, text } from './common.ts';

/** A rollout phase (innføringsfase). Municipalities join a phase through their status events. */
export const phaseSchema = z.object({
  /** Identifier used in events, e.g. `fase-2`. */
  id: slug,
  /** Name shown to readers, e.g. «Fase 2». */
  navn: text,
  /** Order of the phase, 1 for the first. */
  nummer: z.number({ error: 'må være et tall' }).int().positive(),
  /** Planned go-live date, when one has been announced. */
  planlagt: isoDate.optional(),
  /** Planned go-live in words when there is no exact date, e.g. «høsten 2022». */
  planlagtTekst: z.string().optional(),
  /** Actual go-live date, once it has happened. */
  gjennomfort: isoDate.optional(),
  /** What the phase is, in one or two sentences. */
  beskrivelse: text,
  /** Organisations (hospitals, health trusts) in the phase, by id. Default: none. */
  organisasjoner: z.array(slug).default([]),
  /** Where the plan for this phase was announced, optional. */
  kilde: sourceSchema.optional(),
});
export type Phase = z.infer<typeof phaseSchema>;
