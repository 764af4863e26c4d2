/**
 * Exact decimal arithmetic on scaled BigInts, for Siigo's totals formula. Binary floats cannot
 * represent 1.005, so `Math.round(1.005 * 100)` gives 100; Siigo rounds the decimal value the
 * client wrote, which gives 1.01. A JSON number is read back through its shortest round-trip
 * string (what the client serialised), then handled exactly.
 * Invariant: a Decimal is `units / 10^scale`, scale >= 0.
 */
export interface Decimal {
  readonly units: bigint;
  readonly scale: number;
}

const pow10 = (n: number): bigint => 10n ** BigInt(n);

/** Parses a finite JSON number (or numeric string) into its exact decimal value. */
export function toDecimal(value: number | string): Decimal {
  const text = typeof value === 'number' ? String(value) : value.trim();
  const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) throw new Error(`not a decimal: ${text}`);
  const sign = match[1] === '-' ? -1n : 1n;
  const intPart = match[2] ?? '';
  const fracPart = match[3] ?? '';
  const exponent = Number(match[4] ?? '0');
  let units = BigInt((intPart + fracPart) || '0');
  let scale = fracPart.length - exponent;
  if (scale < 0) {
    units *= pow10(-scale);
    scale = 0;
  }
  return { units: sign * units, scale };
}

/** Number of decimal places the value really has (trailing zeros do not count). */
export function decimalPlaces(value: number): number {
  let { units, scale } = toDecimal(value);
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale--;
  }
  return scale;
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.units * pow10(scale - a.scale), b.units * pow10(scale - b.scale), scale];
}

export const add = (a: Decimal, b: Decimal): Decimal => {
  const [x, y, scale] = align(a, b);
  return { units: x + y, scale };
};
export const sub = (a: Decimal, b: Decimal): Decimal => {
  const [x, y, scale] = align(a, b);
  return { units: x - y, scale };
};
export const mul = (a: Decimal, b: Decimal): Decimal => ({ units: a.units * b.units, scale: a.scale + b.scale });
export const compare = (a: Decimal, b: Decimal): number => {
  const [x, y] = align(a, b);
  return x === y ? 0 : x < y ? -1 : 1;
};
export const ZERO: Decimal = { units: 0n, scale: 0 };
export const negate = (a: Decimal): Decimal => ({ units: -a.units, scale: a.scale });

/** Divides by 10^n exactly (used for "/ 100" of percentages). */
export const shift = (a: Decimal, n: number): Decimal => ({ units: a.units, scale: a.scale + n });

/** Rounds half away from zero (the "Redondear" of Siigo's formula) to `places` decimals. */
export function round(a: Decimal, places: number): Decimal {
  if (a.scale <= places) return { units: a.units * pow10(places - a.scale), scale: places };
  const divisor = pow10(a.scale - places);
  const negative = a.units < 0n;
  const abs = negative ? -a.units : a.units;
  let q = abs / divisor;
  if ((abs % divisor) * 2n >= divisor) q += 1n;
  return { units: negative ? -q : q, scale: places };
}

/**
 * a / b rounded half away from zero to `places` decimals, exactly (for the base of a price with
 * its taxes included, where a binary division would drift by a cent). b must not be zero.
 */
export function divRound(a: Decimal, b: Decimal, places: number): Decimal {
  if (b.units === 0n) throw new RangeError('division by zero');
  // a/b = (ua / 10^sa) / (ub / 10^sb); scaled by 10^places to get the units of the result.
  let numerator = a.units * pow10(b.scale + places);
  let denominator = b.units * pow10(a.scale);
  if (denominator < 0n) {
    numerator = -numerator;
    denominator = -denominator;
  }
  const negative = numerator < 0n;
  const abs = negative ? -numerator : numerator;
  let q = abs / denominator;
  if ((abs % denominator) * 2n >= denominator) q += 1n;
  return { units: negative ? -q : q, scale: places };
}

export function toNumber(a: Decimal): number {
  return Number(toPlainString(a));
}

export function toPlainString(a: Decimal): string {
  const negative = a.units < 0n;
  const digits = (negative ? -a.units : a.units).toString().padStart(a.scale + 1, '0');
  const intPart = digits.slice(0, digits.length - a.scale);
  const frac = a.scale > 0 ? '.' + digits.slice(digits.length - a.scale) : '';
  return (negative ? '-' : '') + intPart + frac;
}
