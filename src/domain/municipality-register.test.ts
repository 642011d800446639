import { describe, expect, test } from 'vitest';
import { MUNICIPALITY_REGISTER, unregisteredUse } from './municipality-register.ts';

describe('the register of kommunenummer (SSB classification 131)', () => {
  test('has 356 municipalities for 2020–2023 and 357 from 2024', () => {
    expect(MUNICIPALITY_REGISTER.map((v) => [v.label, v.numbers.size])).toEqual([
      ['2020–2023', 356],
      ['2024 og senere', 357],
    ]);
  });

  test('checks a number over the days it is used', () => {
    expect(unregisteredUse('5001', undefined, undefined)).toBeUndefined();
    expect(unregisteredUse('1507', '2020-01-01', '2023-12-31')).toBeUndefined();
    expect(unregisteredUse('1508', '2024-01-01', undefined)).toBeUndefined();
    expect(unregisteredUse('1507', undefined, undefined)?.version.label).toBe('2024 og senere');
    expect(unregisteredUse('1580', '2023-06-01', undefined)?.validIn.map((v) => v.label)).toEqual(['2024 og senere']);
    expect(unregisteredUse('5099', '2024-01-01', undefined)?.validIn).toEqual([]);
    // Before 2020 the register says nothing.
    expect(unregisteredUse('1640', undefined, '2019-12-31')).toBeUndefined();
  });
});
