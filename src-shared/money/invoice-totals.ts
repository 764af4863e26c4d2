import { add, compare, decimal, multiply, round, shiftLeft, subtract, ZERO, type Decimal } from './decimal';
import { addSmall, multiplySmall, parseSmall, roundSmall, subtractSmall, type SmallDecimal } from './small-decimal';
import { exactTaxSplit, smallTaxSplit } from './tax-included';

/**
 * Siigo's own totals formula (FIELD-NOTES.md, `invalid_total_payments`), per item:
 *   base      = round(quantity × price − discount, 2)
 *   tax_i     = round(base × percentage_i / 100, 2)      for each tax of the item
 *   itemTotal = round(base + Σ tax_i, 2)
 * The document total is Σ itemTotal, and the payments must add up to it exactly.
 * A percentage discount (document types whose discount_type is a percentage) is first turned
 * into a value: round(quantity × price × pct / 100, 2).
 *
 * A line priced with its taxes in (`taxIncluded`, sent as `taxed_price`) is the other way round:
 *   itemTotal = round(quantity × price − discount, 2)     what the buyer pays
 * and base and taxes are taken out of it by `tax-included.ts` (decision 0019).
 */
export type Amount = number | string;

export interface TotalsItem {
  quantity: Amount;
  /** Without taxes, or with them when `taxIncluded` (Siigo's `taxed_price`). */
  price: Amount;
  discount?: { kind: 'value' | 'percentage'; amount: Amount } | undefined;
  taxes: ReadonlyArray<{ percentage: Amount }>;
  /** `price` includes the taxes: the line total is the price paid, the base is derived. */
  taxIncluded?: boolean | undefined;
}

export interface ItemTotals {
  /** quantity × price, before the discount (with the taxes in when the price includes them). */
  gross: Decimal;
  discount: Decimal;
  base: Decimal;
  taxes: Decimal[];
  total: Decimal;
}

export interface DocumentTotals {
  items: ItemTotals[];
  /** Σ bases (after discounts, before taxes). */
  subtotal: Decimal;
  discount: Decimal;
  tax: Decimal;
  total: Decimal;
}

const CENTS = 2;

/** The formula on scaled BigInts: exact for any size. */
function exactItemTotals(item: TotalsItem): ItemTotals {
  const gross = multiply(decimal(item.quantity), decimal(item.price));
  const discount =
    item.discount === undefined
      ? ZERO
      : item.discount.kind === 'value'
        ? decimal(item.discount.amount)
        : round(shiftLeft(multiply(gross, decimal(item.discount.amount)), 2), CENTS);
  const net = round(subtract(gross, discount), CENTS);
  if (item.taxIncluded) {
    const split = exactTaxSplit(net, item.taxes.map((tax) => tax.percentage));
    return { gross, discount: round(discount, CENTS), base: split.base, taxes: split.taxes, total: net };
  }
  const base = net;
  const taxes = item.taxes.map((tax) => round(shiftLeft(multiply(base, decimal(tax.percentage)), 2), CENTS));
  const total = round(taxes.reduce(add, base), CENTS);
  return { gross, discount: round(discount, CENTS), base, taxes, total };
}

interface SmallItemTotals {
  gross: SmallDecimal;
  discount: SmallDecimal;
  base: SmallDecimal;
  taxes: SmallDecimal[];
  total: SmallDecimal;
}

/**
 * The same formula, step for step, on safe integers; undefined as soon as any step would leave
 * the safe range (or an amount is not plain decimal text), and the caller uses the exact path.
 */
