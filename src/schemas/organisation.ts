import { z } from 'astro/zod';
import { flag, httpUrl, isoDate, optionalText, slug, text } from './common.ts';
import { eventList } from './event.ts';

/** Kinds of organisation taking part in the rollout. */
export const organisationKinds = ['selskap', 'rhf', 'helseforetak', 'sykehus', 'kommune', 'rad'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

/** Kinds of organisation that have a status history of their own (they switch to the system). */
export const organisationKindsWithStatus: readonly OrganisationKind[] = ['helseforetak', 'sykehus'];

/**
 * An organisation (`content/organisasjoner/<id>.yaml`; the file name is its
 * id): the company, the regional health authority, a health trust, a
 * hospital, a municipality as owner, or a council.
 */
export const organisationSchema = z.object({
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
  eier: flag.default(false),
  /** One sentence about the organisation's role, optional. */
  rolle: optionalText,
  /** Official web address, optional. */
  nettside: httpUrl.optional(),
  /** Date the information about it was last checked; overrides the settings' `sistKontrollert`. Optional. */
  sistKontrollert: isoDate.optional(),
  /**
   * Status history (health trusts and hospitals only), oldest first. A
   * hospital without events of its own shows its health trust's. Default: none.
   */
  hendelser: eventList,
});
export type Organisation = z.infer<typeof organisationSchema>;
