import { isCashType } from '../../../src-shared/cash/payment-methods';
import { add, compare, round, subtract, toFixedText, ZERO, type Decimal } from '../../../src-shared/money/decimal';
import { changeFor, paymentDifference } from '../../../src-shared/money/invoice-totals';
import type { PaymentTypeRow } from '../../data/mirror/rows';
import { parseAmount } from '../../forms/parse-amount';

/** One payment method of a sale, as typed. */
export interface SalePayment {
  key: string;
  typeId: number | null;
  /** Ignored while `auto`: the first method holds whatever the others leave. */
  value: string;
  /** True until the cashier types a value: it follows the total (Siigo wants payments = total). */
  auto: boolean;
  dueDate: string;
  /** Cash handed over, for the change (not sent to Siigo). */
  tendered: string;
}

let counter = 0;
const newKey = () => `p${Date.now().toString(36)}${(counter++).toString(36)}`;

export const isCredit = (type: PaymentTypeRow | undefined): boolean => type?.siigo.due_date === true;
export const isCash = (type: PaymentTypeRow | undefined): boolean => isCashType(type?.siigo);

export function firstPayment(typeId: number | null): SalePayment {
  return { key: newKey(), typeId, value: '', auto: true, dueDate: '', tendered: '' };
}

/** Each payment's amount: typed ones as typed, the automatic one what remains (never below zero). */
export function paymentAmounts(payments: readonly SalePayment[], total: Decimal): Array<Decimal | null> {
  // A method just added and not typed yet counts as zero (the status says what is missing).
  const typed = payments.map((p) => (p.auto ? null : p.value.trim() === '' ? ZERO : parseAmount(p.value)));
  const others = typed.reduce<Decimal>((sum, amount) => (amount ? add(sum, amount) : sum), ZERO);
  const rest = subtract(total, others);
  return payments.map((p, i) => (p.auto ? (compare(rest, ZERO) > 0 ? rest : ZERO) : (typed[i] ?? null)));
}

/**
 * Another method. While the first one follows the total, the new one starts empty: the cashier
 * types what goes by card (say) and the first keeps the rest. Otherwise the new one is
 * prefilled with what is still missing. It gets the next type not yet used.
 */
export function addPayment(payments: readonly SalePayment[], total: Decimal, types: readonly PaymentTypeRow[]): SalePayment[] {
  const amounts = paymentAmounts(payments, total);
  const paid = amounts.reduce<Decimal>((sum, a) => (a ? add(sum, a) : sum), ZERO);
  const missing = subtract(total, paid);
  const following = payments.some((p) => p.auto);
  const used = new Set(payments.map((p) => p.typeId));
  const next = types.find((t) => !used.has(t.id) && !isCredit(t)) ?? types[0];
  const value = !following && compare(missing, ZERO) > 0 ? amountText(missing) : '';
  return [...payments, { key: newKey(), typeId: next?.id ?? null, value, auto: false, dueDate: '', tendered: '' }];
}

/** As a cashier would type it (comma decimals), so the field reads back the same. */
const amountText = (value: Decimal): string => toFixedText(value).replace('.', ',');

export interface PaymentCheck {
  /** Σ payments − total (zero when Siigo will accept them). */
  difference: Decimal;
  /** Keys of credit payments without a due date. */
  missingDueDates: string[];
  /** Keys of payments whose value is not a number. */
  unreadable: string[];
  /** A credit payment must be the only one (Siigo: invalid_payment). */
  creditMixed: boolean;
  ok: boolean;
}

export function checkPayments(payments: readonly SalePayment[], total: Decimal, types: readonly PaymentTypeRow[]): PaymentCheck {
  const amounts = paymentAmounts(payments, total);
  const typeOf = (p: SalePayment) => types.find((t) => t.id === p.typeId);
  const unreadable = payments.filter((_, i) => amounts[i] === null).map((p) => p.key);
  const difference = paymentDifference(total, amounts.map((a) => (a ? toFixedText(a) : '0')));
  const missingDueDates = payments.filter((p) => isCredit(typeOf(p)) && p.dueDate === '').map((p) => p.key);
  const creditMixed = payments.length > 1 && payments.some((p) => isCredit(typeOf(p)));
  const ok = payments.length > 0 && unreadable.length === 0 && compare(difference, ZERO) === 0 && missingDueDates.length === 0 && !creditMixed && payments.every((p) => p.typeId !== null);
  return { difference, missingDueDates, unreadable, creditMixed, ok };
}

/** Change for cash tendered over the cash payment; null when not enough was handed over. */
export function cashChange(amount: Decimal | null, tendered: string): Decimal | null {
  const given = parseAmount(tendered);
  if (!amount || !given) return null;
  return changeFor(amount, toFixedText(given));
}

/**
 * The cash handed over and the change given back, as the receipt prints them: from the cash
 * payment whose "Recibido en efectivo" was typed and covers it; nulls otherwise.
 */
export function cashHandedOver(payments: readonly SalePayment[], total: Decimal, types: readonly PaymentTypeRow[]): { cashReceived: string | null; change: string | null } {
  const amounts = paymentAmounts(payments, total);
  for (const [i, payment] of payments.entries()) {
    const type = types.find((t) => t.id === payment.typeId);
    if (!isCash(type) || payment.tendered.trim() === '') continue;
    const given = parseAmount(payment.tendered);
    const change = cashChange(amounts[i] ?? null, payment.tendered);
    if (given && change) return { cashReceived: toFixedText(round(given, 2)), change: toFixedText(change) };
  }
  return { cashReceived: null, change: null };
}
