import type { ProductRow } from './rows';

/** Withholdings go on the document, never on a line (Siigo answers invalid_array). */
const LINE_TAX_TYPES = new Set(['IVA', 'Impoconsumo', 'AdValorem']);

/**
 * What a sale or quotation line takes from a product. Every product's is kept in memory, in its
 * search entry (search-entries.ts), so that a scanned code becomes a cart line within the
 * scanner's Enter, without waiting for IndexedDB (see `productForSale` in lookups.ts).
 */
export interface SaleItem {
  code: string;
  name: string;
  /** Siigo's first price list set, by position (1 = first). */
  prices: ReadonlyArray<{ position: number; value: number }>;
  /** The taxes that go on a line. */
  taxes: ReadonlyArray<{ id: number; name: string; percentage: number }>;
  /** Siigo's `tax_included`: the listed prices already hold the taxes (the shelf price the buyer pays). */
  taxIncluded: boolean;
}

export function saleItemOf(row: ProductRow): SaleItem {
  return {
    code: row.code,
    name: row.name,
    prices: (row.siigo.prices?.[0]?.price_list ?? []).map((entry) => ({ position: entry.position, value: entry.value })),
    taxes: (row.siigo.taxes ?? [])
      .filter((tax) => LINE_TAX_TYPES.has(tax.type ?? ''))
      .map((tax) => ({ id: tax.id, name: tax.name ?? `Impuesto ${tax.id}`, percentage: tax.percentage ?? 0 })),
    taxIncluded: row.siigo.tax_included === true,
  };
}

/** The price in the price list at `position`, else the one at that place, else the first; 0 when none. */
export function salePrice(item: SaleItem, position: number): number {
  const list = item.prices;
  return (list.find((entry) => entry.position === position) ?? list[position - 1] ?? list[0])?.value ?? 0;
}

/**
 * The compact text kept for 50k products in memory: `[code, name, [[position, value]…],
 * [[id, name, percentage]…], taxIncluded (1 or 0)]` as JSON (which never holds a raw tab or
 * newline, see search-segment.ts). Entries written before the flag existed are rewritten by a
 * schema upgrade; one read without it counts as not included.
 */
export function encodeSaleItem(item: SaleItem): string {
  return JSON.stringify([
    item.code,
    item.name,
    item.prices.map((p) => [p.position, p.value]),
    item.taxes.map((t) => [t.id, t.name, t.percentage]),
    item.taxIncluded ? 1 : 0,
  ]);
}

export function decodeSaleItem(text: string): SaleItem {
  const [code, name, prices, taxes, included] = JSON.parse(text) as [string, string, Array<[number, number]>, Array<[number, string, number]>, number?];
  return {
    code,
    name,
    prices: prices.map(([position, value]) => ({ position, value })),
    taxes: taxes.map(([id, taxName, percentage]) => ({ id, name: taxName, percentage })),
    taxIncluded: included === 1,
  };
}
