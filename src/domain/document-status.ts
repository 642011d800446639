/**
 * As of when a document's status is stated. A document's `status` is a
 * claim about the present, so wherever it is shown it says as of when:
 * the day the status last changed (`statusdato`) when the file gives it,
 * else the day the document was published here (`publisert`), when staff
 * recorded the status as it then stood. The document's own date (`dato`)
 * is not used: it is often only a month or a year, and a status can change
 * after it (a report approved later, an agreement signed later).
 */

/** The dates a document's status can be stated as of. */
export interface DocumentStatusDates {
  /** The day the status last changed, if known. */
  statusdato?: string | undefined;
  /** The day the document was published on this site. */
  publisert: string;
}

/** The day (`YYYY-MM-DD`) a document's status is stated as of: `statusdato`, else `publisert`. */
export function documentStatusAsOf(data: DocumentStatusDates): string {
  return data.statusdato ?? data.publisert;
}
