/**
 * The sentence StatusAnswer.astro shows first on a municipality's or
 * hospital's page: which string it is and the values that fill it in. A
 * period after a verb reads as Norwegian does: «… tok i bruk
 * Helseplattformen i april 2026», «… 7. mai 2022», «… våren 2027».
 */
import type { I18n } from '../../i18n/languages.ts';
import type { StringKey } from '../../i18n/index.ts';
import type { RowState } from './status-rows.ts';

/** The mark StatusAnswer.astro replaces with the status name (content, in bokmål, marked with its language). */
export const STATUS_MARK = '\u0000';

/** The answer's string key and values for `row`, about `name` and `system`. */
export function statusAnswer(
  row: Pick<RowState, 'status' | 'since' | 'lastChange' | 'goLive' | 'overdue'>,
  name: string,
  system: string,
  i18n: Pick<I18n, 'formatPeriod' | 'formatWhen'>,
): { key: StringKey; vars: Record<string, string> } {
  // A plan is as new as its latest event; other statuses count from when they began.
  const when = row.status?.type === 'plan' ? row.lastChange : row.since;
  const key = answerKey(row);
  const vars = {
    name,
    system,
    // In parentheses (a step) the period stands alone: «(april 2026)».
    date: when ? (key === 'answer.step' ? i18n.formatPeriod(when) : i18n.formatWhen(when)) : '',
    planned: row.goLive?.planned ? i18n.formatWhen(row.goLive.planned) : '',
    status: STATUS_MARK,
  };
  return { key, vars };
}

function answerKey(row: Pick<RowState, 'status' | 'overdue'>): StringKey {
  switch (row.status?.type) {
    case 'drift':
      return 'answer.live';
    case 'plan':
      return row.overdue ? 'answer.overdue' : 'answer.planned';
    case 'utsatt':
      return 'answer.postponed';
    case 'nei':
      return 'answer.declined';
    case 'steg':
      return 'answer.step';
    default:
      return 'answer.none';
  }
}
