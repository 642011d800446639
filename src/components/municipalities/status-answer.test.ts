/**
 * The first sentence on a municipality's page reads as Norwegian: a month
 * after a verb takes «i» («… i april 2026»), a day or a season does not.
 */
import { describe, expect, it } from 'vitest';
import { i18nForTest } from '../../i18n/testing.ts';
import type { StatusDefinition } from '../../schemas/settings.ts';
import { STATUS_MARK, statusAnswer } from './status-answer.ts';
import type { RowState } from './status-rows.ts';

const status = (type: StatusDefinition['type'], navn: string): StatusDefinition => ({ id: navn.toLowerCase(), navn, beskrivelse: '-', type, farge: '#000000', symbol: '–' });
const row = (fields: Partial<RowState>): RowState => ({ status: undefined, since: undefined, lastChange: undefined, phase: undefined, goLive: undefined, overdue: false, ...fields });

/** The sentence as a reader sees it in `lang`, the status name in place of its mark. */
function sentence(state: RowState, name: string, lang = 'nb'): string {
  const i18n = i18nForTest(lang);
  const { key, vars } = statusAnswer(state, name, 'Helseplattformen', i18n);
  return i18n.t(key, vars).replace(STATUS_MARK, state.status?.navn ?? '');
}

describe('statusAnswer', () => {
  it('puts «i» before a month', () => {
    expect(sentence(row({ status: status('nei', 'Sagt nei'), since: '2023-10' }), 'Averøy')).toBe('Averøy sa nei til å ta i bruk Helseplattformen i oktober 2023.');
    expect(sentence(row({ status: status('drift', 'I drift'), since: '2026-04' }), 'Molde')).toBe('Molde tok i bruk Helseplattformen i april 2026.');
    expect(sentence(row({ status: status('plan', 'Innføring planlagt'), lastChange: '2025-03', goLive: { text: '', planned: '2026-04', done: false, overdue: false } }), 'Ørland')).toBe(
      'Ørland skal etter planen ta i bruk Helseplattformen i april 2026. Planen ble kjent i mars 2025.',
    );
  });

  it('writes a full date and a season without «i», and a step\'s date in parentheses alone', () => {
    expect(sentence(row({ status: status('drift', 'I drift'), since: '2022-05-07' }), 'Trondheim')).toBe('Trondheim tok i bruk Helseplattformen 7. mai 2022.');
    expect(sentence(row({ status: status('plan', 'Innføring planlagt'), lastChange: '2025-03-14', goLive: { text: '', planned: 'våren 2027', done: false, overdue: false } }), 'Ørland')).toBe(
      'Ørland skal etter planen ta i bruk Helseplattformen våren 2027. Planen ble kjent 14. mars 2025.',
    );
    expect(sentence(row({ status: status('steg', 'Opsjon utløst'), since: '2020-12' }), 'Frøya')).toMatch(/«Opsjon utløst» \(desember 2020\)/);
  });
});
