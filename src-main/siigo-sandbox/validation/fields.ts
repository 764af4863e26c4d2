/**
 * Field readers that raise Siigo's documented error codes. Each takes the raw JSON value and the
 * dotted field name used in `Params` (e.g. `items[2].quantity`), so every rejection names its field.
 */
import { badRequest, siigoError } from '../errors';
import { type Decimal, decimalPlaces, toDecimal } from '../decimal';
import { isCalendarDate } from '../clock';

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isMissing(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

export function requireObject(value: unknown, field: string): Json {
  if (isMissing(value)) throw badRequest.required(field);
  if (!isObject(value)) throw badRequest.invalid('invalid_type', field, `The field ${field} must be an object`);
  return value;
}

export function requireArray(value: unknown, field: string): unknown[] {
  if (value === undefined || value === null) throw badRequest.required(field);
  if (!Array.isArray(value)) throw badRequest.invalid('invalid_type', field, `The field ${field} must be an array`);
  return value;
}

export function requireString(value: unknown, field: string): string {
  if (isMissing(value)) throw badRequest.required(field);
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw badRequest.invalid('invalid_type', field, `The field ${field} must be a string`);
  }
  return String(value).trim();
}

export function optionalString(value: unknown, field: string): string | undefined {
  return isMissing(value) ? undefined : requireString(value, field);
}

/** Integer ids and branch offices; numeric strings are accepted (the docs' own examples send "0"). */
export function requireInteger(value: unknown, field: string): number {
  if (isMissing(value)) throw badRequest.required(field);
  const n = typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n)) {
    throw badRequest.invalid('invalid_type', field, `The field ${field} must be an integer number`);
  }
  return n;
}

export function optionalInteger(value: unknown, field: string): number | undefined {
  return isMissing(value) ? undefined : requireInteger(value, field);
}

/**
 * An amount with at most `maxDecimals` decimals, read exactly. Too many decimals raise
 * `tooManyCode` (Siigo: `invalid_value` for quantities, `invalid_amount` for money).
 */
export function requireAmount(value: unknown, field: string, maxDecimals: number, tooManyCode: string): Decimal {
  if (isMissing(value)) throw badRequest.required(field);
  const n = typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) {
    throw badRequest.invalid('invalid_type', field, `The field ${field} must be a number`);
  }
  if (decimalPlaces(n) > maxDecimals) {
    throw siigoError(400, tooManyCode, `The field ${field} allows up to ${maxDecimals} decimals`, [field]);
  }
  return toDecimal(typeof value === 'string' ? value.trim() : n);
}

export function requireDate(value: unknown, field: string): string {
  if (isMissing(value)) throw badRequest.required(field);
  if (!isCalendarDate(value)) {
    throw siigoError(400, 'invalid_date', `The field ${field} has an invalid date, the format is yyyy-MM-dd`, [field]);
  }
  return value;
}

/** Siigo's product code rule (00-overview.md, `invalid_code`). */
export const CODE_PATTERN = /^[^'\s]+$/;

/** Siigo's e-mail rule (00-overview.md, `invalid_email`). */
export const EMAIL_PATTERN = /^([-+.]*\w)+[-+.]*@([\w-]+\.)+[\w-]{2,}$/;

/** Siigo's identification rule (00-overview.md, `invalid_identification`). */
export const IDENTIFICATION_PATTERN = /^[\d\w]{1}[\d\w-]+[\d\w]{1}$/;

export function requireEmail(value: unknown, field: string): string {
  const email = requireString(value, field);
  if (!EMAIL_PATTERN.test(email)) throw badRequest.invalid('invalid_email', field, `The field ${field} has an invalid email`);
  return email;
}
