import { describe, expect, it } from 'vitest';
import { markedPieces, type MarkedPart } from './marked-text.ts';

/** What MarkedText did before: split at a pattern of the passages, longest first. */
function bySplit(text: string, parts: readonly MarkedPart[]): string[] {
  const texts = [...new Set(parts.map((p) => p.text).filter((t) => t !== ''))].sort((a, b) => b.length - a.length);
  if (texts.length === 0) return [text];
  return text.split(new RegExp(`(${texts.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`));
}

describe('markedPieces', () => {
  it('marks each occurrence of a passage with its language, the text between unmarked', () => {
    expect(markedPieces('Status: I drift (I drift)', [{ text: 'I drift' }])).toEqual([
      { text: 'Status: ', marked: false },
      { text: 'I drift', marked: true, lang: undefined },
      { text: ' (', marked: false },
      { text: 'I drift', marked: true, lang: undefined },
      { text: ')', marked: false },
    ]);
    expect(markedPieces('Ny tittel', [{ text: 'Ny tittel', lang: 'nn' }])).toEqual([
      { text: '', marked: false },
      { text: 'Ny tittel', marked: true, lang: 'nn' },
      { text: '', marked: false },
    ]);
  });

  it('lets the longest passage win where passages start at the same place, the leftmost where they overlap', () => {
    const parts = [{ text: 'Innføring' }, { text: 'Innføring i Molde', lang: 'nn' }, { text: 'Molde sykehus' }];
    expect(markedPieces('Innføring i Molde sykehus', parts).map((p) => [p.text, p.marked])).toEqual([
      ['', false],
      ['Innføring i Molde', true],
      [' sykehus', false],
    ]);
  });

  it('gives the same pieces as the pattern it replaces, special characters and empty passages included', () => {
    const cases: [string, MarkedPart[]][] = [
      ['ingen treff her', [{ text: 'x.y' }]],
      ['a.b (c) a.b', [{ text: 'a.b' }, { text: '(c)' }, { text: '' }]],
      ['', [{ text: 'a' }]],
      ['abab', [{ text: 'ab' }, { text: 'ba' }, { text: 'b' }]],
      ['Se [vedlegg] og $1', [{ text: '[vedlegg]' }, { text: '$1' }, { text: 'og' }]],
      ['tekst', []],
    ];
    for (const [text, parts] of cases) expect(markedPieces(text, parts).map((p) => p.text)).toEqual(bySplit(text, parts));
  });

  it('does not depend on the cache: the same parts array gives the same pieces for each text', () => {
    const parts = [{ text: 'drift' }];
    expect(markedPieces('i drift', parts).map((p) => p.text)).toEqual(['i ', 'drift', '']);
    expect(markedPieces('drift nå', parts).map((p) => p.text)).toEqual(['', 'drift', ' nå']);
  });
});
