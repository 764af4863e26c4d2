import { add, compare, decimal, multiply, round, shiftLeft, subtract, ZERO, type Decimal } from './decimal';

/**
 * Siigo's own totals formula (FIELD-NOTES.md, `invalid_total_payments`), per item:
 *   base      = round(quantity × price − discount, 2)
 *   tax_i     = round(base × percentage_i / 100, 2)      for each tax of the item
 *   itemTotal = round(base + Σ tax_i, 2)
 * The document total is Σ itemTotal, and the payments must add up to it exactly.
 * A percentage discount (document types whose discount_type is a percentage) is first turned
 * into a value: round(quantity × price × pct / 100, 2).
 */
export type Amount = number | string;

export interface TotalsItem {
  quantity: Amount;
  price: Amount;
  discount?: { kind: 'value' | 'percentage'; amount: Amount } | undefined;
  taxes: ReadonlyArray<{ percentage: Amount }>;
}

export interface ItemTotals {
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

export function itemTotals(item: TotalsItem): ItemTotals {
  const gross = multiply(decimal(item.quantity), decimal(item.price));
  const discount =
    item.discount === undefined
      ? ZERO
      : item.discount.kind === 'value'
        ? decimal(item.discount.amount)
        : round(shiftLeft(multiply(gross, decimal(item.discount.amount)), 2), CENTS);
  const base = round(subtract(gross, discount), CENTS);
  const taxes = item.taxes.map((tax) => round(shiftLeft(multiply(base, decimal(tax.percentage)), 2), CENTS));
  const total = round(taxes.reduce(add, base), CENTS);
  return { gross, discount: round(discount, CENTS), base, taxes, total };
}

export function documentTotals(items: readonly TotalsItem[]): DocumentTotals {
  const lines = items.map(itemTotals);
  const sum = (pick: (line: ItemTotals) => Decimal) => round(lines.map(pick).reduce(add, ZERO), CENTS);
  return {
    items: lines,
    subtotal: sum((line) => line.base),
    discount: sum((line) => line.discount),
    tax: sum((line) => line.taxes.reduce(add, ZERO)),
    total: sum((line) => line.total),
  };
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
