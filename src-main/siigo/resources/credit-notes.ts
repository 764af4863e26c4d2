import {
  creditNotePdfSchema,
  creditNoteSchema,
  type CreditNote,
  type CreditNoteCreate,
  type CreditNotePdf,
} from '../../../src-shared/siigo';
import type { CallOptions } from '../call-options';
import type { CreditNoteFilters } from '../query-params';
import type { SiigoTransport } from '../siigo-transport';
import { idempotentDocuments, type IdempotentDocumentsApi } from './idempotent-documents';

/**
 * Credit notes have no PUT or DELETE: a duplicate could never be undone, so the outbox's key is
 * what stands between a lost answer and a second refund.
 */
export interface CreditNotesApi extends IdempotentDocumentsApi<CreditNote, CreditNoteCreate, CreditNoteFilters> {
  pdf(id: string, options?: CallOptions): Promise<CreditNotePdf>;
}

export function creditNotesApi(transport: SiigoTransport): CreditNotesApi {
  const { api, getById } = idempotentDocuments<CreditNote, CreditNoteCreate, CreditNoteFilters>(transport, '/v1/credit-notes', 'credit note', creditNoteSchema);
  return { ...api, pdf: (id, options) => getById(id, '/pdf', creditNotePdfSchema, options) };
}
