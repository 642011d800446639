import { describe, expect, it } from 'vitest';
import { clockInOslo, msUntilNextOsloMidnight } from './oslo-date.ts';

describe('Oslo time', () => {
  it('shows the clock in Norway', () => {
    expect(clockInOslo(new Date('2026-07-01T10:05:09Z'))).toBe('12:05:09');
    expect(clockInOslo(new Date('2026-01-01T10:05:09Z'))).toBe('11:05:09');
  });

  it('counts down to the next Norwegian midnight in winter and summer time', () => {
    // 23:00 in Oslo (UTC+1): one hour left.
    expect(msUntilNextOsloMidnight(new Date('2026-01-15T22:00:00Z'))).toBe(3_600_000);
    // 00:30 in Oslo (UTC+2), already the new day: 23.5 hours left.
    expect(msUntilNextOsloMidnight(new Date('2026-07-14T22:30:00Z'))).toBe(23.5 * 3_600_000);
    // The night summer time starts (29 March 2026, 02:00 → 03:00): midnight is still at 22:00 UTC.
    expect(msUntilNextOsloMidnight(new Date('2026-03-29T12:00:00Z'))).toBe(10 * 3_600_000);
    // 23:59:59.500 leaves half a second.
    expect(msUntilNextOsloMidnight(new Date('2026-01-15T22:59:59.500Z'))).toBe(500);
  });
});
