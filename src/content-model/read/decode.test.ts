import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../validation/problem.ts';
import { decodeText, guessSingleByte } from './decode.ts';

const news = '---\ntittel: Møte i samarbeidsrådet\ningress: Rådet møttes på Røros.\npublisert: 2022-03-01\n---\n\nTekst.\n';
const sheet = 'kommune;dato;status;merknad\nRøros;1.2.2022;i-drift;Første kommune\nTrondheim;2.2.2022;i-drift;«Avtalt» – ja\n';

/** The one problem line for `bytes`, as `npm run check` prints it. */
function refusal(bytes: Uint8Array, file: string): string {
  const result = decodeText(bytes, file);
  if (result.ok) throw new Error(`expected ${file} to be refused`);
  return result.problems.map(formatProblem).join('\n');
}

describe('UTF-8 is accepted', () => {
  test('with and without a byte-order mark; the mark is dropped', () => {
    const plain = new TextEncoder().encode(news);
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeText(plain, 'nyheter/a.md')).toEqual({ ok: true, text: news });
    expect(decodeText(withBom, 'nyheter/a.md')).toEqual({ ok: true, text: news });
  });

  test('an empty file and plain ASCII', () => {
    expect(decodeText(new Uint8Array(), 'a.md')).toEqual({ ok: true, text: '' });
    expect(decodeText(new TextEncoder().encode('navn: Oslo\n'), 'a.yaml')).toEqual({ ok: true, text: 'navn: Oslo\n' });
  });
});

describe('other encodings are refused with the likely encoding and the line as it reads', () => {
  test('Windows-1252, as older Norwegian Windows editors save', () => {
    expect(refusal(iconv.encode(news, 'windows-1252'), 'nyheter/mote.md')).toMatchInlineSnapshot(
      `"nyheter/mote.md:2 – filen er ikke lagret som UTF-8, men trolig som Windows-1252 (også kalt ANSI eller ISO-8859-1), som brukes av eldre Windows-programmer, og Excel når du velger «CSV (kommadelt)»; linjen lyder da «tittel: Møte i samarbeidsrådet». Lagre filen på nytt som UTF-8: i Notisblokk med Fil → Lagre som og «UTF-8» under Koding; i TextEdit på Mac med Arkiv → Lagre og «Unicode (UTF-8)»; i Word med Lagre som «Ren tekst» og «Unicode (UTF-8)»."`,
    );
  });

  test('ISO-8859-1 reads as Windows-1252; ISO-8859-15 is told by its euro sign', () => {
    expect(guessSingleByte(iconv.encode(news, 'iso-8859-1'))?.id).toBe('windows-1252');
    expect(guessSingleByte(iconv.encode('pris: 200 € for Ørland\n', 'iso-8859-15'))?.id).toBe('iso-8859-15');
  });

  test('Mac Roman, as Excel for Mac saves «CSV (Macintosh)»', () => {
    expect(refusal(iconv.encode(sheet, 'macintosh'), 'hendelser.csv')).toMatchInlineSnapshot(
      `"hendelser.csv:2 – filen er ikke lagret som UTF-8, men trolig som Mac Roman, som brukes av eldre Mac-programmer, og Excel på Mac når du velger «CSV (Macintosh)»; linjen lyder da «Røros;1.2.2022;i-drift;Første kommune». Åpne filen i Excel og lagre den på nytt med Fil → Lagre som → «CSV UTF-8 (kommadelt)»."`,
    );
  });

  test('IBM 850 and 865, as Excel saves «CSV (MS-DOS)»', () => {
    expect(guessSingleByte(iconv.encode(sheet, 'cp850'))?.id).toBe('cp850');
    expect(guessSingleByte(iconv.encode('tittel: Møte på Røros', 'cp865'))?.label).toMatch(/^IBM 8(50|65)/);
    expect(refusal(iconv.encode(sheet, 'cp850'), 'hendelser.csv')).toContain('trolig som IBM 850 (MS-DOS), som brukes av gamle DOS-programmer, og Excel når du velger «CSV (MS-DOS)»; linjen lyder da «Røros;1.2.2022;i-drift;Første kommune»');
  });

  test('the short line that general detectors get wrong', () => {
    for (const encoding of ['windows-1252', 'macintosh', 'cp850']) {
      expect(guessSingleByte(iconv.encode('Møte i samarbeidsrådet', encoding))?.id).toBe(encoding);
    }
  });

  test('UTF-16 with and without a byte-order mark (Excel «Unicode-tekst»)', () => {
    const withBom = iconv.encode(sheet, 'utf-16le', { addBOM: true });
    const bigEndian = iconv.encode(sheet, 'utf-16be');
    expect(refusal(withBom, 'hendelser.csv')).toMatchInlineSnapshot(
      `"hendelser.csv:1 – filen er ikke lagret som UTF-8, men trolig som UTF-16, som brukes av Excel når du velger «Unicode-tekst», og Notisblokk når du velger «UTF-16 LE»; linjen lyder da «kommune;dato;status;merknad». Åpne filen i Excel og lagre den på nytt med Fil → Lagre som → «CSV UTF-8 (kommadelt)»."`,
    );
    expect(refusal(iconv.encode(news, 'utf-16le'), 'nyheter/a.md')).toContain('trolig som UTF-16,');
    expect(refusal(bigEndian, 'hendelser.csv')).toContain('trolig som UTF-16 BE,');
  });

  test('a long line is shown around its first odd letter', () => {
    const long = `ingress: ${'Dette er en lang innledning som fortsetter '.repeat(3)}på Røros og i Ørland.\n`;
    expect(refusal(iconv.encode(long, 'windows-1252'), 'nyheter/a.md')).toContain('linjen lyder da «…r en lang innledning som fortsetter på Røros og i Ørland.»');
  });

  test('bytes that are no text at all', () => {
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x9f, 0x83, 0xfe, 0x8a, 0x10, 0x81, 0xc3, 0xa7, 0x1d, 0x8e, 0xd7]);
    expect(refusal(zip, 'nyheter/a.md')).toMatchInlineSnapshot(
      `"nyheter/a.md:1 – filen er ikke en tekstfil: den inneholder tegn som ikke hører hjemme i tekst (kanskje et Word-dokument, et bilde eller en zip-fil med feil endelse). Åpne filen i programmet den ble laget i og lagre den som ren tekst i UTF-8, eller lim teksten inn i en ny fil."`,
    );
  });
});
