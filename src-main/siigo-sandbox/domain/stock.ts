/**
 * Stock movements of documents: a sale takes units out of a warehouse, a credit note puts them
 * back. Either way the product's `last_updated` moves, because Siigo counts a stock change as a
 * change of the product (`updated_start` on products catches it, FIELD-NOTES "Pagination").
 */
import { type Decimal, ZERO, add, round, toDecimal, toNumber } from '../decimal';
import type { SandboxContext } from './context';
import type { Product } from './types';

/** Adds `delta` (negative to take out) to the product's stock in the warehouse. */
export function moveStock(ctx: SandboxContext, product: Product, warehouseId: number, delta: Decimal, at: string): void {
  let entry = product.warehouses.find((w) => w.id === warehouseId);
  if (!entry) {
    const name = ctx.store.catalogs.warehouses.find((w) => w.id === warehouseId)?.name ?? '';
    entry = { id: warehouseId, name, quantity: 0 };
    product.warehouses.push(entry);
  }
  entry.quantity = toNumber(round(add(toDecimal(entry.quantity), delta), 2));
  product.available_quantity = toNumber(
    round(product.warehouses.reduce<Decimal>((sum, w) => add(sum, toDecimal(w.quantity)), ZERO), 2),
  );
  product.metadata.last_updated = at;
}
