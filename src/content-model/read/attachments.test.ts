import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../validation/problem.ts';
import { checkAttachment, checkAttachmentName, checkImage, matchFileName } from './attachments.ts';
import { jpegHeader, pngHeader } from './testing.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(import.meta.dirname, '../../../tests/fixtures/attachments', name)));
const check = async (bytes: Uint8Array, name: string) => (await checkAttachment(bytes, name)).map(formatProblem);

describe('allowed types with the content their extension promises pass', () => {
  test('PDF, Word, OpenDocument, CSV, text and images', async () => {
    expect(await check(fixture('valid.pdf'), 'dokumenter/avtale/avtale.pdf')).toEqual([]);
    expect(await check(fixture('valid.docx'), 'dokumenter/avtale/vedlegg/Referat.docx')).toEqual([]);
    expect(await check(fixture('valid.odt'), 'dokumenter/avtale/referat.odt')).toEqual([]);
    expect(await check(new TextEncoder().encode('kommune;status\nRøros;i drift\n'), 'dokumenter/avtale/tall.csv')).toEqual([]);
    expect(await check(new TextEncoder().encode('Merknad.\n'), 'dokumenter/avtale/LES-MEG.TXT')).toEqual([]);
    expect(await check(pngHeader(1600, 900), 'dokumenter/avtale/kart.png')).toEqual([]);
    expect(await check(jpegHeader(4000, 3000), 'dokumenter/avtale/foto.jpeg')).toEqual([]);
  });
});

