import type { MostradorDB } from '../../data/db';
import type { ProductRow } from '../../data/mirror/rows';
import { searchProducts } from '../../data/mirror/search';

/**
 * Products for the list: by exact code or barcode, code prefix, then words of the name (accents
 * ignored). Without text it browses the mirror in code order.
 */
export async function findProducts(
  db: MostradorDB,
  text: string,
  options: { limit: number; includeInactive: boolean },
): Promise<{ items: ProductRow[]; more: boolean }> {
  if (text.trim() === '') {
    const rows = await db.products
      .orderBy('codeKey')
      .filter((row) => options.includeInactive || row.active)
      .limit(options.limit + 1)
      .toArray();
    return { items: rows.slice(0, options.limit), more: rows.length > options.limit };
  }
  const page = await searchProducts(db, text.trim(), options);
  return { items: page.results, more: page.next !== null };
}
