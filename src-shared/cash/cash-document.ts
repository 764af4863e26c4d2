/**
 * A document as the Z report reads it: the fields of the renderer's `DocumentRow` it needs, so
 * stored rows are passed as they are. Only sales (`invoice`), returns (`creditNote`) and recibos
 * de caja (`voucher`) count; drafts and discarded documents never do.
 */
export interface CashDocument {
  id: string;
  kind: string;
  state: string;
  createdAt: string;
  body: unknown;
  siigo: { prefix: string | null; number: number | null; name?: string | null } | null;
  summary: { label?: string; customerName?: string; total?: string };
}

export type CountedKind = 'invoice' | 'creditNote' | 'voucher';

export const countedKinds: readonly CountedKind[] = ['invoice', 'creditNote', 'voucher'];

export const isCountedKind = (kind: string): kind is CountedKind => (countedKinds as readonly string[]).includes(kind);

/** What happened at the counter: confirmed (queued or later) and not discarded. */
export function countsInReport(document: CashDocument): document is CashDocument & { kind: CountedKind } {
  return isCountedKind(document.kind) && document.state !== 'draft' && document.state !== 'discarded';
}
