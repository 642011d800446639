import { z } from 'astro/zod';
import { flag, httpUrl, isoDate, language, optionalText, slug, slugList, sourceDate, text } from './common.ts';
import { sourceList } from './source.ts';

/** Document types and their labels. */
export const documentTypes = {
  tjenesteavtale: 'Tjenesteavtale',
  vedlegg: 'Vedlegg',
  styresak: 'Styresak',
  protokoll: 'Protokoll',
  rapport: 'Rapport',
  tilsynsrapport: 'Tilsynsrapport',
  evaluering: 'Evaluering',
  vedtak: 'Vedtak',
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
  statusmerknad: optionalText,
  /** Date the status last changed, optional; without it the status is shown as of `publisert` (src/domain/document-status.ts). */
  statusdato: isoDate.optional(),
  /**
   * The document's own date: when its issuer issued, presented or published
   * it (a day, a month or a year, as precisely as the source gives it).
   * Optional; a citation dates the document by it, never by `publisert`.
   */
  dato: sourceDate.optional(),
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
      mote: optionalText,
      /** Case number (saksnummer), optional. */
      saksnummer: optionalText,
    })
    .optional(),
  /** Parties to the document: organisation ids or municipality slugs. Default: none. */
  parter: slugList,
  /** Version label exactly as written, e.g. «1», «2.0» or «1.10». Default: «1». */
  versjon: text.default('1'),
  /** Slug of the earlier version or document this one replaces, optional. */
  erstatter: slug.optional(),
  /** Who issued or published the document, e.g. «Statens helsetilsyn», optional. */
  utgiver: optionalText,
  /**
   * For a document this site does not hold: where the original is published.
   * The page links there instead of offering attachments. Optional.
   */
  original: z
    .object({
      /** Address of the original. */
      url: httpUrl,
      /** Its title where it is published, optional. */
      tittel: optionalText,
    })
    .optional(),
  /** Sources the summary rests on, besides the original. Default: none. */
  kilder: sourceList,
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
  utkast: flag.default(false),
  /** Language of the text. Default: nb. */
  sprak: language,
  /** The slug of the same document in the other written form (bokmål or nynorsk), when it has been translated. Optional. */
  oversettelseAv: slug.optional(),
});
export type DocumentData = z.infer<typeof documentSchema>;
export type DocumentType = keyof typeof documentTypes;
export type DocumentStatus = keyof typeof documentStatuses;
