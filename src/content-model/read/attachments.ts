/**
 * Checks a document's attachment (and a news image) before it is published:
 * the type is on the allowlist, the name does not collide with the site's own
 * files, the content is what the extension says, and a reader can open it.
 *
 * Allowed types (by extension; the content must match):
 * - PDF (`.pdf`): the form every document should preferably have.
 * - Office Open XML (`.docx`, `.xlsx`, `.pptx`) and OpenDocument (`.odt`,
 *   `.ods`, `.odp`): editable originals. The macro-enabled variants (`.docm`,
 *   `.xlsm`, `.pptm`) and the old binary formats (`.doc`, `.xls`, `.ppt`)
 *   are refused: they can carry macros, and every current Office saves the
 *   new formats.
 * - Plain data and text (`.csv`, `.txt`): served as text, never run.
 * - Images (`.png`, `.jpg`, `.jpeg`, `.gif`, `.webp`) up to
 *   {@link MAX_IMAGE_PIXELS} pixels and {@link MAX_IMAGE_SIDE} px on a side.
 *
 * Refused with a reason: pages and code (`.html`, `.htm`, `.xhtml`, `.js`,
 * `.mjs`, `.css`, `.svg`, `.xml`, …), which the browser would run or apply
 * on the site's own address (the CSP allows scripts from 'self'); programs
 * (`.exe`, `.msi`, `.bat`, …); archives (`.zip`, `.7z`, `.rar`), whose
 * content nobody checks; and every other type.
 *
 * File types are read with `file-type` (magic bytes, including the parts
 * inside a ZIP that tell Word, Excel and PowerPoint files apart), image
 * dimensions with `image-size` (header only, no decoding), PDFs are opened
 * with pdf.js through `unpdf` (what the site already uses), and an Office
 * file that is an encrypted compound file is recognised with `cfb`.
 */
import CFB from 'cfb';
import { fileTypeFromBuffer } from 'file-type';
import { imageSize } from 'image-size';
import { getDocumentProxy } from 'unpdf';
import type { Problem } from '../../validation/problem.ts';

/**
 * Largest image in pixels: 40 megapixels. A decoded image takes 4 bytes a
 * pixel, so 160 MB of memory in the build for one image, and the site shows
 * images at most about 1 600 px wide (3 200 px on a sharp screen): a camera
 * photo (12–24 MP) passes, a scan or a poster at print resolution does not.
 */
export const MAX_IMAGE_PIXELS = 40_000_000;
/** Largest side of an image in pixels; a panorama or a long screenshot beyond this is unusable on a phone. */
export const MAX_IMAGE_SIDE = 10_000;

/** An allowed attachment type. */
interface AllowedType {
  /** What `file-type` reports for it; undefined for plain text. */
  detected: string | undefined;
  /** Its name for staff. */
  label: string;
}

const ALLOWED: ReadonlyMap<string, AllowedType> = new Map([
  ['pdf', { detected: 'pdf', label: 'PDF' }],
  ['docx', { detected: 'docx', label: 'Word-dokument (.docx)' }],
  ['xlsx', { detected: 'xlsx', label: 'Excel-regneark (.xlsx)' }],
  ['pptx', { detected: 'pptx', label: 'PowerPoint-presentasjon (.pptx)' }],
  ['odt', { detected: 'odt', label: 'OpenDocument-tekst (.odt)' }],
  ['ods', { detected: 'ods', label: 'OpenDocument-regneark (.ods)' }],
  ['odp', { detected: 'odp', label: 'OpenDocument-presentasjon (.odp)' }],
  ['csv', { detected: undefined, label: 'CSV-fil' }],
  ['txt', { detected: undefined, label: 'tekstfil' }],
  ['png', { detected: 'png', label: 'PNG-bilde' }],
  ['jpg', { detected: 'jpg', label: 'JPG-bilde' }],
  ['jpeg', { detected: 'jpg', label: 'JPG-bilde' }],
  ['gif', { detected: 'gif', label: 'GIF-bilde' }],
  ['webp', { detected: 'webp', label: 'WebP-bilde' }],
]);

const ALLOWED_LIST = 'PDF, Word (.docx), Excel (.xlsx), PowerPoint (.pptx), OpenDocument (.odt, .ods, .odp), CSV, tekst (.txt) og bilder (.png, .jpg, .gif, .webp)';

const SAVE_AS_PDF = 'Lagre dokumentet som PDF (Fil → Lagre som → PDF) og legg ved PDF-filen i stedet.';

