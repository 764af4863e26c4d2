import { describe, expect, it } from 'vitest';
import { toFixedText } from '../../../../src-shared/money/decimal';
import type { Invoice } from '../../../../src-shared/siigo';
import type { CustomerAccountRow } from '../../../../src-renderer/data/mirror/rows';
import { statementLines, totalOwed, totalPending } from '../../../../src-renderer/screens/cartera/statement-lines';
import { documentRow } from '../../support/document-row';

const FETCHED = '2026-12-05T14:00:00.000Z';
const SENT = '2026-12-05T14:10:00.000Z';
const REFETCHED = '2026-12-05T14:10:05.000Z';

const invoice = (balance: number): Invoice => ({
  id: 'inv-7',
  name: 'FV-1-7',
  number: 7,
  date: '2026-11-01',
  total: 1190000,
  balance,
  payments: [{ id: 8, value: 1190000, due_date: '2026-12-01' }],
});
const account = (balance: number, fetchedAt: string): CustomerAccountRow => ({
  customerId: 'c1',
  identification: '900123456',
  branchOffice: 0,
  fetchedAt,
  invoices: [invoice(balance)],
  totalBalance: balance,
});
const payment = (state: 'queued' | 'sent', updatedAt: string) =>
  documentRow({
    kind: 'voucher',
    state,
    updatedAt,
    body: { type: 'DebtPayment', items: [{ due: { prefix: 'FV-1', consecutive: 7, quote: 1, date: '2026-12-01' }, value: 500000 }], payment: { id: 5, value: 500000 } },
    ...(state === 'sent' ? { siigo: { id: 'rc-1', name: 'RC-1-1', number: 1, prefix: 'RC-1' } } : {}),
  });

const shown = (lines: ReturnType<typeof statementLines>) => ({
  balance: toFixedText(lines[0]!.balance),
  pending: toFixedText(lines[0]!.pendingPayments),
  owed: toFixedText(totalOwed(lines)),
  pendingTotal: toFixedText(totalPending(lines)),
});

describe('a partial payment on the statement, stage by stage', () => {
  it('queued: the balance drops at once, the amount marked as not confirmed by Siigo', () => {
    expect(shown(statementLines(account(1190000, FETCHED), [], [payment('queued', FETCHED)]))).toEqual({
      balance: '690000',
      pending: '500000',
      owed: '690000',
      pendingTotal: '500000',
    });
  });

  it('sent, the account fetched before the send: still lowered and still marked (the old balance would collect twice)', () => {
    expect(shown(statementLines(account(1190000, FETCHED), [], [payment('sent', SENT)]))).toEqual({
      balance: '690000',
      pending: '500000',
      owed: '690000',
      pendingTotal: '500000',
    });
  });

  it('sent, the account fetched again after the send: Siigo’s balance, no mark, not taken off twice', () => {
    expect(shown(statementLines(account(690000, REFETCHED), [], [payment('sent', SENT)]))).toEqual({
      balance: '690000',
      pending: '0',
      owed: '690000',
      pendingTotal: '0',
    });
  });

  it('refused by Siigo: still taken off, told apart from the payments pending confirmation', () => {
    const lines = statementLines(account(1190000, REFETCHED), [], [{ ...payment('queued', FETCHED), state: 'needs_attention' }]);
    expect(shown(lines)).toEqual({ balance: '690000', pending: '0', owed: '690000', pendingTotal: '0' });
    expect(toFixedText(lines[0]!.refusedPayments)).toBe('500000');
  });

  it('a discarded receipt takes nothing off', () => {
    expect(shown(statementLines(account(1190000, FETCHED), [], [payment('queued', FETCHED), { ...payment('queued', FETCHED), state: 'discarded' }])).balance).toBe('690000');
  });
});
