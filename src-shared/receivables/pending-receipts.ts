/**
 * When a recibo de caja recorded on this PC still has to be taken off a balance read from Siigo.
 *
 * A receipt lowers the invoices it pays from the moment it is confirmed here. Once it is sent,
 * Siigo's balance already has it, but a balance read before the send does not: the receipt keeps
 * counting against any balance fetched before it was sent, and stops only against one fetched
 * after (Siigo has confirmed it). Counting it twice, or not at all, would let a seller collect
 * the same money twice or refuse a payment that is owed.
 *
 * `fetchedAt` and the send time are both this PC's clock (ISO text), so they compare directly.
 */
import { add, decimal, ZERO, type Decimal } from '../money/decimal';

export interface LocalReceipt {
  kind: string;
  state: string;
  /** For a sent receipt, when it was marked sent (nothing changes a receipt after that). */
  updatedAt: string;
  body: unknown;
  refs: ReadonlyArray<{ path: ReadonlyArray<string | number>; documentId: string; use: string }>;
}

/** `none`: not counted (draft, discarded, or confirmed by a later fetch). */
export type ReceiptStage = 'queued' | 'sent-unconfirmed' | 'confirmed' | 'none';

export function receiptStage(receipt: Pick<LocalReceipt, 'kind' | 'state' | 'updatedAt'>, fetchedAt: string | null): ReceiptStage {
  if (receipt.kind !== 'voucher' || receipt.state === 'draft' || receipt.state === 'discarded') return 'none';
  if (receipt.state !== 'sent') return 'queued';
  return fetchedAt !== null && fetchedAt >= receipt.updatedAt ? 'confirmed' : 'sent-unconfirmed';
}

/** The receipt still has to be taken off a balance fetched at `fetchedAt` (null: never fetched). */
export function receiptCounts(receipt: Pick<LocalReceipt, 'kind' | 'state' | 'updatedAt'>, fetchedAt: string | null): boolean {
  const stage = receiptStage(receipt, fetchedAt);
  return stage === 'queued' || stage === 'sent-unconfirmed';
}

type DueLike = { prefix: string; consecutive: number; quote: number };
type VoucherBodyLike = { items?: Array<{ due?: DueLike; value: number }> };

export const dueKey = (due: DueLike): string => `${due.prefix}|${due.consecutive}|${due.quote}`;

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
  for (const receipt of receipts) {
    const items = (receipt.body as VoucherBodyLike | null)?.items ?? [];
    const referenced = new Map(receipt.refs.filter((ref) => ref.use === 'invoice-due').map((ref) => [Number(ref.path[1]), ref.documentId]));
    items.forEach((item, index) => {
      const documentId = referenced.get(index);
      // The stored body keeps the placeholder due of an invoice that was still queued: by its document.
      if (documentId) byDocument.set(documentId, add(byDocument.get(documentId) ?? ZERO, decimal(item.value)));
      else if (item.due) byDue.set(dueKey(item.due), add(byDue.get(dueKey(item.due)) ?? ZERO, decimal(item.value)));
    });
  }
  return { byDue, byDocument };
}