describe('names', () => {
  test('reserved names that would replace the site’s own files', () => {
    const names = ['dokumenter/avtale/index.html', 'dokumenter/avtale/INDEX.HTM', 'dokumenter/avtale/index.md', 'dokumenter/avtale/vedlegg/rss.xml', 'dokumenter/avtale/_headers', 'dokumenter/avtale/.htaccess', 'dokumenter/avtale/.well-known/x.txt'];
    expect(names.flatMap(checkAttachmentName).map(formatProblem)).toMatchInlineSnapshot(`
      [
        "dokumenter/avtale/index.html – navnet «index.html» er reservert: filen ville erstattet dokumentets egen side på nettstedet. Gi vedlegget et annet navn, for eksempel «referat.pdf», og rett navnet i index.md.",
        "dokumenter/avtale/INDEX.HTM – navnet «INDEX.HTM» er reservert: filen ville erstattet dokumentets egen side på nettstedet. Gi vedlegget et annet navn, for eksempel «referat.pdf», og rett navnet i index.md.",
        "dokumenter/avtale/index.md – navnet «index.md» er reservert: det er navnet på dokumentets egen tekstfil. Gi vedlegget et annet navn, for eksempel «referat.pdf», og rett navnet i index.md.",
        "dokumenter/avtale/vedlegg/rss.xml – navnet «rss.xml» er reservert: nettstedet bruker navnet til sine egne filer, og vedlegget ville erstattet en av dem. Gi vedlegget et annet navn, for eksempel «referat.pdf», og rett navnet i index.md.",
        "dokumenter/avtale/_headers – navnet «_headers» er reservert: nettstedet bruker navnet til sine egne filer, og vedlegget ville erstattet en av dem. Gi vedlegget et annet navn, for eksempel «referat.pdf», og rett navnet i index.md.",
        "dokumenter/avtale/.htaccess – navn som begynner med punktum er skjulte filer eller innstillinger for webserveren, og kan ikke publiseres. Gi filen et navn som begynner med en bokstav eller et tall.",
        "dokumenter/avtale/.well-known/x.txt – navn som begynner med punktum er skjulte filer eller innstillinger for webserveren, og kan ikke publiseres. Gi filen et navn som begynner med en bokstav eller et tall.",
      ]
    `);
  });

  test('types that run or restyle on the site’s address, programs, macros, archives, anything else', () => {
    const names = ['side.html', 'skript.js', 'stil.css', 'logo.svg', 'data.xml', 'installer.exe', 'budsjett.xlsm', 'gammel.doc', 'alt.zip', 'bilde.heic', 'uten-endelse'];
    expect(names.map((name) => `dokumenter/avtale/${name}`).flatMap(checkAttachmentName).map(formatProblem)).toMatchInlineSnapshot(`
      [
        "dokumenter/avtale/side.html – filtypen .html kan ikke brukes som vedlegg: en nettside som vedlegg kan kjøre programkode på nettstedets adresse. Lagre dokumentet som PDF (Fil → Lagre som → PDF) og legg ved PDF-filen i stedet.",
        "dokumenter/avtale/skript.js – filtypen .js kan ikke brukes som vedlegg: det er programkode, som nettleseren kan kjøre på nettstedets adresse. Fjern filen fra dokumentet.",
        "dokumenter/avtale/stil.css – filtypen .css kan ikke brukes som vedlegg: et stilark kan endre utseendet på nettstedets sider. Fjern filen fra dokumentet.",
        "dokumenter/avtale/logo.svg – filtypen .svg kan ikke brukes som vedlegg: SVG-bilder kan inneholde programkode. Lagre bildet som PNG eller JPG, og legg ved det i stedet.",
        "dokumenter/avtale/data.xml – filtypen .xml kan ikke brukes som vedlegg: nettleseren kan vise filen som en nettside med programkode. Lagre innholdet som PDF, eller som CSV hvis det er tabelldata.",
        "dokumenter/avtale/installer.exe – filtypen .exe kan ikke brukes som vedlegg: programfiler kan skade maskinen til den som åpner dem. Fjern filen fra dokumentet.",
        "dokumenter/avtale/budsjett.xlsm – filtypen .xlsm kan ikke brukes som vedlegg: filen kan inneholde makroer (programkode). Lagre den uten makroer (.docx, .xlsx, .pptx) eller som PDF.",
        "dokumenter/avtale/gammel.doc – filtypen .doc kan ikke brukes som vedlegg: det gamle Office-formatet kan inneholde makroer og åpnes ikke i alle programmer. Åpne filen og lagre den som .docx, .xlsx eller .pptx, eller som PDF.",
        "dokumenter/avtale/alt.zip – filtypen .zip kan ikke brukes som vedlegg: innholdet i en komprimert mappe kan ikke kontrolleres. Pakk ut filene og legg dem ved hver for seg.",
        "dokumenter/avtale/bilde.heic – filtypen .heic kan ikke brukes som vedlegg. Tillatt er PDF, Word (.docx), Excel (.xlsx), PowerPoint (.pptx), OpenDocument (.odt, .ods, .odp), CSV, tekst (.txt) og bilder (.png, .jpg, .gif, .webp). Lagre dokumentet som PDF (Fil → Lagre som → PDF) og legg ved PDF-filen i stedet.",
        "dokumenter/avtale/uten-endelse – filen har ingen filendelse, så leserne vet ikke hvilket program som åpner den. Tillatt er PDF, Word (.docx), Excel (.xlsx), PowerPoint (.pptx), OpenDocument (.odt, .ods, .odp), CSV, tekst (.txt) og bilder (.png, .jpg, .gif, .webp). Lagre dokumentet som PDF (Fil → Lagre som → PDF) og legg ved PDF-filen i stedet.",
      ]
    `);
  });

  test('matchFileName: the same name in composed (NFC) and decomposed (NFD) form', () => {
    const nfc = 'Referat samarbeidsrådet.pdf'.normalize('NFC');
    const nfd = nfc.normalize('NFD');
    expect(nfc).not.toBe(nfd);
    expect(matchFileName(nfc, ['avtale.pdf', nfd])).toBe(nfd);
    expect(matchFileName(nfd, [nfc])).toBe(nfc);
    expect(matchFileName(nfc, [nfd, nfc])).toBe(nfc);
    expect(matchFileName('referat samarbeidsrådet.pdf', [nfd])).toBeUndefined();
    expect(matchFileName('Referat samarbeidsradet.pdf', [nfd])).toBeUndefined();
  });
});

