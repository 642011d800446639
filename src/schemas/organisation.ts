import { z } from 'astro/zod';
import { httpUrl, slug, text } from './common.ts';

/** Kinds of organisation taking part in the rollout. */
export const organisationKinds = ['selskap', 'rhf', 'helseforetak', 'sykehus', 'kommune', 'rad'] as const;

/** An organisation: the company, the regional health authority, a health trust, a hospital or a council. */
export const organisationSchema = z.object({
  /** Identifier used in references, e.g. `st-olavs-hospital`. */
  id: slug,
  /** Full name. */
  navn: text,
  /** Kind of organisation. */
  type: z.enum(organisationKinds, {
    error: `må være en av: ${organisationKinds.join(', ')}`,
  }),
  /** The organisation this one belongs to (a hospital's health trust), optional. */
  tilhorer: slug.optional(),
  /** The municipality this organisation is, for `type: kommune`, optional. */
  kommune: slug.optional(),
  /** True for the owners of the company. Default: false. */
  eier: z.boolean({ error: 'må være true eller false' }).default(false),
  /** One sentence about the organisation's role, optional. */
  rolle: z.string().optional(),
  /** Official web address, optional. */
  nettside: httpUrl.optional(),
});
export type Organisation = z.infer<typeof organisationSchema>;
