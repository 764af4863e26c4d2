import type { Invoice } from '../../../src-shared/siigo';
import type { MostradorDB } from '../db';
import type { CustomerAccountRow } from './rows';

/**
 * Cached customer accounts (cartera) for collections: the customer's invoices as last fetched,
 * with `fetchedAt`, so a seller without signal still sees what is owed and how old that is.
 */

/** Sum of balances in whole cents, so 0.1 + 0.2 never shows as 0.30000000000000004. */
export function sumBalances(invoices: readonly Invoice[]): number {
  const cents = invoices.reduce((sum, inv) => sum + Math.round((inv.balance ?? 0) * 100), 0);
  return cents / 100;
}

/** Invoices that still owe something, oldest first (the order a collector goes through them). */
export function openInvoices(account: CustomerAccountRow): Invoice[] {
  return account.invoices
    .filter((inv) => (inv.balance ?? 0) > 0)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export async function saveCustomerAccount(db: MostradorDB, account: Omit<CustomerAccountRow, 'totalBalance'>): Promise<CustomerAccountRow> {
  const row: CustomerAccountRow = { ...account, totalBalance: sumBalances(account.invoices) };
  await db.accounts.put(row);
  return row;
}

/** The cached account, or undefined if it was never fetched. Works offline. */
export function cachedCustomerAccount(db: MostradorDB, customerId: string): Promise<CustomerAccountRow | undefined> {
  return db.accounts.get(customerId);
}
