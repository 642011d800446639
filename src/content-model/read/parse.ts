/**
 * Parses content files (YAML, Markdown front matter, JSON) into plain data
 * plus a way to find the line of any field, so that a problem found later
 * can point at the exact line. Syntax errors become `Problem`s naming the
 * file and line; they never throw.
 *
 * This is the only YAML parser the site uses, with one set of options
 * (YAML 1.2, core schema). Plain (unquoted) values are kept as the text
 * they were written as: `versjon: 1.10` is «1.10», `nummer: 0301` is
 * «0301», `tittel: 2022` is «2022». Fields that are numbers or true/false
 * accept that text (src/schemas/common.ts), so nothing changes type or
 * loses a digit on the way to the page.
 */
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Node, type YAMLError } from 'yaml';
import { findJsonSyntaxError } from './json-syntax.ts';
import type { DataPath, Problem } from '../../validation/problem.ts';

/** A parsed file: its data and the line of each field in it. */
export interface ParsedSource {
  /** The file's data, as plain JavaScript values. */
  data: unknown;
  /**
   * 1-based line of the field at `path`. For a field that is missing, the
   * line of the nearest enclosing field that exists.
   */
  lineAt(path: DataPath): number | undefined;
}

/** Either the parsed file, or the problems that stopped it from being read. */
export type ParseResult = { ok: true; source: ParsedSource } | { ok: false; problems: Problem[] };

/** A Markdown file split into its front matter and its body (which starts on line `bodyLine`). */
export type FrontMatterResult =
  | { ok: true; source: ParsedSource; body: string; bodyLine: number }
  | { ok: false; problems: Problem[] };

/**
 * Parses YAML with the YAML 1.2 core schema, so `2022-02-23` stays the
 * string it was written as and `ja` is not a boolean. `lineOffset` is added
 * to every line (front matter starts below the `---` line).
 */
export function parseYaml(text: string, file: string, lineOffset = 0): ParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { version: '1.2', schema: 'core', lineCounter });
  if (doc.errors.length > 0) {
    // After the first real syntax error the parser's later complaints are
    // mostly echoes of it; duplicate keys are independent, so keep them all.
    const [first] = doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY');
    const shown = doc.errors.filter((e) => e.code === 'DUPLICATE_KEY' || e === first);
    return {
      ok: false,
      problems: shown.map((error) => {
        // The parser notices an unclosed quote only where the text ends;
        // the line that needs fixing is the one where the quote opened.
        const reported = error.linePos?.[0]?.line ?? 1;
        const line = (isUnclosedQuote(error) ? (unclosedQuoteLine(text) ?? reported) : reported) + lineOffset;
        return { file, line, ...yamlErrorWording(error, text) };
      }),
    };
  }
  const source = yamlSource(doc, lineCounter, lineOffset, text);
  if (source.problems.length > 0) {
    return { ok: false, problems: source.problems.map((problem) => ({ file, ...problem })) };
  }
  return { ok: true, source };
}

/**
 * Splits a Markdown or MDX file into front matter and body and parses the
 * front matter. Lines in the result count from the top of the whole file.
 */
export function parseFrontMatter(text: string, file: string): FrontMatterResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Only the front matter is split into lines: bodies can be long.
  const opening = /^---[ \t]*\r?\n/.exec(source);
  if (!opening) {
    return {
      ok: false,
      problems: [
        {
          file,
          line: 1,
          what: 'filen mangler feltene øverst (front matter)',
          fix: 'Start filen med en linje med bare ---, så feltene (for eksempel «tittel: …»), og avslutt dem med en ny linje med bare ---.',
        },
      ],
    };
  }
  const rest = source.slice(opening[0].length);
  const end = findClosing(rest);
  if (!end) {
    return {
      ok: false,
      problems: [
        {
          file,
          line: 1,
          what: 'feltene øverst i filen er ikke avsluttet',
          fix: 'Legg til en linje med bare --- etter det siste feltet.',
        },
      ],
    };
  }
  const yaml = rest.slice(0, end.index).replace(/\r\n/g, '\n');
  const parsed = parseYaml(yaml, file, 1);
  if (!parsed.ok) return parsed;
  const before = opening[0] + rest.slice(0, end.index + end.length);
  return { ok: true, source: parsed.source, body: rest.slice(end.index + end.length), bodyLine: before.split('\n').length };
}

/** Where the closing `---` line of front matter starts in `rest`, and its length with the line break. */
function findClosing(rest: string): { index: number; length: number } | undefined {
  const match = /(?:^|\n)---[ \t]*(?:\r?\n|$)/.exec(rest);
  if (!match) return undefined;
  const newline = match[0].startsWith('\n') ? 1 : 0;
  return { index: match.index + newline, length: match[0].length - newline };
}

