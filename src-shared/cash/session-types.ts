import type { ZReport } from './z-report-types';

/** The cashier of a session: a Siigo user as mirrored, named as printed. */
export interface Cashier {
  id: number | null;
  name: string;
}

/** What was counted for one payment method at closing, as decimal text ("152000.00"). */
export interface CountedAmount {
  /** null: cash when the company's catalog has no cash payment type (the float is still cash). */
  paymentTypeId: number | null;
  amount: string;
}

/**
 * A cash session (turno de caja) of one PC. Siigo has no shifts, so sessions exist only in this
 * PC's database (and its audit trail). At most one is open; a closed one never changes again.
 */
export interface CashSession {
  /** A ULID: also the `documentId` of its audit lines. */
  id: string;
  state: 'open' | 'closed';
  cashier: Cashier;
  openedAt: string;
  /** The cash in the drawer when it opened, decimal text with two decimals. */
  openingFloat: string;
  closedAt: string | null;
  /**
   * Filled once, when it closes: what was counted and the Z report as it was then (expected,
   * counted and difference per method). A reprint shows this report, never a recomputed one, so
   * a copy always matches the original that was signed off.
   */
  closing: { counted: CountedAmount[]; difference: string; report: ZReport } | null;
}

/** Cash put into or taken out of the drawer outside a sale (change brought in, a supplier paid). */
export interface CashMovement {
  id: string;
  sessionId: string;
  at: string;
  kind: 'in' | 'out';
  /** Positive decimal text with two decimals. */
  amount: string;
  reason: string;
}
