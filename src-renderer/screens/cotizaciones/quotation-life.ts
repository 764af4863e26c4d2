import type { DocumentRow } from '../../data/outbox/rows';

/**
 * Where a quotation is in its life, as the seller reads it:
 * borrador → en cola (confirmed, waiting for Siigo) → enviada (Siigo has it) → facturada (an
 * invoice of this PC was made from it), or vencida once its validity date has passed without an
 * invoice. `atencion`: Siigo refused it or an edit of it; `descartada`: dropped before Siigo had it.
 */
export type QuotationLife = 'borrador' | 'en_cola' | 'enviada' | 'atencion' | 'facturada' | 'vencida' | 'descartada';

export const quotationLifeLabels: Record<QuotationLife, { text: string; tone: 'neutral' | 'busy' | 'ok' | 'bad' | 'warn' }> = {
  borrador: { text: 'Borrador', tone: 'neutral' },
  en_cola: { text: 'En cola', tone: 'busy' },
  enviada: { text: 'Enviada', tone: 'ok' },
  atencion: { text: 'Requiere atención', tone: 'warn' },
  facturada: { text: 'Facturada', tone: 'ok' },
  vencida: { text: 'Vencida', tone: 'bad' },
  descartada: { text: 'Descartada', tone: 'neutral' },
};

/** The order of the list's filter. */
export const quotationLives: readonly QuotationLife[] = ['borrador', 'en_cola', 'enviada', 'atencion', 'facturada', 'vencida', 'descartada'];

/** An invoice made from the quotation: it counts from its confirmation until it is discarded. */
export const invoiceCounts = (invoice: Pick<DocumentRow, 'state'>): boolean => invoice.state !== 'draft' && invoice.state !== 'discarded';

/**
 * The life of a quotation. `validUntil` (yyyy-MM-dd, '' when unknown: never expires) and `today`
 * compare as text, being calendar days in Colombia. An invoice made from it wins over the date
 * (a quotation honoured late stays invoiced), and a draft or dropped quotation never expires.
 * A refusal by Siigo (of the quotation, or of an edit: `refusedEdit`) wins over the date: it
 * waits for the seller in Documentos whatever the date, and "Vencida" would hide that.
 */
export function quotationLife(
  quotation: Pick<DocumentRow, 'state'>,
  facts: { validUntil: string; invoice: Pick<DocumentRow, 'state'> | null | undefined; refusedEdit?: boolean },
  today: string,
): QuotationLife {
  if (quotation.state === 'draft') return 'borrador';
  if (quotation.state === 'discarded') return 'descartada';
  if (facts.invoice && invoiceCounts(facts.invoice)) return 'facturada';
  if (quotation.state === 'needs_attention' || facts.refusedEdit) return 'atencion';
  if (facts.validUntil !== '' && facts.validUntil < today) return 'vencida';
  return quotation.state === 'sent' ? 'enviada' : 'en_cola';
}

/** Editing a quotation replaces it in Siigo: not once it was invoiced, nor after it was dropped. */
export const mayEditQuotation = (life: QuotationLife): boolean => life !== 'facturada' && life !== 'descartada';