function smallItemTotals(item: TotalsItem): SmallItemTotals | undefined {
  const quantity = parseSmall(item.quantity);
  const price = parseSmall(item.price);
  if (!quantity || !price) return undefined;
  const gross = multiplySmall(quantity, price);
  if (!gross) return undefined;
  let discount: SmallDecimal | undefined = { units: 0, scale: 0 };
  if (item.discount !== undefined) {
    const amount = parseSmall(item.discount.amount);
    if (!amount) return undefined;
    if (item.discount.kind === 'value') discount = amount;
    else {
      const product = multiplySmall(gross, amount);
      discount = product && roundSmall({ units: product.units, scale: product.scale + 2 }, CENTS);
    }
    if (!discount) return undefined;
  }
  const unrounded = subtractSmall(gross, discount);
  const net = unrounded && roundSmall(unrounded, CENTS);
  if (!net) return undefined;
  if (item.taxIncluded) {
    const split = smallTaxSplit(net, item.taxes.map((tax) => tax.percentage));
    const roundedDiscount = roundSmall(discount, CENTS);
    if (!split || !roundedDiscount) return undefined;
    return { gross, discount: roundedDiscount, base: split.base, taxes: split.taxes, total: net };
  }
  const base = net;
  const taxes: SmallDecimal[] = [];
  let sum: SmallDecimal | undefined = base;
  for (const tax of item.taxes) {
    const percentage = parseSmall(tax.percentage);
    const product = percentage && multiplySmall(base, percentage);
    const value = product && roundSmall({ units: product.units, scale: product.scale + 2 }, CENTS);
    sum = value && sum && addSmall(sum, value);
    if (!value || !sum) return undefined;
    taxes.push(value);
  }
  const total = roundSmall(sum, CENTS);
  const roundedDiscount = roundSmall(discount, CENTS);
  if (!total || !roundedDiscount) return undefined;
  return { gross, discount: roundedDiscount, base, taxes, total };
}

const toDecimal = (value: SmallDecimal): Decimal => ({ units: BigInt(value.units), scale: value.scale });

function fromSmall(small: SmallItemTotals): ItemTotals {
  return {
    gross: toDecimal(small.gross),
    discount: toDecimal(small.discount),
    base: toDecimal(small.base),
    taxes: small.taxes.map(toDecimal),
    total: toDecimal(small.total),
  };
}

export function itemTotals(item: TotalsItem): ItemTotals {
  const small = smallItemTotals(item);
  return small ? fromSmall(small) : exactItemTotals(item);
}

/** The reference: every step on BigInts. `documentTotals` must always equal it. */
export function exactDocumentTotals(items: readonly TotalsItem[]): DocumentTotals {
  const lines = items.map(exactItemTotals);
  const sum = (pick: (line: ItemTotals) => Decimal) => round(lines.map(pick).reduce(add, ZERO), CENTS);
  return {
    items: lines,
    subtotal: sum((line) => line.base),
    discount: sum((line) => line.discount),
    tax: sum((line) => line.taxes.reduce(add, ZERO)),
    total: sum((line) => line.total),
  };
}

/** Every amount of a small item is in cents (scale 2) but `gross`, so the sums are plain integer sums. */
export function documentTotals(items: readonly TotalsItem[]): DocumentTotals {
  const small: SmallItemTotals[] = [];
  let subtotal = 0;
  let discount = 0;
  let tax = 0;
  let total = 0;
  for (const item of items) {
    const line = smallItemTotals(item);
    if (!line) return exactDocumentTotals(items);
    small.push(line);
    subtotal += line.base.units;
    discount += line.discount.units;
    for (const value of line.taxes) tax += value.units;
    total += line.total.units;
  }
  if (![subtotal, discount, tax, total].every(Number.isSafeInteger)) return exactDocumentTotals(items);
  const cents = (units: number): Decimal => ({ units: BigInt(units), scale: CENTS });
  return { items: small.map(fromSmall), subtotal: cents(subtotal), discount: cents(discount), tax: cents(tax), total: cents(total) };
}

/** Σ payments − total: zero when Siigo will accept the payments, positive when they overpay. */
export function paymentDifference(total: Decimal, payments: readonly Amount[]): Decimal {
  return round(subtract(payments.map(decimal).reduce(add, ZERO), total), CENTS);
}

/** Change to hand back for cash tendered, or null when the cash does not cover the amount due. */
export function changeFor(due: Decimal, tendered: Amount): Decimal | null {
  const change = subtract(decimal(tendered), due);
  return compare(change, ZERO) < 0 ? null : round(change, CENTS);
}
