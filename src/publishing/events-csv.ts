import { parse } from 'csv-parse/sync';
import { decodeText } from '../content-model/read/decode.ts';
import { EVENT_FIELDS, type RawEvent } from './status-events.ts';
import { startsLikeFormula } from '../open-data/csv.ts';

export { startsLikeFormula };

/** A problem tied to a row as the spreadsheet numbers it (the header is row 1). */
export interface RowProblem {
  row: number;
  message: string;
}

/** One data row of an events spreadsheet. */
export interface EventRow {
  row: number;
  values: RawEvent;
}

/** What was read from a spreadsheet export. */
export interface EventsCsv {
  delimiter: ';' | ',' | '\t';
  rows: EventRow[];
  problems: RowProblem[];
}

const REQUIRED = ['kommune', 'dato', 'status'] as const;

/**
 * Turns a column heading into a field name: any case, spaces or hyphens for
 * underscores, so «Kilde nyhet», «kilde-nyhet» and «KILDE_NYHET» all mean
 * `kilde_nyhet`.
 */
export function columnName(heading: string): string {
  return heading.trim().toLocaleLowerCase('nb').replace(/[\s\-]+/g, '_');
}

/**
 * Reads an events spreadsheet saved as CSV: separated by `;` (Norwegian
 * Excel), `,` or tabs, detected from the header row. Only UTF-8 (Excel's
 * «CSV UTF-8 (kommadelt)»), with or without a byte-order mark, is read; any
 * other export is refused with the encoding it most likely has, because a
 * wrong guess would write wrong letters into the municipality files. Rows
 * that are entirely empty are skipped but still counted, so row numbers
 * match the spreadsheet. Cells a spreadsheet would run as a formula are
 * refused (see `formulaProblem`). `name` is the file's name, for the advice.
 */
export function parseEventsCsv(bytes: Uint8Array, name = 'hendelser.csv'): EventsCsv {
  const decoded = decodeText(bytes, name);
  if (!decoded.ok) {
    return {
      delimiter: ',',
      rows: [],
      problems: decoded.problems.map((problem) => ({ row: problem.line ?? 1, message: `${problem.what}. ${problem.fix ?? ''}`.trim() })),
    };
  }
  let text = decoded.text;

  // Excel writes `sep=;` as an invisible first line when asked to; it is not a spreadsheet row.
  let delimiter: EventsCsv['delimiter'];
  const hint = /^sep=(.)\r?\n/i.exec(text);
  if (hint && [';', ',', '\t'].includes(hint[1]!)) {
    delimiter = hint[1] as EventsCsv['delimiter'];
    text = text.slice(hint[0].length);
  } else {
    delimiter = detectDelimiter(text);
  }

  const records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, relax_quotes: true }) as string[][];
  const problems: RowProblem[] = [];
  const header = records[0] ?? [];
  const columns = header.map(columnName);
  const known = new Set<string>(EVENT_FIELDS);
  columns.forEach((column, position) => {
    if (column && !known.has(column)) {
      problems.push({
        row: 1,
        message: `ukjent kolonne «${header[position]!.trim()}»; kolonnene kan være: ${EVENT_FIELDS.join(', ')}.`,
      });
    }
  });
  for (const column of new Set(columns)) {
    if (column && columns.indexOf(column) !== columns.lastIndexOf(column)) {
      problems.push({ row: 1, message: `kolonnen «${column}» står flere ganger i overskriftsraden; behold bare én.` });
    }
  }
  const missing = REQUIRED.filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    problems.push({
      row: 1,
      message: `overskriftsraden mangler ${missing.map((c) => `«${c}»`).join(', ')}. Første rad skal ha kolonnenavnene, for eksempel: ${EVENT_FIELDS.join(delimiter === '\t' ? ' ' : delimiter)}`,
    });
  }
  records.forEach((record, position) => {
    record.forEach((cell, index) => {
      const message = formulaProblem(cell, header[index]?.trim() || columnLetter(index), columnLetter(index));
      if (message) problems.push({ row: position + 1, message });
    });
  });
  if (problems.length > 0) return { delimiter, rows: [], problems };

  const rows: EventRow[] = [];
  records.slice(1).forEach((record, position) => {
    const row = position + 2;
    if (record.every((cell) => cell.trim() === '')) return;
    if (record.length > columns.length && record.slice(columns.length).some((cell) => cell.trim() !== '')) {
      problems.push({
        row,
        message: `har flere utfylte celler (${record.length}) enn overskriftsraden har kolonner (${columns.length}); sjekk at ingen celle inneholder skilletegnet «${delimiter === '\t' ? 'tabulator' : delimiter}» uten anførselstegn rundt.`,
      });
      return;
    }
    const values = Object.fromEntries(EVENT_FIELDS.map((field) => [field, ''])) as unknown as RawEvent;
    columns.forEach((column, index) => {
      if (known.has(column)) values[column as keyof RawEvent] = record[index] ?? '';
    });
    rows.push({ row, values });
  });
  return { delimiter, rows, problems };
}

/** Why a cell is refused as a possible formula, or undefined. `heading` and `letter` name its column. */
export function formulaProblem(cell: string, heading: string, letter: string): string | undefined {
  if (!startsLikeFormula(cell)) return undefined;
  const first = cell.startsWith('\t') ? 'en tabulator' : cell.startsWith('\r') ? 'et linjeskift' : `«${cell[0]}»`;
  return `cellen i kolonne «${heading}» (${letter}) begynner med ${first}, så et regneark kan kjøre den som en formel; fjern tegnet først i cellen, eller begynn teksten med et ord.`;
}

/** The spreadsheet's name for the 0-based column `index`: A, B, …, Z, AA, … */
function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The separator used most in the header row, outside quotes. */
export function detectDelimiter(text: string): EventsCsv['delimiter'] {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char in counts) counts[char as keyof typeof counts] += 1;
  }
  const best = (Object.keys(counts) as (keyof typeof counts)[]).sort((a, b) => counts[b] - counts[a])[0]!;
  return counts[best] > 0 ? best : ',';
}
