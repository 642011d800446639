import { expect, test } from 'vitest';
import { dateProblem } from './common.ts';

test('a whole date written the Norwegian way is answered with the ISO form to write', () => {
  expect(dateProblem('01.12.2026')).toBe('«01.12.2026» er ikke en dato på formen ÅÅÅÅ-MM-DD; skriv 2026-12-01 (år-måned-dag)');
  expect(dateProblem('1.12.2026')).toBe('«1.12.2026» er ikke en dato på formen ÅÅÅÅ-MM-DD; skriv 2026-12-01 (år-måned-dag)');
  expect(dateProblem('01/12/2026')).toBe('«01/12/2026» er ikke en dato på formen ÅÅÅÅ-MM-DD; skriv 2026-12-01 (år-måned-dag)');
  expect(dateProblem('desember 2026')).toBe('«desember 2026» er ikke en dato på formen ÅÅÅÅ-MM-DD (for eksempel 2022-02-23)');
  expect(dateProblem('2026-12-01')).toBeUndefined();
});
