import { describe, expect, it } from 'vitest';
import { dateToTime, pointLabel, timeToDate, yearLabel, yearTicks } from './date-axis.ts';

describe('date axis', () => {
  it('turns ISO dates into UTC milliseconds and back', () => {
    expect(dateToTime('2021-05-19')).toBe(Date.UTC(2021, 4, 19));
    expect(timeToDate(dateToTime('2024-02-29'))).toBe('2024-02-29');
  });

  it('puts ticks on every New Year within the range, ends included', () => {
    const ticks = yearTicks(dateToTime('2021-01-01'), dateToTime('2023-06-30'));
    expect(ticks.map(timeToDate)).toEqual(['2021-01-01', '2022-01-01', '2023-01-01']);
    expect(yearTicks(dateToTime('2021-03-01'), dateToTime('2021-12-31'))).toEqual([]);
  });

  it('labels ticks by year and points by their full Norwegian date', () => {
    expect(yearLabel(dateToTime('2022-01-01'))).toBe('2022');
    expect(pointLabel(dateToTime('2021-05-19'))).toBe('19. mai 2021');
  });
});
