import type { ZodType } from 'zod';
import type { CallOptions, IdempotentCallOptions } from '../call-options';
import { callFields, fetchPage, iterateAll, type Page } from '../pagination';
import type { PageQuery } from '../query-params';
import { assertResourceId } from '../request-validation';
import type { SiigoTransport } from '../siigo-transport';

/** What every Siigo document created with an Idempotency-Key offers: create, get, list. */
export interface IdempotentDocumentsApi<T, Create, Filters> {
  /**
   * Replayable thanks to the Idempotency-Key: a lost answer is retried with the same key and
   * Siigo returns the document created the first time. The outbox must reuse the key forever.
   */
  create(body: Create, options: IdempotentCallOptions): Promise<T>;
  get(id: string, options?: CallOptions): Promise<T>;
  list(filters?: Filters & PageQuery, options?: CallOptions): Promise<Page<T>>;
  iterate(filters?: Filters & PageQuery, options?: CallOptions): AsyncIterable<T>;
}

/**
 * Invoices, credit notes and vouchers are one shape at `path`: POST with the key and the long
 * 'write' timeout (120 s by default: document creation), GET by id, paged lists. `getById` reads
 * a sub-resource of one document (`/pdf`, `/stamp/errors`).
 */
export function idempotentDocuments<T, Create, Filters>(transport: SiigoTransport, path: string, noun: string, schema: ZodType<T>) {
  const getById = <R>(id: string, suffix: string, resultSchema: ZodType<R>, options?: CallOptions) =>
    transport.request({
      method: 'GET',
      path: `${path}/${assertResourceId(id, noun)}${suffix}`,
      schema: resultSchema,
      timeout: 'read',
      ...callFields(options),
    });
  const api: IdempotentDocumentsApi<T, Create, Filters> = {
    async create(body, options) {
      return transport.request({
        method: 'POST',
        path,
        body,
        idempotencyKey: options.idempotencyKey,
        schema,
        timeout: 'write',
        ...callFields(options),
      });
    },
    async get(id, options) {
      return getById(id, '', schema, options);
    },
    async list(filters, options) {
      return (await fetchPage(transport, path, schema, filters, options)).page;
    },
    iterate(filters, options) {
      return iterateAll(transport, path, schema, filters, options);
    },
  };
  return { api, getById };
}
