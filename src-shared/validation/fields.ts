/**
 * Readers for the raw fields of a draft body. Drafts come from forms and storage, so a field may
 * be missing, blank or of the wrong type; each reader records the issue Siigo would answer
 * (`parameter_required`, `invalid_type`, too many decimals…) and returns undefined, so the
 * validators keep walking and report everything at once.
 */
import { type Decimal, decimal, decimalPlaces } from '../money/decimal';
import type { IssueList, IssuePath } from './result';

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Siigo treats null, absent and blank text alike: the field was not sent. */
export function isMissing(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

export function required(issues: IssueList, path: IssuePath, label: string): undefined {
  issues.add(path, 'parameter_required', `${label}: es obligatorio`);
  return undefined;
}

export function readObject(issues: IssueList, value: unknown, path: IssuePath, label: string): Json | undefined {
  if (isMissing(value)) return required(issues, path, label);
  if (!isObject(value)) {
    issues.add(path, 'invalid_type', `${label}: el dato no tiene el formato esperado`);
    return undefined;
  }
  return value;
}

/** An array; `undefined` when missing (recorded as required) or not an array. */
export function readArray(issues: IssueList, value: unknown, path: IssuePath, label: string): unknown[] | undefined {
  if (value === undefined || value === null) return required(issues, path, label);
  if (!Array.isArray(value)) {
    issues.add(path, 'invalid_type', `${label}: debe ser una lista`);
    return undefined;
  }
  return value;
}

/** Text (numbers are accepted as their text, as Siigo does), trimmed. */
export function readString(issues: IssueList, value: unknown, path: IssuePath, label: string): string | undefined {
  if (isMissing(value)) return required(issues, path, label);
  if (typeof value !== 'string' && typeof value !== 'number') {
    issues.add(path, 'invalid_type', `${label}: debe ser un texto`);
    return undefined;
  }
  return String(value).trim();
}

export function readOptionalString(issues: IssueList, value: unknown, path: IssuePath, label: string): string | undefined {
  return isMissing(value) ? undefined : readString(issues, value, path, label);
}

/** Integer ids and branch offices; numeric text is accepted (Siigo's own examples send "0"). */
export function readInteger(issues: IssueList, value: unknown, path: IssuePath, label: string): number | undefined {
  if (isMissing(value)) return required(issues, path, label);
  const n = typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n)) {
    issues.add(path, 'invalid_type', `${label}: debe ser un número entero`);
    return undefined;
  }
  return n;
}

export function readOptionalInteger(issues: IssueList, value: unknown, path: IssuePath, label: string): number | undefined {
  return isMissing(value) ? undefined : readInteger(issues, value, path, label);
}

export interface AmountRule {
  maxDecimals: number;
  /** Siigo answers `invalid_value` for quantities and `invalid_amount` for money. */
  code: 'invalid_value' | 'invalid_amount';
}

/** An exact decimal amount with at most `rule.maxDecimals` decimals. */
export function readAmount(issues: IssueList, value: unknown, path: IssuePath, label: string, rule: AmountRule): Decimal | undefined {
  if (isMissing(value)) return required(issues, path, label);
  const text = typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim()) ? value.trim() : undefined;
  if (text === undefined && (typeof value !== 'number' || !Number.isFinite(value))) {
    issues.add(path, 'invalid_type', `${label}: debe ser un número`);
    return undefined;
  }
  const amount = decimal(text ?? (value as number));
  if (decimalPlaces(amount) > rule.maxDecimals) {
    issues.add(path, rule.code, `${label}: máximo ${rule.maxDecimals} decimales`);
    return undefined;
  }
  return amount;
}

/** Strict `yyyy-MM-dd` that is also a real calendar day (no 2025-02-30). */
export function isCalendarDate(text: unknown): text is string {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

export function readDate(issues: IssueList, value: unknown, path: IssuePath, label: string): string | undefined {
  if (isMissing(value)) return required(issues, path, label);
  if (!isCalendarDate(value)) {
    issues.add(path, 'invalid_date', `${label}: fecha inválida, use el formato aaaa-mm-dd`);
    return undefined;
  }
  return value;
}

/** Siigo's product code rule (00-overview.md, `invalid_code`): no single quotes, no spaces. */
export const CODE_PATTERN = /^[^'\s]+$/;

/** Siigo's e-mail rule (00-overview.md, `invalid_email`). */
export const EMAIL_PATTERN = /^([-+.]*\w)+[-+.]*@([\w-]+\.)+[\w-]{2,}$/;

/** Siigo's identification rule (00-overview.md, `invalid_identification`). */
export const IDENTIFICATION_PATTERN = /^[\d\w]{1}[\d\w-]+[\d\w]{1}$/;

/**
 * Siigo's name rule (00-overview.md, `invalid_name`), a .NET pattern: `\w` there is Unicode
 * ([\p{L}\p{Mn}\p{Nd}\p{Pc}]), plus the listed punctuation and the range `@-\` (A–Z, `[`, `\`).
 * Notably it has no apostrophe, `!`, `¿`, `<`, `>`, `=`, `|` or `~`.
 */
export const NAME_PATTERN = /^[\p{L}\p{Mn}\p{Nd}\p{Pc}.@-\\%;()\]#?¡[/:{} *+,$"&\s-]+$/u;
