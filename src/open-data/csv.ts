/**
 * CSV as RFC 4180 describes it (comma, CRLF, a header row, fields quoted
 * when they hold a comma, quote or line break), with a UTF-8 byte-order mark
 * so spreadsheets set to Norwegian read æ, ø and å correctly. Text that a
 * spreadsheet would run as a formula is neutralised as OWASP's «CSV
 * Injection» advice says: a single quote first, and the field quoted.
 */

/** A cell value; `undefined` and `null` become empty cells. */
export type Cell = string | number | boolean | null | undefined;

const BOM = '\uFEFF';

/**
 * Characters that make a spreadsheet read a cell as a formula when it comes
 * first (OWASP, «CSV Injection»): `=`, `+`, `-`, `@`, and tab or carriage
 * return, which some spreadsheets skip before them. Such a cell could run
 * `=HYPERLINK(…)` or worse in the next spreadsheet that opens the data.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** True when a spreadsheet could read `cell` as a formula (see FORMULA_START); for every CSV the site reads or writes. */
export function startsLikeFormula(cell: string): boolean {
  return FORMULA_START.test(cell);
}

function field(value: Cell): string {
  if (value === undefined || value === null) return '';
  // Numbers and booleans are written by the site itself; a negative number stays a number.
  if (typeof value === 'string' && startsLikeFormula(value)) return `"'${value.replaceAll('"', '""')}"`;
  const text = String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The whole CSV file: byte-order mark, header row, one row per record, CRLF
 * line ends. Text cells starting like a formula (see {@link startsLikeFormula})
 * get a leading `'`, so a spreadsheet shows them as text instead of running them.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(field).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
