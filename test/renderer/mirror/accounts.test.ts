import { afterEach, describe, expect, it } from 'vitest';
import { cachedCustomerAccount, openInvoices } from '../../../src-renderer/data/mirror/accounts';
import { customerByIdentification } from '../../../src-renderer/data/mirror/lookups';
import { fetchCustomerAccount } from '../../../src-renderer/sync/pull/customer-account-pull';
import { startHarness, type Harness } from '../support/harness';
import { mirrorSync } from './support';

describe('mirror: customer accounts for collections', () => {
  let h: Harness;
  afterEach(() => h.close());

  it('fetches every invoice of the customer with its balance and reads it back offline with its date', async () => {
    h = await startHarness();
    await mirrorSync(h).pull({ only: ['customers'] });
    const owing = h.sandbox.store.invoices.find((inv) => inv.balance > 0);
    expect(owing).toBeDefined();
    const customer = (await customerByIdentification(h.db, owing!.customer.identification, owing!.customer.branch_office))!;
    const expected = h.sandbox.store.invoices.filter(
      (inv) => inv.customer.identification === customer.identification && inv.customer.branch_office === customer.branchOffice,
    );

    const fetchedAt = new Date('2025-06-01T14:30:00.000Z');
    const priorities: string[] = [];
    const bridge = { ...h.bridge, invoke: ((channel, input, meta) => {
      priorities.push(meta?.priority ?? 'interactive');
      return h.bridge.invoke(channel, input, meta);
    }) as typeof h.bridge.invoke };
    await fetchCustomerAccount(h.db, bridge, customer, { now: () => fetchedAt });
    expect(priorities.every((p) => p === 'background')).toBe(true);

    h.offline();
    const db = await h.reopen();
    const account = await cachedCustomerAccount(db, customer.id);
    expect(account?.fetchedAt).toBe(fetchedAt.toISOString());
    expect(account?.invoices.map((i) => i.id).sort()).toEqual(expected.map((i) => i.id).sort());
    const cents = expected.reduce((sum, inv) => sum + Math.round(inv.balance * 100), 0);
    expect(account?.totalBalance).toBe(cents / 100);
    expect(openInvoices(account!).every((i) => (i.balance ?? 0) > 0)).toBe(true);
    expect(openInvoices(account!).map((i) => i.id)).toContain(owing!.id);

    // A refresh that fails offline keeps the cached account.
    await expect(fetchCustomerAccount(db, h.bridge, customer)).rejects.toThrow();
    expect((await cachedCustomerAccount(db, customer.id))?.fetchedAt).toBe(fetchedAt.toISOString());
  });
});
