import type { BridgeClient } from '../../../src-shared/ipc/client';
import type { CallMeta } from '../../../src-shared/ipc/contract';
import type { Invoice } from '../../../src-shared/siigo';
import type { MostradorDB } from '../../data/db';
import { saveCustomerAccount } from '../../data/mirror/accounts';
import { customerByIdentification } from '../../data/mirror/lookups';
import { customerKeyOf } from '../../data/mirror/receivables';
import type { CustomerAccountRow } from '../../data/mirror/rows';

export interface AccountCustomer {
  id: string;
  identification: string;
  branchOffice: number;
}

/** Fetches under way, per database and customer: a second caller joins the first. */
const inFlight = new WeakMap<MostradorDB, Map<string, Promise<CustomerAccountRow>>>();

/**
 * Downloads every invoice of the customer (all pages) with its balance and caches it with the
 * time of the fetch. The cache is replaced only once all pages arrived: a failure keeps the
 * previous account. Background priority by default (it is a pull); a collector waiting at the
 * counter for this answer may pass `interactive`.
 *
 * One fetch at a time per customer: a receipt just sent makes both the outbox
 * (`confirmSentReceipts`) and the open statement ask for the same account, and a caller arriving
 * while one is under way gets that one's answer (fetched after the send either way) instead of
 * spending another request of the company's budget.
 */
export function fetchCustomerAccount(
  db: MostradorDB,
  bridge: BridgeClient,
  customer: AccountCustomer,
  options: { now?: () => Date; priority?: CallMeta['priority'] } = {},
): Promise<CustomerAccountRow> {
  const fetches = inFlight.get(db) ?? new Map<string, Promise<CustomerAccountRow>>();
  inFlight.set(db, fetches);
  const key = customerKeyOf(customer.identification, customer.branchOffice);
  const current = fetches.get(key);
  if (current) return current;
  const run = fetchAll(db, bridge, customer, options).finally(() => fetches.delete(key));
  fetches.set(key, run);
  return run;
}

async function fetchAll(
  db: MostradorDB,
  bridge: BridgeClient,
  customer: AccountCustomer,
  options: { now?: () => Date; priority?: CallMeta['priority'] },
): Promise<CustomerAccountRow> {
  const meta: CallMeta = { priority: options.priority ?? 'background' };
  const fetchedAt = (options.now ?? (() => new Date()))().toISOString();
  const invoices = new Map<string, Invoice>();
  for (let page = 1; ; page += 1) {
    const result = await bridge.invoke(
      'invoices:list',
      { customer_identification: customer.identification, customer_branch_office: customer.branchOffice, page, page_size: 100 },
      meta,
    );
    for (const invoice of result.results) invoices.set(invoice.id, invoice);
    if (!result.hasNext) break;
  }
  return saveCustomerAccount(db, {
    customerId: customer.id,
    identification: customer.identification,
    branchOffice: customer.branchOffice,
    fetchedAt,
    invoices: [...invoices.values()],
  });
}

/**
 * Fetches again, in the background, the cached account of every customer with a recibo de caja
 * sent after that account was fetched: until then the statement keeps taking the receipt off an
 * old balance, marked "pendiente de confirmar en Siigo" (`receiptStage`). Customers never
 * fetched have nothing to confirm. One request per customer (⌈their invoices / 100⌉), shared
 * with the open statement's own fetch of it (`fetchCustomerAccount`). `sentSince` limits it to
 * recibos sent from then on (a replay pass's). Returns the customers refreshed; a failure leaves
 * that account as it was, its recibos still counted as pending.
 */
export async function confirmSentReceipts(
  db: MostradorDB,
  bridge: BridgeClient,
  options: { now?: () => Date; sentSince?: string } = {},
): Promise<number> {
  // After a replay pass only what it sent is read (by the updatedAt index), not every recibo ever made.
  const candidates = options.sentSince
    ? await db.documents.where('updatedAt').aboveOrEqual(options.sentSince).filter((doc) => doc.kind === 'voucher').toArray()
    : await db.documents.where('kind').equals('voucher').toArray();
  const sent = candidates.filter((doc) => doc.state === 'sent');
  const customers = new Map<string, { identification: string; branchOffice: number; sentAt: string }>();
  for (const receipt of sent) {
    const customer = (receipt.body as { customer?: { identification?: string; branch_office?: number } } | null)?.customer;
    if (!customer?.identification) continue;
    const key = customerKeyOf(customer.identification, customer.branch_office ?? 0);
    const latest = customers.get(key);
    if (!latest || latest.sentAt < receipt.updatedAt) customers.set(key, { identification: customer.identification, branchOffice: customer.branch_office ?? 0, sentAt: receipt.updatedAt });
  }
  let refreshed = 0;
  for (const { identification, branchOffice, sentAt } of customers.values()) {
    const mirrored = await customerByIdentification(db, identification, branchOffice);
    const account = mirrored ? await db.accounts.get(mirrored.id) : undefined;
    if (!mirrored || !account || account.fetchedAt >= sentAt) continue;
    try {
      await fetchCustomerAccount(db, bridge, { id: mirrored.id, identification, branchOffice }, { priority: 'background', ...(options.now ? { now: options.now } : {}) });
      refreshed += 1;
    } catch {
      // Offline or refused: the receipt keeps counting against the old balance until a later pass.
    }
  }
  return refreshed;
}
