/**
 * Turns a content file's bytes into text. Only UTF-8 is accepted (with or
 * without a byte-order mark, which is dropped); anything else is refused with
 * the encoding the file most likely has, the first line that is not UTF-8 as
 * it reads in that encoding (so staff recognise their own text), and how to
 * save it as UTF-8 in the programs staff use.
 *
 * Why refuse instead of converting: the legacy encodings staff's programs
 * write (Windows-1252, Mac Roman, IBM 850) use the same bytes for different
 * letters, so a wrong guess would publish wrong letters without a word.
 * A guess is good enough to explain the problem, not to publish from.
 *
 * Why not a general detector: chardet and jschardet were tried here with
 * Norwegian text in each encoding below. chardet has no Mac Roman or IBM 850
 * and names both «windows-1252»; jschardet ranks a short line (a title)
 * wrong or ties dozens of code pages. The candidates are few and the language
 * is known, so each candidate decodes the bytes (iconv-lite) and the one that
 * yields the most Norwegian letters and typographic marks, and the fewest
 * symbols no Norwegian text has, wins.
 */
import iconv from 'iconv-lite';
import type { Problem } from '../../validation/problem.ts';

/** A legacy encoding the check can name, with the programs that write it. */
export interface LegacyEncoding {
  /** iconv-lite's name, e.g. `windows-1252`. */
  id: string;
  /** The name staff see, e.g. «Windows-1252». */
  label: string;
  /** Which programs save text this way, in plain words. */
  madeBy: string;
}

/** The result of decoding: the text, or why the bytes were refused. */
export type DecodeResult = { ok: true; text: string } | { ok: false; problems: Problem[] };

const UTF16LE: LegacyEncoding = {
  id: 'utf-16le',
  label: 'UTF-16',
  madeBy: 'Excel når du velger «Unicode-tekst», og Notisblokk når du velger «UTF-16 LE»',
};
const UTF16BE: LegacyEncoding = {
  id: 'utf-16be',
  label: 'UTF-16 BE',
  madeBy: 'enkelte eldre programmer, og Notisblokk når du velger «UTF-16 BE»',
};

/**
 * Single-byte candidates in order of preference when they read equally well.
 * ISO-8859-1 is not its own candidate: every letter it has sits on the same
 * byte in Windows-1252, so the two cannot be told apart; the label names both.
 */
const SINGLE_BYTE: readonly LegacyEncoding[] = [
  {
    id: 'windows-1252',
    label: 'Windows-1252 (også kalt ANSI eller ISO-8859-1)',
    madeBy: 'eldre Windows-programmer, og Excel når du velger «CSV (kommadelt)»',
  },
  {
    id: 'iso-8859-15',
    label: 'ISO-8859-15',
    madeBy: 'eldre Linux- og e-postprogrammer',
  },
  {
    id: 'macintosh',
    label: 'Mac Roman',
    madeBy: 'eldre Mac-programmer, og Excel på Mac når du velger «CSV (Macintosh)»',
  },
  {
    id: 'cp850',
    label: 'IBM 850 (MS-DOS)',
    madeBy: 'gamle DOS-programmer, og Excel når du velger «CSV (MS-DOS)»',
  },
  {
    id: 'cp865',
    label: 'IBM 865 (nordisk MS-DOS)',
    madeBy: 'gamle nordiske DOS-programmer, og Excel når du velger «CSV (MS-DOS)»',
  },
];

const NORWEGIAN_LETTERS = new Set('æøåÆØÅ');
// Letters and marks that turn up in Norwegian text: loanwords, names, Sami
// letters, typographic quotes and dashes. Everything else above ASCII
// (¿, ¾, Œ, †, ‰, box drawing, C1 controls) counts against a candidate.
const PLAUSIBLE = new Set(
  'éèêëáàâäöüóòôúùçñíìîïÉÈÊÄÖÜÓÁÀÇÑčšžđŋŧČŠŽĐŊŦ«»–—‘’‚“”„…€§°·×\u00a0',
);

/**
 * Decodes `bytes` as UTF-8. A leading byte-order mark is dropped. Bytes that
 * are not UTF-8 (or UTF-16, which is valid UTF-8 byte by byte for plain
 * letters but full of NUL characters) give one problem on `file`.
 */
