import { describe, expect, it } from 'vitest';
import { toFixedText } from '../../../src-shared/money/decimal';
import { netSaleValue, shownTotals } from '../../../src-shared/documents/shown-totals';

describe('totals of the documents shown', () => {
  it('subtracts credit notes from invoices, and keeps recibos de caja and quotations apart', () => {
    const totals = shownTotals([
      { kind: 'invoice', total: '119000.00', state: 'sent' },
      { kind: 'invoice', total: '50000.50', state: 'sent' },
      { kind: 'creditNote', total: '19000.00', state: 'sent' },
      { kind: 'voucher', total: '30000.00', state: 'sent' },
      { kind: 'quotation', total: '999999.00', state: 'sent' },
      { kind: 'customer', total: undefined, state: 'sent' },
      { kind: 'customerUpdate', total: null, state: 'sent' },
    ]);
    expect(totals.count).toBe(7);
    expect([totals.invoices.count, toFixedText(totals.invoices.total)]).toEqual([2, '169000.50']);
    expect([totals.creditNotes.count, toFixedText(totals.creditNotes.total)]).toEqual([1, '19000.00']);
    expect(toFixedText(totals.netSales)).toBe('150000.50');
    expect([totals.vouchers.count, toFixedText(totals.vouchers.total)]).toEqual([1, '30000.00']);
    expect([totals.quotations.count, toFixedText(totals.quotations.total)]).toEqual([1, '999999.00']);
  });

  it('sums exactly (no float drift over many documents) and counts a document whose total is unreadable without adding it', () => {
    const many = Array.from({ length: 10_000 }, () => ({ kind: 'invoice' as const, total: '0.10', state: 'sent' }));
    const totals = shownTotals([...many, { kind: 'invoice', total: 'abc', state: 'queued' }]);
    expect(totals.invoices.count).toBe(10_001);
    expect(toFixedText(totals.invoices.total)).toBe('1000.00');
  });

  it('adds neither the cart still being rung up (a draft) nor a discarded sale, and says how many were left out', () => {
    const totals = shownTotals([
      { kind: 'invoice', total: '100000.00', state: 'sent' },
      { kind: 'invoice', total: '480000.00', state: 'draft' },
      { kind: 'invoice', total: '70000.00', state: 'discarded' },
      { kind: 'creditNote', total: '20000.00', state: 'queued' },
    ]);
    expect(totals.count).toBe(4);
    expect(totals.unsummed).toBe(2);
    expect([totals.invoices.count, toFixedText(totals.invoices.total)]).toEqual([1, '100000.00']);
    expect(toFixedText(totals.netSales)).toBe('80000.00');
  });

  it('gives the CSV a signed net value: a credit note negative, so a SUM in Excel equals Ventas netas', () => {
    expect(netSaleValue('invoice', '100000.00', 'sent')).toBe('100000.00');
    expect(netSaleValue('creditNote', '20000.00', 'queued')).toBe('-20000.00');
    expect(netSaleValue('voucher', '30000.00', 'sent')).toBeNull();
    expect(netSaleValue('invoice', '480000.00', 'draft')).toBeNull();
    expect(netSaleValue('invoice', '70000.00', 'discarded')).toBeNull();
  });
});
