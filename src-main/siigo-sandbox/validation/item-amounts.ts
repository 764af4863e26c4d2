/**
 * The arithmetic of one document line, in exact decimals, in its two forms.
 *
 * From `price` (00-overview.md, `invalid_total_payments`; FIELD-NOTES "Totals"):
 *   base = round(quantity × price − discount, 2); tax = round(base × pct / 100, 2); total = round(base + Σ tax, 2)
 *
 * From `taxed_price` (06-facturas-de-venta.md gives only the example "10.000 → base 8.403,36, IVA
 * 1.596,64"; the rule below is our transcription, chosen so that the example holds and the line
 * total is always what the buyer pays at the shelf price):
 *   gross = round(quantity × taxed_price − discount, 2)      (the discount includes the tax)
 *   base  = round(gross × 100 / (100 + Σ pct), 2)
 *   tax   = round(base × pct / 100, 2), except the tax with the highest percentage (the first one on
 *           ties), which takes the remainder gross − base − Σ other taxes, so the parts add up
 *   total = gross
 */
import { type Decimal, ZERO, add, compare, divRound, mul, round, shift, sub, toDecimal } from '../decimal';
import type { Tax } from '../domain/types';

export interface LineAmounts {
  base: Decimal;
  /** One value per tax, in the order the taxes were given. */
  taxValues: Decimal[];
  total: Decimal;
  /** quantity × unit price before the discount (tax included for taxed_price), to the cent. */
  gross: Decimal;
}

const HUNDRED = toDecimal(100);

/** The caller has checked that the discount does not exceed quantity × price. */
export function amountsFromPrice(quantity: Decimal, price: Decimal, discount: Decimal, taxes: readonly Tax[]): LineAmounts {
  const gross = mul(quantity, price);
  const base = round(sub(gross, discount), 2);
  const taxValues = taxes.map((tax) => round(shift(mul(base, toDecimal(tax.percentage)), 2), 2));
  const total = round(taxValues.reduce(add, base), 2);
  return { base, taxValues, total, gross: round(gross, 2) };
}

/** The caller has checked that the discount does not exceed quantity × taxed_price. */
export function amountsFromTaxedPrice(quantity: Decimal, taxedPrice: Decimal, discount: Decimal, taxes: readonly Tax[]): LineAmounts {
  const full = mul(quantity, taxedPrice);
  const total = round(sub(full, discount), 2);
  const rates = taxes.reduce<Decimal>((sum, tax) => add(sum, toDecimal(tax.percentage)), ZERO);
  if (compare(rates, ZERO) === 0) return { base: total, taxValues: taxes.map(() => ZERO), total, gross: round(full, 2) };
  const base = divRound(mul(total, HUNDRED), add(HUNDRED, rates), 2);
  let remainderIndex = 0;
  taxes.forEach((tax, i) => {
    if (tax.percentage > (taxes[remainderIndex]?.percentage ?? -Infinity)) remainderIndex = i;
  });
  const taxValues = taxes.map((tax, i) => (i === remainderIndex ? ZERO : round(shift(mul(base, toDecimal(tax.percentage)), 2), 2)));
  const others = taxValues.reduce(add, ZERO);
  taxValues[remainderIndex] = round(sub(sub(total, base), others), 2);
  return { base, taxValues, total, gross: round(full, 2) };
}
