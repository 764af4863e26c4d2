import { describe, expect, it } from 'vitest';
import type { SaleItem } from '../../../../src-renderer/data/mirror/sale-item';
import { lineFromProduct, repriceLines } from '../../../../src-renderer/forms/lines/cart-lines';

const item = (code: string, prices: number[]): SaleItem => ({
  code,
  name: `Producto ${code}`,
  prices: prices.map((value, i) => ({ position: i + 1, value })),
  taxes: [{ id: 1, name: 'IVA 19%', percentage: 19 }],
  taxIncluded: true,
});

const catalog = new Map([
  ['A', item('A', [12000, 10500, 9800])],
  ['B', item('B', [5000, 4500])],
  ['C', item('C', [800])],
]);
const itemOf = (code: string) => catalog.get(code);

describe('re-pricing a cart for another price list', () => {
  it('moves lines still at the old list’s price, keeps typed prices, quantities and discounts', () => {
    const a = { ...lineFromProduct(catalog.get('A')!, 1), quantity: '3', discount: '500' };
    const b = { ...lineFromProduct(catalog.get('B')!, 1), price: '4.900' };
    // Typed as "12.000" (thousands dot): the same amount as the list's, so not a price of its own.
    const a2 = { ...lineFromProduct(catalog.get('A')!, 1), key: 'a2', price: '12.000' };
    const [ra, rb, ra2] = repriceLines([a, b, a2], itemOf, 1, 2);
    expect(ra).toMatchObject({ price: '10500', quantity: '3', discount: '500', taxIncluded: true });
    expect(rb).toBe(b);
    expect(ra2?.price).toBe('10500');
  });

  it('falls back as the scanner does when a product has no price in the new list, and leaves unknown products alone', () => {
    const c = lineFromProduct(catalog.get('C')!, 1);
    const free = { ...lineFromProduct(item('X', [100]), 1) };
    const [rc, rx] = repriceLines([c, free], itemOf, 1, 2);
    // No second price: the first, as salePrice gives a new line.
    expect(rc?.price).toBe('800');
    expect(rx).toBe(free);
    // There and back again ends where it started.
    const a = lineFromProduct(catalog.get('A')!, 1);
    expect(repriceLines(repriceLines([a], itemOf, 1, 3), itemOf, 3, 1)[0]?.price).toBe('12000');
  });
});
