import type { MostradorDB } from '../../data/db';
import type { ProductRow } from '../../data/mirror/rows';
import { productsInCodeOrder, searchProducts } from '../../data/mirror/search';

/**
 * Products for the list: by exact code or barcode, code prefix, then words of the name (accents
 * ignored). Without text it browses the mirror in code order.
 */
export async function findProducts(
  db: MostradorDB,
  text: string,
  options: { limit: number; includeInactive: boolean },
): Promise<{ items: ProductRow[]; more: boolean }> {
  if (text.trim() === '') return productsInCodeOrder(db, options);
  const page = await searchProducts(db, text.trim(), options);
  return { items: page.results, more: page.next !== null };
}
