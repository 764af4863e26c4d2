/**
 * The lines of an invoice or quotation: references (product, taxes, warehouse, seller), Siigo's
 * decimal and range rules, the `invalid_array` tax rules of 00-overview.md, and — when every
 * line is readable — the totals by Siigo's own formula (`documentTotals`), which the payments of
 * an invoice must match to the cent.
 */
import { type Decimal, ZERO, add, compare, decimal, multiply, round, subtract, toFixedText } from '../money/decimal';
import { type DocumentTotals, type TotalsItem, documentTotals } from '../money/invoice-totals';
import { type CatalogRow, type DocumentTypeRow, type ProductLookup, type ProductRow, type TaxRow, isActive } from './context';
import { CODE_PATTERN, isMissing, readAmount, readArray, readObject, readString } from './fields';
import { formatCop, line } from './format';
import { resolveCatalogId, resolveSeller, resolveTax } from './references';
import type { IssueList } from './result';

export const MAX_ITEMS = 500;
export const MAX_TAXES_PER_ITEM = 3;
const MAX_QUANTITY = decimal('9999999.99');
const MAX_PRICE = decimal('99999999999.99');
/** Withholdings go in the invoice's `retentions`, never in a line. */
const DOCUMENT_LEVEL_TAX_TYPES: ReadonlySet<string> = new Set(['ReteIVA', 'ReteICA', 'Autorretencion']);

export interface ItemCatalogs {
  products: ProductLookup;
  taxes: readonly TaxRow[];
  /** Invoices only: lines may name a warehouse and (with seller_by_item) a seller. */
  warehouses?: readonly CatalogRow[];
  users?: readonly CatalogRow[];
}

export interface CheckedItems {
  /** Siigo's totals; undefined when some line cannot be computed (its issue is reported). */
  totals: DocumentTotals | undefined;
  /** Σ IVA of all lines, the base of ReteIVA. */
  ivaTotal: Decimal;
}

export function checkItems(
  issues: IssueList, raw: unknown, docType: DocumentTypeRow | undefined, catalogs: ItemCatalogs, invoice: boolean,
): CheckedItems {
  const list = readArray(issues, raw, ['items'], 'Productos');
  if (!list) return { totals: undefined, ivaTotal: ZERO };
  if (list.length === 0) issues.add(['items'], 'parameter_required', 'Productos: agregue al menos un producto');
  if (list.length > MAX_ITEMS) issues.add(['items'], 'invalid_array', `Productos: máximo ${MAX_ITEMS} líneas por documento (tiene ${list.length})`);
  const percentageDiscounts = docType?.discount_type === 'Percentage';
  const lines = list.map((item, index) => checkItem(issues, item, index, docType, catalogs, invoice, percentageDiscounts));
  const computable = lines.every((l) => l !== undefined) && lines.length > 0;
  if (!computable) return { totals: undefined, ivaTotal: ZERO };
  const ready = lines as Array<{ totalsItem: TotalsItem; taxes: TaxRow[] }>;
  const totals = documentTotals(ready.map((l) => l.totalsItem));
  let ivaTotal = ZERO;
  totals.items.forEach((itemTotals, i) => {
    ready[i]?.taxes.forEach((tax, t) => {
      if (tax.type === 'IVA') ivaTotal = add(ivaTotal, itemTotals.taxes[t] ?? ZERO);
    });
  });
  return { totals, ivaTotal };
}

