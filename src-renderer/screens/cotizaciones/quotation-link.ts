import type { MostradorDB } from '../../data/db';
import type { DocumentRow } from '../../data/outbox/rows';
import { invoiceCounts } from './quotation-life';

/**
 * What became of a quotation at the counter: the invoice made from it (confirmed, not discarded)
 * and a sale from it still open in Venta (an invoice draft). A quotation is invoiced once: while
 * `invoice` is there, "Convertir" opens it; while `openSale` is there, it opens that sale again.
 * An invoice discarded later (Siigo refused it and the cashier dropped it) no longer counts, so
 * the quotation can be converted again.
 */
export interface QuotationLink {
  invoice: DocumentRow | null;
  openSale: DocumentRow | null;
}

const none: QuotationLink = { invoice: null, openSale: null };

const byCreation = (a: DocumentRow, b: DocumentRow) => a.createdAt.localeCompare(b.createdAt);

/**
 * The links of several quotations in one read: the documents that name one of them as their
 * `origin`, by its index (schema v6), so neither every invoice nor every document is read.
 */
export async function quotationLinks(db: MostradorDB, quotations: ReadonlyArray<Pick<DocumentRow, 'id'>>): Promise<Map<string, QuotationLink>> {
  const links = new Map<string, QuotationLink>();
  if (quotations.length === 0) return links;
  const invoices = (await db.documents.where('origin.quotationDocumentId').anyOf(quotations.map((q) => q.id)).toArray())
    .filter((d) => d.kind === 'invoice')
    .sort(byCreation);
  for (const invoice of invoices) {
    const id = invoice.origin!.quotationDocumentId;
    const link = links.get(id) ?? { ...none };
    if (invoiceCounts(invoice)) link.invoice ??= invoice;
    else if (invoice.state === 'draft') link.openSale = invoice;
    links.set(id, link);
  }
  return links;
}

export async function quotationLink(db: MostradorDB, quotation: Pick<DocumentRow, 'id'>): Promise<QuotationLink> {
  return (await quotationLinks(db, [quotation])).get(quotation.id) ?? none;
}

/** The quotation an invoice was made from, when it is on this PC. */
export async function quotationOf(db: MostradorDB, invoice: Pick<DocumentRow, 'origin'>): Promise<DocumentRow | undefined> {
  return invoice.origin ? db.documents.get(invoice.origin.quotationDocumentId) : undefined;
}
