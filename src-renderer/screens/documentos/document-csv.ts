import { bogotaDay } from '../../../src-shared/documents/document-day';
import { netSaleValue } from '../../../src-shared/documents/shown-totals';
import { documentsCsv, documentsCsvFileName, type DocumentCsvRow } from '../../../src-shared/documents/documents-csv';
import type { DocumentRow } from '../../data/outbox/rows';
import { documentStateLabel, kindLabel } from '../../ui/labels';
import { documentFacts } from './document-facts';
import { sellerOf } from './document-filters';
import { downloadText } from './download';

const dianLabels: Record<string, string> = { Accepted: 'Aceptada', Rejected: 'Rechazada', Unanswered: 'Sin respuesta' };

/** The DIAN's answer as a column: empty for documents that do not go to the DIAN. */
function dianText(document: DocumentRow): string {
  if (!document.dian) return '';
  return dianLabels[document.dian.status] ?? 'Esperando respuesta';
}

/** A document as a CSV line's fields; `sellers` names the Siigo users by id. */
export function csvRowOf(document: DocumentRow, sellers: ReadonlyMap<number, string>): DocumentCsvRow {
  const facts = documentFacts(document);
  const seller = sellerOf(document);
  return {
    day: bogotaDay(facts.date),
    kind: kindLabel[document.kind],
    number: facts.number,
    customerName: facts.customerName ?? (facts.customerIdentification ? null : document.summary.label ?? null),
    identification: facts.customerIdentification,
    seller: seller === null ? null : sellers.get(seller) ?? `Usuario ${seller}`,
    // The DIAN has its own column: the state is the outbox's.
    state: documentStateLabel({ state: document.state, dian: null }).text,
    dian: dianText(document),
    total: facts.total,
    net: netSaleValue(document.kind, facts.total, document.state),
  };
}

/** Saves the documents shown as a CSV through the window's download (Electron asks where). */
export function downloadDocumentsCsv(documents: readonly DocumentRow[], sellers: ReadonlyMap<number, string>, range: { from: string; to: string }, today: string): void {
  const csv = documentsCsv(documents.map((document) => csvRowOf(document, sellers)));
  downloadText(documentsCsvFileName(range, today), csv, 'text/csv;charset=utf-8');
}
