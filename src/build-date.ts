import { dateProblem } from './domain/period.ts';
import { buildDateOf } from './domain/publication.ts';

/**
 * The "today" of a build (YYYY-MM-DD): the BUILD_DATE environment variable
 * when set (tests, rebuilding an earlier day), else today's date in Norway.
 * Every publication and status rule in one build uses this one date.
 */
export function buildDate(): string {
  const fromEnv = process.env.BUILD_DATE;
  if (fromEnv) {
    const problem = dateProblem(fromEnv);
    if (problem) throw new Error(`BUILD_DATE: ${problem}`);
    return fromEnv;
  }
  return buildDateOf();
}
