/**
 * What the outbox sends. Customers and quotations have no idempotency in Siigo. The two edit
 * kinds replace a customer or quotation that Siigo already has (`PUT`, the whole record).
 */
export const operationKinds = ['customer', 'invoice', 'quotation', 'voucher', 'creditNote', 'customerUpdate', 'quotationUpdate'] as const;
export type OperationKind = (typeof operationKinds)[number];

/** The kinds that edit a record Siigo already has; each names the kind that creates it. */
export const updateKinds = { customerUpdate: 'customer', quotationUpdate: 'quotation' } as const;
export type UpdateKind = keyof typeof updateKinds;

export function isUpdateKind(kind: OperationKind): kind is UpdateKind {
  return kind in updateKinds;
}

/** How the cashier and the audit trail name each kind. */
export const operationKindLabels: Record<OperationKind, string> = {
  customer: 'Cliente',
  invoice: 'Factura',
  quotation: 'Cotización',
  voucher: 'Recibo de caja',
  creditNote: 'Nota crédito',
  customerUpdate: 'Edición de cliente',
  quotationUpdate: 'Edición de cotización',
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

/**
 * A lost answer can be resent blindly: Siigo honours Idempotency-Key on invoices, vouchers and
 * credit notes, and an edit is a `PUT` of the whole record, which lands the same however often it
 * is sent (edits of one record are sent one after another, so an older one never follows a newer).
 */
export function isIdempotent(kind: OperationKind): boolean {
  return kind === 'invoice' || kind === 'voucher' || kind === 'creditNote' || isUpdateKind(kind);
}

