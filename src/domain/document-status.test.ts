import { describe, expect, it } from 'vitest';
import { documentStatusAsOf } from './document-status.ts';

describe('documentStatusAsOf', () => {
  it('is the day the status last changed when the document gives it', () => {
    expect(documentStatusAsOf({ statusdato: '2024-10-24', publisert: '2026-12-01' })).toBe('2024-10-24');
  });

  it('is the day the document was published here when it has no status date', () => {
    expect(documentStatusAsOf({ publisert: '2026-12-01' })).toBe('2026-12-01');
    expect(documentStatusAsOf({ statusdato: undefined, publisert: '2026-12-01' })).toBe('2026-12-01');
  });
});
