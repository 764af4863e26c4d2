import type { BridgeClient } from '../../../src-shared/ipc/client';
import type { CallMeta } from '../../../src-shared/ipc/contract';
import type { Invoice } from '../../../src-shared/siigo';
import type { MostradorDB } from '../../data/db';
import { saveCustomerAccount } from '../../data/mirror/accounts';
import type { CustomerAccountRow } from '../../data/mirror/rows';

export interface AccountCustomer {
  id: string;
  identification: string;
  branchOffice: number;
}

/**
 * Downloads every invoice of the customer (all pages) with its balance and caches it with the
 * time of the fetch. The cache is replaced only once all pages arrived: a failure keeps the
 * previous account. Background priority by default (it is a pull); a collector waiting at the
 * counter for this answer may pass `interactive`.
 */
export async function fetchCustomerAccount(
  db: MostradorDB,
  bridge: BridgeClient,
  customer: AccountCustomer,
  options: { now?: () => Date; priority?: CallMeta['priority'] } = {},
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
