import type { MostradorDB } from '../db';
import type { AuditRow } from './rows';

/** Appends to the audit trail; call inside the transaction that made the change it records. */
export function recordAudit(db: MostradorDB, row: Omit<AuditRow, 'seq'>): Promise<number> {
  return db.audit.add(row);
}

const CSV_COLUMNS = ['seq', 'at', 'documentId', 'event', 'from', 'to', 'detail'] as const;

function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole audit trail, oldest first, for the accountant or for support. */
export async function exportAudit(db: MostradorDB, format: 'csv' | 'json'): Promise<string> {
  const rows = await db.audit.orderBy('seq').toArray();
  if (format === 'json') return JSON.stringify(rows, null, 2);
  const lines = rows.map((row) => CSV_COLUMNS.map((column) => csvField(row[column])).join(','));
  return [CSV_COLUMNS.join(','), ...lines].join('\r\n');
}
