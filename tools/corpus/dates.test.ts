import { describe, expect, it } from 'vitest';
import { addDays, fromDay, norwegianDate, toDay } from './dates.ts';

describe('dates', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(fromDay(toDay('2022-04-30'))).toBe('2022-04-30');
  });

  it('rejects malformed and impossible dates', () => {
    expect(() => toDay('2022-4-30')).toThrow();
    expect(() => toDay('2022-02-30')).toThrow();
  });

  it('writes dates in Norwegian', () => {
    expect(norwegianDate('2022-02-28')).toBe('28. februar 2022');
  });
});
