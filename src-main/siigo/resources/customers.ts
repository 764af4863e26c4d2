import {
  customerSchema,
  type Customer,
  type CustomerCreate,
  type CustomerUpdate,
} from '../../../src-shared/siigo';
import type { CallOptions } from '../call-options';
import { callFields, fetchPage, iterateAll, type Page } from '../pagination';
import type { CustomerFilters, PageQuery } from '../query-params';
import { assertResourceId } from '../request-validation';
import type { SiigoTransport } from '../siigo-transport';

export interface CustomersApi {
  list(filters?: CustomerFilters & PageQuery, options?: CallOptions): Promise<Page<Customer>>;
  iterate(filters?: CustomerFilters & PageQuery, options?: CallOptions): AsyncIterable<Customer>;
  get(id: string, options?: CallOptions): Promise<Customer>;
  /**
   * Single-shot: Siigo has no Idempotency-Key for customers, so an ambiguous failure is
   * `unknown_outcome` and the caller must look the customer up (identification + branch_office)
   * before creating it again.
   */
  create(body: CustomerCreate, options?: CallOptions): Promise<Customer>;
  /** Single-shot like create (PUT is never resent after an ambiguous failure). */
  update(id: string, body: CustomerUpdate, options?: CallOptions): Promise<Customer>;
}

const path = '/v1/customers';

export function customersApi(transport: SiigoTransport): CustomersApi {
  return {
    async list(filters, options) {
      return (await fetchPage(transport, path, customerSchema, filters, options)).page;
    },
    iterate(filters, options) {
      return iterateAll(transport, path, customerSchema, filters, options);
    },
    async get(id, options) {
      return transport.request({
        method: 'GET',
        path: `${path}/${assertResourceId(id, 'customer')}`,
        schema: customerSchema,
        timeout: 'read',
        ...callFields(options),
      });
    },
    async create(body, options) {
      return transport.request({ method: 'POST', path, body, schema: customerSchema, timeout: 'write', ...callFields(options) });
    },
    async update(id, body, options) {
      const idSegment = assertResourceId(id, 'customer');
      return transport.request({
        method: 'PUT',
        path: `${path}/${idSegment}`,
        body,
        schema: customerSchema,
        timeout: 'write',
        ...callFields(options),
      });
    },
  };
}
