import { z } from 'astro/zod';
import { eventDate, isoDate, optionalText, plannedDate, slug } from './common.ts';
import { sourceSchema } from './source.ts';

/**
 * A dated step in the rollout of a municipality, a health trust or a
 * hospital (`hendelser`), with its source. History, not state: a plan that
 * changes is a new event, and the old one stays.
 */
export const statusEventSchema = z.object({
  /** When it happened, was decided, or the plan was announced: a day, or a month when the source gives no day. */
  dato: eventDate,
  /** Status after the event: an id from the settings' `statuser`. */
  status: slug,
  /** The rollout wave (`content/faser/<id>.yaml`) the event concerns, optional. */
  fase: slug.optional(),
  /** What a plan aims at; required when the status is of type «plan», not allowed otherwise. */
  planlagt: plannedDate.optional(),
  /** Short explanation in our own words, optional; conflicts between sources are noted here. */
  merknad: optionalText,
  /** Where this is documented. */
  kilde: sourceSchema,
  /**
   * The day the event was entered on this site (`YYYY-MM-DD`), optional;
   * `npm run new -- hendelse` and `npm run import-events` write it. The
   * change log lists an event registered after it happened under this day,
   * so news of an old step still reaches «changes since» and the feed.
   */
  registrert: isoDate.optional(),
});
export type StatusEvent = z.infer<typeof statusEventSchema>;

/** A status history, oldest first. Default: none. */
export const eventList = z.array(statusEventSchema, { error: 'må være en liste med hendelser' }).default([]);
