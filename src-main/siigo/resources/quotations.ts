import { quotationSchema, type Quotation, type QuotationCreate, type QuotationUpdate } from '../../../src-shared/siigo';
import type { CallOptions } from '../call-options';
import { callFields, fetchPage, iterateAll, type Page } from '../pagination';
import type { PageQuery, QuotationFilters } from '../query-params';
import { assertResourceId } from '../request-validation';
import type { SiigoTransport } from '../siigo-transport';

export interface QuotationsApi {
  /**
   * Single-shot: Siigo has no Idempotency-Key for quotations. After `unknown_outcome`, list the
   * customer's quotations created since the attempt before creating it again.
   */
  create(body: QuotationCreate, options?: CallOptions): Promise<Quotation>;
  get(id: string, options?: CallOptions): Promise<Quotation>;
  /**
   * PUT: a whole replacement (document type, number, customer and currency must repeat the
   * original's). Single-shot at the transport like create; but a PUT of the whole record is
   * idempotent, so the outbox may resend a lost one as it is (decision 0021).
   */
  update(id: string, body: QuotationUpdate, options?: CallOptions): Promise<Quotation>;
  list(filters?: QuotationFilters & PageQuery, options?: CallOptions): Promise<Page<Quotation>>;
  iterate(filters?: QuotationFilters & PageQuery, options?: CallOptions): AsyncIterable<Quotation>;
}

const path = '/v1/quotations';

export function quotationsApi(transport: SiigoTransport): QuotationsApi {
  return {
    async create(body, options) {
      return transport.request({ method: 'POST', path, body, schema: quotationSchema, timeout: 'write', ...callFields(options) });
    },
    async get(id, options) {
      return transport.request({
        method: 'GET',
        path: `${path}/${assertResourceId(id, 'quotation')}`,
        schema: quotationSchema,
        timeout: 'read',
        ...callFields(options),
      });
    },
    async update(id, body, options) {
      return transport.request({
        method: 'PUT',
        path: `${path}/${assertResourceId(id, 'quotation')}`,
        body,
        schema: quotationSchema,
        timeout: 'write',
        ...callFields(options),
      });
    },
    async list(filters, options) {
      return (await fetchPage(transport, path, quotationSchema, filters, options)).page;
    },
    iterate(filters, options) {
      return iterateAll(transport, path, quotationSchema, filters, options);
    },
  };
}