export function decodeText(bytes: Uint8Array, file: string): DecodeResult {
  const utf16 = detectUtf16(bytes);
  if (utf16) return refused(file, utf16, 1, firstLine(iconv.decode(Buffer.from(bytes), utf16.id)));
  try {
    // TextDecoder drops a UTF-8 byte-order mark by itself (ignoreBOM: false).
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const bad = firstBadLine(bytes);
    const best = guessSingleByte(bytes);
    if (!best) {
      return {
        ok: false,
        problems: [
          {
            file,
            line: bad.line,
            what: 'filen er ikke en tekstfil: den inneholder tegn som ikke hører hjemme i tekst (kanskje et Word-dokument, et bilde eller en zip-fil med feil endelse)',
            fix: 'Åpne filen i programmet den ble laget i og lagre den som ren tekst i UTF-8, eller lim teksten inn i en ny fil.',
          },
        ],
      };
    }
    const line = iconv.decode(Buffer.from(bad.bytes), best.id).replace(/\r$/, '');
    return refused(file, best, bad.line, line);
  }
}

/**
 * The single-byte encoding that reads `bytes` most like Norwegian text, or
 * `undefined` when none does (the bytes are not text at all).
 */
export function guessSingleByte(bytes: Uint8Array): LegacyEncoding | undefined {
  const high = highByteContext(bytes);
  let best: LegacyEncoding | undefined;
  let bestScore = -Infinity;
  for (const candidate of SINGLE_BYTE) {
    const score = plausibility(iconv.decode(high, candidate.id));
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return bestScore > 0 ? best : undefined;
}

/** UTF-16 by its byte-order mark, or by NUL bytes on every other position (plain letters in UTF-16). */
function detectUtf16(bytes: Uint8Array): LegacyEncoding | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return UTF16LE;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return UTF16BE;
  const pairs = Math.min(Math.floor(bytes.length / 2), 4096);
  if (pairs < 2) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenZeros++;
    if (bytes[2 * i + 1] === 0) oddZeros++;
  }
  // Norwegian text is mostly ASCII letters, whose high byte is 0: most pairs
  // have a zero on one side and (almost) none on the other.
  if (oddZeros >= pairs / 2 && evenZeros <= pairs / 20) return UTF16LE;
  if (evenZeros >= pairs / 2 && oddZeros <= pairs / 20) return UTF16BE;
  return undefined;
}

/** The 1-based number and bytes (without the line feed) of the first line that is not valid UTF-8. */
function firstBadLine(bytes: Uint8Array): { line: number; bytes: Uint8Array } {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  let line = 1;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    const slice = bytes.subarray(start, end);
    try {
      decoder.decode(slice);
    } catch {
      return { line, bytes: slice };
    }
    start = end + 1;
    line++;
  }
  // Unreachable when the whole text failed to decode; a safe answer anyway.
  return { line: 1, bytes: bytes.subarray(0, bytes.indexOf(0x0a) === -1 ? bytes.length : bytes.indexOf(0x0a)) };
}

/** Only the bytes above ASCII differ between the candidates; ASCII reads the same in all of them. */
function highByteContext(bytes: Uint8Array): Buffer {
  const picked: number[] = [];
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) picked.push(bytes[i]!);
  return Buffer.from(picked);
}

function plausibility(text: string): number {
  let score = 0;
  for (const char of text) {
    if (NORWEGIAN_LETTERS.has(char)) score += 3;
    else if (PLAUSIBLE.has(char)) score += 1;
    else score -= 3;
  }
  return score;
}

function firstLine(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.split('\n', 1)[0]!.replace(/\r$/, '');
}

function refused(file: string, encoding: LegacyEncoding, line: number, text: string): DecodeResult {
  const spreadsheet = /\.(csv|tsv|txt)$/i.test(file);
  return {
    ok: false,
    problems: [
      {
        file,
        line,
        what: `filen er ikke lagret som UTF-8, men trolig som ${encoding.label}, som brukes av ${encoding.madeBy}; linjen lyder da ${snippet(text)}`,
        fix: spreadsheet
          ? 'Åpne filen i Excel og lagre den på nytt med Fil → Lagre som → «CSV UTF-8 (kommadelt)».'
          : 'Lagre filen på nytt som UTF-8: i Notisblokk med Fil → Lagre som og «UTF-8» under Koding; i TextEdit på Mac med Arkiv → Lagre og «Unicode (UTF-8)»; i Word med Lagre som «Ren tekst» og «Unicode (UTF-8)».',
      },
    ],
  };
}

/** The line in «», cut around its first non-ASCII letter when long, so the odd letters are in view. */
function snippet(line: string): string {
  const text = line.replace(/\s+/g, ' ').trim();
  if (text.length <= 60) return `«${text}»`;
  const first = Math.max(0, text.search(/[^\x00-\x7f]/));
  const start = Math.max(0, Math.min(first - 20, text.length - 57));
  const cut = text.slice(start, start + 57);
  return `«${start > 0 ? '…' : ''}${cut}${start + 57 < text.length ? '…' : ''}»`;
}
