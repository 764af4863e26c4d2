import { CSV_BOM, CSV_LINE_END, csvHeader, csvLine, numberCell, textCell } from '../csv/excel-csv';
import { dayText } from './document-day';

/** One document as a line of Documentos' CSV: what the list shows, already in the cashier's words. */
export interface DocumentCsvRow {
  /** The document's day, "2025-03-14" (Bogotá), or null when it has none. */
  day: string | null;
  kind: string;
  number: string | null;
  customerName: string | null;
  identification: string | null;
  seller: string | null;
  state: string;
  /** The DIAN's answer for electronic documents; empty for the rest. */
  dian: string;
  /** Decimal text ("12345.60"), or null when the document has no total (a customer). */
  total: string | null;
  /** What it adds to net sales, signed (`netSaleValue`): a credit note negative; null for the rest. */
  net: string | null;
}

export const documentsCsvHeaders = ['Fecha', 'Tipo', 'Número', 'Cliente', 'Identificación', 'Vendedor', 'Estado', 'DIAN', 'Total', 'Valor neto'] as const;

/** The cells of one document, in the headers' order. */
export function documentCsvLine(row: DocumentCsvRow): string {
  return csvLine([
    textCell(row.day ? dayText(row.day) : ''),
    textCell(row.kind),
    textCell(row.number ?? ''),
    textCell(row.customerName ?? ''),
    textCell(row.identification ?? ''),
    textCell(row.seller ?? ''),
    textCell(row.state),
    textCell(row.dian),
    numberCell(row.total),
    numberCell(row.net),
  ]);
}

/** The documents shown, as a CSV for Excel in Colombia (see `../csv/excel-csv.ts`). */
export function documentsCsv(rows: Iterable<DocumentCsvRow>): string {
  const lines = [csvHeader(documentsCsvHeaders)];
  for (const row of rows) lines.push(documentCsvLine(row));
  return CSV_BOM + lines.join(CSV_LINE_END) + CSV_LINE_END;
}

/** "documentos-2025-03-01-a-2025-03-14.csv", or "documentos-al-2025-03-14.csv" (the day exported) without a range. */
export function documentsCsvFileName(range: { from: string; to: string }, today: string): string {
  if (range.from === '' && range.to === '') return `documentos-al-${today}.csv`;
  if (range.from === range.to) return `documentos-${range.from}.csv`;
  return `documentos-${range.from || 'inicio'}-a-${range.to || today}.csv`;
}
