/**
 * The lines of an invoice, quotation or credit note: references (product, taxes, warehouse,
 * seller), Siigo's decimal and range rules, the `invalid_array` tax rules of 00-overview.md, and —
 * when every line is readable — the totals by Siigo's own formula (`documentTotals`), which the
 * payments of an invoice or a credit note must match to the cent. Invoice and credit-note lines
 * may be priced with IVA included (`taxed_price`, which replaces `price`; decision 0019).
 */
import { type Decimal, ZERO, add, compare, decimal, multiply, round, subtract, toFixedText } from '../money/decimal';
import { type DocumentTotals, type TotalsItem, documentTotals } from '../money/invoice-totals';
import { type CatalogRow, type DocumentTypeRow, type ProductLookup, type ProductRow, type TaxRow, isActive } from './context';
import { CODE_PATTERN, isMissing, readAmount, readArray, readObject, readString } from './fields';
import { formatCop, line } from './format';
import { resolveCatalogId, resolveSeller, resolveTax } from './references';
import type { IssueList, IssuePath } from './result';

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

/** Which document the lines belong to: each takes different fields on its lines. */
export type ItemsKind = 'invoice' | 'quotation' | 'credit-note';

export interface CheckedItems {
  /** Siigo's totals; undefined when some line cannot be computed (its issue is reported). */
  totals: DocumentTotals | undefined;
  /** Σ IVA of all lines, the base of ReteIVA. */
  ivaTotal: Decimal;
  /** Each line's product code and quantity when both are readable (a credit note checks them against its invoice). */
  lines: Array<{ code: string; quantity: Decimal } | undefined>;
}

interface CheckedItem {
  totalsItem: TotalsItem;
  taxes: TaxRow[];
}

export function checkItems(
  issues: IssueList, raw: unknown, docType: DocumentTypeRow | undefined, catalogs: ItemCatalogs, kind: ItemsKind,
): CheckedItems {
  const list = readArray(issues, raw, ['items'], 'Productos');
  if (!list) return { totals: undefined, ivaTotal: ZERO, lines: [] };
  if (list.length === 0) issues.add(['items'], 'parameter_required', 'Productos: agregue al menos un producto');
  if (list.length > MAX_ITEMS) issues.add(['items'], 'invalid_array', `Productos: máximo ${MAX_ITEMS} líneas por documento (tiene ${list.length})`);
  const percentageDiscounts = docType?.discount_type === 'Percentage';
  const checked = list.map((item, index) => checkItem(issues, item, index, docType, catalogs, kind, percentageDiscounts));
  const lines = checked.map((c) => c.line);
  const computable = checked.every((c) => c.computed !== undefined) && checked.length > 0;
  if (!computable) return { totals: undefined, ivaTotal: ZERO, lines };
  const ready = checked.map((c) => c.computed as CheckedItem);
  const totals = documentTotals(ready.map((l) => l.totalsItem));
  let ivaTotal = ZERO;
  totals.items.forEach((itemTotals, i) => {
    ready[i]?.taxes.forEach((tax, t) => {
      if (tax.type === 'IVA') ivaTotal = add(ivaTotal, itemTotals.taxes[t] ?? ZERO);
    });
  });
  return { totals, ivaTotal, lines };
}

/**
 * Checks one line. `computed` is what the totals need, or undefined when the line is not
 * computable; `line` its code and quantity when both are readable.
 */
