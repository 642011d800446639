import { expect, test } from 'vitest';
import { parseFrontMatter, parseJson, parseYaml } from './parse.ts';

test('plain values stay the text they were written as: nothing turns into a number or loses a digit', () => {
  const parsed = parseYaml('dato: 2022-02-23\nutkast: ja\nnummer: 0301\nversjon: 1.10\nny: 2.0\ntittel: 2022\nflagg: true\ntom:\ningen: ~\nsitert: "1.10"\n', 'k.yaml');
  expect(parsed.ok && parsed.source.data).toEqual({
    dato: '2022-02-23',
    utkast: 'ja',
    nummer: '0301',
    versjon: '1.10',
    ny: '2.0',
    tittel: '2022',
    flagg: 'true',
    tom: null,
    ingen: null,
    sitert: '1.10',
  });
});

test('text cut short by «#» is reported with the whole value to quote; ordinary comments are not', () => {
  const parsed = parseYaml('tittel: Møte #2 i rådet\ningress: Kort om møtet # viktig\ndato: 2022-05-07 # usikker dag\nlat: 63.43 # Trondheim\n# en kommentar\nstatus: i-drift\n', 'n.yaml');
  expect(!parsed.ok && parsed.problems).toEqual([
    {
      file: 'n.yaml',
      line: 1,
      field: 'tittel',
      what: 'teksten stopper ved «#»: resten av linjen («#2 i rådet») leses som en kommentar og blir borte',
      fix: 'Sett hele verdien i anførselstegn, for eksempel tittel: "Møte #2 i rådet".',
    },
    {
      file: 'n.yaml',
      line: 2,
      field: 'ingress',
      what: 'teksten stopper ved «#»: resten av linjen («# viktig») leses som en kommentar og blir borte',
      fix: 'Sett hele verdien i anførselstegn, for eksempel ingress: "Kort om møtet # viktig".',
    },
  ]);
});

test('anchors and aliases are refused with the line', () => {
  const parsed = parseYaml('a: &x Røros\nb: *x\n', 'k.yaml');
  expect(!parsed.ok && parsed.problems.map((p) => [p.line, p.field, p.what])).toEqual([[2, 'b', 'kan ikke leses: en henvisning med * (x) er ikke lov her']]);
});

test('lines of fields, list items, and the nearest line for a missing field', () => {
  const parsed = parseYaml('navn: Røros\nhendelser:\n  - dato: 2021-05-19\n    kilde:\n      nyhet: a\n', 'k.yaml');
  if (!parsed.ok) throw new Error('expected to parse');
  const { lineAt } = parsed.source;
  expect(lineAt(['navn'])).toBe(1);
  expect(lineAt(['hendelser', 0])).toBe(3);
  expect(lineAt(['hendelser', 0, 'kilde', 'nyhet'])).toBe(5);
  expect(lineAt(['hendelser', 0, 'status'])).toBe(3);
});

test('front matter lines count from the top of the file, CRLF and BOM included', () => {
  const parsed = parseFrontMatter('\uFEFF---\r\ntittel: A\r\npublisert: 2022-01-01\r\n---\r\nTekst\r\n', 'n.md');
  if (!parsed.ok) throw new Error('expected to parse');
  expect(parsed.source.lineAt(['publisert'])).toBe(3);
  expect(parsed.body.trim()).toBe('Tekst');
});

test('an unclosed quote is reported where it opens', () => {
  const parsed = parseYaml('tittel: "Møte\ningress: x\nb: 2\n', 'n.yaml');
  expect(!parsed.ok && parsed.problems.map((p) => [p.line, p.what])).toEqual([[1, 'kan ikke leses: et anførselstegn er ikke avsluttet']]);
});

test('duplicate keys are reported in YAML and in JSON', () => {
  const yaml = parseYaml('a: 1\nb: 2\na: 3\n', 'x.yaml');
  const json = parseJson('{\n  "a": 1,\n  "a": 2\n}', 'x.json');
  expect(!yaml.ok && yaml.problems.map((p) => [p.line, p.what])).toEqual([[3, 'feltet «a» står to ganger']]);
  expect(!json.ok && json.problems.map((p) => [p.line, p.what])).toEqual([[3, 'feltet «a» står to ganger']]);
});
