/**
 * Builds a minimal one-page PDF 1.4 in code: the standard Helvetica font (no
 * embedding), WinAnsi encoding so æ, ø and å survive, and a cross-reference
 * table with exact byte offsets, so text extractors (pdf.js, unpdf) read it
 * without falling back to repair mode.
 */

// WinAnsiEncoding matches Latin-1 for the letters Norwegian needs; these are
// the few characters outside Latin-1 that typically occur in our text.
const WIN_ANSI_EXTRA: Record<string, number> = {
  '–': 0x96,
  '—': 0x97,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '…': 0x85,
  '€': 0x80,
};

/** Escapes text for a PDF string literal, writing every byte outside printable ASCII as an octal escape. */
export function pdfString(text: string): string {
  let out = '(';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\' || ch === '(' || ch === ')') out += `\\${ch}`;
    else if (code >= 0x20 && code < 0x7f) out += ch;
    else {
      const byte = WIN_ANSI_EXTRA[ch] ?? (code >= 0xa0 && code <= 0xff ? code : 0x3f /* ? */);
      out += `\\${byte.toString(8).padStart(3, '0')}`;
    }
  }
  return `${out})`;
}

/** Breaks text into lines of at most `width` characters, at spaces. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** What goes on the page. */
export interface PdfContent {
  /** Document title: the first line, in bold, and the file's Title metadata. */
  title: string;
  /** Paragraphs of body text, wrapped to the page. */
  paragraphs: string[];
}

/** A one-page A4 PDF with the title and paragraphs; text that does not fit on the page is cut off. */
export function simplePdf({ title, paragraphs }: PdfContent): Buffer {
  const lines: string[] = [];
  for (const paragraph of paragraphs) {
    lines.push(...wrap(paragraph, 85), '');
  }
  // A4 at 72 dpi, 2.5 cm margins, 14 pt leading: about 48 body lines fit below the title.
  const body = lines.slice(0, 48);
  const ops = [
    'BT',
    '/F2 16 Tf',
    '72 770 Td',
    `${pdfString(title)} Tj`,
    '/F1 11 Tf',
    '14 TL',
    '0 -28 Td',
    ...body.map((line) => (line ? `${pdfString(line)} Tj T*` : 'T*')),
    'ET',
  ].join('\n');

  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    // The content stream is pure ASCII (escapes above), so its length in characters is its length in bytes.
    `<< /Length ${ops.length} >>\nstream\n${ops}\nendstream`,
    `<< /Title ${pdfString(title)} /Producer (generate-corpus demodata) >>`,
  ];

  // The second header line holds bytes above 127, as the PDF spec recommends,
  // so tools treat the file as binary; everything else is ASCII.
  let pdf = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefAt = Buffer.byteLength(pdf, 'latin1');
  // Each cross-reference entry is exactly 20 bytes: 10-digit offset, space, 5-digit generation, space, flag, CR LF.
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f\r\n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n\r\n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}
