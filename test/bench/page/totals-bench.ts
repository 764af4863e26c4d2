import { documentTotals, type TotalsItem } from '../../../src-shared/money/invoice-totals';
import { seeded } from '../../support/prng';

const TAXES = [[], [{ percentage: 19 }], [{ percentage: 5 }], [{ percentage: 8 }], [{ percentage: 19 }, { percentage: 8 }]];

/** Random carts like a counter's: 1–20 lines, prices with cents sometimes, quantities up to 12 (some fractional), discounts on a few. */
export function randomCarts(count: number, seed: number): TotalsItem[][] {
  const random = seeded(seed);
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(random() * 20) }, (): TotalsItem => {
      const price = random() < 0.2 ? (Math.round(random() * 5_000_000) / 100).toFixed(2) : Math.round(random() * 500) * 100;
      const quantity = random() < 0.1 ? (Math.round(random() * 3000) / 1000).toFixed(3) : 1 + Math.floor(random() * 12);
      const roll = random();
      const discount = roll < 0.1 ? { kind: 'percentage' as const, amount: 5 + Math.floor(random() * 20) } : roll < 0.15 ? { kind: 'value' as const, amount: 500 } : undefined;
      return { quantity, price, discount, taxes: TAXES[Math.floor(random() * TAXES.length)] ?? [] };
    }),
  );
}

/** Milliseconds to total every cart, per run. */
export function timeTotals(carts: number, runs: number): number[] {
  const all = randomCarts(carts, 7);
  const times: number[] = [];
  let sink = 0;
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    for (const cart of all) sink += documentTotals(cart).items.length;
    times.push(performance.now() - started);
  }
  if (sink < 0) console.log(sink);
  return times;
}
