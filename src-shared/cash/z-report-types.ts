/**
 * What a cash session's closing report (informe Z) holds. Figures are plain decimal text with two
 * decimals ("12345.60") so they print, export as CSV and compare in tests without float noise.
 * Computed from the session's own rows and the documents that belong to it (`computeZReport` in
 * src-shared/cash/z-report.ts); printed on the roll by the receipt module.
 */
export interface ZReport {
  sessionId: string;
  /** The cashier who opened the session (a Siigo user). */
  cashier: { id: number | null; name: string };
  openedAt: string;
  closedAt: string | null;
  openingFloat: string;
  sales: { count: number; total: string };
  returns: { count: number; total: string };
  /** Recibos de caja collected (payments of earlier invoices, advances): money in, not sales. */
  receipts: { count: number; total: string };
  /** Sales minus returns. */
  net: string;
  /** Tax totals by tax name and rate ("IVA 19%"), sales minus returns. */
  taxes: Array<{ name: string; base: string; value: string }>;
  /** Per payment method: what the documents and movements say should be there, what was counted. */
  payments: Array<{
    paymentTypeId: number | null;
    name: string;
    /**
     * `cash`: the drawer (its expected holds the float and cash in/out); `other`: counted too
     * (card slips, transfers); `credit`: a due-date method, which moves no money and is never
     * counted (counted and difference stay null).
     */
    kind: 'cash' | 'other' | 'credit';
    sales: string;
    returns: string;
    receipts: string;
    expected: string;
    counted: string | null;
    difference: string | null;
  }>;
  cashMovements: Array<{ at: string; kind: 'in' | 'out'; amount: string; reason: string }>;
  /** Σ of `cashMovements` by kind. */
  cashIn: string;
  cashOut: string;
  /** Over the counted methods (not credit): Σ expected, Σ counted and the overall difference (null until counted). */
  totals: { expected: string; counted: string | null; difference: string | null };
  /** Documents by kind and number range: "FV-1 101–135", with how many are still without a Siigo number. */
  ranges: Array<{ kind: 'invoice' | 'creditNote' | 'voucher'; prefix: string; first: number | null; last: number | null; count: number; pending: number }>;
  /** Documents of the session not yet accepted by Siigo (queued, retrying, needing attention). */
  pending: Array<{ documentId: string; kind: 'invoice' | 'creditNote' | 'voucher'; label: string; state: string; total: string }>;
}