/** Types refused with their own reason and fix. */
const REFUSED: ReadonlyMap<string, { why: string; fix: string }> = new Map([
  ...['html', 'htm', 'xhtml', 'shtml', 'mht', 'mhtml'].map(
    (ext) => [ext, { why: 'en nettside som vedlegg kan kjøre programkode på nettstedets adresse', fix: SAVE_AS_PDF }] as const,
  ),
  ...['js', 'mjs', 'cjs', 'wasm'].map((ext) => [ext, { why: 'det er programkode, som nettleseren kan kjøre på nettstedets adresse', fix: 'Fjern filen fra dokumentet.' }] as const),
  ['css', { why: 'et stilark kan endre utseendet på nettstedets sider', fix: 'Fjern filen fra dokumentet.' }],
  ['svg', { why: 'SVG-bilder kan inneholde programkode', fix: 'Lagre bildet som PNG eller JPG, og legg ved det i stedet.' }],
  ...['xml', 'xsl', 'xslt'].map(
    (ext) => [ext, { why: 'nettleseren kan vise filen som en nettside med programkode', fix: 'Lagre innholdet som PDF, eller som CSV hvis det er tabelldata.' }] as const,
  ),
  ...['exe', 'msi', 'bat', 'cmd', 'com', 'scr', 'ps1', 'sh', 'vbs', 'jar', 'app', 'dmg', 'apk', 'dll'].map(
    (ext) => [ext, { why: 'programfiler kan skade maskinen til den som åpner dem', fix: 'Fjern filen fra dokumentet.' }] as const,
  ),
  ...['docm', 'xlsm', 'pptm', 'dotm', 'xltm'].map(
    (ext) => [ext, { why: 'filen kan inneholde makroer (programkode)', fix: 'Lagre den uten makroer (.docx, .xlsx, .pptx) eller som PDF.' }] as const,
  ),
  ...['doc', 'xls', 'ppt'].map(
    (ext) => [ext, { why: 'det gamle Office-formatet kan inneholde makroer og åpnes ikke i alle programmer', fix: 'Åpne filen og lagre den som .docx, .xlsx eller .pptx, eller som PDF.' }] as const,
  ),
  ...['zip', '7z', 'rar', 'tar', 'gz', 'tgz'].map(
    (ext) => [ext, { why: 'innholdet i en komprimert mappe kan ikke kontrolleres', fix: 'Pakk ut filene og legg dem ved hver for seg.' }] as const,
  ),
]);

/**
 * Names that would replace or shadow the site's own files in the published
 * folder, compared without regard to case (servers on Windows and macOS
 * ignore it). Any part of the path starting with «.» is refused too:
 * hidden files, `.htaccess` and `.well-known` are server configuration.
 */
const RESERVED = new Set(['index.html', 'index.htm', 'index.md', 'index.mdx', '_headers', '_redirects', 'rss.xml', 'sitemap.xml', 'sitemap-index.xml', 'robots.txt', 'favicon.ico', 'favicon.svg', '404.html']);

/** Labels for what `file-type` found, for «filen er egentlig …». */
const DETECTED_LABELS: Readonly<Record<string, string>> = {
  pdf: 'en PDF',
  docx: 'et Word-dokument (.docx)',
  xlsx: 'et Excel-regneark (.xlsx)',
  pptx: 'en PowerPoint-presentasjon (.pptx)',
  odt: 'et OpenDocument-dokument (.odt)',
  ods: 'et OpenDocument-regneark (.ods)',
  odp: 'en OpenDocument-presentasjon (.odp)',
  png: 'et PNG-bilde',
  jpg: 'et JPG-bilde',
  gif: 'et GIF-bilde',
  webp: 'et WebP-bilde',
  avif: 'et AVIF-bilde',
  heic: 'et HEIC-bilde (fra iPhone)',
  tif: 'et TIFF-bilde',
  bmp: 'et BMP-bilde',
  zip: 'en zip-fil',
  cfb: 'et dokument i det gamle Office-formatet (.doc, .xls eller .ppt)',
  exe: 'et program (.exe)',
  html: 'en nettside (HTML)',
  xml: 'en XML-fil',
  svg: 'et SVG-bilde',
  rtf: 'et RTF-dokument',
};

/**
 * Problems with an attachment's name alone: its type is not allowed, or the
 * name is reserved. `name` is the path relative to the content folder, e.g.
 * `dokumenter/avtale/vedlegg/index.html`; the problems are reported on it.
 */
