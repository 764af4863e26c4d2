import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../../src-main/siigo-sandbox';
import { colombiaToday } from '../../../src-shared/validation';
import { customerByIdentification } from '../../../src-renderer/data/mirror/lookups';
import { confirmSentReceipts, fetchCustomerAccount } from '../../../src-renderer/sync/pull/customer-account-pull';
import { statementLines } from '../../../src-renderer/screens/cartera/statement-lines';
import { toFixedText } from '../../../src-shared/money/decimal';
import { documentRow } from '../support/document-row';
import { startHarness, type Harness } from '../support/harness';
import { mirrorSync } from './support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await mirrorSync(h).pull({ only: ['customers'] });
});
afterAll(() => h.close());

describe('confirming sent receipts against Siigo', () => {
  it('fetches again, in the background, only the accounts older than a receipt sent for them', async () => {
    const owing = h.sandbox.store.invoices.find((inv) => inv.balance > 2000)!;
    const other = h.sandbox.store.invoices.find((inv) => inv.balance > 0 && inv.customer.identification !== owing.customer.identification)!;
    const customer = (await customerByIdentification(h.db, owing.customer.identification, owing.customer.branch_office))!;
    const otherCustomer = (await customerByIdentification(h.db, other.customer.identification, other.customer.branch_office))!;
    await fetchCustomerAccount(h.db, h.bridge, customer);
    await fetchCustomerAccount(h.db, h.bridge, otherCustomer);

    // A partial payment sent to Siigo after the account was fetched.
    const body = {
      document: { id: DEMO_IDS.documentTypes.receipt },
      date: colombiaToday(new Date()),
      type: 'DebtPayment' as const,
      customer: { identification: owing.customer.identification, branch_office: owing.customer.branch_office },
      items: [{ due: { prefix: owing.name.replace(/-\d+$/, ''), consecutive: owing.number, quote: 1, date: owing.payments.find((p) => p.due_date)!.due_date! }, value: 1000 }],
      payment: { id: DEMO_IDS.paymentTypes.cash, value: 1000 },
    };
    const created = await h.bridge.invoke('vouchers:create', { body, idempotencyKey: `CONFIRM${Date.now()}` });
    const receipt = documentRow({ kind: 'voucher', state: 'sent', updatedAt: new Date(Date.now() + 5).toISOString(), body, siigo: { id: created.id, name: created.name ?? null, number: null, prefix: null } });
    await h.db.documents.put(receipt);
    const stale = await h.db.accounts.get(customer.id);
    const lineOf = (account: typeof stale) => statementLines(account, [], [receipt]).find((line) => line.key === owing.id)!;
    expect(toFixedText(lineOf(stale).pendingPayments)).toBe('1000');
    const before = stale!.invoices.find((inv) => inv.id === owing.id)!.balance!;
    expect(Number(toFixedText(lineOf(stale).balance))).toBe(before - 1000);

    const priorities: string[] = [];
    const bridge = { ...h.bridge, invoke: ((channel, input, meta) => {
      priorities.push(`${channel}:${meta?.priority ?? 'interactive'}`);
      return h.bridge.invoke(channel, input, meta);
    }) as typeof h.bridge.invoke };
    await new Promise((resolve) => setTimeout(resolve, 10));
    // A pass that sent nothing of this customer's (it began after the recibo went) asks nothing.
    expect(await confirmSentReceipts(h.db, bridge, { sentSince: new Date(Date.now() + 60_000).toISOString() })).toBe(0);
    expect(priorities).toEqual([]);
    expect(await confirmSentReceipts(h.db, bridge, { sentSince: receipt.updatedAt })).toBe(1);
    expect(priorities).toEqual(['invoices:list:background']);
    const fresh = await h.db.accounts.get(customer.id);
    expect(toFixedText(lineOf(fresh).pendingPayments)).toBe('0');
    expect(Number(toFixedText(lineOf(fresh).balance))).toBe(h.sandbox.store.invoices.find((inv) => inv.id === owing.id)!.balance);
    expect(Number(toFixedText(lineOf(fresh).balance))).toBe(before - 1000);
    // Nothing left to confirm: no request.
    expect(await confirmSentReceipts(h.db, bridge)).toBe(0);
    expect(priorities).toHaveLength(1);
  });
});
