/**
 * Reads the `items` of an invoice, quotation or credit note and computes each line with Siigo's
 * formulas (validation/item-amounts.ts): from `price`, or from `taxed_price` (price with its
 * taxes included), which replaces `price` when sent. The document total is Σ item totals. Only the
 * taxes sent in the item apply (the product's configured taxes are not added automatically).
 * Discounts are values (our document types use discount_type "Value"); with `taxed_price` the
 * discount is a value with the tax included.
 */
import { badRequest, siigoError } from '../errors';
import { type Decimal, ZERO, add, compare, divRound, mul, round, sub, toNumber } from '../decimal';
import type { SandboxStore } from '../domain/store';
import type { DocumentItemOut, Product, Tax } from '../domain/types';
import { CODE_PATTERN, isMissing, isObject, optionalInteger, requireAmount, requireArray, requireObject, requireString } from './fields';
import { amountsFromPrice, amountsFromTaxedPrice } from './item-amounts';
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
    const taxedPrice = isMissing(item['taxed_price']) ? undefined : requireAmount(item['taxed_price'], f('taxed_price'), 6, 'invalid_amount');
    if (taxedPrice && compare(taxedPrice, ZERO) < 0) throw badRequest.invalid('invalid_amount', f('taxed_price'), `The field ${f('taxed_price')} must be positive`);
    // Siigo: "si se envía reemplaza al items.price", so price is then neither required nor read.
    const price = taxedPrice ? undefined : requireAmount(item['price'], f('price'), 6, 'invalid_amount');
    if (price && compare(price, ZERO) < 0) throw badRequest.invalid('invalid_amount', f('price'), `The field ${f('price')} must be positive`);
    const discount = isMissing(item['discount']) ? ZERO : requireAmount(item['discount'], f('discount'), 2, 'invalid_amount');
    if (compare(discount, ZERO) < 0) throw badRequest.invalid('invalid_amount', f('discount'), `The field ${f('discount')} must be positive`);
    const unitPrice = taxedPrice ?? price ?? ZERO;
    if (compare(round(sub(mul(quantity, unitPrice), discount), 2), ZERO) < 0) {
      throw badRequest.invalid('invalid_amount', f('discount'), `The discount is greater than the item value`);
    }

    const taxes = itemTaxes(store, item['taxes'], f('taxes'));
    const amounts = taxedPrice
      ? amountsFromTaxedPrice(quantity, taxedPrice, discount, taxes)
      : amountsFromPrice(quantity, unitPrice, discount, taxes);
    const taxesOut = taxes.map((tax, i) => {
      const value = amounts.taxValues[i] ?? ZERO;
      if (tax.type === 'IVA') ivaTotal = add(ivaTotal, value);
      return { id: tax.id, name: tax.name, type: tax.type, percentage: tax.percentage, value: toNumber(value) };
    });
    total = add(total, amounts.total);
    subtotal = add(subtotal, amounts.base);

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

    const grossNumber = toNumber(amounts.gross);
    const out: DocumentItemOut = {
      id: product.id,
      code,
      quantity: toNumber(quantity),
      // With taxed_price, Siigo reports the unit base it derived.
      price: toNumber(taxedPrice ? divRound(amounts.base, quantity, 6) : (price ?? ZERO)),
      ...(taxedPrice ? { taxed_price: toNumber(taxedPrice) } : {}),
      description: typeof item['description'] === 'string' ? item['description'] : product.name,
      taxes: taxesOut,
      total: toNumber(amounts.total),
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
