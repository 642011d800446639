import { describe, expect, test } from 'vitest';
import { numberOn, numberPeriods, numberShownOn, periodsOverlap } from './municipality-numbers.ts';

const alesund = { nummer: '1508', tidligereNummer: [{ nummer: '1507', til: '2023-12-31' }] };
const haram = { nummer: '1580', tidligereNummer: [], gyldigFra: '2024-01-01' };

describe('Ålesund: one municipality, two numbers over time', () => {
  test('its periods', () => {
    expect(numberPeriods(alesund)).toEqual([
      { nummer: '1507', from: undefined, to: '2023-12-31' },
      { nummer: '1508', from: '2024-01-01', to: undefined },
    ]);
  });

  test('the number valid on a date', () => {
    expect(numberOn(alesund, '2022-05-07')).toBe('1507');
    expect(numberOn(alesund, '2023-12-31')).toBe('1507');
    expect(numberOn(alesund, '2024-01-01')).toBe('1508');
  });
});

test('a municipality created in 2024 has no number before it existed, but shows its first', () => {
  expect(numberOn(haram, '2023-06-01')).toBeUndefined();
  expect(numberShownOn(haram, '2023-06-01')).toBe('1580');
  expect(numberOn(haram, '2024-01-01')).toBe('1580');
});

test('periods overlap when they share a day', () => {
  expect(periodsOverlap({ from: undefined, to: '2023-12-31' }, { from: '2023-12-31', to: undefined })).toBe(true);
  expect(periodsOverlap({ from: undefined, to: '2023-12-31' }, { from: '2024-01-01', to: undefined })).toBe(false);
});
