import { describe, expect, test } from 'vitest';
import { dateProblem, effectiveDate, norwegianDateAsIso, parsePeriod, periodProblem, periodStart, rewriteHint } from './period.ts';

describe('parsePeriod', () => {
  test('a day, a month, a year and the seasons', () => {
    expect(parsePeriod('2022-04-30')).toEqual({ text: '2022-04-30', start: '2022-04-30', end: '2022-04-30', precision: 'dag' });
    expect(parsePeriod('2024-02')).toMatchObject({ start: '2024-02-01', end: '2024-02-29', precision: 'maned' });
    expect(parsePeriod('2023-02')).toMatchObject({ end: '2023-02-28' });
    expect(parsePeriod('2025')).toMatchObject({ start: '2025-01-01', end: '2025-12-31', precision: 'ar' });
    expect(parsePeriod('høsten 2022')).toMatchObject({ start: '2022-08-01', end: '2022-12-31', precision: 'sesong' });
    expect(parsePeriod('Våren 2025')).toMatchObject({ start: '2025-01-01', end: '2025-06-30' });
    expect(parsePeriod('sommeren 2023')).toMatchObject({ start: '2023-06-01', end: '2023-08-31' });
  });

  test('refuses what is not a period', () => {
    for (const text of ['2022-02-30', '2022-13', '22-04-30', 'vinteren 2025', 'snart', '30.04.2022', '']) {
      expect(parsePeriod(text), text).toBeUndefined();
    }
  });
});

test('an event known only by its month counts from the last day of that month', () => {
  expect(effectiveDate('2020-12')).toBe('2020-12-31');
  expect(effectiveDate('2022-05-07')).toBe('2022-05-07');
  expect(periodStart('høsten 2022')).toBe('2022-08-01');
});

test('problems are worded for staff and list only the allowed forms', () => {
  expect(periodProblem('2022-02-30', ['dag', 'maned'])).toBe('2022-02-30 finnes ikke i kalenderen; sjekk dag og måned');
  expect(periodProblem('høsten 2022', ['dag', 'maned'])).toBe('«høsten 2022» er ikke en dato (2022-11-12) eller en måned (2022-11)');
  expect(periodProblem('snart', ['dag', 'maned', 'ar', 'sesong'])).toBe(
    '«snart» er ikke en dato (2022-11-12), en måned (2022-11), et år (2025) eller en årstid («våren 2025», «sommeren 2025» eller «høsten 2025»)',
  );
  expect(periodProblem('2025-04', ['dag', 'maned'])).toBeUndefined();
});

test('a date written the Norwegian way gets the fix computed from it', () => {
  expect(periodProblem('01.12.2026', ['dag', 'maned'])).toBe('«01.12.2026» er ikke en dato (2022-11-12) eller en måned (2022-11); skriv 2026-12-01 (år-måned-dag)');
  expect(periodProblem('1.12.2026', ['dag', 'maned'])).toMatch(/; skriv 2026-12-01 /);
  expect(periodProblem('01/12/2026', ['dag', 'maned', 'ar', 'sesong'])).toMatch(/; skriv 2026-12-01 /);
  expect(periodProblem('12.2026', ['dag', 'maned'])).toMatch(/; skriv 2026-12 \(år-måned\)$/);
  // A month is no fix where only a day will do, and a day that does not exist gets no made-up fix.
  expect(periodProblem('12.2026', ['dag'])).toBe('«12.2026» er ikke en dato (2022-11-12)');
  expect(periodProblem('31.02.2026', ['dag', 'maned'])).not.toMatch(/skriv/);
  expect(periodProblem('01.12/2026', ['dag', 'maned'])).not.toMatch(/skriv/);
});

describe('norwegianDateAsIso', () => {
  test('reads a day with dots, slashes or hyphens (one-digit day and month too) and a month alone', () => {
    for (const text of ['01.12.2026', '1.12.2026', ' 01/12/2026 ', '1-12-2026']) {
      expect(norwegianDateAsIso(text), text).toEqual({ iso: '2026-12-01', precision: 'dag', exists: true });
    }
    expect(norwegianDateAsIso('12.2026')).toEqual({ iso: '2026-12', precision: 'maned', exists: true });
    expect(norwegianDateAsIso('3/2026')).toEqual({ iso: '2026-03', precision: 'maned', exists: true });
  });

  test('says when the day is not in the calendar, and reads nothing it would have to guess', () => {
    expect(norwegianDateAsIso('29.02.2022')).toEqual({ iso: '2022-02-29', precision: 'dag', exists: false });
    expect(norwegianDateAsIso('29.02.2024')).toEqual({ iso: '2024-02-29', precision: 'dag', exists: true });
    expect(norwegianDateAsIso('23.13.2022')?.exists).toBe(false);
    for (const text of ['01.12.26', '13.2026', '01.12/2026', '2026-12-01', '1. desember 2026', '']) expect(norwegianDateAsIso(text), text).toBeUndefined();
  });

  test('reads only the forms asked for: the import takes dd.mm.åååå and no month', () => {
    const importForms = { separators: ['.'], months: false } as const;
    expect(norwegianDateAsIso('1.2.2022', importForms)).toEqual({ iso: '2022-02-01', precision: 'dag', exists: true });
    for (const text of ['01/02/2022', '01-02-2022', '02.2022']) expect(norwegianDateAsIso(text, importForms), text).toBeUndefined();
  });

  test('the check’s hint uses it, for a real day or month only', () => {
    expect(rewriteHint('1/12/2026', ['dag'])).toBe('; skriv 2026-12-01 (år-måned-dag)');
    expect(rewriteHint('12.2026', ['dag', 'maned'])).toBe('; skriv 2026-12 (år-måned)');
    expect(rewriteHint('12.2026', ['dag'])).toBe('');
    expect(rewriteHint('31.02.2026', ['dag'])).toBe('');
  });

  test('the hint also fills in the leading zeros of a year-first date or month', () => {
    expect(rewriteHint('2023-6-29', ['dag'])).toBe('; skriv 2023-06-29 (år-måned-dag)');
    expect(rewriteHint('2023-6-1', ['dag', 'maned'])).toBe('; skriv 2023-06-01 (år-måned-dag)');
    expect(rewriteHint('2023-6', ['dag', 'maned'])).toBe('; skriv 2023-06 (år-måned)');
    expect(rewriteHint('2023-6', ['dag'])).toBe('');
    expect(rewriteHint('2023-2-30', ['dag'])).toBe('');
    expect(rewriteHint('2023-13-1', ['dag'])).toBe('');
  });
});

test('a whole date written the Norwegian way is answered with the ISO form to write', () => {
  expect(dateProblem('01.12.2026')).toBe('«01.12.2026» er ikke en dato på formen ÅÅÅÅ-MM-DD; skriv 2026-12-01 (år-måned-dag)');
  expect(dateProblem('1.12.2026')).toBe('«1.12.2026» er ikke en dato på formen ÅÅÅÅ-MM-DD; skriv 2026-12-01 (år-måned-dag)');
  expect(dateProblem('01/12/2026')).toBe('«01/12/2026» er ikke en dato på formen ÅÅÅÅ-MM-DD; skriv 2026-12-01 (år-måned-dag)');
  expect(dateProblem('desember 2026')).toBe('«desember 2026» er ikke en dato på formen ÅÅÅÅ-MM-DD (for eksempel 2022-02-23)');
  expect(dateProblem('2026-12-01')).toBeUndefined();
});