export function checkAttachmentName(name: string): Problem[] {
  const parts = name.split('/');
  // The parts below dokumenter/<slug>/, which end up in the published folder as written.
  const inside = parts[0] === 'dokumenter' && parts.length > 2 ? parts.slice(2) : parts;
  const base = parts[parts.length - 1] ?? name;
  if (inside.some((part) => part.startsWith('.'))) {
    return [{ file: name, what: 'navn som begynner med punktum er skjulte filer eller innstillinger for webserveren, og kan ikke publiseres', fix: 'Gi filen et navn som begynner med en bokstav eller et tall.' }];
  }
  const lower = base.toLowerCase();
  if (RESERVED.has(lower)) {
    const why =
      lower === 'index.md' || lower === 'index.mdx'
        ? 'det er navnet på dokumentets egen tekstfil'
        : inside.length === 1 && lower.startsWith('index.')
          ? 'filen ville erstattet dokumentets egen side på nettstedet'
          : 'nettstedet bruker navnet til sine egne filer, og vedlegget ville erstattet en av dem';
    return [{ file: name, what: `navnet «${base}» er reservert: ${why}`, fix: 'Gi vedlegget et annet navn, for eksempel «referat.pdf», og rett navnet i index.md.' }];
  }
  const ext = extensionOf(base);
  if (ALLOWED.has(ext)) return [];
  const refused = REFUSED.get(ext);
  if (refused) return [{ file: name, what: `filtypen .${ext} kan ikke brukes som vedlegg: ${refused.why}`, fix: refused.fix }];
  return [
    {
      file: name,
      what: ext ? `filtypen .${ext} kan ikke brukes som vedlegg` : 'filen har ingen filendelse, så leserne vet ikke hvilket program som åpner den',
      fix: `Tillatt er ${ALLOWED_LIST}. ${SAVE_AS_PDF}`,
    },
  ];
}

/**
 * Every problem with an attachment: its name (see `checkAttachmentName`),
 * content that does not match the extension, and files no reader could open:
 * a damaged, incomplete or password-protected PDF; a password-protected or
 * incomplete Office file; an image larger than the limits. Never throws.
 */
export async function checkAttachment(bytes: Uint8Array, name: string): Promise<Problem[]> {
  const nameProblems = checkAttachmentName(name);
  if (nameProblems.length > 0) return nameProblems;
  const ext = extensionOf(name);
  const allowed = ALLOWED.get(ext)!;
  const problem = (what: string, fix: string): Problem[] => [{ file: name, what, fix }];

  if (bytes.length === 0) return problem('filen er tom', 'Legg inn filen på nytt; kanskje ble den ikke ferdig kopiert.');

  const detected = (await fileTypeFromBuffer(bytes))?.ext;
  if (allowed.detected === undefined) {
    // CSV and text have no signature: anything with a signature, or with NUL bytes, is not text.
    if (detected || bytes.includes(0)) {
      return problem(`filen er ikke en ${allowed.label}, men ${detected ? (DETECTED_LABELS[detected] ?? `en .${detected}-fil`) : 'en binærfil'}`, 'Gi filen riktig endelse, eller lagre innholdet på nytt som ren tekst.');
    }
    return [];
  }

  if (['docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp'].includes(allowed.detected) && detected === 'cfb') {
    return encryptedOffice(bytes)
      ? problem(
          'filen er passordbeskyttet, så leserne kan ikke åpne den',
          'Åpne filen, fjern passordet (i Word og Excel: Fil → Info → Beskytt → Krypter med passord, og tøm feltet), lagre og legg den ved på nytt.',
        )
      : problem(`filen er ikke en ${allowed.label}, men ${DETECTED_LABELS.cfb}`, 'Åpne filen og lagre den på nytt som .docx, .xlsx eller .pptx, eller som PDF.');
  }
  if (detected !== allowed.detected) {
    if (allowed.detected === 'pdf' && !detected) return pdfProblems(bytes, name);
    const actual = detected ? (DETECTED_LABELS[detected] ?? `en .${detected}-fil`) : 'en fil av ukjent type';
    return problem(`innholdet passer ikke med endelsen .${ext}: filen er egentlig ${actual}`, `Gi filen riktig endelse, eller lagre den på nytt som ${allowed.label}.`);
  }

  if (allowed.detected === 'pdf') return pdfProblems(bytes, name);
  if (['docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp'].includes(allowed.detected) && !hasZipEnd(bytes)) {
    return problem('filen er ikke komplett: slutten mangler, så den kan ikke åpnes', 'Kopier eller last ned filen på nytt, og legg den ved igjen.');
  }
  if (['png', 'jpg', 'gif', 'webp'].includes(allowed.detected)) return checkImage(bytes, name);
  return [];
}