function checkItem(
  issues: IssueList, raw: unknown, i: number, docType: DocumentTypeRow | undefined, catalogs: ItemCatalogs,
  kind: ItemsKind, percentageDiscounts: boolean,
): { computed: CheckedItem | undefined; line: CheckedItems['lines'][number] } {
  const item = readObject(issues, raw, ['items', i], `Producto ${line(i)}`);
  if (!item) return { computed: undefined, line: undefined };
  const at = (field: string) => ['items', i, field];
  const product = checkProduct(issues, item['code'], i, catalogs.products);

  const before = issues.size;
  const quantity = readAmount(issues, item['quantity'], at('quantity'), `Cantidad ${line(i)}`, { maxDecimals: 2, code: 'invalid_value' });
  if (quantity && compare(quantity, ZERO) <= 0) issues.add(at('quantity'), 'invalid_value', `Cantidad ${line(i)}: debe ser mayor que cero`);
  if (quantity && compare(quantity, MAX_QUANTITY) > 0) issues.add(at('quantity'), 'invalid_value', `Cantidad ${line(i)}: máximo 9.999.999,99`);
  // Quotations have no taxed_price in Siigo's API; elsewhere it replaces the price, which is then not read.
  const taxIncluded = kind !== 'quotation' && !isMissing(item['taxed_price']);
  const price = taxIncluded
    ? readPrice(issues, item['taxed_price'], at('taxed_price'), `Precio con IVA incluido ${line(i)}`)
    : readPrice(issues, item['price'], at('price'), `Precio unitario ${line(i)}`);
  const discount = isMissing(item['discount'])
    ? undefined
    : readAmount(issues, item['discount'], at('discount'), `Descuento ${line(i)}`, { maxDecimals: 2, code: 'invalid_amount' });
  if (discount && compare(discount, ZERO) < 0) issues.add(at('discount'), 'invalid_amount', `Descuento ${line(i)}: no puede ser negativo`);
  if (discount && percentageDiscounts && compare(discount, decimal(100)) > 0) {
    issues.add(at('discount'), 'invalid_amount', `Descuento ${line(i)}: el porcentaje no puede pasar de 100`);
  }
  // Compared with the line only when quantity and price are themselves valid (else it is noise).
  // Rounded to the cent as Siigo does: a discount within half a cent of the line still passes.
  const lineValid = issues.size === before;
  if (lineValid && quantity && price && discount && !percentageDiscounts && compare(round(subtract(multiply(quantity, price), discount), 2), ZERO) < 0) {
    issues.add(at('discount'), 'invalid_amount', `Descuento ${line(i)}: no puede ser mayor que el valor de la línea (${formatCop(multiply(quantity, price))})`);
  }
  const taxes = checkItemTaxes(issues, item['taxes'], i, catalogs.taxes);
  if (kind !== 'quotation') checkLineExtras(issues, item, i, product, taxIncluded ? undefined : price, docType, catalogs, kind);
  const code = product?.code;
  const lineRef = code !== undefined && quantity && compare(quantity, ZERO) > 0 ? { code, quantity } : undefined;
  if (issues.size > before || !quantity || !price || !taxes) return { computed: undefined, line: lineRef };
  return {
    computed: {
      totalsItem: {
        quantity: toFixedText(quantity),
        price: toFixedText(price),
        discount: discount ? { kind: percentageDiscounts ? 'percentage' : 'value', amount: toFixedText(discount) } : undefined,
        taxes: taxes.map((t) => ({ percentage: t.percentage })),
        ...(taxIncluded ? { taxIncluded: true } : {}),
      },
      taxes,
    },
    line: lineRef,
  };
}

/** A unit price, with or without IVA: at most 6 decimals, not negative, within Siigo's maximum. */
function readPrice(issues: IssueList, value: unknown, path: IssuePath, label: string): Decimal | undefined {
  const price = readAmount(issues, value, path, label, { maxDecimals: 6, code: 'invalid_amount' });
  if (price && compare(price, ZERO) < 0) issues.add(path, 'invalid_amount', `${label}: no puede ser negativo`);
  if (price && compare(price, MAX_PRICE) > 0) issues.add(path, 'invalid_amount', `${label}: máximo 99.999.999.999,99`);
  return price;
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

/**
 * Fields of invoice and credit-note lines: warehouse, seller per line (invoices only), gift lines
 * (`price` 0; undefined here for a line priced with `taxed_price`).
 */
function checkLineExtras(
  issues: IssueList, item: Record<string, unknown>, i: number, product: ProductRow | undefined, price: Decimal | undefined,
  docType: DocumentTypeRow | undefined, catalogs: ItemCatalogs, kind: ItemsKind,
): void {
  const at = (field: string) => ['items', i, field];
  if (!isMissing(item['warehouse'])) {
    const warehouse = resolveCatalogId(issues, item['warehouse'], at('warehouse'), `Bodega ${line(i)}`, catalogs.warehouses ?? []);
    if (warehouse && product && product.stock_control === false) {
      issues.add(at('warehouse'), 'product_settings', `Bodega ${line(i)}: «${product.name ?? product.code}» no maneja inventario, quite la bodega`);
    }
  }
  // Siigo documents a seller per line on invoices only.
  if (kind === 'invoice') checkLineSeller(issues, item, i, docType, catalogs);
  // A gift (price 0) must tell the DIAN its real base and who bears the IVA (06 and 08 of the Blueprint).
  if (price && compare(price, ZERO) === 0) {
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

/** The seller of an invoice line: required when the document type sells per line, refused otherwise. */
function checkLineSeller(issues: IssueList, item: Record<string, unknown>, i: number, docType: DocumentTypeRow | undefined, catalogs: ItemCatalogs): void {
  const at = ['items', i, 'seller'];
  if (!isMissing(item['seller'])) {
    if (docType && !docType.seller_by_item) {
      issues.add(at, 'document_settings', `Vendedor ${line(i)}: este tipo de factura no maneja vendedor por producto`);
    } else {
      resolveSeller(issues, item['seller'], at, catalogs.users ?? []);
    }
  } else if (docType?.seller_by_item) {
    issues.add(at, 'parameter_required', `Vendedor ${line(i)}: es obligatorio en este tipo de factura`);
  }
}
