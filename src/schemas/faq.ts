import { z } from 'astro/zod';
import { flag, integer, isoDate, language, slugList, text } from './common.ts';
import { sourceList } from './source.ts';

/** An answer (`content/sporsmal/<slug>.md`); the file name is the anchor. */
export const faqSchema = z.object({
  /** The question, as a reader would ask it. */
  sporsmal: text,
  /** Category the answer is grouped under, e.g. «Om Helseplattformen». */
  kategori: text,
  /** Position within the category, lowest first. Default: 100. */
  rekkefolge: integer.default(100),
  /** Date the answer was last checked or changed. */
  oppdatert: isoDate,
  /** Documents the answer relies on, by slug. Default: none. */
  dokumenter: slugList,
  /** Sources the answer rests on. Default: none. */
  kilder: sourceList,
  /** True keeps the answer unpublished. Default: false. */
  utkast: flag.default(false),
  /** Language of the text. Default: nb. */
  sprak: language,
});
export type Faq = z.infer<typeof faqSchema>;
