import { z } from 'astro/zod';
import { eventDate, integer, optionalText, plannedDate, text } from './common.ts';
import { sourceSchema } from './source.ts';

/** One entry in a wave's plan history: when a go-live was planned for, decided when, and where that is stated. */
export const planSchema = z.object({
  /** When the plan was decided or announced: a day, or a month. */
  dato: eventDate,
  /** What it aims at: a day, a month, a year or a season («høsten 2022»). */
  planlagt: plannedDate,
  /** Why, in our own words, e.g. the reason for a postponement. Optional. */
  merknad: optionalText,
  /** Where the plan is stated. */
  kilde: sourceSchema,
});
export type Plan = z.infer<typeof planSchema>;

/**
 * A rollout wave (`content/faser/<id>.yaml`; the file name is its id), as
 * the organisation named it. Its participants are derived: every
 * municipality and organisation whose latest event naming a wave names this one.
 */
export const phaseSchema = z.object({
  /** Name shown to readers, e.g. «Andre innføring». */
  navn: text,
  /** Order of the wave, 1 for the first; unique. */
  nummer: integer.pipe(z.number().positive({ error: 'må være 1 eller større' })),
  /** What the wave is, in one or two sentences. */
  beskrivelse: text,
  /** The plan history, at least one entry; the current plan is the latest by `dato`. */
  planer: z.array(planSchema, { error: 'må være en liste med planer' }).min(1, { error: 'må ha minst én plan (dato, planlagt og kilde)' }),
  /** The go-live, once a source reports it done. Optional. */
  gjennomfort: z
    .object({
      /** The day (or month) it happened. */
      dato: eventDate,
      /** Note, optional. */
      merknad: optionalText,
      /** Where it is reported. */
      kilde: sourceSchema,
    })
    .optional(),
});
export type Phase = z.infer<typeof phaseSchema>;
