/** A payment type as Siigo lists it (`/v1/payment-types`); mirror rows' `siigo` fits as is. */
export interface CashPaymentType {
  id: number;
  name: string;
  active?: boolean | null;
  /** Credit: the amount is owed (or, on a credit note, left in the customer's favour), not paid. */
  due_date?: boolean | null;
}

/**
 * How a payment method touches the drawer: `cash` is the drawer itself; `other` is money that
 * arrives elsewhere and is still counted at closing (card slips, transfers); `credit` moves no
 * money at all (a sale on credit, a return left as balance in favour), so it is never counted.
 */
export type MethodKind = 'cash' | 'other' | 'credit';

const isCashName = (name: string | null | undefined) => /efectivo/i.test(name ?? '');

/**
 * The one rule for "this payment type is the drawer's cash": no due date and named "efectivo"
 * (Siigo has no cash flag). Sales' change, refunds from the drawer, the float and the Z report's
 * cash line all use it, so they can never disagree about which method is cash.
 */
export const isCashType = (type: { name?: string | null; due_date?: boolean | null } | undefined): boolean =>
  type !== undefined && !type.due_date && isCashName(type.name);

/**
 * The drawer's payment type: the first active one named "efectivo" without a due date, as Ajustes
 * picks it for new sales (app/defaults.ts). The float and cash in/out are counted on it.
 */
export function drawerPaymentTypeId(paymentTypes: readonly CashPaymentType[]): number | null {
  const cash = paymentTypes.filter(isCashType);
  return (cash.find((type) => type.active !== false) ?? cash[0])?.id ?? null;
}

export function methodKind(type: CashPaymentType | undefined): MethodKind {
  if (!type) return 'other';
  if (type.due_date) return 'credit';
  return isCashType(type) ? 'cash' : 'other';
}

/** What the cashier reads for a payment type: its Siigo name, or its id when it is not mirrored. */
export function methodName(id: number | null, paymentTypes: readonly CashPaymentType[]): string {
  if (id === null) return 'Efectivo';
  return paymentTypes.find((type) => type.id === id)?.name ?? `Forma de pago ${id}`;
}
