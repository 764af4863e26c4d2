import type { MostradorDB } from '../../data/db';
import type { DocumentRow } from '../../data/outbox/rows';

type WithCustomer = { customer?: { identification?: string; branch_office?: number } };

/** Whether a local invoice, quotation or receipt is for this customer (identification + branch). */
export function isForCustomer(document: DocumentRow, identification: string, branchOffice: number): boolean {
  const customer = (document.body as WithCustomer | null)?.customer;
  if (customer?.identification !== undefined) {
    return customer.identification === identification && (customer.branch_office ?? 0) === branchOffice;
  }
  return branchOffice === 0 && document.summary.customerIdentification === identification;
}

/**
 * Documents made on this PC for the customer, newest first. Local documents are few (the
 * outbox's history), so reading those of the three kinds and filtering is enough.
 */
export async function documentsForCustomer(
  db: MostradorDB,
  identification: string,
  branchOffice: number,
  kinds: ReadonlyArray<DocumentRow['kind']> = ['invoice', 'quotation', 'voucher'],
): Promise<DocumentRow[]> {
  const documents = await db.documents.where('kind').anyOf([...kinds]).toArray();
  return documents
    .filter((document) => document.state !== 'draft' && isForCustomer(document, identification, branchOffice))
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}
