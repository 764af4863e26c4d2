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
 * The links of several quotations in one read. An invoice from a quotation is made after it, so
 * only documents changed since the oldest quotation's creation are read (by the `updatedAt`
 * index), never the whole year of invoices before it.
 */
export async function quotationLinks(db: MostradorDB, quotations: ReadonlyArray<Pick<DocumentRow, 'id' | 'createdAt'>>): Promise<Map<string, QuotationLink>> {
  const links = new Map<string, QuotationLink>();
  if (quotations.length === 0) return links;
  const ids = new Set(quotations.map((q) => q.id));
  const since = quotations.reduce((oldest, q) => (q.createdAt < oldest ? q.createdAt : oldest), quotations[0]!.createdAt);
  const invoices = (await db.documents.where('updatedAt').aboveOrEqual(since)
    .filter((d) => d.kind === 'invoice' && d.origin !== undefined && ids.has(d.origin.quotationDocumentId))
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

export async function quotationLink(db: MostradorDB, quotation: Pick<DocumentRow, 'id' | 'createdAt'>): Promise<QuotationLink> {
  return (await quotationLinks(db, [quotation])).get(quotation.id) ?? none;
}

/** The quotation an invoice was made from, when it is on this PC. */
export async function quotationOf(db: MostradorDB, invoice: Pick<DocumentRow, 'origin'>): Promise<DocumentRow | undefined> {
  return invoice.origin ? db.documents.get(invoice.origin.quotationDocumentId) : undefined;
}

/** How a document is named to the seller: Siigo's number ("C-1-23"), or that it has none yet. */
export const documentName = (document: Pick<DocumentRow, 'siigo'>): string | null =>
  document.siigo?.name ?? (document.siigo?.number != null ? `${document.siigo.prefix ?? ''}${document.siigo.number}` : null);
