import { describe, expect, it } from 'vitest';
import { divideRound, toFixedText } from '../../../src-shared/money/decimal';
import { decimal } from '../../../src-shared/money/decimal';
import { documentTotals, exactDocumentTotals, itemTotals, type DocumentTotals, type TotalsItem } from '../../../src-shared/money/invoice-totals';
import { divideRoundSmall } from '../../../src-shared/money/small-decimal';
import { seeded } from '../../support/prng';

const text = (line: ReturnType<typeof itemTotals>) => ({
  base: toFixedText(line.base),
  taxes: line.taxes.map(toFixedText),
  total: toFixedText(line.total),
});

/** Every amount of a result as text, so two results compare by value and scale. */
function asText(totals: DocumentTotals) {
  return {
    items: totals.items.map((l) => [l.gross, l.discount, l.base, ...l.taxes, l.total].map(toFixedText)),
    sums: [totals.subtotal, totals.discount, totals.tax, totals.total].map(toFixedText),
  };
}

describe('prices with IVA included (taxed_price)', () => {
  it("matches Siigo's only documented example: 10 000 with IVA 19 % → base 8 403,36, IVA 1 596,64", () => {
    expect(text(itemTotals({ quantity: 1, price: 10_000, taxIncluded: true, taxes: [{ percentage: 19 }] }))).toEqual({
      base: '8403.36',
      taxes: ['1596.64'],
      total: '10000.00',
    });
  });

  it('takes the base out of the whole line: quantity 3', () => {
    // 30 000 × 100 / 119 = 25 210,084 → 25 210,08; the IVA is what is left.
    expect(text(itemTotals({ quantity: 3, price: 10_000, taxIncluded: true, taxes: [{ percentage: 19 }] }))).toEqual({
      base: '25210.08',
      taxes: ['4789.92'],
      total: '30000.00',
    });
  });

  it('applies a discount to the price paid, before the base is taken out', () => {
    // 2 × 11 900 − 900 = 22 900 → base 19 243,70, IVA 3 656,30.
    const value = itemTotals({ quantity: 2, price: 11_900, discount: { kind: 'value', amount: 900 }, taxIncluded: true, taxes: [{ percentage: 19 }] });
    expect(text(value)).toEqual({ base: '19243.70', taxes: ['3656.30'], total: '22900.00' });
    expect(toFixedText(value.discount)).toBe('900.00');
    // 10 % of 10 000 = 1 000 → 9 000 → base 7 563,03, IVA 1 436,97.
    const percentage = itemTotals({ quantity: 1, price: 10_000, discount: { kind: 'percentage', amount: 10 }, taxIncluded: true, taxes: [{ percentage: 19 }] });
    expect(text(percentage)).toEqual({ base: '7563.03', taxes: ['1436.97'], total: '9000.00' });
  });

  it('with IVA and Impoconsumo, the highest percentage takes the remainder, in whatever order', () => {
    // 10 000 × 100 / 127 = 7 874,0157 → 7 874,02; Impoconsumo 8 % = 629,92; IVA = 10 000 − 7 874,02 − 629,92.
    expect(text(itemTotals({ quantity: 1, price: 10_000, taxIncluded: true, taxes: [{ percentage: 19 }, { percentage: 8 }] }))).toEqual({
      base: '7874.02',
      taxes: ['1496.06', '629.92'],
      total: '10000.00',
    });
    expect(text(itemTotals({ quantity: 1, price: 10_000, taxIncluded: true, taxes: [{ percentage: '8' }, { percentage: '19' }] }))).toEqual({
      base: '7874.02',
      taxes: ['629.92', '1496.06'],
      total: '10000.00',
    });
  });

  it('gives the remainder to the first of equal percentages', () => {
    // 1 000 × 100 / 116 = 862,07; the second 8 % is 68,97; the first takes 1 000 − 862,07 − 68,97.
    expect(text(itemTotals({ quantity: 1, price: 1000, taxIncluded: true, taxes: [{ percentage: 8 }, { percentage: 8 }] }))).toEqual({
      base: '862.07',
      taxes: ['68.96', '68.97'],
      total: '1000.00',
    });
  });

  it('with IVA 0 % or no taxes the base is the price paid', () => {
    expect(text(itemTotals({ quantity: 2, price: 4500.5, taxIncluded: true, taxes: [{ percentage: 0 }] }))).toEqual({
      base: '9001.00',
      taxes: ['0.00'],
      total: '9001.00',
    });
    expect(text(itemTotals({ quantity: 2, price: 4500.5, taxIncluded: true, taxes: [] }))).toEqual({ base: '9001.00', taxes: [], total: '9001.00' });
  });

  it('a mixed cart adds the tax-included line at its shelf total', () => {
    const totals = documentTotals([
      { quantity: 1, price: 10_000, taxIncluded: true, taxes: [{ percentage: 19 }] },
      { quantity: 10, price: 100, discount: { kind: 'value', amount: 50 }, taxes: [{ percentage: 19 }] },
    ]);
    expect(toFixedText(totals.total)).toBe('11130.50');
    expect(toFixedText(totals.subtotal)).toBe('9353.36');
    expect(toFixedText(totals.tax)).toBe('1777.14');
  });

  it('divides exactly, rounding half away from zero, on both paths', () => {
    expect(toFixedText(divideRound(decimal('1000000'), decimal('119'), 2))).toBe('8403.36');
    expect(toFixedText(divideRound(decimal('1'), decimal('8'), 2))).toBe('0.13');
    expect(toFixedText(divideRound(decimal('-1'), decimal('8'), 2))).toBe('-0.13');
    expect(toFixedText(divideRound(decimal('1'), decimal('-8'), 2))).toBe('-0.13');
    expect(() => divideRound(decimal(1), decimal(0), 2)).toThrow(RangeError);
    expect(divideRoundSmall({ units: 1000000, scale: 0 }, { units: 119, scale: 0 }, 2)).toEqual({ units: 840336, scale: 2 });
    expect(divideRoundSmall({ units: -1, scale: 0 }, { units: 8, scale: 0 }, 2)).toEqual({ units: -13, scale: 2 });
    expect(divideRoundSmall({ units: 2 ** 52, scale: 0 }, { units: 3, scale: 0 }, 2)).toBeUndefined();
  });

  it('the safe-integer path equals the exact path on 5,000 random carts with tax-included lines', () => {
    const random = seeded(19);
    const amount = (): string => {
      const roll = random();
      if (roll < 0.4) return String(Math.floor(random() * 200) * 50);
      if (roll < 0.8) return (random() * 99_999).toFixed(Math.floor(random() * 7));
      if (roll < 0.95) return String(Math.floor(random() * 9e14));
      return `${Math.floor(random() * 9e15)}${Math.floor(random() * 1e6)}.${Math.floor(random() * 1e4)}`;
    };
    const percentages = [[], [19], [5], [0], [8], [19, 8], [5, 8], [0, 8], ['19.5'], [8, 8]];
    let mixed = 0;
    for (let n = 0; n < 5000; n += 1) {
      const cart: TotalsItem[] = Array.from({ length: 1 + Math.floor(random() * 6) }, () => ({
        quantity: (random() * 100).toFixed(Math.floor(random() * 3)),
        price: amount(),
        discount: random() < 0.3 ? { kind: random() < 0.5 ? 'value' : 'percentage', amount: random() < 0.5 ? 15 : '7.5' } : undefined,
        taxes: (percentages[Math.floor(random() * percentages.length)] ?? []).map((percentage) => ({ percentage })),
        taxIncluded: random() < 0.6,
      }));
      if (cart.some((i) => i.taxIncluded) && cart.some((i) => !i.taxIncluded)) mixed += 1;
      expect(asText(documentTotals(cart))).toEqual(asText(exactDocumentTotals(cart)));
      // What the buyer pays for a tax-included line is its shelf total, split to the cent.
      for (const line of exactDocumentTotals(cart).items.filter((_, i) => cart[i]?.taxIncluded)) {
        const parts = line.taxes.reduce((sum, tax) => sum + tax.units, line.base.units);
        expect(parts).toBe(line.total.units);
      }
    }
    expect(mixed).toBeGreaterThan(1000);
  });
});
