import { describe, expect, it, test, vi } from 'vitest';
import { collator, formatCount, formatDate, formatNumber, plural, sortByName, supportedLocale } from './format.ts';

describe('formatDate', () => {
  it('writes the date the Norwegian way', () => {
    expect(formatDate('2022-02-23')).toBe('23. februar 2022');
    expect(formatDate('2021-05-19')).toBe('19. mai 2021');
  });

  it('does not slip to the previous day on the first of a month or year', () => {
    expect(formatDate('2024-01-01')).toBe('1. januar 2024');
    expect(formatDate('2022-04-30')).toBe('30. april 2022');
  });

  it('refuses values that are not dates', () => {
    expect(() => formatDate('23.02.2022')).toThrow(/YYYY-MM-DD/);
    expect(() => formatDate('2022-13-01')).toThrow(/YYYY-MM-DD/);
  });
});

describe('formatNumber', () => {
  it('uses a no-break space between thousands and a comma for decimals', () => {
    expect(formatNumber(212660)).toBe('212\u00a0660');
    expect(formatNumber(12.5)).toBe('12,5');
  });

  it('passes options through', () => {
    expect(formatNumber(0.256, { style: 'percent' })).toBe('26\u00a0%');
  });
});

describe('sortByName', () => {
  it('puts Æ, Ø and Å last, in Norwegian order', () => {
    const names = ['Åfjord', 'Ørland', 'Trondheim', 'Ærøy', 'Aure'];
    expect(sortByName(names.map((navn) => ({ navn }))).map((m) => m.navn)).toEqual([
      'Aure',
      'Trondheim',
      'Ærøy',
      'Ørland',
      'Åfjord',
    ]);
  });

  it('accepts a name function and leaves the input alone', () => {
    const input = ['Åfjord', 'Ørland', 'Aure'];
    expect(sortByName(input, (s) => s)).toEqual(['Aure', 'Ørland', 'Åfjord']);
    expect(input).toEqual(['Åfjord', 'Ørland', 'Aure']);
  });

  it('exposes the collator for other sorts', () => {
    expect(collator.compare('Ørland', 'Åfjord')).toBeLessThan(0);
  });
});

describe('plural', () => {
  const forms = { one: 'kommune', other: 'kommuner' };

  it('uses the singular for one and the plural for zero and many', () => {
    expect(plural(1, forms)).toBe('kommune');
    expect(plural(0, forms)).toBe('kommuner');
    expect(plural(2, forms)).toBe('kommuner');
  });

  it('writes a count with its word', () => {
    expect(formatCount(1, forms)).toBe('1 kommune');
    expect(formatCount(19, forms)).toBe('19 kommuner');
    expect(formatCount(1000, forms)).toBe('1\u00a0000 kommuner');
  });
});

test('formatPeriod writes a date as precisely as it was given', async () => {
  const { formatPeriod } = await import('./format.ts');
  expect(formatPeriod('2022-04-30')).toBe('30. april 2022');
  expect(formatPeriod('2020-12')).toBe('desember 2020');
  expect(formatPeriod('2025')).toBe('2025');
  expect(formatPeriod('Høsten 2022')).toBe('høsten 2022');
  expect(() => formatPeriod('snart')).toThrow(RangeError);
});

test('formatWhen puts «i» before a month or a year after a verb, not before a day or a season', async () => {
  const { formatWhen } = await import('./format.ts');
  expect(formatWhen('2026-04')).toBe('i april 2026');
  expect(formatWhen('2025')).toBe('i 2025');
  expect(formatWhen('2022-05-07')).toBe('7. mai 2022');
  expect(formatWhen('våren 2027')).toBe('våren 2027');
  expect(formatWhen('2023-10', 'nn-NO')).toBe('i oktober 2023');
  expect(formatWhen('høsten 2022', 'nn-NO')).toBe('hausten 2022');
});

describe('supportedLocale', () => {
  it('keeps the page language where the runtime has its data (Node has nynorsk)', () => {
    expect(supportedLocale('nn')).toBe('nn-NO');
    expect(supportedLocale('nb')).toBe('nb-NO');
  });

  it('falls back to bokmål where it has not, which writes dates as nynorsk does', () => {
    const spy = vi.spyOn(Intl.DateTimeFormat, 'supportedLocalesOf').mockImplementation((locales) => [locales ?? []].flat().map(String).filter((l) => l !== 'nn-NO'));
    try {
      expect(supportedLocale('nn')).toBe('nb-NO');
      expect(formatDate('2024-01-01', supportedLocale('nn'))).toBe('1. januar 2024');
      expect(supportedLocale('nb')).toBe('nb-NO');
    } finally {
      spy.mockRestore();
    }
  });
});
