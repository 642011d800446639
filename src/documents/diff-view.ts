/**
 * Shapes a text diff (domain/text-diff.ts) for the «Endringer fra versjon N»
 * section: changed paragraphs are shown with their words marked, runs of
 * unchanged paragraphs fold into a count, and Markdown heading marks (`## `)
 * are dropped so readers see the heading text, not the syntax.
 */
import type { DiffSegment, ParagraphDiff, TextDiff } from '../domain/text-diff.ts';

/** A block of the diff view. */
export type DiffBlock =
  | {
      kind: 'paragraph';
      /** How the paragraph changed. */
      change: Exclude<ParagraphDiff['kind'], 'same'>;
      /** True when the paragraph is a Markdown heading. */
      heading: boolean;
      segments: DiffSegment[];
    }
  | {
      kind: 'unchanged';
      /** Number of unchanged paragraphs folded here. */
      count: number;
    };

const HEADING_MARK = /^#{1,6}[ \t]+/;

/** The blocks to render for a diff, in document order. */
export function diffBlocks(diff: TextDiff): DiffBlock[] {
  const blocks: DiffBlock[] = [];
  for (const paragraph of diff.paragraphs) {
    if (paragraph.kind === 'same') {
      const last = blocks.at(-1);
      if (last?.kind === 'unchanged') last.count += 1;
      else blocks.push({ kind: 'unchanged', count: 1 });
      continue;
    }
    const [first, ...rest] = paragraph.segments;
    const heading = first !== undefined && HEADING_MARK.test(first.text);
    const segments = heading ? [{ ...first, text: first.text.replace(HEADING_MARK, '') }, ...rest] : paragraph.segments;
    blocks.push({
      kind: 'paragraph',
      change: paragraph.kind,
      heading,
      segments: segments.filter((segment) => segment.text !== ''),
    });
  }
  return blocks;
}
