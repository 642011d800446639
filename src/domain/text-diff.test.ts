import { describe, expect, it } from 'vitest';
import { countWords, diffText, type ParagraphDiff } from './text-diff.ts';

const kinds = (paragraphs: ParagraphDiff[]) => paragraphs.map((p) => p.kind);
const changedText = (paragraph: ParagraphDiff, kind: 'added' | 'removed') =>
  paragraph.segments
    .filter((s) => s.kind === kind)
    .map((s) => s.text.trim())
    .join('|');

const v1 = [
  '# Tjenesteavtale',
  'Avtalen gjelder for Ørland og Åfjord kommune.',
  'Kostnadene fordeles etter innbyggertall.',
].join('\n\n');

describe('diffText', () => {
  it('reports no change for the same text', () => {
    const diff = diffText(v1, v1);
    expect(kinds(diff.paragraphs)).toEqual(['same', 'same', 'same']);
    expect(diff.summary).toEqual({ wordsAdded: 0, wordsRemoved: 0, changed: false });
  });

  it('shows words added and removed inside a paragraph', () => {
    const v2 = v1.replace('gjelder for Ørland og Åfjord', 'gjelder nå for Ørland, Åfjord og Røros');
    const diff = diffText(v1, v2);
    expect(kinds(diff.paragraphs)).toEqual(['same', 'changed', 'same']);
    const edited = diff.paragraphs[1]!;
    expect(changedText(edited, 'added')).toBe('nå|,|og Røros');
    expect(changedText(edited, 'removed')).toBe('og');
    expect(diff.summary).toEqual({ wordsAdded: 3, wordsRemoved: 1, changed: true });
  });

  it('keeps the text of both versions in the segments', () => {
    const v2 = v1.replace('innbyggertall', 'antall innbyggere');
    const edited = diffText(v1, v2).paragraphs[2]!;
    const text = (kind: 'added' | 'removed') =>
      edited.segments.filter((s) => s.kind !== kind).map((s) => s.text).join('');
    expect(text('removed')).toBe('Kostnadene fordeles etter antall innbyggere.');
    expect(text('added')).toBe('Kostnadene fordeles etter innbyggertall.');
  });

  it('treats a whole new paragraph as added and leaves its neighbours alone', () => {
    const v2 = v1.replace('\n\nKostnadene', '\n\nHelse Nord-Trøndelag deltar også.\n\nKostnadene');
    const diff = diffText(v1, v2);
    expect(kinds(diff.paragraphs)).toEqual(['same', 'same', 'added', 'same']);
    expect(diff.paragraphs[2]!.segments).toEqual([{ kind: 'added', text: 'Helse Nord-Trøndelag deltar også.' }]);
    expect(diff.summary).toEqual({ wordsAdded: 4, wordsRemoved: 0, changed: true });
  });

  it('treats a dropped paragraph as removed', () => {
    const v2 = v1.replace('\n\nKostnadene fordeles etter innbyggertall.', '');
    const diff = diffText(v1, v2);
    expect(kinds(diff.paragraphs)).toEqual(['same', 'same', 'removed']);
    expect(diff.summary.wordsRemoved).toBe(4);
  });

  it('matches an edited paragraph to its new version even after an inserted one', () => {
    const v2 = [
      '# Tjenesteavtale',
      'Styret godkjente avtalen 28. februar 2022.',
      'Avtalen gjelder for Ørland og Åfjord kommune.',
      'Kostnadene fordeles etter innbyggertall og bruk.',
    ].join('\n\n');
    const diff = diffText(v1, v2);
    expect(kinds(diff.paragraphs)).toEqual(['same', 'added', 'same', 'changed']);
    expect(changedText(diff.paragraphs[3]!, 'added')).toBe('og bruk');
  });

  it('shows a rewritten paragraph as one removed and one added, not a word soup', () => {
    const v2 = v1.replace('Kostnadene fordeles etter innbyggertall.', 'Helseplattformen tilbyr en økonomisk gjennomgang.');
    const diff = diffText(v1, v2);
    expect(kinds(diff.paragraphs)).toEqual(['same', 'same', 'removed', 'added']);
  });

  it('ignores line endings and re-wrapped lines', () => {
    const rewrapped = v1.replace('for Ørland og', 'for Ørland\nog').replace(/\n/g, '\r\n');
    expect(diffText(v1, rewrapped).summary.changed).toBe(false);
  });

  it('handles an empty old version as all added', () => {
    const diff = diffText('', v1);
    expect(kinds(diff.paragraphs)).toEqual(['added', 'added', 'added']);
    expect(diff.summary.wordsAdded).toBe(12);
  });

  it('reports a change of punctuation alone as a change without words', () => {
    const diff = diffText('Avtalen er signert.', 'Avtalen er signert!');
    expect(diff.summary).toEqual({ wordsAdded: 0, wordsRemoved: 0, changed: true });
  });
});

describe('countWords', () => {
  it('counts hyphenated names and version numbers as one word', () => {
    expect(countWords('Helse Nord-Trøndelag, versjon 2.1 – «Snåase»')).toBe(5);
    expect(countWords(' , – ')).toBe(0);
  });
});
