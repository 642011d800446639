/**
 * Sourced totals: counts a source gives only as a number («19 councils by
 * 26 May 2021»). On any date, the latest statement for each status is shown
 * beside the count derived from named municipalities, so the two never
 * contradict each other silently.
 */
import type { Statement } from '../schemas/statement.ts';
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
 * How a sourced total relates to the count of named municipalities with the
 * same status on the statement's date: `more` when the source counts more
 * than we can name (the usual case: the sources rarely list them all),
 * `equal`, or `fewer` (the source counts fewer than we have named: a
 * difference of scope, worth a note).
 */
export function compareWithNamed(statement: Pick<Statement, 'antall'>, named: number): 'more' | 'equal' | 'fewer' {
  return statement.antall > named ? 'more' : statement.antall === named ? 'equal' : 'fewer';
}
