/**
 * What a reader needs to know about an attachment before downloading it:
 * its format (from the file extension) and its size in Norwegian notation.
 * Pure functions; reading the file and hashing it is in attachment-file.ts.
 */

// Labels a journalist recognises; the office formats name the program too,
// because «XLSX» alone means little to many readers.
const FORMATS: Record<string, string> = {
  pdf: 'PDF',
  csv: 'CSV',
  json: 'JSON',
  xml: 'XML',
  txt: 'Tekst',
  md: 'Tekst (Markdown)',
  html: 'HTML',
  xlsx: 'Excel (XLSX)',
  xls: 'Excel (XLS)',
  docx: 'Word (DOCX)',
  doc: 'Word (DOC)',
  pptx: 'PowerPoint (PPTX)',
  ppt: 'PowerPoint (PPT)',
  odt: 'OpenDocument-tekst (ODT)',
  ods: 'OpenDocument-regneark (ODS)',
  odp: 'OpenDocument-presentasjon (ODP)',
  zip: 'ZIP',
  png: 'PNG-bilde',
  jpg: 'JPEG-bilde',
  jpeg: 'JPEG-bilde',
  svg: 'SVG-bilde',
  geojson: 'GeoJSON',
};

/** The file's extension, lower-case, without the dot; '' when it has none. */
export function fileExtension(fileName: string): string {
  const base = fileName.split('/').pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/**
 * The format of a file as shown to readers, from its extension:
 * `attachmentFormat('avtale.pdf')` is «PDF», an unknown `.abc` is «ABC»,
 * and a file without an extension is «Fil».
 */
export function attachmentFormat(fileName: string): string {
  const ext = fileExtension(fileName);
  if (!ext) return 'Fil';
  return FORMATS[ext] ?? ext.toUpperCase();
}

const UNITS = ['kB', 'MB', 'GB', 'TB'] as const;
const NBSP = '\u00a0';

/**
 * A file size in Norwegian notation with decimal (SI) units, a comma for
 * decimals and a no-break space before the unit: 12 345 bytes is «12,3 kB»,
 * 1 000 000 is «1 MB», 512 is «512 byte». One decimal below 100 of a unit,
 * none above (so «123 kB», not «123,4 kB»).
 */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0 || !Number.isInteger(bytes)) {
    throw new RangeError(`formatFileSize expects a whole number of bytes, got ${bytes}`);
  }
  if (bytes < 1000) return `${bytes}${NBSP}byte`;
  let value = bytes / 1000;
  let unit = 0;
  // Round first, so 999 950 bytes becomes «1 MB» rather than «1000 kB».
  while (unit < UNITS.length - 1 && round(value) >= 1000) {
    value /= 1000;
    unit += 1;
  }
  const digits = round(value) < 100 ? 1 : 0;
  const text = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: digits }).format(value);
  return `${text}${NBSP}${UNITS[unit]}`;
}

function round(value: number): number {
  return value < 100 ? Math.round(value * 10) / 10 : Math.round(value);
}
