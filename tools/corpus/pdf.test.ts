import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { pdfString, simplePdf, wrap } from './pdf.ts';

describe('simplePdf', () => {
  it('escapes PDF string syntax and writes Norwegian letters as WinAnsi octal escapes', () => {
    expect(pdfString('a(b)c\\')).toBe('(a\\(b\\)c\\\\)');
    expect(pdfString('æøå – ok')).toBe('(\\346\\370\\345 \\226 ok)');
  });

  it('wraps at spaces without losing words', () => {
    expect(wrap('en to tre fire fem', 7)).toEqual(['en to', 'tre', 'fire', 'fem']);
  });

  it('has a cross-reference table whose offsets point at the objects', () => {
    const pdf = simplePdf({ title: 'Test', paragraphs: ['Hei.'] }).toString('latin1');
    const startxref = Number(/startxref\n(\d+)/.exec(pdf)![1]);
    expect(pdf.slice(startxref, startxref + 4)).toBe('xref');
    const entries = [...pdf.slice(startxref).matchAll(/^(\d{10}) 00000 n\r\n/gm)].map((m) => Number(m[1]));
    expect(entries).toHaveLength(7);
    entries.forEach((offset, i) => expect(pdf.slice(offset).startsWith(`${i + 1} 0 obj`)).toBe(true));
  });

  it('can be read back by unpdf, Norwegian letters included', async () => {
    const pdf = simplePdf({
      title: 'Tjenesteavtale (demodata)',
      paragraphs: ['Økonomi og gevinstmål for Røros og Ålesund (parentes) med backslash \\ tegn.'],
    });
    const document = await getDocumentProxy(new Uint8Array(pdf));
    const { text, totalPages } = await extractText(document, { mergePages: true });
    expect(totalPages).toBe(1);
    expect(text).toContain('Tjenesteavtale (demodata)');
    expect(text).toContain('Økonomi og gevinstmål for Røros og Ålesund (parentes)');
    expect(text).toContain('backslash \\ tegn');
  });
});
