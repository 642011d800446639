import { describe, expect, it } from 'vitest';
import { existsOn, numberMatcher, numberOn, numberPeriods, type NumberedMunicipality } from './number-matching.ts';

// Ålesund: 1507 from the 2020 merger until 31 December 2023, 1508 since; Haram (1580) split off again on 1 January 2024.
const alesund: NumberedMunicipality = {
  slug: 'alesund',
  name: 'Ålesund',
  numbers: numberPeriods({ nummer: '1508', tidligereNummer: [{ nummer: '1507', fra: '2020-01-01', til: '2023-12-31' }] }),
};
const haram: NumberedMunicipality = { slug: 'haram', name: 'Haram', numbers: numberPeriods({ nummer: '1580' }), gyldigFra: '2024-01-01' };
const trondheim: NumberedMunicipality = { slug: 'trondheim', name: 'Trondheim', numbers: numberPeriods({ nummer: '5001', tidligereNummer: [{ nummer: 1601, til: '2017-12-31' }] }) };
const all = [alesund, haram, trondheim];

describe('numberPeriods', () => {
  it('gives the current number from the day after the last earlier one ended, and keeps the earlier ones', () => {
    expect(alesund.numbers).toEqual([
      { nummer: '1508', fra: '2024-01-01' },
      { nummer: '1507', fra: '2020-01-01', til: '2023-12-31' },
    ]);
    expect(trondheim.numbers).toEqual([{ nummer: '5001', fra: '2018-01-01' }, { nummer: '1601', til: '2017-12-31' }]);
    expect(numberPeriods({ nummer: '5001' })).toEqual([{ nummer: '5001' }]);
    expect(numberPeriods({ nummer: '1507', gyldigTil: '2023-12-31' })).toEqual([{ nummer: '1507', til: '2023-12-31' }]);
  });
});

describe('numberOn and existsOn', () => {
  it('switches Ålesund from 1507 to 1508 at the new year 2024', () => {
    expect(numberOn(alesund, '2023-12-31')).toBe('1507');
    expect(numberOn(alesund, '2024-01-01')).toBe('1508');
    expect(numberOn(alesund, '2019-06-01')).toBeUndefined();
  });

  it('has Haram exist from 2024 only', () => {
    expect(existsOn(haram, '2023-12-31')).toBe(false);
    expect(existsOn(haram, '2024-01-01')).toBe(true);
  });
});

describe('numberMatcher', () => {
  it('matches a 2020 file (1507) and a 2024 file (1508) to Ålesund, on either side of the change', () => {
    for (const date of ['2023-06-01', '2026-11-22']) {
      const match = numberMatcher(all, date);
      expect(match('1507')).toMatchObject({ municipality: { slug: 'alesund' } });
      expect(match('1508')).toMatchObject({ municipality: { slug: 'alesund' } });
    }
    expect(numberMatcher(all, '2023-06-01')('1507').kind).toBe('valid');
    expect(numberMatcher(all, '2023-06-01')('1508')).toMatchObject({ kind: 'other-period', period: { nummer: '1508', fra: '2024-01-01' } });
    expect(numberMatcher(all, '2026-11-22')('1508').kind).toBe('valid');
    expect(numberMatcher(all, '2026-11-22')('1507')).toMatchObject({ kind: 'other-period', period: { til: '2023-12-31' } });
  });

  it('says when the number is a municipality that does not exist on the date', () => {
    expect(numberMatcher(all, '2023-06-01')('1580')).toMatchObject({ kind: 'not-existing', municipality: { slug: 'haram' } });
    expect(numberMatcher(all, '2024-06-01')('1580')).toMatchObject({ kind: 'valid', municipality: { slug: 'haram' } });
  });

  it('prefers the municipality that has the number on the date over one that had it before', () => {
    // Two municipalities that swapped numbers: each number belongs to whoever has it on the day.
    const a: NumberedMunicipality = { slug: 'a', name: 'A', numbers: [{ nummer: '9901', fra: '2024-01-01' }, { nummer: '9902', til: '2023-12-31' }] };
    const b: NumberedMunicipality = { slug: 'b', name: 'B', numbers: [{ nummer: '9902', fra: '2024-01-01' }, { nummer: '9901', til: '2023-12-31' }] };
    expect(numberMatcher([a, b], '2024-02-01')('9901')).toMatchObject({ kind: 'valid', municipality: { slug: 'a' } });
    expect(numberMatcher([a, b], '2023-02-01')('9901')).toMatchObject({ kind: 'valid', municipality: { slug: 'b' } });
  });

  it('reports a number two existing municipalities had at other times as ambiguous, and a number nobody had as unknown', () => {
    const a: NumberedMunicipality = { slug: 'a', name: 'A', numbers: [{ nummer: '9910', fra: '2024-01-01' }, { nummer: '9900', til: '2019-12-31' }] };
    const b: NumberedMunicipality = { slug: 'b', name: 'B', numbers: [{ nummer: '9920', fra: '2024-01-01' }, { nummer: '9900', fra: '2020-01-01', til: '2023-12-31' }] };
    const match = numberMatcher([a, b], '2025-01-01');
    expect(match('9900')).toMatchObject({ kind: 'ambiguous', municipalities: [{ slug: 'a' }, { slug: 'b' }] });
    expect(match('9999')).toEqual({ kind: 'unknown' });
  });
});
