/**
 * Sourced totals: counts a source gives only as a number («19 councils by
 * 26 May 2021»). On any date, the latest statement for each status is shown
 * beside the count derived from named municipalities, so the two never
 * contradict each other silently.
 */
import type { StatusDefinition } from '../schemas/settings.ts';
import type { Statement } from '../schemas/statement.ts';
import { eventCountsFrom, eventsInOrder, statusOn, type MunicipalityHistory } from './municipality-status.ts';
import { effectiveDate } from './period.ts';

/** A statement with its id (the file name). */
export type StatementInfo = Statement & { id: string };

/** The latest statement for each status made on or before `date`, by status id. */
export function statementsOn<S extends Pick<Statement, 'dato' | 'status'>>(statements: readonly S[], date: string): Map<string, S> {
  const latest = new Map<string, S>();
  const ordered = statements
    .map((statement, index) => ({ statement, index, key: effectiveDate(statement.dato) }))
    .filter((entry) => entry.key <= date)
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index));
  for (const { statement } of ordered) latest.set(statement.status, statement);
  return latest;
}

/**
 * How many of the given histories we can name as having reached `status` by
 * `date`: an event up to the date sets the status itself or a later step in
 * the vocabulary's order that proves it (type «steg» or «drift»: a
 * municipality that is live has also signed and exercised its option). A
 * plan or a postponement proves no step (a municipality can be in a regional
 * schedule before it decides), and a municipality whose status on the date
 * is a refusal is never counted. This is the count of named municipalities a
 * sourced total stands beside, and it never counts more than the histories show.
 */
export function reachedBy(
  histories: readonly MunicipalityHistory[],
  statuses: readonly Pick<StatusDefinition, 'id' | 'type'>[],
  status: string,
  date: string,
): number {
  const rank = new Map(statuses.map((s, i) => [s.id, i]));
  const wanted = rank.get(status);
  if (wanted === undefined) return 0;
  const type = new Map(statuses.map((s) => [s.id, s.type]));
  const proves = (id: string) => id === status || ((rank.get(id) ?? -1) > wanted && (type.get(id) === 'steg' || type.get(id) === 'drift'));
  return histories.filter((history) => {
    const current = statusOn(history, date, statuses[0]!.id);
    if (!current || type.get(current.status) === 'nei') return false;
    return eventsInOrder(history).some((event) => eventCountsFrom(event) <= date && proves(event.status));
  }).length;
}

/**
 * How a sourced total relates to the count of named municipalities with the
 * same status on the statement's date: `more` when the source counts more
 * than we can name (the usual case: the sources rarely list them all),
 * `equal`, or `fewer` (the source counts fewer than we have named: a
 * difference of scope, worth a note).
 */
export function compareWithNamed(statement: Pick<Statement, 'antall'>, named: number): 'more' | 'equal' | 'fewer' {
  return statement.antall > named ? 'more' : statement.antall === named ? 'equal' : 'fewer';
}
