import { add, compare, decimal, divideRound, multiply, round, shiftLeft, subtract, ZERO, type Decimal } from './decimal';
import { addSmall, divideRoundSmall, multiplySmall, parseSmall, roundSmall, subtractSmall, type SmallDecimal } from './small-decimal';

/**
 * Splits what the buyer pays for a line priced with its taxes in (Siigo's `taxed_price`) into
 * base and taxes, to the cent (decision 0019). Siigo documents only one example (10 000 with
 * IVA 19 % → base 8 403,36, IVA 1 596,64); the rule that reproduces it and keeps the line total
 * equal to the price on the shelf is:
 *   base   = round(total × 100 / (100 + Σ percentages), 2)
 *   tax_i  = round(base × percentage_i / 100, 2)     for every tax but the highest
 *   top    = total − base − Σ other taxes             the highest percentage (first on ties)
 * so base + Σ taxes = total exactly. Without taxes the base is the total.
 */
export interface TaxSplit<T> {
  base: T;
  taxes: T[];
}

const CENTS = 2;
const HUNDRED: Decimal = { units: 100n, scale: 0 };

/** Index of the tax that takes the remainder: the highest percentage, the first of equals. */
function topIndex<T>(percentages: readonly T[], greater: (a: T, b: T) => boolean): number {
  let top = 0;
  percentages.forEach((percentage, i) => {
    if (greater(percentage, percentages[top] as T)) top = i;
  });
  return top;
}

/** The split on BigInts: exact for any size. `total` has 2 decimals. */
export function exactTaxSplit(total: Decimal, percentageAmounts: ReadonlyArray<number | string>): TaxSplit<Decimal> {
  if (percentageAmounts.length === 0) return { base: total, taxes: [] };
  const percentages = percentageAmounts.map((p) => decimal(p));
  const base = divideRound(multiply(total, HUNDRED), percentages.reduce(add, HUNDRED), CENTS);
  const top = topIndex(percentages, (a, b) => compare(a, b) > 0);
  const taxes = percentages.map((p, i) => (i === top ? ZERO : round(shiftLeft(multiply(base, p), 2), CENTS)));
  taxes[top] = round(subtract(subtract(total, base), taxes.reduce(add, ZERO)), CENTS);
  return { base, taxes };
}

const HUNDRED_SMALL: SmallDecimal = { units: 100, scale: 0 };

/** The same split on safe integers; undefined as soon as a step would leave the safe range. */
export function smallTaxSplit(total: SmallDecimal, percentageAmounts: ReadonlyArray<number | string>): TaxSplit<SmallDecimal> | undefined {
  if (percentageAmounts.length === 0) return { base: total, taxes: [] };
  const percentages: SmallDecimal[] = [];
  let sum: SmallDecimal | undefined = HUNDRED_SMALL;
  for (const amount of percentageAmounts) {
    const percentage = parseSmall(amount);
    sum = percentage && sum && addSmall(sum, percentage);
    if (!percentage || !sum) return undefined;
    percentages.push(percentage);
  }
  const scaled = multiplySmall(total, HUNDRED_SMALL);
  const base = scaled && divideRoundSmall(scaled, sum, CENTS);
  if (!base) return undefined;
  let overflow = false;
  const top = topIndex(percentages, (a, b) => {
    const difference = subtractSmall(a, b);
    if (!difference) overflow = true;
    return difference !== undefined && difference.units > 0;
  });
  if (overflow) return undefined;
  const taxes: SmallDecimal[] = [];
  let others: SmallDecimal | undefined = { units: 0, scale: CENTS };
  for (const [i, percentage] of percentages.entries()) {
    if (i === top) {
      taxes.push({ units: 0, scale: CENTS });
      continue;
    }
    const product = multiplySmall(base, percentage);
    const value = product && roundSmall({ units: product.units, scale: product.scale + 2 }, CENTS);
    others = value && others && addSmall(others, value);
    if (!value || !others) return undefined;
    taxes.push(value);
  }
  const left = subtractSmall(total, base);
  const remainder = left && others && subtractSmall(left, others);
  const topValue = remainder && roundSmall(remainder, CENTS);
  if (!topValue) return undefined;
  taxes[top] = topValue;
  return { base, taxes };
}
