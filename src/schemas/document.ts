import { z } from 'astro/zod';
import { isoDate, language, slug, slugList, text } from './common.ts';

/** Document types and their labels. */
export const documentTypes = {
  tjenesteavtale: 'Tjenesteavtale',
  vedlegg: 'Vedlegg',
  styresak: 'Styresak',
  protokoll: 'Protokoll',
  rapport: 'Rapport',
  annet: 'Annet',
} as const;

/** Document statuses and their labels. */
export const documentStatuses = {
  utkast: 'Utkast',
  'til-behandling': 'Til behandling',
  godkjent: 'Godkjent',
  signert: 'Signert',
  erstattet: 'Erstattet',
  trukket: 'Trukket',
} as const;

type Keys<T> = [keyof T & string, ...(keyof T & string)[]];
const keys = <T extends object>(o: T) => Object.keys(o) as Keys<T>;

/** A published document (`content/dokumenter/<slug>/index.md`); the folder name is the slug. */
export const documentSchema = z.object({
  /** Title of the document. */
  tittel: text,
  /** Kind of document. */
  type: z.enum(keys(documentTypes), { error: `må være en av: ${Object.keys(documentTypes).join(', ')}` }),
  /** Where the document stands. */
  status: z.enum(keys(documentStatuses), { error: `må være en av: ${Object.keys(documentStatuses).join(', ')}` }),
  /** Explains the status: what it waits for (til-behandling), or why it was withdrawn or replaced. Optional. */
  statusmerknad: z.string().optional(),
  /** Date the status last changed, optional. */
  statusdato: isoDate.optional(),
  /** Date published on this site; a future date keeps it unpublished until then. */
  publisert: isoDate,
  /** The body that decides on the document, where known. */
  behandling: z
    .object({
      /** Deciding body, e.g. «Styret i Helseplattformen AS». */
      organ: text,
      /** Date of the decision or meeting, optional. */
      dato: isoDate.optional(),
      /** The meeting, e.g. «Styremøte 28. februar 2022», optional. */
      mote: z.string().optional(),
      /** Case number, optional. */
      saksnummer: z.string().optional(),
    })
    .optional(),
  /** Parties to the document: organisation ids or municipality slugs. Default: none. */
  parter: slugList,
  /** Version label, e.g. «1» or «2.1». Default: «1». */
  versjon: z.union([z.string(), z.number()]).transform(String).default('1'),
  /** Slug of the earlier version or document this one replaces, optional. */
  erstatter: slug.optional(),
  /** Plain-language summary, a few sentences. */
  sammendrag: text,
  /** Files in the document's folder, each with a title. Default: none. */
  vedlegg: z
    .array(z.object({ fil: text, tittel: text }), { error: 'må være en liste med fil og tittel' })
    .default([]),
  /** Dated change notes, newest last or first. Default: none. */
  endringer: z
    .array(z.object({ dato: isoDate, merknad: text }), { error: 'må være en liste med dato og merknad' })
    .default([]),
  /** True keeps the document unpublished. Default: false. */
  utkast: z.boolean({ error: 'må være true eller false' }).default(false),
  /** Language of the text. Default: nb. */
  sprak: language,
});
export type DocumentData = z.infer<typeof documentSchema>;
export type DocumentType = keyof typeof documentTypes;
export type DocumentStatus = keyof typeof documentStatuses;
