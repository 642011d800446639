/**
 * CSV as RFC 4180 describes it (comma, CRLF, a header row, fields quoted
 * when they hold a comma, quote or line break), with a UTF-8 byte-order mark
 * so spreadsheets set to Norwegian read æ, ø and å correctly.
 */

/** A cell value; `undefined` and `null` become empty cells. */
export type Cell = string | number | boolean | null | undefined;

const BOM = '\uFEFF';

function field(value: Cell): string {
  if (value === undefined || value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The whole CSV file: byte-order mark, header row, one row per record, CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(field).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
