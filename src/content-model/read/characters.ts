/**
 * Finds characters staff cannot see in their editor but that break the site:
 * control characters (a vertical tab from Word's Shift+Enter makes the build
 * and the RSS feed fail), zero-width and direction marks pasted from web
 * pages, and unusual spaces (a no-break space) where YAML or JSON needs an
 * ordinary one. Each is named in Norwegian with its line, column and code
 * point, so staff can find what their editor does not show.
 *
 * Two searches, for two kinds of trouble:
 * - `findInvisibleCharacters`: characters that do not belong anywhere in a
 *   content file (any file kind, front matter and body alike).
 * - `findMisplacedSpaces`: unusual spaces in the structure of YAML or JSON
 *   (indentation, field names, after `tittel:`). The same space inside a
 *   text value is fine: Norwegian typography uses no-break spaces («kl. 12»,
 *   «10 000»), so they are never refused there.
 */
import { parseDocument } from 'yaml';
import type { Problem } from '../../validation/problem.ts';

/** What kind of character was found; decides the advice. */
export type CharacterKind = 'vertical-tab' | 'control' | 'c1-control' | 'zero-width' | 'direction' | 'separator' | 'object' | 'replacement' | 'space';

/** One character found in a text. */
export interface FoundCharacter {
  /** 1-based line. */
  line: number;
  /** 1-based column, counted in characters (code points) from the start of the line. */
  column: number;
  /** The Unicode code point, e.g. 0x0b. */
  codePoint: number;
  /** Its Norwegian name, e.g. «loddrett tabulator». */
  name: string;
  kind: CharacterKind;
  /** For a misplaced space: the text just before it on the line («tittel:»), or '' at the start of the line. */
  after?: string | undefined;
}

const NAMES: ReadonlyMap<number, [string, CharacterKind]> = new Map([
  [0x00, ['nulltegn (NUL)', 'control']],
  [0x08, ['tilbaketegn (backspace)', 'control']],
  [0x0b, ['loddrett tabulator', 'vertical-tab']],
  [0x0c, ['sideskift', 'control']],
  [0x1b, ['escape-tegn', 'control']],
  [0x7f, ['slettetegn (DEL)', 'control']],
  [0x061c, ['usynlig retningsmerke (ALM)', 'direction']],
  [0x200b, ['nullbredde-mellomrom', 'zero-width']],
  [0x200c, ['usynlig skilletegn (ZWNJ)', 'zero-width']],
  [0x200d, ['usynlig bindetegn (ZWJ)', 'zero-width']],
  [0x200e, ['usynlig retningsmerke venstre-til-høyre (LRM)', 'direction']],
  [0x200f, ['usynlig retningsmerke høyre-til-venstre (RLM)', 'direction']],
  [0x2028, ['linjeskilletegn', 'separator']],
  [0x2029, ['avsnittsskilletegn', 'separator']],
  [0x202a, ['retningstegn venstre-til-høyre (LRE)', 'direction']],
  [0x202b, ['retningstegn høyre-til-venstre (RLE)', 'direction']],
  [0x202c, ['slutt på retningstegn (PDF)', 'direction']],
  [0x202d, ['retningsoverstyring venstre-til-høyre (LRO)', 'direction']],
  [0x202e, ['retningsoverstyring høyre-til-venstre (RLO)', 'direction']],
  [0x2060, ['usynlig ordbinder (word joiner)', 'zero-width']],
  [0x2066, ['retningsisolering venstre-til-høyre (LRI)', 'direction']],
  [0x2067, ['retningsisolering høyre-til-venstre (RLI)', 'direction']],
  [0x2068, ['retningsisolering etter innholdet (FSI)', 'direction']],
  [0x2069, ['slutt på retningsisolering (PDI)', 'direction']],
  [0xfeff, ['byte-order mark (BOM)', 'zero-width']],
  [0xfffc, ['objekttegn (￼)', 'object']],
  [0xfffd, ['erstatningstegn (�)', 'replacement']],
]);

