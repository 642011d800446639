/**
 * Sourced totals: counts a source gives only as a number («19 councils by
 * 26 May 2021»). On any date, the latest statement for each status is shown
 * beside the count derived from named municipalities, so the two never
 * contradict each other silently.
 */
import type { StatusDefinition } from '../schemas/settings.ts';
import type { Statement } from '../schemas/statement.ts';
import { statusOn, type MunicipalityHistory } from './municipality-status.ts';
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
 * How many of the given histories had reached `status` by `date`: the status
 * itself or any later step in the vocabulary's order (a municipality that is
 * live has also signed and exercised its option), never counting a refusal.
 * This is the count of named municipalities a sourced total stands beside.
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
  return histories.filter((history) => {
    const current = statusOn(history, date, statuses[0]!.id);
    if (!current) return false;
    const type = statuses.find((s) => s.id === current.status)?.type;
    const at = rank.get(current.status) ?? -1;
    return type !== 'nei' && at >= wanted;
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
