import { identifierKey } from '../../../src-shared/search';
import type { MostradorDB } from '../db';
import type { CustomerRow, ProductRow } from './rows';
import { mirrorSearch } from './search-index';

/**
 * Exact look-ups (one index equality each). By id they return inactive rows too: documents
 * made with a customer or product that was later deactivated still need it. A look-up by what
 * the cashier typed or scanned counts as searching: an import under way then keeps its write
 * transactions short (a read waits for the write transaction under way on its table).
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
  mirrorSearch(db).noteQuery();
  const rows = (await db.customers.where('identificationKey').equals(key).toArray()).filter((r) => r.branchOffice === branchOffice);
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
  mirrorSearch(db).noteQuery();
  const usable = (r: ProductRow) => options.includeInactive === true || r.active;
  const byBarcode = (await db.products.where('barcode').equals(key).toArray()).filter(usable);
  if (byBarcode[0]) return byBarcode[0];
  const byCode = (await db.products.where('codeKey').equals(key).toArray()).filter(usable);
  return byCode.find((r) => r.code === text.trim()) ?? byCode[0];
}
