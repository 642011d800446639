import { expect, test } from 'vitest';
import { closest, countOf, describeValue, joinAnd, suggestSlug } from './wording.ts';

test('closest suggests a likely typo, and nothing when unsure', () => {
  expect(closest('publsert', ['tittel', 'publisert', 'oppdatert'])).toBe('publisert');
  expect(closest('trondhiem', ['trondheim', 'roros'])).toBe('trondheim');
  expect(closest('Trondheim', ['trondheim'])).toBe('trondheim');
  expect(closest('fase-3', ['fase-1', 'fase-2'])).toBeUndefined();
  expect(closest('bergen', ['trondheim', 'roros'])).toBeUndefined();
});

test('counts use the Norwegian singular and plural', () => {
  expect(countOf(1, 'problem', 'problemer')).toBe('1 problem');
  expect(countOf(0, 'problem', 'problemer')).toBe('0 problemer');
  expect(countOf(2, 'fil', 'filer')).toBe('2 filer');
  expect(joinAnd(['a', 'b', 'c'])).toBe('a, b og c');
});

test('file names are turned into slugs the Norwegian way', () => {
  expect(suggestSlug('Indre Fosen')).toBe('indre-fosen');
  expect(suggestSlug('Ørland')).toBe('orland');
  expect(suggestSlug('Åfjord kommune')).toBe('afjord-kommune');
  expect(suggestSlug('Nærøysund')).toBe('naeroysund');
});

test('values are described in plain words', () => {
  expect(describeValue('ja')).toBe('teksten «ja»');
  expect(describeValue(5)).toBe('tallet 5');
  expect(describeValue(true)).toBe('verdien true');
  expect(describeValue([1])).toBe('en liste');
  expect(describeValue({ a: 1 })).toBe('en gruppe med felt');
});
