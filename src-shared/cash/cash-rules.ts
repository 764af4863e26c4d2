import { compare, decimal, ZERO, type Decimal } from '../money/decimal';
import type { ValidationIssue } from '../validation/result';

/**
 * What opening, moving cash and closing require, with Spanish messages that name the field, so
 * the Caja screen shows them next to it and the storage refuses the same things (CashRuleError).
 * An amount is given as typed (`text`) and as read (`value`, null when it is not a number): the
 * reader of typed amounts is the window's (forms/parse-amount.ts).
 */
export interface TypedAmount {
  text: string;
  value: Decimal | null;
}

/** Decimal text as stored or passed between layers ("50000.00"), read as a typed amount. */
export function typedAmount(text: string | undefined): TypedAmount {
  if (text === undefined) return { text: '', value: null };
  try {
    return { text, value: decimal(text) };
  } catch {
    return { text, value: null };
  }
}

function amountIssue(path: ValidationIssue['path'], label: string, amount: TypedAmount, empty: string, allowZero: boolean): ValidationIssue | null {
  const issue = (message: string): ValidationIssue => ({ path, code: 'invalid_amount', message: `${label}: ${message}` });
  if (amount.text.trim() === '') return issue(empty);
  if (!amount.value) return issue(`«${amount.text.trim()}» no es un valor; escríbalo como 50.000 o 50000,50`);
  if (amount.value.units < 0n) return issue('no puede ser negativo');
  if (!allowZero && compare(amount.value, ZERO) === 0) return issue('debe ser mayor que cero');
  return null;
}

const present = (issues: Array<ValidationIssue | null>): ValidationIssue[] => issues.filter((issue): issue is ValidationIssue => issue !== null);

export function openingIssues(input: { cashier: { name: string } | null; openingFloat: TypedAmount }): ValidationIssue[] {
  return present([
    !input.cashier?.name.trim() ? { path: ['cashier'], code: 'parameter_required', message: 'Cajero: elija quién abre la caja' } : null,
    amountIssue(['openingFloat'], 'Base inicial', input.openingFloat, 'escriba el efectivo con que abre la caja (0 si no hay base)', true),
  ]);
}

export function movementIssues(input: { kind: 'in' | 'out'; amount: TypedAmount; reason: string }): ValidationIssue[] {
  const verb = input.kind === 'in' ? 'entra' : 'sale';
  return present([
    amountIssue(['amount'], 'Valor', input.amount, `escriba cuánto efectivo ${verb}`, false),
    input.reason.trim() === '' ? { path: ['reason'], code: 'parameter_required', message: `Motivo: escriba por qué ${verb} el efectivo` } : null,
  ]);
}

/** Every counted method needs a figure, 0 included: a blank is a method nobody counted. */
export function countIssues(methods: ReadonlyArray<{ paymentTypeId: number | null; name: string; counted: TypedAmount }>): ValidationIssue[] {
  return present(methods.map((method) => amountIssue(['counted', method.paymentTypeId ?? 'cash'], `Contado en ${method.name}`, method.counted, 'escriba lo que contó (0 si no hay)', true)));
}

/** The storage's refusal of what the rules above forbid (the screen checks first, so this is a bug guard). */
export class CashRuleError extends Error {
  constructor(readonly issues: readonly ValidationIssue[]) {
    super(issues.map((issue) => issue.message).join(' · '));
    this.name = 'CashRuleError';
  }
}
