import { decimal, subtract, type Decimal } from '../../src-shared/money/decimal';
import { dueKey, invoiceDueKey, receiptCounts, receiptTakes, takenFrom } from '../../src-shared/receivables/pending-receipts';
import type { MostradorDB } from '../data/db';
import { customerByIdentification } from '../data/mirror/lookups';
import type { DocumentRow } from '../data/outbox/rows';

/** What the letter recibo prints as each paid invoice's balance now, and as of when. */
export interface PaidBalances {
  /** By the receipt's item index; an invoice whose balance is unknown here is absent. */
  byItem: Map<number, Decimal>;
  /** When the customer's account was fetched from Siigo; null when never. */
  asOf: string | null;
}

type Due = { prefix: string; consecutive: number; quote: number };
type VoucherBody = { customer?: { identification?: string; branch_office?: number }; items?: Array<{ due?: Due; value: number }> };

/**
 * The balance left on each invoice a recibo de caja pays: Siigo's balance from the customer's
 * cached account, less what receipts recorded here and not yet confirmed by Siigo take (this one
 * included while it counts), the same rule as the Cartera statement. Invoices of the account
 * only: one still queued here has no balance in Siigo yet.
 */
export async function paidInvoiceBalances(db: MostradorDB, voucher: DocumentRow): Promise<PaidBalances> {
  const body = (voucher.body ?? {}) as VoucherBody;
  const byItem = new Map<number, Decimal>();
  const identification = body.customer?.identification;
  if (!identification || !body.items?.length) return { byItem, asOf: null };
  const customer = await customerByIdentification(db, identification, body.customer?.branch_office ?? 0);
  const account = customer ? await db.accounts.get(customer.id) : undefined;
  if (!account) return { byItem, asOf: null };
  const receipts = (await db.documents.where('kind').equals('voucher').toArray()).filter((doc) => {
    const c = (doc.body as VoucherBody | null)?.customer;
    return c?.identification === identification && (c.branch_office ?? 0) === (body.customer?.branch_office ?? 0) && receiptCounts(doc, account.fetchedAt);
  });
  const takes = receiptTakes(receipts);
  // Invoices made here that Siigo has, both ways: a receipt names one by its document while queued.
  const localInvoices = (await db.documents.where('kind').equals('invoice').toArray()).filter((doc) => doc.siigo);
  const localToSiigo = new Map(localInvoices.map((doc) => [doc.id, doc.siigo!.id]));
  const siigoToLocal = new Map(localInvoices.map((doc) => [doc.siigo!.id, doc.id]));
  body.items.forEach((item, index) => {
    const ref = voucher.refs.find((r) => r.use === 'invoice-due' && r.path[1] === index);
    const siigoId = ref ? localToSiigo.get(ref.documentId) : undefined;
    const paid = item.due && !ref ? dueKey(item.due) : null;
    const invoice = account.invoices.find((inv) => (siigoId ? inv.id === siigoId : paid !== null && invoiceDueKey(inv) === paid));
    if (!invoice) return;
    byItem.set(index, subtract(decimal(invoice.balance ?? 0), takenFrom(takes, invoiceDueKey(invoice), siigoToLocal.get(invoice.id))));
  });
  return { byItem, asOf: account.fetchedAt };
}