/**
 * Parses JSON. Field lines come from reading the same text as YAML (JSON is
 * a subset of YAML 1.2); syntax errors are described by `findJsonSyntaxError`.
 */
export function parseJson(text: string, file: string): ParseResult {
  const lineCounter = new LineCounter();
  let data: unknown;
  try {
    if (text.trim() === '') {
      return { ok: false, problems: [{ file, line: 1, what: 'filen er tom', fix: 'Fyll inn innholdet, eller hent filen fra en tidligere versjon.' }] };
    }
    data = JSON.parse(text);
  } catch (error) {
    const found = findJsonSyntaxError(text);
    if (found) {
      const line = lineOf(text, found.offset);
      return { ok: false, problems: [{ file, line, what: `kan ikke leses: ${found.what}`, fix: found.fix }] };
    }
    const position = /position (\d+)/.exec(String((error as Error).message));
    return {
      ok: false,
      problems: [
        {
          file,
          line: position ? lineOf(text, Number(position[1])) : undefined,
          what: 'kan ikke leses: filen er ikke gyldig JSON',
          fix: 'Sjekk komma, anførselstegn og klammer rundt dette stedet.',
        },
      ],
    };
  }
  const doc = parseDocument(text, { version: '1.2', schema: 'core', lineCounter });
  const duplicates = doc.errors.filter((e) => e.code === 'DUPLICATE_KEY');
  if (duplicates.length > 0) {
    return {
      ok: false,
      problems: duplicates.map((error) => ({
        file,
        line: error.linePos?.[0]?.line,
        ...yamlErrorWording(error, text),
      })),
    };
  }
  const source = yamlSource(doc, lineCounter, 0, text);
  // JSON has its own types, so the data comes from JSON.parse; the YAML
  // reading only supplies field lines. If it disagrees, no lines rather
  // than wrong ones.
  return { ok: true, source: doc.errors.length > 0 ? { data, lineAt: () => undefined } : { data, lineAt: source.lineAt } };
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

type SourceProblem = Omit<Problem, 'file'>;

/**
 * The document as plain data (plain scalars as written), the line of each
 * field, and what stops it from being taken as written: aliases, and text
 * cut short by a `#` that YAML reads as the start of a comment.
 */
function yamlSource(doc: Document.Parsed, lineCounter: LineCounter, lineOffset: number, text: string): ParsedSource & { problems: SourceProblem[] } {
  const lineOfOffset = (offset: number) => lineCounter.linePos(offset).line + lineOffset;
  const problems: SourceProblem[] = [];

  const toData = (node: unknown, path: (string | number)[]): unknown => {
    if (isMap(node)) {
      const out: Record<string, unknown> = {};
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? scalarText(pair.key) : String(pair.key);
        out[String(key)] = toData(pair.value, [...path, String(key)]);
      }
      return out;
    }
    if (isSeq(node)) return node.items.map((item, index) => toData(item, [...path, index]));
    if (isAlias(node)) {
      problems.push({
        line: isNodeWithRange(node) ? lineOfOffset(node.range[0]) : undefined,
        field: fieldName(path),
        what: `kan ikke leses: en henvisning med * (${node.source}) er ikke lov her`,
        fix: 'Skriv verdien ut der den trengs, og fjern & og * fra filen.',
      });
      return undefined;
    }
    if (isScalar(node)) {
      const value = scalarText(node);
      if (node.type === 'PLAIN' && typeof value === 'string' && isNodeWithRange(node)) {
        const cut = trailingComment(text, node.range[1]);
        if (cut !== undefined && (/\s/.test(value) || !/^\s/.test(cut))) {
          const field = String(path.at(-1) ?? 'tittel');
          problems.push({
            line: lineOfOffset(node.range[0]),
            field: fieldName(path),
            what: `teksten stopper ved «#»: resten av linjen («#${cut.trimEnd()}») leses som en kommentar og blir borte`,
            fix: `Sett hele verdien i anførselstegn, for eksempel ${field}: "${value} #${cut.trimEnd()}".`,
          });
        }
      }
      return value;
    }
    return node === null || node === undefined ? null : undefined;
  };

  const data = toData(doc.contents, []);
  return {
    data,
    problems,
    lineAt(path) {
      let node: unknown = doc.contents;
      let line = isNodeWithRange(node) ? lineOfOffset(node.range[0]) : 1 + lineOffset;
      for (const segment of path) {
        if (isMap(node)) {
          const pair = node.items.find((item) => {
            const key = isScalar(item.key) ? item.key.value : item.key;
            return String(key) === String(segment) || (isScalar(item.key) && String(scalarText(item.key)) === String(segment));
          });
          if (!pair) return line;
          if (isNodeWithRange(pair.key)) line = lineOfOffset(pair.key.range[0]);
          node = pair.value;
        } else if (isSeq(node) && typeof segment === 'number') {
          const item: unknown = node.items[segment];
          if (!isNodeWithRange(item)) return line;
          line = lineOfOffset(item.range[0]);
          node = item;
        } else {
          return line;
        }
      }
      return line;
    },
  };
}

