import { describe, expect, test } from 'vitest';
import { findJsonSyntaxError } from './json-syntax.ts';

/** Line (1-based) of the reported offset, and what is wrong. */
function found(text: string) {
  const error = findJsonSyntaxError(text);
  if (!error) return undefined;
  return { line: text.slice(0, error.offset).split('\n').length, what: error.what };
}

describe('findJsonSyntaxError', () => {
  test('valid JSON has no error', () => {
    for (const text of ['{}', '[]', '{"a": [1, -2.5e3, true, false, null, "x\\"y"]}', '\uFEFF[1]']) {
      expect(found(text)).toBeUndefined();
    }
  });

  test('a missing comma is reported where the comma belongs, not on the next line', () => {
    expect(found('{\n  "a": 1\n  "b": 2\n}')).toEqual({ line: 2, what: 'det mangler et komma' });
  });

  test('a trailing comma is reported on its own line', () => {
    expect(found('[\n  1,\n  2,\n]')).toEqual({ line: 3, what: 'komma etter det siste elementet' });
  });

  test('an unclosed string is reported where it opens', () => {
    expect(found('{\n  "a": "abc,\n  "b": 2\n}')).toMatchObject({ line: 2 });
  });

  test('other common slips', () => {
    expect(found("{'a': 1}")?.what).toBe('feltnavnet står ikke i doble anførselstegn');
    expect(found('{"a": \'x\'}')?.what).toBe('tekst står i enkle anførselstegn');
    expect(found('{"a": ja}')?.what).toBe('ukjent verdi «ja»');
    expect(found('{"a" 1}')?.what).toBe('det mangler kolon etter feltnavnet');
    expect(found('{"a": 1} x')?.what).toBe('det står noe etter slutten av innholdet');
    expect(found('{"a": 0301}')?.what).toBe('et tall kan ikke begynne med 0');
    expect(found('{\n  // note\n  "a": 1\n}')).toEqual({ line: 2, what: 'JSON kan ikke ha kommentarer' });
    expect(found('[{"a": 1}')?.what).toBe('filen slutter for tidlig; det mangler en avsluttende ]');
  });
});
