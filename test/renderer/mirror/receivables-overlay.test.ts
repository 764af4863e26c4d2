import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toFixedText } from '../../../src-shared/money/decimal';
import { MostradorDB } from '../../../src-renderer/data/db';
import { RECEIVABLES_STATE_ID, receivablesView } from '../../../src-renderer/data/mirror/receivables';
import type { ReceivableInvoiceRow, ReceivablesStateRow } from '../../../src-renderer/data/mirror/rows';
import { duesFor } from '../../../src-renderer/data/outbox/validation-context';
import { statementLines } from '../../../src-renderer/screens/cartera/statement-lines';
import { documentRow } from '../support/document-row';

/**
 * What Cuentas por cobrar takes off Siigo's stored balances for the receipts recorded on this PC,
 * receipt by receipt and invoice by invoice, over hand-made rows (no Siigo needed).
 */
const TODAY = '2026-12-05';
const SENT_AT = '2026-12-05T15:00:00.000Z';
const CUSTOMER = { identification: '900123456', branch_office: 0 };
const CUSTOMER_KEY = '900123456|0';
let db: MostradorDB;

beforeEach(async () => {
  db = new MostradorDB('mostrador:overlay', { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
});
afterEach(() => db.close());

const row = (balance: number, lastUpdated: string | null = null): ReceivableInvoiceRow => ({
  id: 'inv-7',
  name: 'FV-1-7',
  number: 7,
  customerKey: CUSTOMER_KEY,
  identification: CUSTOMER.identification,
  branchOffice: 0,
  date: '2026-11-01',
  dueDate: '2026-12-01',
  total: 1_000_000,
  balance,
  lastUpdated,
});
const state = (fetchedAt: string | null, fullAt: string | null): ReceivablesStateRow => ({
  id: RECEIVABLES_STATE_ID,
  fetchedAt,
  fullAt,
  lastRequests: 2,
  lastMode: fetchedAt === fullAt ? 'full' : 'incremental',
  lastError: null,
});
const receipt = (stateOf: 'queued' | 'sent' | 'needs_attention', value: number, due = { prefix: 'FV-1', consecutive: 7, quote: 1, date: '2026-12-01' }) =>
  documentRow({
    kind: 'voucher',
    state: stateOf,
    updatedAt: SENT_AT,
    body: { type: 'DebtPayment', customer: CUSTOMER, items: [{ due, value }], payment: { id: 5, value } },
    summary: { customerName: 'Ferretería El Tornillo' },
  });
const shown = async () => {
  const view = await receivablesView(db, TODAY);
  return { total: toFixedText(view.report.total), pending: toFixedText(view.pending), refused: toFixedText(view.refused) };
};

describe('Cuentas por cobrar before the first refresh', () => {
  it('does not claim that receipts sent long ago were just taken off', async () => {
    await db.documents.put(receipt('sent', 300_000));
    expect(await shown()).toEqual({ total: '0', pending: '0', refused: '0' });
  });

  it('takes every payment off a credit invoice made here, and counts as pending only the receipts not sent yet', async () => {
    const invoice = documentRow({
      kind: 'invoice',
      state: 'sent',
      body: { date: '2026-11-20', customer: CUSTOMER, payments: [{ id: 8, value: 500_000, due_date: '2026-12-20' }] },
      siigo: { id: 'inv-9', name: 'FV-1-9', number: 9, prefix: 'FV-1' },
    });
    await db.documents.bulkPut([
      invoice,
      // Paid while the invoice was queued (by its document), and after Siigo numbered it (by its instalment).
      { ...receipt('sent', 100_000, { prefix: 'PENDIENTE', consecutive: 1, quote: 1, date: '2026-11-20' }), refs: [{ path: ['items', 0, 'due'], documentId: invoice.id, use: 'invoice-due' }] },
      receipt('queued', 50_000, { prefix: 'FV-1', consecutive: 9, quote: 1, date: '2026-12-20' }),
    ]);
    expect(await shown()).toEqual({ total: '350000', pending: '50000', refused: '0' });
  });
});

describe('Cuentas por cobrar after a refresh: a sent receipt counts until Siigo’s stored balance shows it', () => {
  it('keeps counting after an incremental refresh that did not list the invoice again', async () => {
    await db.receivablesState.put(state('2026-12-05T15:10:00.000Z', '2026-12-05T08:00:00.000Z'));
    // Listed last before the send; the refresh after it did not bring the invoice again.
    await db.receivables.put(row(1_000_000, '2026-12-04T10:00:00.000Z'));
    await db.documents.put(receipt('sent', 300_000));
    expect(await shown()).toEqual({ total: '700000', pending: '300000', refused: '0' });
  });

  it('stops once a refresh after the send listed the invoice with the payment stamped on it', async () => {
    await db.receivablesState.put(state('2026-12-05T15:10:00.000Z', '2026-12-05T08:00:00.000Z'));
    // Siigo stamps the payment as it applies it, a moment before this PC marks the receipt sent.
    await db.receivables.put(row(700_000, '2026-12-05T14:59:59.000Z'));
    await db.documents.put(receipt('sent', 300_000));
    expect(await shown()).toEqual({ total: '700000', pending: '0', refused: '0' });
  });

  it('stops once a full listing started after the send', async () => {
    await db.receivablesState.put(state('2026-12-05T15:10:00.000Z', '2026-12-05T15:10:00.000Z'));
    await db.receivables.put(row(700_000, null));
    await db.documents.put(receipt('sent', 300_000));
    expect(await shown()).toEqual({ total: '700000', pending: '0', refused: '0' });
  });

  it('takes off a receipt Siigo refused, said apart from those pending confirmation', async () => {
    await db.receivablesState.put(state('2026-12-05T15:10:00.000Z', '2026-12-05T15:10:00.000Z'));
    await db.receivables.put(row(1_000_000, null));
    await db.documents.bulkPut([receipt('needs_attention', 200_000), receipt('queued', 100_000)]);
    expect(await shown()).toEqual({ total: '700000', pending: '100000', refused: '200000' });
  });
});

describe('a customer of the view not in the mirror', () => {
  it('opens by its customer document when it was created on this PC, and has nothing to open otherwise', async () => {
    await db.receivablesState.put(state('2026-12-05T15:10:00.000Z', '2026-12-05T15:10:00.000Z'));
    await db.receivables.bulkPut([row(1_000_000), { ...row(50_000), id: 'inv-8', name: 'FV-1-8', number: 8, customerKey: '800111222|0', identification: '800111222' }]);
    const created = documentRow({ kind: 'customer', body: { identification: '900123456', branch_office: 0, name: ['Ferretería', 'El Tornillo'] } });
    await db.documents.put(created);
    const { customers } = await receivablesView(db, TODAY);
    expect(customers.get(CUSTOMER_KEY)).toMatchObject({ mirrorId: null, documentId: created.id });
    expect(customers.get('800111222|0')).toMatchObject({ mirrorId: null, documentId: null });
  });
});

describe('the validation of the next payment agrees with the statement', () => {
  it('takes off a receipt made while the invoice was queued (by its document) once the invoice is in the account', async () => {
    const fetchedAt = '2026-12-05T14:00:00.000Z';
    await db.customers.put({
      id: 'c1',
      identification: '900123456',
      identificationKey: '900123456',
      branchOffice: 0,
      name: 'Ferretería El Tornillo',
      commercialName: null,
      active: true,
      tokens: ['ferreteria', 'el', 'tornillo'],
      lastUpdated: null,
      siigo: { identification: '900123456', branch_office: 0 } as never,
    });
    const account = {
      customerId: 'c1',
      identification: '900123456',
      branchOffice: 0,
      fetchedAt,
      invoices: [{ id: 'inv-9', name: 'FV-1-9', number: 9, date: '2026-11-20', total: 500_000, balance: 500_000, payments: [{ id: 8, value: 500_000, due_date: '2026-12-20' }] }],
      totalBalance: 500_000,
    };
    await db.accounts.put(account);
    const invoice = documentRow({ kind: 'invoice', state: 'sent', body: { customer: CUSTOMER }, siigo: { id: 'inv-9', name: 'FV-1-9', number: 9, prefix: 'FV-1' } });
    const paid = { ...receipt('queued', 100_000, { prefix: 'PENDIENTE', consecutive: 1, quote: 1, date: '2026-11-20' }), refs: [{ path: ['items', 0, 'due'], documentId: invoice.id, use: 'invoice-due' as const }] };
    await db.documents.bulkPut([invoice, paid]);
    const [due] = await duesFor(db, '900123456', 0);
    const [line] = statementLines(account, [invoice], [paid]);
    expect(toFixedText(line!.balance)).toBe('400000');
    expect(due).toMatchObject({ prefix: 'FV-1', consecutive: 9, quote: 1, balance: 400_000 });
  });
});
