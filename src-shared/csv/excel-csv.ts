/**
 * CSV files that Excel in Colombia opens right with a double click: semicolons (Excel takes the
 * list separator from the regional settings, and es-CO's decimal mark is the comma), decimal
 * commas without thousands separators (so cells are numbers), UTF-8 with a BOM (without it Excel
 * reads "Sesión" as ANSI), CRLF line ends.
 */
export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';
export const CSV_LINE_END = '\r\n';

/** "12345.60" → "12345,60". */
export const csvNumber = (text: string | null | undefined): string => (text ?? '').replace('.', ',');

/**
 * Free text (reasons, names) is quoted when it holds a separator, quote or line break, and a
 * leading = + - @ is neutralised with an apostrophe so Excel never runs it as a formula.
 */
export function csvText(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A cell: free text, a decimal amount as text ("12345.60"), or a count. */
export type Cell = { text: string } | { number: string | null | undefined } | number;

export const textCell = (value: string): Cell => ({ text: value });
export const numberCell = (value: string | null | undefined): Cell => ({ number: value });

export function csvCell(value: Cell): string {
  if (typeof value === 'number') return String(value);
  return 'text' in value ? csvText(value.text) : csvNumber(value.number);
}

/** One line of cells, without its line end. */
export function csvLine(cells: readonly Cell[]): string {
  return cells.map(csvCell).join(CSV_SEPARATOR);
}

/** A header line: Spanish column names, as text. */
export function csvHeader(headers: readonly string[]): string {
  return headers.map(csvText).join(CSV_SEPARATOR);
}
