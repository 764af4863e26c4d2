import {
  invoiceMailResponseSchema,
  invoicePdfSchema,
  invoiceSchema,
  stampErrorsSchema,
  type Invoice,
  type InvoiceCreate,
  type InvoiceMailRequest,
  type InvoiceMailResponse,
  type InvoicePdf,
  type StampErrors,
} from '../../../src-shared/siigo';
import type { ZodType } from 'zod';
import type { CallOptions, IdempotentCallOptions } from '../call-options';
import { callFields, fetchPage, iterateAll, type Page } from '../pagination';
import type { InvoiceFilters, PageQuery } from '../query-params';
import { assertResourceId } from '../request-validation';
import type { SiigoTransport } from '../siigo-transport';

export interface InvoicesApi {
  /**
   * Replayable thanks to the Idempotency-Key: a lost answer is retried with the same key and
   * Siigo returns the invoice created the first time. The outbox must reuse the key forever.
   */
  create(body: InvoiceCreate, options: IdempotentCallOptions): Promise<Invoice>;
  get(id: string, options?: CallOptions): Promise<Invoice>;
  list(filters?: InvoiceFilters & PageQuery, options?: CallOptions): Promise<Page<Invoice>>;
  iterate(filters?: InvoiceFilters & PageQuery, options?: CallOptions): AsyncIterable<Invoice>;
  pdf(id: string, options?: CallOptions): Promise<InvoicePdf>;
  /** Single-shot (no key exists for mail): an ambiguous failure is unknown_outcome. */
  sendMail(id: string, body: InvoiceMailRequest, options?: CallOptions): Promise<InvoiceMailResponse>;
  /** Why the DIAN rejected the invoice (`stamp.status === 'Rejected'`). */
  stampErrors(id: string, options?: CallOptions): Promise<StampErrors>;
}

const path = '/v1/invoices';

export function invoicesApi(transport: SiigoTransport): InvoicesApi {
  const getById = <T>(id: string, suffix: string, schema: ZodType<T>, options?: CallOptions) =>
    transport.request({
      method: 'GET',
      path: `${path}/${assertResourceId(id, 'invoice')}${suffix}`,
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
        schema: invoiceSchema,
        timeout: 'write',
        ...callFields(options),
      });
    },
    async get(id, options) {
      return getById(id, '', invoiceSchema, options);
    },
    async list(filters, options) {
      return (await fetchPage(transport, path, invoiceSchema, filters, options)).page;
    },
    iterate(filters, options) {
      return iterateAll(transport, path, invoiceSchema, filters, options);
    },
    async pdf(id, options) {
      return getById(id, '/pdf', invoicePdfSchema, options);
    },
    async sendMail(id, body, options) {
      const idSegment = assertResourceId(id, 'invoice');
      return transport.request({
        method: 'POST',
        path: `${path}/${idSegment}/mail`,
        body,
        schema: invoiceMailResponseSchema,
        timeout: 'write',
        ...callFields(options),
      });
    },
    async stampErrors(id, options) {
      return getById(id, '/stamp/errors', stampErrorsSchema, options);
    },
  };
}