const SPACE_NAMES: ReadonlyMap<number, string> = new Map([
  [0x00a0, 'hardt mellomrom'],
  [0x202f, 'smalt hardt mellomrom'],
  [0x3000, 'bredt mellomrom'],
]);

/**
 * Every character in `text` that has no place in a content file: C0 control
 * characters except tab, line feed and carriage return; DEL and the C1
 * controls U+0080–U+009F; zero-width space, joiner and non-joiner, word
 * joiner and a byte-order mark after the start; direction marks, embeddings,
 * overrides and isolates; line and paragraph separators; the object
 * replacement character U+FFFC and the replacement character U+FFFD. A
 * zero-width joiner between two emoji (👩‍💻) is part of the emoji and is left
 * alone. Found in text order.
 */
export function findInvisibleCharacters(text: string): FoundCharacter[] {
  // One scan settles the usual case, a file with none of them.
  if (!CANDIDATES.test(text)) return [];
  const found: FoundCharacter[] = [];
  const chars = Array.from(text);
  let line = 1;
  let column = 0;
  chars.forEach((char, index) => {
    const codePoint = char.codePointAt(0)!;
    column++;
    if (codePoint === 0x0a) {
      line++;
      column = 0;
      return;
    }
    const named = describe(codePoint, index);
    if (!named) return;
    if (codePoint === 0x200d && joinsEmoji(chars, index)) return;
    found.push({ line, column, codePoint, name: named[0], kind: named[1] });
  });
  return found;
}

/** Every character `describe` may name: C0 and C1 controls except tab, LF and CR, and the named ones. */
const CANDIDATES = new RegExp(
  `[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F${[...NAMES.keys()]
    .filter((codePoint) => codePoint > 0x9f)
    .map((codePoint) => `\\u${codePoint.toString(16).padStart(4, '0')}`)
    .join('')}]`,
);

function describe(codePoint: number, index: number): [string, CharacterKind] | undefined {
  const named = NAMES.get(codePoint);
  if (named) return codePoint === 0xfeff && index === 0 ? undefined : named;
  if (codePoint < 0x20 && codePoint !== 0x09 && codePoint !== 0x0d) return ['kontrolltegn', 'control'];
  if (codePoint >= 0x80 && codePoint <= 0x9f) return ['kontrolltegn', 'c1-control'];
  return undefined;
}

const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;
/** Variation selector 16 and skin-tone modifiers sit between an emoji and its joiner. */
const EMOJI_MODIFIER = /^[\uFE0F\u{1F3FB}-\u{1F3FF}]$/u;

function joinsEmoji(chars: readonly string[], index: number): boolean {
  let before = index - 1;
  while (before >= 0 && EMOJI_MODIFIER.test(chars[before]!)) before--;
  return before >= 0 && PICTOGRAPHIC.test(chars[before]!) && PICTOGRAPHIC.test(chars[index + 1] ?? '');
}

/** Unicode space separators other than the ordinary space: no-break, typographic and ideographic spaces. */
const UNUSUAL_SPACE = /[\p{Zs}]/u;

/**
 * Unusual spaces (no-break space U+00A0, U+2000–U+200A, narrow no-break
 * space U+202F, ideographic space U+3000 and the other Unicode space
 * separators) where the syntax needs an ordinary space.
 *
 * YAML: a space is reported when reading the text with that one space made
 * ordinary changes what the parser sees: an error goes away or moves, a
 * field name changes, a value changes type or the nesting changes. That is
 * exactly the indentation, field names and the space after `tittel:`. Text
 * inside a value only changes by that one space, so it is never reported.
 * The parser options are those of the content reader (YAML 1.2, core schema).
 *
 * JSON: a space outside a quoted string is reported (JSON allows only
 * ordinary spaces, tabs and line breaks between its parts).
 *
 * `lineOffset` is added to each line (front matter starts below its `---`).
 */
