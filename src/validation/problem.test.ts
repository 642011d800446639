import { expect, test } from 'vitest';
import { compareProblems, formatField, formatProblem } from './problem.ts';

test('field paths read like the file: dots for fields, brackets for list items', () => {
  expect(formatField(['hendelser', 2, 'kilde'])).toBe('hendelser[2].kilde');
  expect(formatField([3, 'navn'])).toBe('[3].navn');
  expect(formatField([])).toBe('');
});

test('a problem is one line: file, line, field, what, fix', () => {
  expect(formatProblem({ file: 'nyheter/a.md', line: 4, field: 'publisert', what: 'mangler', fix: 'Legg til feltet' })).toBe(
    'nyheter/a.md:4 – felt «publisert»: mangler. Legg til feltet.',
  );
  expect(formatProblem({ file: 'dokumenter/a/x.pdf', what: 'filen er ikke oppført' })).toBe('dokumenter/a/x.pdf – filen er ikke oppført.');
  expect(formatProblem({ file: 'a.md', what: 'mente du «b»?' })).toBe('a.md – mente du «b»?');
});

test('problems sort by file, then line', () => {
  const sorted = [
    { file: 'kommuner/b.yaml', line: 2, what: 'x' },
    { file: 'kommuner/a.yaml', line: 9, what: 'x' },
    { file: 'kommuner/a.yaml', line: 3, what: 'x' },
  ].sort(compareProblems);
  expect(sorted.map((p) => `${p.file}:${p.line}`)).toEqual(['kommuner/a.yaml:3', 'kommuner/a.yaml:9', 'kommuner/b.yaml:2']);
});
