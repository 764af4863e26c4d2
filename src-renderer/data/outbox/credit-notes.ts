import { documentFigures, type CashDocumentType, type CashTax } from '../../../src-shared/cash/document-figures';
import { add, subtract, toFixedText, ZERO, type Decimal } from '../../../src-shared/money/decimal';
import type { CreditNoteCreate, InvoiceCreate } from '../../../src-shared/siigo';
import type { CreditedInvoice } from '../../../src-shared/validation';
import type { MostradorDB } from '../db';
import type { DocumentRow } from './rows';

/** The local invoice a credit note corrects (its `invoice-id` reference). */
export const invoiceIdOf = (note: Pick<DocumentRow, 'refs'>): string | undefined => note.refs.find((ref) => ref.use === 'invoice-id')?.documentId;

/** An invoice's credit notes made on this PC: queued or sent, never drafts or discarded ones; oldest first. */
export async function creditNotesOf(db: MostradorDB, invoiceId: string): Promise<DocumentRow[]> {
  const notes = await db.documents.where('kind').equals('creditNote').toArray();
  return notes
    .filter((note) => note.state !== 'draft' && note.state !== 'discarded' && invoiceIdOf(note) === invoiceId)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** The catalogs a stored body's totals depend on: tax percentages and how each document type reads discounts. */
export interface TotalsCatalogs {
  taxes: readonly CashTax[];
  documentTypes: readonly CashDocumentType[];
}

export async function totalsCatalogs(db: MostradorDB): Promise<TotalsCatalogs> {
  const [taxes, documentTypes] = await Promise.all([db.taxes.toArray(), db.documentTypes.toArray()]);
  return { taxes: taxes.map((row) => ({ ...row.siigo, name: row.siigo.name ?? `Impuesto ${row.id}`, percentage: row.siigo.percentage ?? 0 })), documentTypes: documentTypes.map((row) => row.siigo) };
}

/** An invoice's total, what its notes credited and what is left to credit (Siigo's `values_limit`). */
export function creditedAmounts(invoiceBody: unknown, notes: readonly Pick<DocumentRow, 'body'>[], catalogs: TotalsCatalogs): { invoiced: Decimal; credited: Decimal; remaining: Decimal } {
  const invoiced = documentFigures(invoiceBody, catalogs).total;
  const credited = notes.map((note) => documentFigures(note.body, catalogs).total).reduce(add, ZERO);
  return { invoiced, credited, remaining: subtract(invoiced, credited) };
}

/** What validation needs to know of the invoice a new note corrects: what it sold and what earlier notes took back. */
export async function creditedInvoice(db: MostradorDB, invoiceId: string): Promise<CreditedInvoice | undefined> {
  const invoice = await db.documents.get(invoiceId);
  if (!invoice || invoice.kind !== 'invoice') return undefined;
  const body = invoice.body as Partial<InvoiceCreate>;
  const type = body.document?.id === undefined ? undefined : await db.documentTypes.get(body.document.id);
  const lines = (items: ReadonlyArray<{ code?: string; quantity?: number }> | undefined) =>
    (items ?? []).flatMap((item) => (item.code && item.quantity !== undefined ? [{ code: item.code, quantity: item.quantity }] : []));
  const notes = await creditNotesOf(db, invoiceId);
  const amounts = creditedAmounts(invoice.body, notes, await totalsCatalogs(db));
  return {
    id: invoice.siigo?.id ?? null,
    name: invoice.siigo?.name ?? null,
    electronic_type: type?.siigo.electronic_type ?? null,
    items: lines(body.items),
    returned: notes.flatMap((note) => lines((note.body as Partial<CreditNoteCreate>).items)),
    remaining: toFixedText(amounts.remaining),
  };
}