/**
 * A scalar's value for the content: quoted and block text as YAML reads it;
 * a plain value that YAML would turn into a number or true/false as the text
 * it was written as; empty, `~` and `null` as null.
 */
function scalarText(node: import('yaml').Scalar): unknown {
  if (typeof node.value === 'string') return node.value;
  if (node.value === null || node.value === undefined) return null;
  if (node.type === 'PLAIN' && typeof node.source === 'string') return node.source;
  return String(node.value);
}

/** The comment text after a plain value on the same line (without the «#»), or `undefined`. */
function trailingComment(text: string, valueEnd: number): string | undefined {
  const lineEnd = text.indexOf('\n', valueEnd);
  const rest = text.slice(valueEnd, lineEnd === -1 ? undefined : lineEnd);
  const match = /^[ \t]+#(.*?)\r?$/.exec(rest);
  return match ? match[1] : undefined;
}

function fieldName(path: readonly (string | number)[]): string | undefined {
  let out = '';
  for (const segment of path) out += typeof segment === 'number' ? `[${segment}]` : out === '' ? segment : `.${segment}`;
  return out || undefined;
}

function isNodeWithRange(value: unknown): value is Node & { range: [number, number, number] } {
  return typeof value === 'object' && value !== null && Array.isArray((value as { range?: unknown }).range);
}

/** Plain Norwegian for the YAML parser's error codes. */
function yamlErrorWording(error: YAMLError, text: string): { what: string; fix: string } {
  const offset = error.pos[0];
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const key = /^\s*"?([^":\n]+)"?\s*:/.exec(text.slice(offset))?.[1]?.trim();
      return {
        what: key ? `feltet «${key}» står to ganger` : 'et felt står to ganger',
        fix: 'Fjern det ene, eller slå dem sammen.',
      };
    }
    case 'TAB_AS_INDENT':
      return { what: 'kan ikke leses: tabulator er brukt som innrykk', fix: 'Bruk mellomrom i stedet for tabulator.' };
    case 'BLOCK_AS_IMPLICIT_KEY':
      if (/^[^\n#]*:\s/.test(text.slice(lineStart(text, offset)).replace(/^[^:]*:\s/, ''))) {
        return {
          what: 'kan ikke leses: verdien inneholder et kolon (:)',
          fix: 'Sett hele verdien i anførselstegn, for eksempel tittel: "Møte: neste steg".',
        };
      }
      return indentWording();
    case 'MISSING_CHAR':
      if (isUnclosedQuote(error)) {
        return {
          what: 'kan ikke leses: et anførselstegn er ikke avsluttet',
          fix: 'Sjekk at teksten slutter med det samme anførselstegnet som den begynner med.',
        };
      }
      return indentWording();
    case 'TAG_RESOLVE_FAILED':
      return {
        what: 'kan ikke leses: verdien begynner med ! og leses som et merke',
        fix: 'Sett verdien i anførselstegn, for eksempel tittel: "!Viktig".',
      };
    case 'BAD_SCALAR_START':
      return {
        what: 'kan ikke leses: verdien begynner med et tegn som ikke er lov uten anførselstegn',
        fix: 'Sett verdien i anførselstegn, for eksempel "@helseplattformen".',
      };
    default:
      return indentWording();
  }
}

function isUnclosedQuote(error: YAMLError): boolean {
  return error.code === 'MISSING_CHAR' && /quote/i.test(error.message);
}

/** First line with an odd number of quote characters outside a comment: where a quote was opened and not closed. */
function unclosedQuoteLine(text: string): number | undefined {
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    const value = line.replace(/\\"/g, '').replace(/\s#.*$/, '');
    if ((value.match(/"/g)?.length ?? 0) % 2 === 1) return index + 1;
  }
  return undefined;
}

function indentWording() {
  return {
    what: 'kan ikke leses',
    fix: 'Sjekk innrykket (mellomrommene først på linjen) og at hver linje er «felt: verdi» eller «- element» i en liste. Tekst med : eller # må stå i anførselstegn.',
  };
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
}
