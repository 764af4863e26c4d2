import { identifierKey, type SearchEntry } from '../../../src-shared/search';
import type { MostradorDB } from '../db';
import type { CustomerRow, ProductRow } from './rows';
import { decodeSaleItem, type SaleItem } from './sale-item';
import { rowsByIds, searchIndexOf } from './search';
import { mirrorSearch } from './search-index';

/**
 * Exact look-ups. By id they return inactive rows too: documents made with a customer or
 * product that was later deactivated still need it. By what the cashier typed or scanned, the
 * table's in-memory search index names the rows (it holds every identification, code and
 * barcode) and only those are read, by primary key: IndexedDB indexes on these fields cost the
 * first sync a write per row and field for look-ups the search index answers anyway. Such a
 * look-up counts as searching: an import under way then keeps its write transactions short.
 */

export function customerById(db: MostradorDB, id: string): Promise<CustomerRow | undefined> {
  return db.customers.get(id);
}

export function productById(db: MostradorDB, id: string): Promise<ProductRow | undefined> {
  return db.products.get(id);
}

/**
 * The customer with this identification and branch office (Siigo's natural key), active or
 * not. The identification may be typed with dots or spaces; an exact spelling wins over a row
 * that only shares the normalized key.
 */
export async function customerByIdentification(
  db: MostradorDB,
  identification: string,
  branchOffice = 0,
): Promise<CustomerRow | undefined> {
  const key = identifierKey(identification);
  if (key === '') return undefined;
  const index = await searchIndexOf(db, 'customers');
  const rows = (await rowsByIds(db.customers, index.withKey(key))).filter((r) => r.branchOffice === branchOffice);
  return rows.find((r) => r.identification === identification.trim()) ?? rows[0];
}

/**
 * For the barcode scanner and the code field: the product whose barcode, else whose code, is
 * `text`. Inactive products are not sold, so they are returned only with `includeInactive`.
 */
export async function productByBarcodeOrCode(
  db: MostradorDB,
  text: string,
  options: { includeInactive?: boolean } = {},
): Promise<ProductRow | undefined> {
  const key = identifierKey(text);
  if (key === '') return undefined;
  const index = await searchIndexOf(db, 'products');
  const usable = (r: ProductRow) => options.includeInactive === true || r.active;
  const byBarcode = (await rowsByIds(db.products, index.withBarcode(key))).filter(usable);
  if (byBarcode[0]) return byBarcode[0];
  return spelledAsTyped((await rowsByIds(db.products, index.withKey(key))).filter(usable), text);
}

/**
 * Among the usable products whose code has `text`'s key (codes differing in case or separators
 * share one), the one spelled exactly as typed, else the first: both product look-ups choose so.
 */
function spelledAsTyped<P extends { code: string }>(byCode: readonly P[], text: string): P | undefined {
  return byCode.find((product) => product.code === text.trim()) ?? byCode[0];
}

/**
 * What `productByBarcodeOrCode(text)` finds, as a sale item, answered at once from the products'
 * in-memory index (each entry holds its sale item): a scanned line is drawn in the frame right
 * after the scanner's Enter. `undefined` when no usable product has that barcode or code; null
 * when it cannot be told without IndexedDB (the index is not loaded yet, or an entry was stored
 * before entries held sale items).
 */
export function productForSale(db: MostradorDB, text: string): SaleItem | undefined | null {
  const search = mirrorSearch(db);
  const index = search.loadedIndex('products');
  if (!index) return null;
  search.noteQuery();
  const key = identifierKey(text);
  if (key === '') return undefined;
  const usable = (ids: readonly string[]) => ids.map((id) => index.entryOf(id)).filter((e): e is SearchEntry => e?.active === true);
  const items = (entries: readonly SearchEntry[]): SaleItem[] | null => {
    if (entries.some((e) => e.payload === null)) return null;
    try {
      return entries.map((e) => decodeSaleItem(e.payload as string));
    } catch {
      return null; // an unreadable payload: the row is read instead
    }
  };
  // The same choices as productByBarcodeOrCode: the first usable barcode, else the code.
  const byBarcode = items(usable(index.withBarcode(key)).slice(0, 1));
  if (!byBarcode) return null;
  if (byBarcode[0]) return byBarcode[0];
  const byCode = items(usable(index.withKey(key)));
  return byCode && spelledAsTyped(byCode, text);
}
