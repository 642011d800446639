import { describe, expect, it } from 'vitest';
import { diffText } from '../domain/text-diff.ts';
import { diffBlocks } from './diff-view.ts';

describe('diffBlocks', () => {
  it('folds runs of unchanged paragraphs into a count', () => {
    const blocks = diffBlocks(diffText('A en.\n\nB to.\n\nC tre.\n\nD fire.', 'A en.\n\nB to.\n\nC tre endret.\n\nD fire.'));
    expect(blocks.map((b) => (b.kind === 'unchanged' ? b.count : b.change))).toEqual([2, 'changed', 1]);
  });

  it('keeps the marked words of a changed paragraph', () => {
    const [block] = diffBlocks(diffText('Avtalen gjelder fase 2.', 'Avtalen gjelder fase 2 og 3.'));
    expect(block).toMatchObject({ kind: 'paragraph', change: 'changed', heading: false });
    const segments = block!.kind === 'paragraph' ? block!.segments : [];
    expect(segments.filter((s) => s.kind === 'added').map((s) => s.text.trim())).toEqual(['og 3']);
  });

  it('drops Markdown heading marks and flags the paragraph as a heading', () => {
    const blocks = diffBlocks(diffText('## Formål\n\nTekst.', '## Formål\n\nTekst.\n\n## Oppsigelse\n\nNy tekst.'));
    expect(blocks).toEqual([
      { kind: 'unchanged', count: 2 },
      { kind: 'paragraph', change: 'added', heading: true, segments: [{ kind: 'added', text: 'Oppsigelse' }] },
      { kind: 'paragraph', change: 'added', heading: false, segments: [{ kind: 'added', text: 'Ny tekst.' }] },
    ]);
  });

  it('shows a removed paragraph as removed', () => {
    const blocks = diffBlocks(diffText('Første.\n\nAndre avsnitt forsvinner helt.', 'Første.'));
    expect(blocks.at(-1)).toEqual({
      kind: 'paragraph',
      change: 'removed',
      heading: false,
      segments: [{ kind: 'removed', text: 'Andre avsnitt forsvinner helt.' }],
    });
  });

  it('gives nothing to fold for identical texts', () => {
    expect(diffBlocks(diffText('Samme.', 'Samme.'))).toEqual([{ kind: 'unchanged', count: 1 }]);
  });
});
