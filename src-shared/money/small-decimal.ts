/**
 * The same exact decimal arithmetic as `decimal.ts`, on plain integers instead of BigInts, for the
 * hot path of cart totals (a BigInt operation costs about ten times an integer one).
 *
 * Invariant: every value is `units / 10^scale` with `units` a safe integer, and every operation
 * either returns the exact result or `undefined` when the exact result would leave the safe
 * range. A float product of two safe integers is exact whenever the true product is safe, and is
 * at least 2^53 otherwise, so `Number.isSafeInteger` on it tells the two cases apart. Callers fall
 * back to the BigInt path on `undefined`; nothing here ever rounds through a binary fraction.
 */
export interface SmallDecimal {
  units: number;
  scale: number;
}

/** Powers of ten that doubles hold exactly (10^22 is the last). */
const POW10 = Array.from({ length: 23 }, (_, n) => 10 ** n);
const MAX_SCALE = 15;

const pow10 = (n: number): number | undefined => (n >= 0 && n < POW10.length ? POW10[n] : undefined);

/**
 * Reads a number or plain decimal text ("12", "-3.50"); `undefined` for anything else (exponents,
 * too many digits), which the caller then reads with `decimal()`, which also reports garbage.
 */
export function parseSmall(value: number | string): SmallDecimal | undefined {
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) return { units: value, scale: 0 };
    if (!Number.isFinite(value)) return undefined;
    return parseText(String(value));
  }
  return parseText(value.trim());
}

function parseText(text: string): SmallDecimal | undefined {
  let i = 0;
  let negative = false;
  if (text[0] === '-' || text[0] === '+') {
    negative = text[0] === '-';
    i = 1;
  }
  let units = 0;
  let digits = 0;
  let scale = -1;
  for (; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 46 /* . */ && scale < 0 && digits > 0) {
      scale = 0;
      continue;
    }
    if (code < 48 || code > 57) return undefined;
    units = units * 10 + (code - 48);
    digits += 1;
    if (scale >= 0) scale += 1;
  }
  // 15 digits always fit; the caller's BigInt path takes longer texts.
  if (digits === 0 || digits > 15 || scale === 0 || scale > MAX_SCALE) return undefined;
  return { units: negative ? -units : units, scale: Math.max(scale, 0) };
}

export function multiplySmall(a: SmallDecimal, b: SmallDecimal): SmallDecimal | undefined {
  const units = a.units * b.units;
  return Number.isSafeInteger(units) ? { units, scale: a.scale + b.scale } : undefined;
}

/** Both at the larger scale, or undefined if that overflows. */
function aligned(a: SmallDecimal, b: SmallDecimal): [number, number, number] | undefined {
  const scale = Math.max(a.scale, b.scale);
  const fa = pow10(scale - a.scale);
  const fb = pow10(scale - b.scale);
  if (fa === undefined || fb === undefined) return undefined;
  const x = a.units * fa;
  const y = b.units * fb;
  return Number.isSafeInteger(x) && Number.isSafeInteger(y) ? [x, y, scale] : undefined;
}

export function addSmall(a: SmallDecimal, b: SmallDecimal): SmallDecimal | undefined {
  const both = aligned(a, b);
  if (!both) return undefined;
  const units = both[0] + both[1];
  return Number.isSafeInteger(units) ? { units, scale: both[2] } : undefined;
}

export function subtractSmall(a: SmallDecimal, b: SmallDecimal): SmallDecimal | undefined {
  return addSmall(a, { units: -b.units, scale: b.scale });
}

/** Rounds half away from zero to `scale` decimals, exactly as `round` in decimal.ts. */
export function roundSmall(value: SmallDecimal, scale: number): SmallDecimal | undefined {
  if (value.scale <= scale) {
    const factor = pow10(scale - value.scale);
    if (factor === undefined) return undefined;
    const units = value.units * factor;
    return Number.isSafeInteger(units) ? { units, scale } : undefined;
  }
  const divisor = pow10(value.scale - scale);
  if (divisor === undefined) return undefined;
  const magnitude = Math.abs(value.units);
  // `%` on integer-valued doubles is exact, and so is the division of a multiple of `divisor`.
  const remainder = magnitude % divisor;
  let quotient = (magnitude - remainder) / divisor;
  if (remainder * 2 >= divisor) quotient += 1;
  return { units: value.units < 0 ? -quotient : quotient, scale };
}

/** a ÷ b rounded half away from zero to `scale` decimals, exactly as `divideRound` in decimal.ts. */
export function divideRoundSmall(a: SmallDecimal, b: SmallDecimal, scale: number): SmallDecimal | undefined {
  const up = pow10(b.scale + scale);
  const down = pow10(a.scale);
  if (up === undefined || down === undefined || b.units === 0) return undefined;
  let numerator = a.units * up;
  let denominator = b.units * down;
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator)) return undefined;
  if (denominator < 0) {
    numerator = -numerator;
    denominator = -denominator;
  }
  const magnitude = Math.abs(numerator);
  // As in roundSmall: `%` is exact on integer-valued doubles, and so is dividing the multiple.
  const remainder = magnitude % denominator;
  let quotient = (magnitude - remainder) / denominator;
  if (remainder * 2 >= denominator) quotient += 1;
  return { units: numerator < 0 ? -quotient : quotient, scale };
}
