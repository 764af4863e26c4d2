import {
  creditNotePdfSchema,
  creditNoteSchema,
  type CreditNote,
  type CreditNoteCreate,
  type CreditNotePdf,
} from '../../../src-shared/siigo';
import type { ZodType } from 'zod';
import type { CallOptions, IdempotentCallOptions } from '../call-options';
import { callFields, fetchPage, iterateAll, type Page } from '../pagination';
import type { CreditNoteFilters, PageQuery } from '../query-params';
import { assertResourceId } from '../request-validation';
import type { SiigoTransport } from '../siigo-transport';

export interface CreditNotesApi {
  /**
   * Replayable thanks to the Idempotency-Key, like invoices: a lost answer is retried with the
   * same key and Siigo returns the note created the first time. Credit notes have no PUT or
   * DELETE, so a duplicate could not be undone: the outbox must reuse the key forever.
   */
  create(body: CreditNoteCreate, options: IdempotentCallOptions): Promise<CreditNote>;
  get(id: string, options?: CallOptions): Promise<CreditNote>;
  list(filters?: CreditNoteFilters & PageQuery, options?: CallOptions): Promise<Page<CreditNote>>;
  iterate(filters?: CreditNoteFilters & PageQuery, options?: CallOptions): AsyncIterable<CreditNote>;
  pdf(id: string, options?: CallOptions): Promise<CreditNotePdf>;
}

const path = '/v1/credit-notes';

export function creditNotesApi(transport: SiigoTransport): CreditNotesApi {
  const getById = <T>(id: string, suffix: string, schema: ZodType<T>, options?: CallOptions) =>
    transport.request({
      method: 'GET',
      path: `${path}/${assertResourceId(id, 'credit note')}${suffix}`,
      schema,
      timeout: 'read',
      ...callFields(options),
    });

  return {
    async create(body, options) {
      return transport.request({
        method: 'POST',
        path,
        body,
        idempotencyKey: options.idempotencyKey,
        schema: creditNoteSchema,
        // Document creation: the long timeout (120 s by default), as for invoices.
        timeout: 'write',
        ...callFields(options),
      });
    },
    async get(id, options) {
      return getById(id, '', creditNoteSchema, options);
    },
    async list(filters, options) {
      return (await fetchPage(transport, path, creditNoteSchema, filters, options)).page;
    },
    iterate(filters, options) {
      return iterateAll(transport, path, creditNoteSchema, filters, options);
    },
    async pdf(id, options) {
      return getById(id, '/pdf', creditNotePdfSchema, options);
    },
  };
}