describe('content that does not match its extension, or that no reader could open', () => {
  test('PDFs: password-protected, cut short, damaged, not a PDF at all', async () => {
    expect([
      ...(await check(fixture('encrypted.pdf'), 'dokumenter/a/passord.pdf')),
      ...(await check(fixture('truncated.pdf'), 'dokumenter/a/halv.pdf')),
      ...(await check(fixture('damaged.pdf'), 'dokumenter/a/skadet.pdf')),
      ...(await check(fixture('valid.docx'), 'dokumenter/a/egentlig-word.pdf')),
      ...(await check(new TextEncoder().encode('<html><script>alert(1)</script></html>'), 'dokumenter/a/side.pdf')),
    ]).toMatchInlineSnapshot(`
      [
        "dokumenter/a/passord.pdf – PDF-filen er passordbeskyttet, så leserne kan ikke åpne den. Lagre en kopi uten passord (i Adobe Acrobat: Fil → Egenskaper → Sikkerhet → Ingen sikkerhet) og legg den ved i stedet.",
        "dokumenter/a/halv.pdf – PDF-filen er ikke komplett: slutten mangler, kanskje ble den ikke ferdig kopiert eller lastet ned. Kopier eller last ned filen på nytt, og legg den ved igjen.",
        "dokumenter/a/skadet.pdf – PDF-filen er skadet og kan ikke åpnes. Åpne originalen og lagre den som PDF på nytt, eller hent en ny kopi fra den som sendte den.",
        "dokumenter/a/egentlig-word.pdf – innholdet passer ikke med endelsen .pdf: filen er egentlig et Word-dokument (.docx). Gi filen riktig endelse, eller lagre den på nytt som PDF.",
        "dokumenter/a/side.pdf – filen er ikke en PDF, selv om den heter .pdf. Åpne originalen og lagre den som PDF (Fil → Lagre som → PDF).",
      ]
    `);
  });

  test('Office files: password-protected (an encrypted container where a ZIP belongs), cut short, wrong type', async () => {
    const docx = fixture('valid.docx');
    expect([
      ...(await check(fixture('encrypted.docx'), 'dokumenter/a/referat.docx')),
      ...(await check(docx.subarray(0, docx.length - 30), 'dokumenter/a/halv.docx')),
      ...(await check(docx, 'dokumenter/a/regneark.xlsx')),
      ...(await check(fixture('valid.pdf'), 'dokumenter/a/tall.csv')),
      ...(await check(new Uint8Array(), 'dokumenter/a/tom.pdf')),
    ]).toMatchInlineSnapshot(`
      [
        "dokumenter/a/referat.docx – filen er passordbeskyttet, så leserne kan ikke åpne den. Åpne filen, fjern passordet (i Word og Excel: Fil → Info → Beskytt → Krypter med passord, og tøm feltet), lagre og legg den ved på nytt.",
        "dokumenter/a/halv.docx – filen er ikke komplett: slutten mangler, så den kan ikke åpnes. Kopier eller last ned filen på nytt, og legg den ved igjen.",
        "dokumenter/a/regneark.xlsx – innholdet passer ikke med endelsen .xlsx: filen er egentlig et Word-dokument (.docx). Gi filen riktig endelse, eller lagre den på nytt som Excel-regneark (.xlsx).",
        "dokumenter/a/tall.csv – filen er ikke en CSV-fil, men en PDF. Gi filen riktig endelse, eller lagre innholdet på nytt som ren tekst.",
        "dokumenter/a/tom.pdf – filen er tom. Legg inn filen på nytt; kanskje ble den ikke ferdig kopiert.",
      ]
    `);
  });

  test('images over the limits, with their dimensions (header only: the dimension reader reads no pixels)', async () => {
    expect([
      ...(await check(pngHeader(20_000, 20_000), 'dokumenter/a/kart.png')),
      ...checkImage(jpegHeader(8_000, 6_000), 'nyheter/bilder/foto.jpg').map(formatProblem),
      ...checkImage(pngHeader(12_000, 800), 'nyheter/bilder/panorama.png').map(formatProblem),
      ...checkImage(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'nyheter/bilder/skadet.png').map(formatProblem),
    ]).toMatchInlineSnapshot(`
      [
        "dokumenter/a/kart.png – bildet er for stort (20 000 × 20 000 px); grensen er 10 000 px på den lengste siden og 40 megapiksler. Gjør bildet mindre før du legger det inn, for eksempel 3000 px bredt (i Paint: Endre størrelse; på Mac i Forhåndsvisning: Verktøy → Juster størrelse).",
        "nyheter/bilder/foto.jpg – bildet er for stort (8 000 × 6 000 px); grensen er 10 000 px på den lengste siden og 40 megapiksler. Gjør bildet mindre før du legger det inn, for eksempel 3000 px bredt (i Paint: Endre størrelse; på Mac i Forhåndsvisning: Verktøy → Juster størrelse).",
        "nyheter/bilder/panorama.png – bildet er for stort (12 000 × 800 px); grensen er 10 000 px på den lengste siden og 40 megapiksler. Gjør bildet mindre før du legger det inn, for eksempel 3000 px bredt (i Paint: Endre størrelse; på Mac i Forhåndsvisning: Verktøy → Juster størrelse).",
        "nyheter/bilder/skadet.png – bildet er skadet: størrelsen kan ikke leses. Lagre bildet på nytt fra bildeprogrammet, som JPG eller PNG.",
      ]
    `);
  });
});
