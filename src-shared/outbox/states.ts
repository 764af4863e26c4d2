/** What the outbox sends. Customers and quotations have no idempotency in Siigo. */
export const operationKinds = ['customer', 'invoice', 'quotation', 'voucher', 'creditNote'] as const;
export type OperationKind = (typeof operationKinds)[number];

/** How the cashier and the audit trail name each kind. */
export const operationKindLabels: Record<OperationKind, string> = {
  customer: 'Cliente',
  invoice: 'Factura',
  quotation: 'Cotización',
  voucher: 'Recibo de caja',
  creditNote: 'Nota crédito',
};

/**
 * queued → sending → sent
 *                  ↘ retrying → sending …        (a transient failure; waits for nextAttemptAt)
 *                  ↘ needs_attention → queued     (Siigo refused it; the user fixes and resends)
 * queued | retrying | needs_attention → discarded (by the user, with a reason)
 * sending → sending                               (a crash interrupted it: sent again, same key)
 */
export const operationStates = ['queued', 'sending', 'retrying', 'sent', 'needs_attention', 'discarded'] as const;
export type OperationState = (typeof operationStates)[number];

const allowed: Record<OperationState, readonly OperationState[]> = {
  queued: ['sending', 'discarded'],
  sending: ['sent', 'retrying', 'needs_attention', 'sending'],
  retrying: ['sending', 'discarded'],
  needs_attention: ['queued', 'discarded'],
  sent: [],
  discarded: [],
};

export function canTransition(from: OperationState, to: OperationState): boolean {
  return allowed[from].includes(to);
}

export class TransitionError extends Error {
  constructor(
    readonly from: OperationState,
    readonly to: OperationState,
  ) {
    super(`An operation cannot go from ${from} to ${to}`);
    this.name = 'TransitionError';
  }
}

export function assertTransition(from: OperationState, to: OperationState): void {
  if (!canTransition(from, to)) throw new TransitionError(from, to);
}

/** Siigo honours Idempotency-Key only on these: a lost answer can be resent blindly. */
export function isIdempotent(kind: OperationKind): boolean {
  return kind === 'invoice' || kind === 'voucher' || kind === 'creditNote';
}

