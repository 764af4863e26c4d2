import { decimal, subtract, ZERO, type Decimal } from '../../src-shared/money/decimal';
import { dueKey, receiptCounts, receiptTakes } from '../../src-shared/receivables/pending-receipts';
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
  const localToSiigo = new Map<string, string>();
  for (const ref of voucher.refs) {
    const local = ref.use === 'invoice-due' ? await db.documents.get(ref.documentId) : undefined;
    if (local?.siigo) localToSiigo.set(ref.documentId, local.siigo.id);
  }
  body.items.forEach((item, index) => {
    const ref = voucher.refs.find((r) => r.use === 'invoice-due' && r.path[1] === index);
    const siigoId = ref ? localToSiigo.get(ref.documentId) : undefined;
    const invoice = account.invoices.find((inv) => {
      if (siigoId) return inv.id === siigoId;
      const match = /^(.*)-(\d+)$/.exec(inv.name);
      return !ref && item.due !== undefined && match !== null && match[1] === item.due.prefix && (inv.number ?? Number(match[2])) === item.due.consecutive;
    });
    if (!invoice) return;
    const match = /^(.*)-(\d+)$/.exec(invoice.name);
    const key = match ? dueKey({ prefix: match[1]!, consecutive: invoice.number ?? Number(match[2]), quote: item.due?.quote ?? 1 }) : '';
    const taken = takes.byDue.get(key) ?? ZERO;
    const takenLocal = ref ? (takes.byDocument.get(ref.documentId) ?? ZERO) : ZERO;
    byItem.set(index, subtract(subtract(decimal(invoice.balance ?? 0), taken), takenLocal));
  });
  return { byItem, asOf: account.fetchedAt };
}