/** Checks one line; returns what the totals need, or undefined when the line is not computable. */
function checkItem(
  issues: IssueList, raw: unknown, i: number, docType: DocumentTypeRow | undefined, catalogs: ItemCatalogs,
  invoice: boolean, percentageDiscounts: boolean,
): { totalsItem: TotalsItem; taxes: TaxRow[] } | undefined {
  const item = readObject(issues, raw, ['items', i], `Producto ${line(i)}`);
  if (!item) return undefined;
  const at = (field: string) => ['items', i, field];
  const product = checkProduct(issues, item['code'], i, catalogs.products);

  const before = issues.size;
  const quantity = readAmount(issues, item['quantity'], at('quantity'), `Cantidad ${line(i)}`, { maxDecimals: 2, code: 'invalid_value' });
  if (quantity && compare(quantity, ZERO) <= 0) issues.add(at('quantity'), 'invalid_value', `Cantidad ${line(i)}: debe ser mayor que cero`);
  if (quantity && compare(quantity, MAX_QUANTITY) > 0) issues.add(at('quantity'), 'invalid_value', `Cantidad ${line(i)}: máximo 9.999.999,99`);
  const price = readAmount(issues, item['price'], at('price'), `Precio unitario ${line(i)}`, { maxDecimals: 6, code: 'invalid_amount' });
  if (price && compare(price, ZERO) < 0) issues.add(at('price'), 'invalid_amount', `Precio unitario ${line(i)}: no puede ser negativo`);
  if (price && compare(price, MAX_PRICE) > 0) issues.add(at('price'), 'invalid_amount', `Precio unitario ${line(i)}: máximo 99.999.999.999,99`);
  const discount = isMissing(item['discount'])
    ? undefined
    : readAmount(issues, item['discount'], at('discount'), `Descuento ${line(i)}`, { maxDecimals: 2, code: 'invalid_amount' });
  if (discount && compare(discount, ZERO) < 0) issues.add(at('discount'), 'invalid_amount', `Descuento ${line(i)}: no puede ser negativo`);
  if (discount && percentageDiscounts && compare(discount, decimal(100)) > 0) {
    issues.add(at('discount'), 'invalid_amount', `Descuento ${line(i)}: el porcentaje no puede pasar de 100`);
  }
  // Compared with the line only when quantity and price are themselves valid (else it is noise).
  const lineValid = issues.size === before;
  if (lineValid && quantity && price && discount && !percentageDiscounts && compare(round(subtract(multiply(quantity, price), discount), 2), ZERO) < 0) {
    issues.add(at('discount'), 'invalid_amount', `Descuento ${line(i)}: es mayor que el valor de la línea (${formatCop(multiply(quantity, price))})`);
  }
  const taxes = checkItemTaxes(issues, item['taxes'], i, catalogs.taxes);
  if (invoice) checkInvoiceLineExtras(issues, item, i, product, price, docType, catalogs);
  if (issues.size > before || !quantity || !price || !taxes) return undefined;
  // A taxed price (IVA included) replaces the price and Siigo derives the base itself; that
  // derivation is not documented, so such lines are left out of the totals check.
  if (invoice && !isMissing(item['taxed_price'])) return undefined;
  return {
    totalsItem: {
      quantity: toFixedText(quantity),
      price: toFixedText(price),
      discount: discount ? { kind: percentageDiscounts ? 'percentage' : 'value', amount: toFixedText(discount) } : undefined,
      taxes: taxes.map((t) => ({ percentage: t.percentage })),
    },
    taxes,
  };
}

function checkProduct(issues: IssueList, value: unknown, i: number, products: ProductLookup): ProductRow | undefined {
  const path = ['items', i, 'code'];
  const code = readString(issues, value, path, `Código del producto ${line(i)}`);
  if (code === undefined) return undefined;
  if (!CODE_PATTERN.test(code)) {
    issues.add(path, 'invalid_code', `Código del producto ${line(i)}: no puede tener espacios ni comillas simples (')`);
    return undefined;
  }
  const product = products(code);
  if (!product) {
    issues.add(path, 'invalid_reference', `Producto ${line(i)}: no existe un producto con código ${code}`);
    return undefined;
  }
  if (!isActive(product)) {
    issues.add(path, 'parameter_inactive', `Producto ${line(i)}: «${product.name ?? code}» está inactivo`);
    return undefined;
  }
  return product;
}

