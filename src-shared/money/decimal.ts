/**
 * Exact decimal arithmetic on scaled BigInts, for money. A value is `units / 10^scale`.
 * Binary floats never round money here: a JSON number is first read back as the decimal text
 * it was written as (JavaScript prints the shortest round-trip form), then scaled exactly.
 */
export interface Decimal {
  readonly units: bigint;
  readonly scale: number;
}

const DECIMAL_TEXT = /^([+-]?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;

export class DecimalFormatError extends Error {
  constructor(readonly input: string) {
    super(`Not a decimal number: ${input}`);
    this.name = 'DecimalFormatError';
  }
}

/** Reads a number or decimal text exactly (no rounding); throws on NaN, Infinity or garbage. */
export function decimal(value: number | string | bigint): Decimal {
  if (typeof value === 'bigint') return { units: value, scale: 0 };
  const text = typeof value === 'number' ? String(value) : value.trim();
  const match = DECIMAL_TEXT.exec(text);
  if (!match) throw new DecimalFormatError(text);
  const [, sign = '', whole = '0', fraction = '', exponentText = '0'] = match;
  let digits = whole + fraction;
  let scale = fraction.length - Number(exponentText);
  if (scale < 0) {
    digits += '0'.repeat(-scale);
    scale = 0;
  }
  const units = BigInt(digits);
  return { units: sign === '-' ? -units : units, scale };
}

/** How many decimals a value really has (trailing zeros do not count): 1.50 has 1. */
export function decimalPlaces(value: Decimal): number {
  let { units, scale } = value;
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale -= 1;
  }
  return scale;
}

const pow10 = (n: number): bigint => 10n ** BigInt(n);

/** The same value at a larger scale (exact). */
export function rescaleUp(value: Decimal, scale: number): Decimal {
  if (scale < value.scale) throw new RangeError('rescaleUp cannot lose digits; use round');
  return { units: value.units * pow10(scale - value.scale), scale };
}

/** Rounds half away from zero to `scale` decimals (1.005 → 1.01, −1.005 → −1.01). */
export function round(value: Decimal, scale: number): Decimal {
  if (value.scale <= scale) return rescaleUp(value, scale);
  const divisor = pow10(value.scale - scale);
  const magnitude = value.units < 0n ? -value.units : value.units;
  let quotient = magnitude / divisor;
  if ((magnitude % divisor) * 2n >= divisor) quotient += 1n;
  return { units: value.units < 0n ? -quotient : quotient, scale };
}

export function add(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  return { units: rescaleUp(a, scale).units + rescaleUp(b, scale).units, scale };
}

export function subtract(a: Decimal, b: Decimal): Decimal {
  return add(a, { units: -b.units, scale: b.scale });
}

export function multiply(a: Decimal, b: Decimal): Decimal {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

/**
 * a ÷ b rounded half away from zero to `scale` decimals, like `round` (the only division money
 * needs: a base taken out of a price with its taxes in). Throws on division by zero.
 */
export function divideRound(a: Decimal, b: Decimal, scale: number): Decimal {
  if (b.units === 0n) throw new RangeError('Division by zero');
  // a/b × 10^scale = (ua × 10^(sb + scale)) / (ub × 10^sa), both sides integers.
  let numerator = a.units * pow10(b.scale + scale);
  let denominator = b.units * pow10(a.scale);
  if (denominator < 0n) {
    numerator = -numerator;
    denominator = -denominator;
  }
  const magnitude = numerator < 0n ? -numerator : numerator;
  let quotient = magnitude / denominator;
  if ((magnitude % denominator) * 2n >= denominator) quotient += 1n;
  return { units: numerator < 0n ? -quotient : quotient, scale };
}

/** Exact division by a power of ten (e.g. a percentage by 100). */
export function shiftLeft(value: Decimal, places: number): Decimal {
  return { units: value.units, scale: value.scale + places };
}

export function compare(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const scale = Math.max(a.scale, b.scale);
  const x = rescaleUp(a, scale).units;
  const y = rescaleUp(b, scale).units;
  return x < y ? -1 : x > y ? 1 : 0;
}

export const ZERO: Decimal = { units: 0n, scale: 0 };

/** Plain decimal text with exactly `value.scale` decimals, e.g. "1130.50". */
export function toFixedText(value: Decimal): string {
  const negative = value.units < 0n;
  const digits = (negative ? -value.units : value.units).toString().padStart(value.scale + 1, '0');
  const whole = digits.slice(0, digits.length - value.scale);
  const fraction = digits.slice(digits.length - value.scale);
  return `${negative ? '-' : ''}${whole}${value.scale > 0 ? `.${fraction}` : ''}`;
}

/** The JSON number Siigo expects. Exact for every amount with ≤ 2 decimals below 10^13. */
export function toNumber(value: Decimal): number {
  return Number(toFixedText(value));
}
