/**
 * Validates the `items` of an invoice or quotation and computes them with Siigo's formula
 * (00-overview.md, `invalid_total_payments`), exactly, in decimal:
 *   base  = round(quantity × price − discount, 2)
 *   tax   = round(base × percentage / 100, 2)     for each tax of the item
 *   total = round(base + Σ taxes, 2)
 * The document total is Σ item totals. Only the taxes sent in the item apply (the product's
 * configured taxes are not added automatically). Discounts are values (our document types use
 * discount_type "Value").
 */
import { badRequest, siigoError } from '../errors';
import { type Decimal, ZERO, add, compare, mul, round, shift, sub, toDecimal, toNumber } from '../decimal';
import type { SandboxStore } from '../domain/store';
import type { DocumentItemOut, Product, Tax } from '../domain/types';
import { CODE_PATTERN, isMissing, isObject, optionalInteger, requireAmount, requireArray, requireObject, requireString } from './fields';
import { resolveTax } from './references';

export const MAX_ITEMS = 500;
const MAX_TAXES_PER_ITEM = 3;
/** Tax types that belong to the invoice's `retentions`, never to an item. */
const DOCUMENT_LEVEL_TAX_TYPES: ReadonlySet<Tax['type']> = new Set(['ReteIVA', 'ReteICA', 'Autorretencion']);

export interface StockMove {
  product: Product;
  warehouseId: number;
  quantity: Decimal;
}

export interface ComputedItems {
  items: DocumentItemOut[];
  total: Decimal;
  /** Σ bases (subtotal) and Σ IVA values, the bases of ReteICA and ReteIVA. */
  subtotal: Decimal;
  ivaTotal: Decimal;
  stockMoves: StockMove[];
}

export function computeItems(store: SandboxStore, raw: unknown, options: { allowWarehouse: boolean }): ComputedItems {
  const list = requireArray(raw, 'items');
  if (list.length === 0) throw badRequest.required('items');
  if (list.length > MAX_ITEMS) {
    throw siigoError(400, 'invalid_array', `The items array allows up to ${MAX_ITEMS} items`, ['items']);
  }
  let total = ZERO;
  let subtotal = ZERO;
  let ivaTotal = ZERO;
  const items: DocumentItemOut[] = [];
  const stockMoves: StockMove[] = [];
  list.forEach((rawItem, index) => {
    const f = (name: string): string => `items[${index}].${name}`;
    const item = requireObject(rawItem, `items[${index}]`);
    const code = requireString(item['code'], f('code'));
    if (!CODE_PATTERN.test(code)) throw badRequest.invalid('invalid_code', f('code'), `The code '${code}' has invalid characters`);
    const product = store.productWithCode(code);
    if (!product) throw badRequest.reference(f('code'), code);
    if (!product.active) throw badRequest.inactive(f('code'), code);

    const quantity = requireAmount(item['quantity'], f('quantity'), 2, 'invalid_value');
    if (compare(quantity, ZERO) <= 0) throw badRequest.invalid('invalid_value', f('quantity'), `The field ${f('quantity')} must be greater than 0`);
    const price = requireAmount(item['price'], f('price'), 6, 'invalid_amount');
    if (compare(price, ZERO) < 0) throw badRequest.invalid('invalid_amount', f('price'), `The field ${f('price')} must be positive`);
    const discount = isMissing(item['discount']) ? ZERO : requireAmount(item['discount'], f('discount'), 2, 'invalid_amount');
    if (compare(discount, ZERO) < 0) throw badRequest.invalid('invalid_amount', f('discount'), `The field ${f('discount')} must be positive`);

    const gross = mul(quantity, price);
    const base = round(sub(gross, discount), 2);
    if (compare(base, ZERO) < 0) throw badRequest.invalid('invalid_amount', f('discount'), `The discount is greater than the item value`);

    const taxes = itemTaxes(store, item['taxes'], f('taxes'));
    let itemTotal = base;
    const taxesOut = taxes.map((tax) => {
      const value = round(shift(mul(base, toDecimal(tax.percentage)), 2), 2);
      itemTotal = add(itemTotal, value);
      if (tax.type === 'IVA') ivaTotal = add(ivaTotal, value);
      return { id: tax.id, name: tax.name, type: tax.type, percentage: tax.percentage, value: toNumber(value) };
    });
    itemTotal = round(itemTotal, 2);
    total = add(total, itemTotal);
    subtotal = add(subtotal, base);

    const warehouseId = options.allowWarehouse ? optionalInteger(item['warehouse'], f('warehouse')) : undefined;
    let warehouse: { id: number; name: string } | undefined;
    if (warehouseId !== undefined) {
      const found = store.catalogs.warehouses.find((w) => w.id === warehouseId);
      if (!found) throw badRequest.reference(f('warehouse'), warehouseId);
      if (!found.active) throw badRequest.inactive(f('warehouse'), warehouseId);
      if (!product.stock_control) {
        throw siigoError(400, 'product_settings', `The product '${code}' doesn't handle inventory control`, [f('warehouse')]);
      }
      warehouse = { id: found.id, name: found.name };
    }
    if (product.type !== 'Service' && product.stock_control) {
      const target = warehouseId ?? product.warehouses[0]?.id ?? store.catalogs.warehouses[0]?.id;
      if (target !== undefined) stockMoves.push({ product, warehouseId: target, quantity });
    }

    const grossNumber = toNumber(round(gross, 2));
    const out: DocumentItemOut = {
      id: product.id,
      code,
      quantity: toNumber(quantity),
      price: toNumber(price),
      description: typeof item['description'] === 'string' ? item['description'] : product.name,
      taxes: taxesOut,
      total: toNumber(itemTotal),
    };
    if (compare(discount, ZERO) > 0) {
      out.discount = {
        percentage: grossNumber > 0 ? Math.round((toNumber(discount) / grossNumber) * 10000) / 100 : 0,
        value: toNumber(discount),
      };
    }
    if (warehouse) out.warehouse = warehouse;
    items.push(out);
  });
  return { items, total: round(total, 2), subtotal: round(subtotal, 2), ivaTotal, stockMoves };
}

/** Item taxes with the `invalid_array` rules of 00-overview.md ("Taxes"). */
function itemTaxes(store: SandboxStore, raw: unknown, field: string): Tax[] {
  if (raw === undefined || raw === null) return [];
  const list = requireArray(raw, field);
  if (list.length > MAX_TAXES_PER_ITEM) {
    throw siigoError(400, 'invalid_array', `The field ${field} allows up to ${MAX_TAXES_PER_ITEM} taxes`, [field]);
  }
  const taxes = list.map((entry, i) => {
    const id = isObject(entry) ? entry['id'] : undefined;
    return resolveTax(store, id, `${field}[${i}].id`);
  });
  const types = new Set<Tax['type']>();
  for (const tax of taxes) {
    if (DOCUMENT_LEVEL_TAX_TYPES.has(tax.type)) {
      throw siigoError(400, 'invalid_array', `The tax '${tax.id}' (${tax.type}) can't be sent in items, use retentions`, [field]);
    }
    if (types.has(tax.type)) throw siigoError(400, 'invalid_array', `The tax type ${tax.type} is repeated`, [field]);
    types.add(tax.type);
  }
  if (types.has('IVA') && types.has('AdValorem')) {
    throw siigoError(400, 'invalid_array', 'IVA and AdValorem can not be sent in the same item', [field]);
  }
  return taxes;
}