export function findMisplacedSpaces(text: string, syntax: 'yaml' | 'json', lineOffset = 0): FoundCharacter[] {
  const positions: number[] = [];
  for (let i = 0; i < text.length; i++) if (text[i] !== ' ' && UNUSUAL_SPACE.test(text[i]!)) positions.push(i);
  if (positions.length === 0) return [];
  const misplaced = syntax === 'json' ? outsideJsonStrings(text, positions) : structuralInYaml(text, positions);
  return misplaced.map((offset) => spaceAt(text, offset, lineOffset));
}

function outsideJsonStrings(text: string, positions: readonly number[]): number[] {
  const wanted = new Set(positions);
  const outside: number[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '\\') i++;
    else if (c === '"') quoted = !quoted;
    else if (!quoted && wanted.has(i)) outside.push(i);
  }
  return outside;
}

interface YamlReading {
  errors: number[];
  data?: unknown;
}

function readYaml(text: string): YamlReading {
  const doc = parseDocument(text, { version: '1.2', schema: 'core' });
  if (doc.errors.length > 0) return { errors: doc.errors.map((e) => e.pos[0]) };
  try {
    return { errors: [], data: doc.toJS({ maxAliasCount: 1000 }) };
  } catch {
    return { errors: [0] };
  }
}

function structuralInYaml(text: string, positions: readonly number[]): number[] {
  const original = readYaml(text);
  const withOrdinary = (replace: readonly number[]) => {
    const chars = text.split('');
    for (const position of replace) chars[position] = ' ';
    return readYaml(chars.join(''));
  };
  // One reading with every unusual space made ordinary settles the common
  // case (all of them inside values) without a reading per space.
  if (!changesStructure(original, withOrdinary(positions))) return [];
  // Spaces next to each other (an indentation of two no-break spaces) only
  // change the reading together, so each run of spaces is tried as one.
  const runs: number[][] = [];
  for (const position of positions) {
    const run = runs.at(-1);
    const previous = run?.at(-1);
    if (run && previous !== undefined && /^[ \t\p{Zs}]*$/u.test(text.slice(previous + 1, position))) run.push(position);
    else runs.push([position]);
  }
  const structural = runs.filter((run) => changesStructure(original, withOrdinary(run))).flat();
  // Spaces far apart that matter only together: name them all rather than none.
  return structural.length > 0 ? structural : [...positions];
}

function changesStructure(original: YamlReading, replaced: YamlReading): boolean {
  if (original.errors.length > 0) {
    return replaced.errors.length < original.errors.length || replaced.errors[0] !== original.errors[0];
  }
  if (replaced.errors.length > 0) return false;
  return !sameShape(original.data, replaced.data);
}

