import { describe, expect, it } from 'vitest';
import { toFixedText } from '../../../src-shared/money/decimal';
import { receiptCounts, receiptStage, receiptTakes, type LocalReceipt } from '../../../src-shared/receivables/pending-receipts';

const SENT_AT = '2026-12-05T15:00:00.000Z';
const receipt = (state: string, items: LocalReceipt['body'] = { items: [{ due: { prefix: 'FV-1', consecutive: 7, quote: 1 }, value: 500000 }] }): LocalReceipt => ({
  kind: 'voucher',
  state,
  updatedAt: SENT_AT,
  body: items,
  refs: [],
});

describe('when a receipt recorded here still counts against Siigo balances', () => {
  it('counts while queued, whatever the fetch time', () => {
    expect(receiptStage(receipt('queued'), null)).toBe('queued');
    expect(receiptStage(receipt('retrying'), '2026-12-06T00:00:00.000Z')).toBe('queued');
  });

  it('counts once sent against an account fetched before the send, not against one fetched after', () => {
    expect(receiptStage(receipt('sent'), '2026-12-05T14:59:59.000Z')).toBe('sent-unconfirmed');
    expect(receiptCounts(receipt('sent'), '2026-12-05T14:59:59.000Z')).toBe(true);
    expect(receiptStage(receipt('sent'), null)).toBe('sent-unconfirmed');
    expect(receiptStage(receipt('sent'), '2026-12-05T15:00:01.000Z')).toBe('confirmed');
    expect(receiptCounts(receipt('sent'), '2026-12-05T15:00:01.000Z')).toBe(false);
  });

  it('keeps counting a receipt Siigo refused, as its own stage: the money was received here', () => {
    expect(receiptStage(receipt('needs_attention'), '2026-12-06T00:00:00.000Z')).toBe('refused');
    expect(receiptCounts(receipt('needs_attention'), '2026-12-06T00:00:00.000Z')).toBe(true);
  });

  it('never counts a draft, a discarded receipt or another kind of document', () => {
    expect(receiptCounts(receipt('draft'), null)).toBe(false);
    expect(receiptCounts(receipt('discarded'), null)).toBe(false);
    expect(receiptCounts({ ...receipt('queued'), kind: 'invoice' }, null)).toBe(false);
  });

  it('adds up what receipts take by instalment, and by local invoice for invoices still queued when paid', () => {
    const takes = receiptTakes([
      receipt('queued'),
      receipt('sent', { items: [{ due: { prefix: 'FV-1', consecutive: 7, quote: 1 }, value: 250000.5 }] }),
      {
        ...receipt('queued', { items: [{ due: { prefix: 'PENDIENTE', consecutive: 1, quote: 1 }, value: 1000 }] }),
        refs: [{ path: ['items', 0, 'due'], documentId: 'local-invoice', use: 'invoice-due' }],
      },
    ]);
    expect(toFixedText(takes.byDue.get('FV-1|7|1')!)).toBe('750000.5');
    expect(takes.byDue.has('PENDIENTE|1|1')).toBe(false);
    expect(toFixedText(takes.byDocument.get('local-invoice')!)).toBe('1000');
  });
});
