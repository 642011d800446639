import { z } from 'astro/zod';
import { colour, decimal, httpUrl, httpsUrl, isoDate, slug, text } from './common.ts';

/**
 * What a status means to the site, so the code never depends on the ids
 * staff chose: `start` is the status before any event (only the first),
 * `steg` a decision step (option exercised, agreement signed), `plan` a
 * planned go-live (its events must say what date they plan for), `utsatt`
 * a postponement with no new date, `drift` live, `nei` declined or withdrawn.
 */
export const statusTypes = ['start', 'steg', 'plan', 'utsatt', 'drift', 'nei'] as const;
export type StatusType = (typeof statusTypes)[number];

/** One step in the status vocabulary, e.g. «Opsjon utløst». */
export const statusDefinitionSchema = z.object({
  /** Identifier used in events, e.g. `opsjon-utlost`. */
  id: slug,
  /** Label shown to readers. */
  navn: text,
  /** One sentence explaining what the status means. */
  beskrivelse: text,
  /** What the status means to the site (see `statusTypes`). */
  type: z.enum(statusTypes, { error: `må være en av: ${statusTypes.join(', ')}` }),
  /** Colour on the map and in charts, `#rrggbb`. */
  farge: colour,
  /** Short symbol or letter drawn on the map so status does not rest on colour alone. */
  symbol: z.string({ error: 'må være en tekst' }).min(1, { error: 'kan ikke være tomt' }).max(2, { error: 'kan være høyst to tegn' }),
});
export type StatusDefinition = z.infer<typeof statusDefinitionSchema>;

const latitude = decimal.pipe(z.number().min(-90, { error: 'må være mellom -90 og 90' }).max(90, { error: 'må være mellom -90 og 90' }));
const longitude = decimal.pipe(z.number().min(-180, { error: 'må være mellom -180 og 180' }).max(180, { error: 'må være mellom -180 og 180' }));

/** A box of latitudes and longitudes (degrees, WGS 84) that every place on the map lies within. */
export const regionBoxSchema = z.object({
  /** Southernmost latitude. */
  sor: latitude,
  /** Northernmost latitude. */
  nord: latitude,
  /** Westernmost longitude. */
  vest: longitude,
  /** Easternmost longitude. */
  ost: longitude,
});
export type RegionBox = z.infer<typeof regionBoxSchema>;

/** Site settings (`content/innstillinger.json`): everything organisation-specific that is not a list of things. */
export const settingsSchema = z.object({
  /** Site name shown in the header and page titles. */
  navn: text,
  /** The rollout's subject (the system's name), e.g. «Helseplattformen». */
  system: text,
  /** Region covered, e.g. «Midt-Norge». */
  region: text,
  /** Two sentences: what this site is. */
  beskrivelse: text,
  /** Public base URL of the site, used for feeds, sitemap and canonical links; `https://` only. */
  nettadresse: httpsUrl,
  /** Main colour of the site's design, `#rrggbb`. */
  farge: colour,
  /**
   * The date the information on the site was last checked against its
   * sources; shown with every «now». Municipalities and organisations may
   * set their own. Never in the future.
   */
  sistKontrollert: isoDate,
  /** The counties the rollout region consists of; municipalities elsewhere are shown as outside the region. */
  fylker: z.array(text, { error: 'må være en liste med fylker, for eksempel ["Trøndelag"]' }).min(1, { error: 'må ha minst ett fylke' }),
  /** The box every place on the map lies within; coordinates outside it are refused. */
  omrade: regionBoxSchema,
  /** Status vocabulary, in the order a municipality normally moves through it. The first is the status before any event. */
  statuser: z.array(statusDefinitionSchema, { error: 'må være en liste med statuser' }).min(2, { error: 'må ha minst to statuser' }),
  /** Licence of the open data and texts. */
  lisens: z.object({ navn: text, nettadresse: httpUrl }),
  /** Contact e-mail for readers (also the accessibility statement's contact channel). */
  epost: z.email({ error: 'må være en e-postadresse, for eksempel postmottak@eksempel.no' }),
  /**
   * The written languages the site is built in, main language first (served
   * at the root; the others under /<code>/), e.g. ["nb", "nn"]. Each needs a
   * strings file src/i18n/<code>.json. Default: ["nb"].
   */
  sprak: z
    .array(z.string().regex(/^[a-z]{2,3}$/, { error: 'må være en språkkode med to eller tre små bokstaver, for eksempel "nn"' }), {
      error: 'må være en liste med språkkoder, for eksempel ["nb", "nn"]',
    })
    .min(1, { error: 'må ha minst ett språk, for eksempel ["nb"]' })
    .optional(),
  /** Optional path (relative to the content folder) to official municipality boundaries as GeoJSON or TopoJSON. */
  kartgrenser: text.optional(),
});
export type Settings = z.infer<typeof settingsSchema>;
