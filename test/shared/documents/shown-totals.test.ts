import { describe, expect, it } from 'vitest';
import { toFixedText } from '../../../src-shared/money/decimal';
import { shownTotals } from '../../../src-shared/documents/shown-totals';

describe('totals of the documents shown', () => {
  it('subtracts credit notes from invoices, and keeps recibos de caja and quotations apart', () => {
    const totals = shownTotals([
      { kind: 'invoice', total: '119000.00' },
      { kind: 'invoice', total: '50000.50' },
      { kind: 'creditNote', total: '19000.00' },
      { kind: 'voucher', total: '30000.00' },
      { kind: 'quotation', total: '999999.00' },
      { kind: 'customer', total: undefined },
      { kind: 'customerUpdate', total: null },
    ]);
    expect(totals.count).toBe(7);
    expect([totals.invoices.count, toFixedText(totals.invoices.total)]).toEqual([2, '169000.50']);
    expect([totals.creditNotes.count, toFixedText(totals.creditNotes.total)]).toEqual([1, '19000.00']);
    expect(toFixedText(totals.netSales)).toBe('150000.50');
    expect([totals.vouchers.count, toFixedText(totals.vouchers.total)]).toEqual([1, '30000.00']);
    expect([totals.quotations.count, toFixedText(totals.quotations.total)]).toEqual([1, '999999.00']);
  });

  it('sums exactly (no float drift over many documents) and counts a document whose total is unreadable without adding it', () => {
    const many = Array.from({ length: 10_000 }, () => ({ kind: 'invoice' as const, total: '0.10' }));
    const totals = shownTotals([...many, { kind: 'invoice', total: 'abc' }]);
    expect(totals.invoices.count).toBe(10_001);
    expect(toFixedText(totals.invoices.total)).toBe('1000.00');
  });
});
