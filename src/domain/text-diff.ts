/**
 * What changed between two versions of a document's text, word by word and
 * paragraph by paragraph, for the «what changed» view between versions.
 * Pure data: the page renders `added` as `<ins>` and `removed` as `<del>`.
 */
import { diffArrays, diffWords } from 'diff';

/** A run of text that is in both versions, only in the new one, or only in the old one. */
export interface DiffSegment {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * One paragraph of the comparison: `same` (unchanged), `added` (new
 * paragraph), `removed` (paragraph dropped) or `changed` (words differ; see
 * its segments). Unchanged paragraphs hold one `same` segment, so a page can
 * show them whole or fold them away.
 */
export interface ParagraphDiff {
  kind: 'same' | 'added' | 'removed' | 'changed';
  segments: DiffSegment[];
}

/** Paragraph-by-paragraph comparison with a count of changed words. */
export interface TextDiff {
  paragraphs: ParagraphDiff[];
  summary: {
    /** Words in added segments (a changed punctuation mark alone counts as none). */
    wordsAdded: number;
    /** Words in removed segments. */
    wordsRemoved: number;
    /** True when any paragraph differs, punctuation included. */
    changed: boolean;
  };
}

// Below this share of words in common, two paragraphs are shown as one removed
// and one added rather than as a word diff that would be mostly red and green.
const PAIRING_THRESHOLD = 0.4;

const WORD = /[\p{L}\p{N}]+(?:['’.,:-][\p{L}\p{N}]+)*/gu;

/**
 * Compares two versions of a document's Markdown body (without front matter).
 * Paragraphs are separated by blank lines; line endings and re-wrapped lines
 * do not count as changes. Paragraphs that stayed, moved in or out, or were
 * edited are matched first; edited ones are then compared word by word.
 */
export function diffText(oldText: string, newText: string): TextDiff {
  const paragraphs: ParagraphDiff[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    paragraphs.push(...matchReplaced(removed, added));
    removed = [];
    added = [];
  };

  const changes = diffArrays(splitParagraphs(oldText), splitParagraphs(newText), {
    comparator: (a, b) => collapseSpace(a) === collapseSpace(b),
  });
  for (const change of changes) {
    if (change.removed) removed.push(...change.value);
    else if (change.added) added.push(...change.value);
    else {
      flush();
      for (const text of change.value) paragraphs.push({ kind: 'same', segments: [{ kind: 'same', text }] });
    }
  }
  flush();

  let wordsAdded = 0;
  let wordsRemoved = 0;
  for (const segment of paragraphs.flatMap((p) => p.segments)) {
    if (segment.kind === 'added') wordsAdded += countWords(segment.text);
    if (segment.kind === 'removed') wordsRemoved += countWords(segment.text);
  }
  return {
    paragraphs,
    summary: { wordsAdded, wordsRemoved, changed: paragraphs.some((p) => p.kind !== 'same') },
  };
}

/** The number of words in `text`; «Nord-Trøndelag» and «2.1» are one word each. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}

function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/**
 * Pairs each removed paragraph with the next added paragraph similar enough
 * to be its edited version, keeping document order; the rest stand alone.
 */
function matchReplaced(removed: readonly string[], added: readonly string[]): ParagraphDiff[] {
  const result: ParagraphDiff[] = [];
  let next = 0;
  for (const oldParagraph of removed) {
    const match = added.findIndex((candidate, i) => i >= next && similarity(oldParagraph, candidate) >= PAIRING_THRESHOLD);
    if (match === -1) {
      result.push({ kind: 'removed', segments: [{ kind: 'removed', text: oldParagraph }] });
      continue;
    }
    for (const text of added.slice(next, match)) result.push({ kind: 'added', segments: [{ kind: 'added', text }] });
    result.push(wordDiff(oldParagraph, added[match]!));
    next = match + 1;
  }
  for (const text of added.slice(next)) result.push({ kind: 'added', segments: [{ kind: 'added', text }] });
  return result;
}

function wordDiff(oldParagraph: string, newParagraph: string): ParagraphDiff {
  const segments: DiffSegment[] = diffWords(oldParagraph, newParagraph).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
  return { kind: segments.some((s) => s.kind !== 'same') ? 'changed' : 'same', segments };
}

/** Dice coefficient of the two paragraphs' word sets, case-insensitive: 1 for the same words, 0 for none in common. */
function similarity(a: string, b: string): number {
  const words = (text: string) => new Set((text.toLowerCase().match(WORD) ?? []) as string[]);
  const left = words(a);
  const right = words(b);
  if (left.size + right.size === 0) return 1;
  let common = 0;
  for (const word of left) if (right.has(word)) common++;
  return (2 * common) / (left.size + right.size);
}
