/**
 * Accounts receivable by age (cartera por edades): each open balance is put in a bucket by the
 * days from its due date to today, both Colombian calendar days (`yyyy-MM-dd`, Bogotá). An
 * invoice due today is 0 days overdue (first overdue bucket); one due tomorrow is not yet due.
 * Only the balance counts, so a partly paid invoice ages what is left of it.
 */
import { add, compare, ZERO, type Decimal } from '../money/decimal';

export type AgingBucket = 'current' | 'd0to30' | 'd31to60' | 'd61to90' | 'over90';

/** Buckets in the order the view shows them, with their column titles. */
export const AGING_BUCKETS: ReadonlyArray<{ bucket: AgingBucket; label: string }> = [
  { bucket: 'current', label: 'Por vencer' },
  { bucket: 'd0to30', label: '0-30 días' },
  { bucket: 'd31to60', label: '31-60 días' },
  { bucket: 'd61to90', label: '61-90 días' },
  { bucket: 'over90', label: 'Más de 90 días' },
];

const DAY_MS = 86_400_000;

/** Whole days from `dueDate` to `today` (both `yyyy-MM-dd`); negative when not yet due. */
export function daysOverdue(dueDate: string, today: string): number {
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${dueDate}T00:00:00Z`)) / DAY_MS);
}

export function agingBucket(days: number): AgingBucket {
  if (days < 0) return 'current';
  if (days <= 30) return 'd0to30';
  if (days <= 60) return 'd31to60';
  if (days <= 90) return 'd61to90';
  return 'over90';
}

/** One open invoice as aged: the customer it belongs to, when it fell due, what is left of it. */
export interface AgedInvoice {
  customerKey: string;
  /** Due date (`yyyy-MM-dd`); an invoice without one is due on its own date. */
  dueDate: string;
  balance: Decimal;
}

export type BucketAmounts = Record<AgingBucket, Decimal>;

export interface CustomerAging {
  customerKey: string;
  buckets: BucketAmounts;
  total: Decimal;
  /** Due date of its oldest open balance. */
  oldestDueDate: string;
  /** Days overdue of that balance (negative when nothing is due yet). */
  oldestDays: number;
  invoices: number;
}

export interface AgingReport {
  customers: CustomerAging[];
  totals: BucketAmounts;
  total: Decimal;
}

const emptyBuckets = (): BucketAmounts => ({ current: ZERO, d0to30: ZERO, d31to60: ZERO, d61to90: ZERO, over90: ZERO });

/**
 * Groups open balances by customer and age. Balances of zero or less (paid, or over-collected
 * while a receipt waits for Siigo) are left out; customers with nothing open do not appear.
 */
export function ageReceivables(invoices: readonly AgedInvoice[], today: string): AgingReport {
  const byCustomer = new Map<string, CustomerAging>();
  const totals = emptyBuckets();
  let total = ZERO;
  for (const invoice of invoices) {
    if (compare(invoice.balance, ZERO) <= 0) continue;
    const days = daysOverdue(invoice.dueDate, today);
    const bucket = agingBucket(days);
    let customer = byCustomer.get(invoice.customerKey);
    if (!customer) {
      customer = { customerKey: invoice.customerKey, buckets: emptyBuckets(), total: ZERO, oldestDueDate: invoice.dueDate, oldestDays: days, invoices: 0 };
      byCustomer.set(invoice.customerKey, customer);
    }
    customer.buckets[bucket] = add(customer.buckets[bucket], invoice.balance);
    customer.total = add(customer.total, invoice.balance);
    customer.invoices += 1;
    if (invoice.dueDate < customer.oldestDueDate) {
      customer.oldestDueDate = invoice.dueDate;
      customer.oldestDays = days;
    }
    totals[bucket] = add(totals[bucket], invoice.balance);
    total = add(total, invoice.balance);
  }
  return { customers: [...byCustomer.values()], totals, total };
}

export type AgingSort = 'total' | 'oldest';

/** Largest total first, or oldest due balance first; ties by the other, then by key (stable). */
export function sortAging(customers: readonly CustomerAging[], by: AgingSort): CustomerAging[] {
  const byTotal = (a: CustomerAging, b: CustomerAging) => compare(b.total, a.total);
  const byOldest = (a: CustomerAging, b: CustomerAging) => (a.oldestDueDate < b.oldestDueDate ? -1 : a.oldestDueDate > b.oldestDueDate ? 1 : 0);
  const [first, second] = by === 'total' ? [byTotal, byOldest] : [byOldest, byTotal];
  return [...customers].sort((a, b) => first(a, b) || second(a, b) || (a.customerKey < b.customerKey ? -1 : a.customerKey > b.customerKey ? 1 : 0));
}
