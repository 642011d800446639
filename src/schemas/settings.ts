import { z } from 'astro/zod';
import { httpUrl, slug, text } from './common.ts';

/** One step in the status vocabulary, e.g. «Opsjon utløst». */
export const statusDefinitionSchema = z.object({
  /** Identifier used in municipality events, e.g. `opsjon-utlost`. */
  id: slug,
  /** Label shown to readers. */
  navn: text,
  /** One sentence explaining what the status means. */
  beskrivelse: text,
  /** Colour on the map and in charts, `#rrggbb`. */
  farge: z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'må være en farge på formen #rrggbb, for eksempel #1f6f43' }),
  /** Short symbol or letter drawn on the map so status does not rest on colour alone. */
  symbol: z.string().min(1).max(2, { error: 'kan være høyst to tegn' }),
});
export type StatusDefinition = z.infer<typeof statusDefinitionSchema>;

/** Site settings: everything organisation-specific that is not a list of things. */
export const settingsSchema = z.object({
  /** Site name shown in the header and page titles. */
  navn: text,
  /** The rollout's subject (the system's name), e.g. «Helseplattformen». */
  system: text,
  /** Region covered, e.g. «Midt-Norge». */
  region: text,
  /** Two sentences: what this site is. */
  beskrivelse: text,
  /** Public base URL of the site, used for feeds, sitemap and canonical links. */
  nettadresse: httpUrl,
  /** Main colour of the site's design, `#rrggbb`. */
  farge: z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'må være en farge på formen #rrggbb' }),
  /** Status vocabulary, in the order a municipality normally moves through it. The first is the status before any event. */
  statuser: z.array(statusDefinitionSchema).min(2, { error: 'må ha minst to statuser' }),
  /** Licence of the open data and texts. */
  lisens: z.object({ navn: text, nettadresse: httpUrl }),
  /** Contact e-mail for readers, optional. */
  epost: z.email({ error: 'må være en e-postadresse' }).optional(),
  /** Optional path (relative to the content folder) to official municipality boundaries as GeoJSON or TopoJSON. */
  kartgrenser: z.string().optional(),
});
export type Settings = z.infer<typeof settingsSchema>;
