import { add, decimal, ZERO, type Decimal } from '../../../src-shared/money/decimal';
import { itemTotals } from '../../../src-shared/money/invoice-totals';
import type { Product } from '../../../src-shared/siigo';
import type { PriceListRow, TaxRow, WarehouseRow } from '../../data/mirror/rows';

/** Pure read-outs of a mirrored product for the Productos screen (no React, no database). */

const TYPE_LABELS: Record<string, string> = {
  Product: 'Producto',
  Service: 'Servicio',
  ConsumerGood: 'Bien de consumo',
  Combo: 'Combo',
};

export function productTypeLabel(type: string | null | undefined): string {
  return type ? (TYPE_LABELS[type] ?? type) : 'Producto';
}

/** Taxes that add to what the customer pays; retentions are withheld by the buyer instead. */
const ADDED_TAX_TYPES = new Set(['IVA', 'Impoconsumo']);

export interface ProductTax {
  id: number;
  name: string;
  type: string | null;
  percentage: number | null;
  addsToPrice: boolean;
}

/** The product's taxes, completing name and percentage from the taxes catalog when absent. */
export function productTaxes(product: Product, catalog: readonly TaxRow[]): ProductTax[] {
  return (product.taxes ?? []).map((tax) => {
    const known = catalog.find((row) => row.id === tax.id)?.siigo;
    const type = tax.type ?? known?.type ?? null;
    return {
      id: tax.id,
      name: tax.name ?? known?.name ?? `Impuesto ${tax.id}`,
      type,
      percentage: tax.percentage ?? known?.percentage ?? null,
      addsToPrice: type !== null && ADDED_TAX_TYPES.has(type),
    };
  });
}

export interface PriceRow {
  position: number;
  listName: string;
  currency: string;
  price: Decimal;
  /** What the customer pays for one unit: the price plus IVA/impoconsumo by Siigo's rounding. */
  withTaxes: Decimal;
}

/**
 * One row per price list. When the product's price already includes taxes (`tax_included`) the
 * listed price is what the customer pays; otherwise the added taxes are computed as an invoice
 * line of quantity 1 would be.
 */
export function priceRows(product: Product, taxes: readonly ProductTax[], lists: readonly PriceListRow[]): PriceRow[] {
  const percentages = taxes.filter((t) => t.addsToPrice && t.percentage !== null).map((t) => ({ percentage: t.percentage ?? 0 }));
  return (product.prices ?? []).flatMap((price) =>
    price.price_list.map((entry) => {
      const listed = decimal(entry.value);
      const withTaxes = product.tax_included ? listed : itemTotals({ quantity: 1, price: entry.value, taxes: percentages }).total;
      const listName = entry.name ?? lists.find((row) => row.siigo.position === entry.position)?.siigo.name ?? `Lista ${entry.position}`;
      return { position: entry.position, listName, currency: price.currency_code, price: listed, withTaxes };
    }),
  );
}

export interface StockRow {
  id: number;
  name: string;
  quantity: Decimal;
}

/** Stock per warehouse (names from the catalog when Siigo sent none) and the total available. */
export function stockRows(product: Product, warehouses: readonly WarehouseRow[]): { rows: StockRow[]; total: Decimal } {
  const rows = (product.warehouses ?? []).map((w) => ({
    id: w.id,
    name: w.name ?? warehouses.find((row) => row.id === w.id)?.siigo.name ?? `Bodega ${w.id}`,
    quantity: decimal(w.quantity ?? 0),
  }));
  const total = product.available_quantity != null ? decimal(product.available_quantity) : rows.reduce((sum, row) => add(sum, row.quantity), ZERO);
  return { rows, total };
}

const quantityFormat = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 2 });

/** "1.234" or "2,5": quantities the Colombian way (they are not money, so no "$"). */
export function formatQuantity(value: Decimal): string {
  return quantityFormat.format(Number(value.units) / 10 ** value.scale);
}