/**
 * Problems with an image's dimensions: more than {@link MAX_IMAGE_PIXELS}
 * pixels or more than {@link MAX_IMAGE_SIDE} px on a side, or dimensions that
 * cannot be read (a damaged file). Reads only the header. For raster news
 * images (PNG, JPEG, GIF, WebP, AVIF) and image attachments alike; an SVG
 * has no pixel size to check.
 */
export function checkImage(bytes: Uint8Array, name: string): Problem[] {
  let width: number;
  let height: number;
  try {
    ({ width, height } = imageSize(bytes));
  } catch {
    return [{ file: name, what: 'bildet er skadet: størrelsen kan ikke leses', fix: 'Lagre bildet på nytt fra bildeprogrammet, som JPG eller PNG.' }];
  }
  if (width * height > MAX_IMAGE_PIXELS || width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE) {
    const size = `${formatNumber(width)} × ${formatNumber(height)} px`;
    const limit = `${formatNumber(MAX_IMAGE_SIDE)} px på den lengste siden og ${MAX_IMAGE_PIXELS / 1_000_000} megapiksler`;
    return [
      {
        file: name,
        what: `bildet er for stort (${size}); grensen er ${limit}`,
        fix: 'Gjør bildet mindre før du legger det inn, for eksempel 3000 px bredt (i Paint: Endre størrelse; på Mac i Forhåndsvisning: Verktøy → Juster størrelse).',
      },
    ];
  }
  return [];
}

/**
 * The name in `actual` that `listed` refers to, comparing Unicode-normalised
 * forms: macOS writes file names decomposed (NFD: «a» + ring), editors write
 * text composed (NFC: «å»), and both look identical. An exact match wins;
 * case and everything else must match. `undefined` when none matches.
 */
export function matchFileName(listed: string, actual: readonly string[]): string | undefined {
  if (actual.includes(listed)) return listed;
  const wanted = listed.normalize('NFC');
  return actual.find((name) => name.normalize('NFC') === wanted);
}

async function pdfProblems(bytes: Uint8Array, name: string): Promise<Problem[]> {
  const problem = (what: string, fix: string): Problem[] => [{ file: name, what, fix }];
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) {
    return problem('filen er ikke en PDF, selv om den heter .pdf', 'Åpne originalen og lagre den som PDF (Fil → Lagre som → PDF).');
  }
  // Readers look for %%EOF near the end; a file cut short (copied or
  // downloaded halfway) lacks it even when its first pages would parse.
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 1024)));
  if (!tail.includes('%%EOF')) {
    return problem('PDF-filen er ikke komplett: slutten mangler, kanskje ble den ikke ferdig kopiert eller lastet ned', 'Kopier eller last ned filen på nytt, og legg den ved igjen.');
  }
  try {
    // pdf.js takes over the buffer it is given; give it a copy.
    const pdf = await getDocumentProxy(bytes.slice(), { verbosity: 0, isEvalSupported: false });
    const pages = pdf.numPages;
    await pdf.destroy();
    if (pages === 0) return problem('PDF-filen har ingen sider', 'Lagre dokumentet som PDF på nytt.');
    return [];
  } catch (error) {
    const kind = (error as { name?: string }).name;
    if (kind === 'PasswordException') {
      return problem('PDF-filen er passordbeskyttet, så leserne kan ikke åpne den', 'Lagre en kopi uten passord (i Adobe Acrobat: Fil → Egenskaper → Sikkerhet → Ingen sikkerhet) og legg den ved i stedet.');
    }
    return problem('PDF-filen er skadet og kan ikke åpnes', 'Åpne originalen og lagre den som PDF på nytt, eller hent en ny kopi fra den som sendte den.');
  }
}

function encryptedOffice(bytes: Uint8Array): boolean {
  try {
    const container = CFB.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { type: 'buffer' });
    return container.FullPaths.some((path) => /\/(EncryptedPackage|EncryptionInfo)$/.test(path));
  } catch {
    return false;
  }
}

/** A ZIP ends with its central directory record (PK\x05\x06) within its last 64 KB + 22 bytes. */
function hasZipEnd(bytes: Uint8Array): boolean {
  const from = Math.max(0, bytes.length - 65_557);
  for (let i = bytes.length - 22; i >= from; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return true;
  }
  return false;
}

function extensionOf(name: string): string {
  const base = name.split('/').pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** «20 000»: Norwegian digit grouping, with an ordinary space so the message reads the same in any terminal. */
function formatNumber(value: number): string {
  return new Intl.NumberFormat('nb').format(value).replace(/\s/g, ' ');
}
