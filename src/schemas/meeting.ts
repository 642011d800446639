import { z } from 'astro/zod';
import { eventDate, flag, isoDate, optionalText, slug, slugList, text } from './common.ts';
import { sourceSchema } from './source.ts';

/** The bodies that meet, and their labels («Styret i …», «Kommunestyret i …»). */
export const meetingBodies = {
  styre: 'Styret',
  kommunestyre: 'Kommunestyret',
  bystyre: 'Bystyret',
  formannskap: 'Formannskapet',
  foretaksmote: 'Foretaksmøtet',
} as const;
export type MeetingBody = keyof typeof meetingBodies;

/** Bodies of a municipality; the others belong to an organisation. */
export const municipalBodies: readonly MeetingBody[] = ['kommunestyre', 'bystyre', 'formannskap'];

/** Where a meeting stands, and the labels. */
export const meetingStatuses = {
  planlagt: 'Planlagt',
  holdt: 'Holdt',
  avlyst: 'Avlyst',
  utsatt: 'Utsatt',
} as const;
export type MeetingStatus = keyof typeof meetingStatuses;

type Keys<T> = [keyof T & string, ...(keyof T & string)[]];
const keys = <T extends object>(o: T) => Object.keys(o) as Keys<T>;

/** A time of day `TT:MM` (24 hours, Norwegian time). */
export const timeOfDay = z
  .string({ error: 'må være et klokkeslett på formen TT:MM, for eksempel "18:00" (i anførselstegn)' })
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { error: 'må være et klokkeslett på formen TT:MM, for eksempel "18:00"' });

/** What was decided for one municipality or organisation concerned. */
export const partyDecisionSchema = z.object({
  /** The municipality (file name in kommuner/) or organisation (file name in organisasjoner/) concerned. */
  part: slug,
  /** What was decided for it, in our own words. */
  vedtak: text,
});

/** One item on the agenda (`saker`). */
export const agendaItemSchema = z.object({
  /** The case number the body gave it, e.g. «45/23». Optional: many sources give none. */
  saksnummer: optionalText,
  /** What the item is about. */
  tittel: text,
  /** Documents on this site the item deals with (folder names in dokumenter/). Default: none. */
  dokumenter: slugList,
  /** The decision, when it is known. Absent: not known (or not yet made). */
  vedtak: z
    .object({
      /** The decision in our own words. */
      tekst: text,
      /** For each municipality or organisation concerned, what was decided for it. Default: none. */
      gjelder: z.array(partyDecisionSchema, { error: 'må være en liste med part og vedtak' }).default([]),
    })
    .optional(),
  /** A note, e.g. where sources disagree. Optional. */
  merknad: optionalText,
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

/**
 * A meeting (`content/moter/<slug>.yaml`; the file name is its permanent
 * address): a board meeting, a council meeting. Times are Norwegian time
 * (Europe/Oslo).
 */
export const meetingSchema = z.object({
  /** A title of its own, optional; without one the page says the body and the date. */
  tittel: optionalText,
  /** Who meets: an organisation's board or a municipality's council. */
  organ: z.object(
    {
      /** The organisation (file name in organisasjoner/), for a board or a company meeting. */
      organisasjon: slug.optional(),
      /** The municipality (file name in kommuner/), for a council. */
      kommune: slug.optional(),
      /** Which body: styre, kommunestyre, bystyre, formannskap or foretaksmote. Default: styre for an organisation, kommunestyre for a municipality. */
      utvalg: z.enum(keys(meetingBodies), { error: `må være en av: ${Object.keys(meetingBodies).join(', ')}` }).optional(),
    },
    { error: 'må si hvem som møtes, for eksempel organ: { organisasjon: helseplattformen-as } eller organ: { kommune: molde }' },
  ),
  /** True for an extraordinary meeting. Default: false. */
  ekstraordinart: flag.default(false),
  /** The day of the meeting, or only the month (2023-10) when the source gives no day. */
  dato: eventDate,
  /** When it starts, Norwegian time, optional. */
  tid: timeOfDay.optional(),
  /** When it ends, Norwegian time, optional. */
  slutt: timeOfDay.optional(),
  /** Where, optional. */
  sted: optionalText,
  /** planlagt, holdt, avlyst or utsatt. */
  status: z.enum(keys(meetingStatuses), { error: `må være en av: ${Object.keys(meetingStatuses).join(', ')}` }),
  /** For a postponed meeting: the new day, or month (required with status utsatt). */
  nyDato: eventDate.optional(),
  /** For a postponed meeting: the new start time, optional. */
  nyTid: timeOfDay.optional(),
  /** Explains the status, e.g. why it was cancelled, or that no source confirms it was held. Optional. */
  statusmerknad: optionalText,
  /** The agenda, in order. Default: none. */
  saker: z.array(agendaItemSchema, { error: 'må være en liste med saker' }).default([]),
  /** The minutes: a document on this site (folder name in dokumenter/), optional. */
  protokoll: slug.optional(),
  /** Where the meeting and its decisions are documented: at least one source. */
  kilder: z
    .array(sourceSchema, { error: 'må være en liste med kilder, for eksempel [{ ekstern: hp-styremote-5-januar }]' })
    .min(1, { error: 'mangler; et møte må ha minst én kilde' }),
  /** The day the meeting was published on this site; a later date keeps it unpublished until then. */
  publisert: isoDate,
  /** Dated change notes (a new date, a cancellation, minutes added). Default: none. */
  endringer: z
    .array(z.object({ dato: isoDate, merknad: text }), { error: 'må være en liste med dato og merknad' })
    .default([]),
  /** True keeps the meeting unpublished. Default: false. */
  utkast: flag.default(false),
});
export type Meeting = z.infer<typeof meetingSchema>;
