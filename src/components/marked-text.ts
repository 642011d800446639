/**
 * The logic behind MarkedText.astro: a text split at each occurrence of a
 * set of content passages, each passage with its language.
 */

/** A passage to mark; `lang` undefined is content with no language field (bokmål). */
export interface MarkedPart {
  text: string;
  lang?: string | undefined;
}

/** A piece of a marked text: a passage (`marked`, with its language) or the text between passages. */
export interface MarkedPiece {
  text: string;
  marked: boolean;
  lang?: string | undefined;
}

/** The distinct passages of one `parts` array, longest first, each with its language (the first one given). */
type Passages = readonly (readonly [text: string, lang: string | undefined])[];

// The change log's entries keep one `parts` array each, shown on several
// pages (the full log, by kind, by year, by municipality), each entry twice
// (title and summary): the passages are sorted once per array, not once per
// use. (A pattern of all passages, new per use, cost seconds of CPU over a
// 10,000-item site's change log; plain indexOf needs no pattern at all.)
const passagesOf = new WeakMap<readonly MarkedPart[], Passages>();

function passages(parts: readonly MarkedPart[]): Passages {
  let known = passagesOf.get(parts);
  if (known) return known;
  const langOf = new Map<string, string | undefined>();
  for (const part of parts) if (part.text !== '' && !langOf.has(part.text)) langOf.set(part.text, part.lang);
  known = [...langOf].sort((a, b) => b[0].length - a[0].length);
  passagesOf.set(parts, known);
  return known;
}

/**
 * `text` in pieces: the text between passages (`marked: false`) and each
 * occurrence of a passage of `parts` (`marked: true`, with its `lang`),
 * alternating and starting and ending with the text between (empty where a
 * passage starts or ends the text or two passages meet). The leftmost
 * occurrence wins, and the longest passage where several start at the same
 * place. `parts` must not change after the first call (cached per array).
 */
export function markedPieces(text: string, parts: readonly MarkedPart[]): MarkedPiece[] {
  const known = passages(parts);
  const pieces: MarkedPiece[] = [];
  let from = 0;
  for (;;) {
    let at = -1;
    let found: Passages[number] | undefined;
    // Longest first, so at the same place the first found stays.
    for (const passage of known) {
      const index = text.indexOf(passage[0], from);
      if (index !== -1 && (at === -1 || index < at)) {
        at = index;
        found = passage;
      }
    }
    if (!found) break;
    pieces.push({ text: text.slice(from, at), marked: false }, { text: found[0], marked: true, lang: found[1] });
    from = at + found[0].length;
  }
  pieces.push({ text: text.slice(from), marked: false });
  return pieces;
}
