/**
 * When a recibo de caja recorded on this PC still has to be taken off a balance read from Siigo.
 *
 * A receipt lowers the invoices it pays from the moment it is confirmed here. Once it is sent,
 * Siigo's balance already has it, but a balance read before the send does not: the receipt keeps
 * counting against any balance fetched before it was sent, and stops only against one fetched
 * after (Siigo has confirmed it). Counting it twice, or not at all, would let a seller collect
 * the same money twice or refuse a payment that is owed.
 *
 * A receipt Siigo refused (`needs_attention`) keeps counting too: the money was received at the
 * counter, and the receipt is fixed and sent again (or discarded) from Documentos. It is told
 * apart (`refused`) so the screens say so instead of "pendiente de confirmar".
 *
 * `fetchedAt` and the send time are both this PC's clock (ISO text), so they compare directly.
 */
import { add, decimal, ZERO, type Decimal } from '../money/decimal';
import { dueReferenceOf } from '../outbox/due-reference';

export interface LocalReceipt {
  kind: string;
  state: string;
  /** For a sent receipt, when it was marked sent (nothing changes a receipt after that). */
  updatedAt: string;
  body: unknown;
  refs: ReadonlyArray<{ path: ReadonlyArray<string | number>; documentId: string; use: string }>;
}

/** `none`: not counted (draft, discarded, or confirmed by a later fetch). */
export type ReceiptStage = 'queued' | 'refused' | 'sent-unconfirmed' | 'confirmed' | 'none';

export function receiptStage(receipt: Pick<LocalReceipt, 'kind' | 'state' | 'updatedAt'>, fetchedAt: string | null): ReceiptStage {
  if (receipt.kind !== 'voucher' || receipt.state === 'draft' || receipt.state === 'discarded') return 'none';
  if (receipt.state === 'needs_attention') return 'refused';
  if (receipt.state !== 'sent') return 'queued';
  return fetchedAt !== null && fetchedAt >= receipt.updatedAt ? 'confirmed' : 'sent-unconfirmed';
}

/** The receipt still has to be taken off a balance fetched at `fetchedAt` (null: never fetched). */
export function receiptCounts(receipt: Pick<LocalReceipt, 'kind' | 'state' | 'updatedAt'>, fetchedAt: string | null): boolean {
  const stage = receiptStage(receipt, fetchedAt);
  return stage === 'queued' || stage === 'refused' || stage === 'sent-unconfirmed';
}

type DueLike = { prefix: string; consecutive: number; quote: number };
type VoucherBodyLike = { items?: Array<{ due?: DueLike; value: number }> };

export const dueKey = (due: DueLike): string => `${due.prefix}|${due.consecutive}|${due.quote}`;

/**
 * The key of the (single) instalment a payment made here names for an invoice Siigo numbered
 * ("FV-1-68"); null while it has no such name (a local invoice not sent yet).
 */
export function invoiceDueKey(invoice: { name: string | null; number?: number | null }): string | null {
  if (!invoice.name || !/-\d+$/.test(invoice.name)) return null;
  return dueKey(dueReferenceOf({ name: invoice.name, number: invoice.number ?? null, date: '' }));
}

/** One item of a receipt: what it takes, from a Siigo instalment or from a local invoice. */
export interface ReceiptPart {
  /** `dueKey` of the instalment; null when the item names a local invoice instead. */
  due: string | null;
  /** The local invoice document, for an invoice still in the queue when the receipt was made. */
  documentId: string | null;
  value: Decimal;
}

export function receiptParts(receipt: LocalReceipt): ReceiptPart[] {
  const items = (receipt.body as VoucherBodyLike | null)?.items ?? [];
  const referenced = new Map(receipt.refs.filter((ref) => ref.use === 'invoice-due').map((ref) => [Number(ref.path[1]), ref.documentId]));
  return items.flatMap((item, index): ReceiptPart[] => {
    const documentId = referenced.get(index);
    // The stored body keeps the placeholder due of an invoice that was still queued: by its document.
    if (documentId) return [{ due: null, documentId, value: decimal(item.value) }];
    return item.due ? [{ due: dueKey(item.due), documentId: null, value: decimal(item.value) }] : [];
  });
}

export interface ReceiptTakes {
  /** By Siigo instalment (`dueKey`). */
  byDue: Map<string, Decimal>;
  /** By local invoice document id, for invoices still in the queue when the receipt was made. */
  byDocument: Map<string, Decimal>;
}

/** What the given receipts take off each invoice (pass only those that still count). */
export function receiptTakes(receipts: readonly LocalReceipt[]): ReceiptTakes {
  const byDue = new Map<string, Decimal>();
  const byDocument = new Map<string, Decimal>();
  for (const part of receipts.flatMap(receiptParts)) {
    if (part.documentId) byDocument.set(part.documentId, add(byDocument.get(part.documentId) ?? ZERO, part.value));
    else if (part.due) byDue.set(part.due, add(byDue.get(part.due) ?? ZERO, part.value));
  }
  return { byDue, byDocument };
}

/**
 * What `takes` take off one invoice: by its instalment (`dueKey`, null if it has none yet) and by
 * the local document that created it (undefined for an invoice made elsewhere).
 */
export function takenFrom(takes: ReceiptTakes, due: string | null, documentId: string | undefined): Decimal {
  return add(due ? (takes.byDue.get(due) ?? ZERO) : ZERO, documentId ? (takes.byDocument.get(documentId) ?? ZERO) : ZERO);
}