/** Same nesting, field names, lists and value types; text may differ only in which kind of space it has. */
function sameShape(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') return normaliseSpaces(a) === normaliseSpaces(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameShape(item, b[i]));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    return (
      keysA.length === keysB.length &&
      keysA.every((key, i) => key === keysB[i] && sameShape((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
    );
  }
  return Object.is(a, b);
}

function normaliseSpaces(text: string): string {
  // Not trimmed: a no-break space at the start or end of a value (`[a,\u00a0b]`,
  // `tittel: Møte\u00a0`) is one YAML would have dropped had it been ordinary.
  return text.replace(/\p{Zs}/gu, ' ');
}

function spaceAt(text: string, offset: number, lineOffset: number): FoundCharacter {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const codePoint = text.codePointAt(offset)!;
  const lastWord = before.replace(/\p{Zs}+$/u, '').split(/\p{Zs}/u).pop() ?? '';
  return {
    line: lineOffset + 1 + countLineBreaks(text, lineStart),
    column: Array.from(before).length + 1,
    codePoint,
    name: SPACE_NAMES.get(codePoint) ?? 'typografisk mellomrom',
    kind: 'space',
    after: lastWord.length > 30 ? `…${lastWord.slice(-29)}` : lastWord,
  };
}

function countLineBreaks(text: string, end: number): number {
  let count = 0;
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}

const ADVICE: Record<CharacterKind, string> = {
  'vertical-tab':
    'Tegnet kommer ofte med når tekst limes inn fra Word der det var et linjeskift (Shift+Enter). Slett det og skriv et vanlig mellomrom eller linjeskift.',
  control: 'Slett tegnet; det hører ikke hjemme i tekst og gjør at nyhetsstrømmen (RSS) ikke kan leses.',
  'c1-control':
    'Tegnet er trolig et anførselstegn, en tankestrek eller en bokstav som ble feil da teksten ble konvertert. Slett det og skriv det riktige tegnet.',
  'zero-width': 'Slike tegn følger med når tekst kopieres fra nettsider, e-post eller PDF. Slett ordet der tegnet står, og skriv det på nytt.',
  direction:
    'Tegnet styrer skriveretningen og kan vise teksten i en annen rekkefølge enn den står i filen. Slett ordet der tegnet står, og skriv det på nytt.',
  separator: 'Slett tegnet, og trykk Enter der du vil ha et linjeskift.',
  object: 'Her sto et bilde eller et objekt fra et annet program, som ikke ble med da teksten ble limt inn. Slett tegnet; et bilde legges inn som egen fil.',
  replacement:
    'Tegnet viser at en bokstav ble ødelagt da teksten ble konvertert eller lagret med feil tegnsett. Skriv den riktige bokstaven (ofte æ, ø, å eller et anførselstegn) i stedet.',
  space:
    'Slett og skriv vanlige mellomrom der i stedet. Harde mellomrom følger ofte med når tekst kopieres fra Word eller en nettside; inne i en tekst er de i orden.',
};

/**
 * One problem per line and kind of character, in line order: «inneholder et
 * usynlig tegn: loddrett tabulator (U+000B) i kolonne 22», with advice for
 * that kind. `fieldAt` names the field a line belongs to, when known.
 */
export function characterProblems(found: readonly FoundCharacter[], file: string, fieldAt?: (line: number) => string | undefined): Problem[] {
  const groups = new Map<string, FoundCharacter[]>();
  for (const character of found) {
    const key = `${character.line}:${character.codePoint}:${character.after ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), character]);
  }
  return [...groups.values()]
    .sort((a, b) => a[0]!.line - b[0]!.line || a[0]!.column - b[0]!.column)
    .map((group) => {
      const first = group[0]!;
      const code = `U+${first.codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
      // «retningsoverstyring (RLO, U+202E)», «hardt mellomrom (U+00A0)»
      const named = first.name.endsWith(')') ? `${first.name.slice(0, -1)}, ${code})` : `${first.name} (${code})`;
      const where = `i kolonne ${joinNumbers(group.map((c) => c.column))}`;
      let what: string;
      if (first.kind === 'space') {
        const place = first.after ? `etter «${first.after}»` : 'først på linjen';
        what =
          group.length === 1
            ? `inneholder et ${named} ${where}, ${place}, der det må stå et vanlig mellomrom`
            : `inneholder ${group.length} spesielle mellomrom, ${named}, ${where}, ${place}, der det må stå vanlige mellomrom`;
      } else {
        what =
          group.length === 1
            ? `inneholder et usynlig tegn: ${named} ${where}`
            : `inneholder ${group.length} usynlige tegn: ${named} ${where}`;
      }
      return { file, line: first.line, field: fieldAt?.(first.line), what, fix: ADVICE[first.kind] };
    });
}

function joinNumbers(numbers: readonly number[]): string {
  if (numbers.length === 1) return String(numbers[0]);
  return `${numbers.slice(0, -1).join(', ')} og ${numbers[numbers.length - 1]}`;
}