/** The taxes of a line, or undefined when they cannot all be resolved and trusted. */
function checkItemTaxes(issues: IssueList, raw: unknown, i: number, catalog: readonly TaxRow[]): TaxRow[] | undefined {
  if (raw === undefined || raw === null) return [];
  const path = ['items', i, 'taxes'];
  const label = `Impuestos ${line(i)}`;
  const list = readArray(issues, raw, path, label);
  if (!list) return undefined;
  let trusted = true;
  if (list.length > MAX_TAXES_PER_ITEM) {
    issues.add(path, 'invalid_array', `${label}: máximo ${MAX_TAXES_PER_ITEM} impuestos por producto`);
    trusted = false;
  }
  const resolved = list.map((entry, t) =>
    resolveTax(issues, typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>)['id'] : undefined,
      [...path, t, 'id'], `Impuesto ${t + 1} ${line(i)}`, catalog));
  const taxes = resolved.filter((t): t is TaxRow => t !== undefined);
  if (taxes.length < resolved.length) trusted = false;
  const types = new Set<string>();
  for (const tax of taxes) {
    if (DOCUMENT_LEVEL_TAX_TYPES.has(tax.type)) {
      issues.add(path, 'invalid_array', `${label}: «${tax.name}» es una retención; va en las retenciones de la factura, no en el producto`);
      trusted = false;
    } else if (types.has(tax.type)) {
      issues.add(path, 'invalid_array', `${label}: el impuesto tipo ${tax.type} está repetido`);
      trusted = false;
    }
    types.add(tax.type);
  }
  if (types.has('IVA') && types.has('AdValorem')) {
    issues.add(path, 'invalid_array', `${label}: no se puede cobrar IVA y AdValorem en el mismo producto`);
    trusted = false;
  }
  return trusted ? taxes : undefined;
}

/** Invoice-only fields of a line: warehouse, seller per line, gift lines (price 0). */
function checkInvoiceLineExtras(
  issues: IssueList, item: Record<string, unknown>, i: number, product: ProductRow | undefined, price: Decimal | undefined,
  docType: DocumentTypeRow | undefined, catalogs: ItemCatalogs,
): void {
  const at = (field: string) => ['items', i, field];
  if (!isMissing(item['warehouse'])) {
    const warehouse = resolveCatalogId(issues, item['warehouse'], at('warehouse'), `Bodega ${line(i)}`, catalogs.warehouses ?? []);
    if (warehouse && product && product.stock_control === false) {
      issues.add(at('warehouse'), 'product_settings', `Bodega ${line(i)}: «${product.name ?? product.code}» no maneja inventario, quite la bodega`);
    }
  }
  if (!isMissing(item['seller'])) {
    if (docType && !docType.seller_by_item) {
      issues.add(at('seller'), 'document_settings', `Vendedor ${line(i)}: este tipo de factura no maneja vendedor por producto`);
    } else {
      resolveSeller(issues, item['seller'], at('seller'), catalogs.users ?? []);
    }
  } else if (docType?.seller_by_item) {
    issues.add(at('seller'), 'parameter_required', `Vendedor ${line(i)}: es obligatorio en este tipo de factura`);
  }
  // A gift (price 0) must tell the DIAN its real base and who bears the IVA (06-facturas-de-venta.md).
  if (price && compare(price, ZERO) === 0 && isMissing(item['taxed_price'])) {
    const base = isMissing(item['tax_base'])
      ? (issues.add(at('tax_base'), 'parameter_required', `Base del obsequio ${line(i)}: es obligatoria cuando el precio es 0`), undefined)
      : readAmount(issues, item['tax_base'], at('tax_base'), `Base del obsequio ${line(i)}`, { maxDecimals: 2, code: 'invalid_amount' });
    if (base && compare(base, ZERO) <= 0) issues.add(at('tax_base'), 'invalid_amount', `Base del obsequio ${line(i)}: debe ser mayor que cero`);
    const taxpayer = item['taxpayer'];
    if (isMissing(taxpayer)) {
      issues.add(at('taxpayer'), 'parameter_required', `Quién asume el IVA del obsequio ${line(i)}: es obligatorio cuando el precio es 0`);
    } else if (taxpayer !== 'Customer' && taxpayer !== 'Company') {
      issues.add(at('taxpayer'), 'invalid_value', `Quién asume el IVA del obsequio ${line(i)}: debe ser el cliente (Customer) o la empresa (Company)`);
    }
  }
}
