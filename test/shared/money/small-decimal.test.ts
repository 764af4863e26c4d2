import { describe, expect, it } from 'vitest';
import { toFixedText } from '../../../src-shared/money/decimal';
import { documentTotals, exactDocumentTotals, type DocumentTotals, type TotalsItem } from '../../../src-shared/money/invoice-totals';
import { parseSmall, roundSmall } from '../../../src-shared/money/small-decimal';
import { seeded } from '../../support/prng';

/** Every amount of a result as text, so two results compare by value and scale. */
function asText(totals: DocumentTotals) {
  return {
    items: totals.items.map((l) => [l.gross, l.discount, l.base, ...l.taxes, l.total].map(toFixedText)),
    sums: [totals.subtotal, totals.discount, totals.tax, totals.total].map(toFixedText),
  };
}

describe('integer fast path of the totals', () => {
  it('reads plain decimals exactly and leaves everything else to the BigInt path', () => {
    expect(parseSmall('-3.50')).toEqual({ units: -350, scale: 2 });
    expect(parseSmall(0.1)).toEqual({ units: 1, scale: 1 });
    expect(parseSmall(1e-7)).toBeUndefined();
    expect(parseSmall('1234567890123456')).toBeUndefined();
    expect(parseSmall('1.')).toBeUndefined();
    expect(parseSmall('1,5')).toBeUndefined();
  });

  it('rounds half away from zero like the BigInt path', () => {
    expect(roundSmall({ units: 1005, scale: 3 }, 2)).toEqual({ units: 101, scale: 2 });
    expect(roundSmall({ units: -1005, scale: 3 }, 2)).toEqual({ units: -101, scale: 2 });
    expect(roundSmall({ units: 1004999, scale: 6 }, 2)).toEqual({ units: 100, scale: 2 });
  });

  it('gives the BigInt result to the cent on 5,000 random carts, from cents to amounts past 2^53', () => {
    const random = seeded(11);
    const amount = (): number | string => {
      const roll = random();
      if (roll < 0.3) return Math.floor(random() * 1000) * 50;
      if (roll < 0.6) return (random() * 99_999).toFixed(1 + Math.floor(random() * 4));
      if (roll < 0.8) return (random() * 10).toFixed(3);
      if (roll < 0.95) return String(Math.floor(random() * 9e14));
      return `${Math.floor(random() * 9e15)}${Math.floor(random() * 1e6)}.${Math.floor(random() * 1e4)}`;
    };
    // Both paths must be exercised: carts the integers handle, and carts whose gross overflows them.
    const kinds = { small: 0, overflowing: 0 };
    for (let n = 0; n < 5000; n += 1) {
      const cart: TotalsItem[] = Array.from({ length: 1 + Math.floor(random() * 6) }, () => ({
        quantity: amount(),
        price: amount(),
        discount: random() < 0.3 ? { kind: random() < 0.5 ? 'value' : 'percentage', amount: random() < 0.5 ? 15 : '7.5' } : undefined,
        taxes: random() < 0.5 ? [{ percentage: 19 }] : [{ percentage: 19 }, { percentage: '8' }],
      }));
      const exact = exactDocumentTotals(cart);
      const fast = documentTotals(cart);
      expect(asText(fast)).toEqual(asText(exact));
      const grosses = cart.map((i) => {
        const q = parseSmall(i.quantity);
        const p = parseSmall(i.price);
        return q && p ? Math.abs(q.units * p.units) : Infinity;
      });
      if (grosses.every((g) => g < 1e12)) kinds.small += 1;
      if (grosses.some((g) => g > Number.MAX_SAFE_INTEGER && g < Infinity)) kinds.overflowing += 1;
    }
    expect(kinds.small).toBeGreaterThan(100);
    expect(kinds.overflowing).toBeGreaterThan(100);
  });
});
