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
 * The links of several quotations in one read: the invoices (by the `kind` index) that name one
 * of them as their `origin`. Reading by kind, not by `updatedAt`, keeps the list's live query
 * from re-reading every document each time any of them is saved (a quotation's autosave): only
 * a change to an invoice runs it again. Invoices have no index on `origin`, so the others are
 * read and skipped.
 */
export async function quotationLinks(db: MostradorDB, quotations: ReadonlyArray<Pick<DocumentRow, 'id'>>): Promise<Map<string, QuotationLink>> {
  const links = new Map<string, QuotationLink>();
  if (quotations.length === 0) return links;
  const ids = new Set(quotations.map((q) => q.id));
  const invoices = (await db.documents.where('kind').equals('invoice')
    .filter((d) => d.origin !== undefined && ids.has(d.origin.quotationDocumentId))
    .toArray()).sort(byCreation);
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
