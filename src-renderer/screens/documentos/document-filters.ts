import { bogotaDay, dayInRange } from '../../../src-shared/documents/document-day';
import { foldText, words as queryWordsOf } from '../../../src-shared/search';
import { operationKindLabels, operationKinds, type OperationKind } from '../../../src-shared/outbox/states';
import type { DocumentRow } from '../../data/outbox/rows';
import { documentFacts, pathOf } from './document-facts';

export type KindFilter = OperationKind | 'all';

/** States as the cashier thinks of them (DIAN answers are states too). */
export type StateFilter = 'all' | 'pending' | 'needs_attention' | 'sent' | 'accepted' | 'rejected' | 'discarded' | 'draft';

export interface DocumentFilter {
  kind: KindFilter;
  state: StateFilter;
  /** Words found in the customer's name or identification, or the document's number. */
  text: string;
  /** The document's day in Bogotá, "2025-03-14", both included; '' leaves that end open. */
  from: string;
  to: string;
  /** The Siigo user in the document's `seller`; null = any. */
  sellerId: number | null;
}

export const emptyFilter: DocumentFilter = { kind: 'all', state: 'all', text: '', from: '', to: '', sellerId: null };

/** Every kind the outbox knows, as it names them (new kinds appear here by themselves). */
export const kindOptions: ReadonlyArray<{ value: KindFilter; label: string }> = [
  { value: 'all', label: 'Todos los tipos' },
  ...operationKinds.map((kind) => ({ value: kind, label: operationKindLabels[kind] })),
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

/** The problem with a date range, in the cashier's words; null when it can be applied. */
export function rangeProblem(filter: Pick<DocumentFilter, 'from' | 'to'>): string | null {
  if (filter.from !== '' && filter.to !== '' && filter.from > filter.to) return 'La fecha «Desde» es posterior a «Hasta»: corrija una de las dos';
  return null;
}

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

/** The Siigo user a document names as its seller (invoices, quotations, credit notes), else null. */
export function sellerOf(document: DocumentRow): number | null {
  const seller = pathOf(document.body, 'seller');
  return typeof seller === 'number' ? seller : null;
}

/**
 * A predicate for Dexie's `filter`: kind, state, the document's day, seller, and every typed word
 * in customer or number. All of them must hold. A reversed range matches nothing (the screen
 * says why).
 */
export function documentMatcher(filter: DocumentFilter): (document: DocumentRow) => boolean {
  const words = queryWordsOf(filter.text);
  const reversed = rangeProblem(filter) !== null;
  return (document) => {
    if (reversed) return false;
    if (filter.kind !== 'all' && document.kind !== filter.kind) return false;
    if (!matchesState(document, filter.state)) return false;
    if (filter.sellerId !== null && sellerOf(document) !== filter.sellerId) return false;
    if (filter.from !== '' || filter.to !== '') {
      if (!dayInRange(bogotaDay(documentFacts(document).date), filter.from, filter.to)) return false;
    }
    if (words.length === 0) return true;
    const facts = documentFacts(document);
    const haystack = foldText([facts.number, facts.customerName, facts.customerIdentification, document.summary.label].filter(Boolean).join(' '));
    return words.every((word) => haystack.includes(word));
  };
}

/**
 * Which index of `documents` narrows the filter (see db.ts: `kind`, `state`, the ULID primary
 * key). An `equals` keeps primary-key order within its value, so "newest first" holds; the
 * pending states are three values, whose few rows are sorted in memory.
 */
export type QueryPlan =
  | { index: 'id' }
  | { index: 'kind'; value: OperationKind }
  | { index: 'state'; value: DocumentRow['state'] }
  | { index: 'pending' };

/** States with few rows at any time: narrower than any kind. */
const fewStates = new Set<StateFilter>(['needs_attention', 'draft', 'discarded']);

export function queryPlan(filter: DocumentFilter): QueryPlan {
  if (filter.state === 'pending') return { index: 'pending' };
  if (fewStates.has(filter.state)) return { index: 'state', value: filter.state as DocumentRow['state'] };
  if (filter.kind !== 'all') return { index: 'kind', value: filter.kind };
  // A DIAN answer only comes for a document Siigo has: it is `sent`.
  if (filter.state !== 'all') return { index: 'state', value: 'sent' };
  return { index: 'id' };
}
