import { foldText, words as queryWordsOf } from '../../../src-shared/search';
import type { OperationKind } from '../../../src-shared/outbox/states';
import type { DocumentRow } from '../../data/outbox/rows';
import { documentFacts } from './document-facts';

export type KindFilter = OperationKind | 'all';

/** States as the cashier thinks of them (DIAN answers are states too). */
export type StateFilter = 'all' | 'pending' | 'needs_attention' | 'sent' | 'accepted' | 'rejected' | 'discarded' | 'draft';

export interface DocumentFilter {
  kind: KindFilter;
  state: StateFilter;
  text: string;
}

export const emptyFilter: DocumentFilter = { kind: 'all', state: 'all', text: '' };

export const kindOptions: ReadonlyArray<{ value: KindFilter; label: string }> = [
  { value: 'all', label: 'Todos los tipos' },
  { value: 'invoice', label: 'Facturas' },
  { value: 'quotation', label: 'Cotizaciones' },
  { value: 'voucher', label: 'Recibos de caja' },
  { value: 'customer', label: 'Clientes' },
];

export const stateOptions: ReadonlyArray<{ value: StateFilter; label: string }> = [
  { value: 'all', label: 'Todos los estados' },
  { value: 'needs_attention', label: 'Requiere atención' },
  { value: 'pending', label: 'Por enviar (en cola, enviando, reintentando)' },
  { value: 'sent', label: 'Enviados' },
  { value: 'accepted', label: 'Aceptada DIAN' },
  { value: 'rejected', label: 'Rechazada DIAN' },
  { value: 'discarded', label: 'Descartados' },
  { value: 'draft', label: 'Borradores' },
];

function matchesState(document: DocumentRow, state: StateFilter): boolean {
  switch (state) {
    case 'all':
      return true;
    case 'pending':
      return document.state === 'queued' || document.state === 'sending' || document.state === 'retrying';
    case 'accepted':
      return document.dian?.status === 'Accepted';
    case 'rejected':
      return document.dian?.status === 'Rejected';
    default:
      return document.state === state;
  }
}

/** A predicate for Dexie's `filter`: kind, state, and every typed word in customer or number. */
export function documentMatcher(filter: DocumentFilter): (document: DocumentRow) => boolean {
  const words = queryWordsOf(filter.text);
  return (document) => {
    if (filter.kind !== 'all' && document.kind !== filter.kind) return false;
    if (!matchesState(document, filter.state)) return false;
    if (words.length === 0) return true;
    const facts = documentFacts(document);
    const haystack = foldText([facts.number, facts.customerName, facts.customerIdentification, document.summary.label].filter(Boolean).join(' '));
    return words.every((word) => haystack.includes(word));
  };
}
