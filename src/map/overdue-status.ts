/**
 * On the map, a plan whose date has passed with nothing newer registered is
 * never shown as a current plan: it gets a status of its own, derived from
 * the plan's (never written by staff), with its own colour, symbol and legend
 * entry, «Innføring planlagt – datoen er passert».
 */
import { PASSED_SUFFIX } from '../domain/status-counts.ts';
import type { StatusDefinition } from '../schemas/settings.ts';

/** Added to a plan status's id for its «date has passed» variant. */
export const OVERDUE_SUFFIX = PASSED_SUFFIX;

/**
 * Slate: apart from every shipped status colour, with white text at 5.4:1
 * (so 5.4:1 against a white page too). The map and the progress chart draw
 * plans whose date has passed in it.
 */
export const OVERDUE_COLOUR = '#5a6b7a';

/** The words the variant is named with (interface strings). */
export interface OverdueWords {
  /** Added to the plan's name: «datoen er passert». */
  label: string;
  /** Its description in the legend. */
  description: string;
}

/**
 * A plan status's name for its «date has passed» variant: the status name
 * (content) followed by the interface words, «Innføring planlagt – datoen er
 * passert». The map, the rollout page and search results all name it so.
 */
export function overdueStatusName(name: string, label: string): string {
  return `${name} – ${label}`;
}

/** The vocabulary with a «date has passed» variant right after each plan status. */
export function withOverdueStatuses<S extends Pick<StatusDefinition, 'id' | 'navn' | 'beskrivelse' | 'farge' | 'symbol' | 'type'>>(
  statuses: readonly S[],
  words: OverdueWords,
): S[] {
  return statuses.flatMap((status) =>
    status.type === 'plan'
      ? [
          status,
          {
            ...status,
            id: `${status.id}${OVERDUE_SUFFIX}`,
            navn: overdueStatusName(status.navn, words.label),
            beskrivelse: words.description,
            farge: OVERDUE_COLOUR,
            symbol: `${status.symbol.slice(0, 1)}!`,
          },
        ]
      : [status],
  );
}

/** The id the map shows for a status on a date: the plan's overdue variant when its date has passed. */
export function mapStatusId(current: { status: string; overdue: boolean }): string {
  return current.overdue ? `${current.status}${OVERDUE_SUFFIX}` : current.status;
}
