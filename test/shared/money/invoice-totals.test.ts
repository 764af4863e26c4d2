import { describe, expect, it } from 'vitest';
import { decimal, toFixedText } from '../../../src-shared/money/decimal';
import { changeFor, documentTotals, itemTotals, paymentDifference } from '../../../src-shared/money/invoice-totals';

describe("Siigo's totals formula", () => {
  it("matches Siigo's documented example to the cent", () => {
    const line = itemTotals({ quantity: 10, price: 100, discount: { kind: 'value', amount: 50 }, taxes: [{ percentage: 19 }] });
    expect(toFixedText(line.base)).toBe('950.00');
    expect(line.taxes.map(toFixedText)).toEqual(['180.50']);
    expect(toFixedText(line.total)).toBe('1130.50');
  });

  it('rounds each tax of each item before summing', () => {
    // 3 × 33.335 = 100.005 → base 100.01; IVA 19% = 19.0019 → 19.00; Impoconsumo 8% = 8.0008 → 8.00
    const totals = documentTotals([
      { quantity: 3, price: 33.335, taxes: [{ percentage: 19 }, { percentage: 8 }] },
      { quantity: 0.5, price: 0.01, taxes: [{ percentage: 5 }] }, // base 0.005 → 0.01; tax 0.0005 → 0.00
    ]);
    expect(totals.items.map((line) => toFixedText(line.total))).toEqual(['127.01', '0.01']);
    expect(toFixedText(totals.total)).toBe('127.02');
    expect(toFixedText(totals.subtotal)).toBe('100.02');
    expect(toFixedText(totals.tax)).toBe('27.00');
  });

  it('turns a percentage discount into a value first', () => {
    const line = itemTotals({ quantity: 2, price: 49_999, discount: { kind: 'percentage', amount: 10 }, taxes: [{ percentage: 19 }] });
    expect(toFixedText(line.discount)).toBe('9999.80');
    expect(toFixedText(line.base)).toBe('89998.20');
    expect(toFixedText(line.total)).toBe('107097.86');
  });

  it('tells whether payments add up, and the change for cash', () => {
    const total = decimal('1130.50');
    expect(toFixedText(paymentDifference(total, [1000, 130.5]))).toBe('0.00');
    expect(toFixedText(paymentDifference(total, [1000, 130.49]))).toBe('-0.01');
    expect(toFixedText(changeFor(total, 2000)!)).toBe('869.50');
    expect(changeFor(total, 1000)).toBeNull();
  });
});
