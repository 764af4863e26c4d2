import type { z } from 'zod';
import {
  costCentersResponseSchema,
  documentTypesResponseSchema,
  paymentTypesResponseSchema,
  priceListsResponseSchema,
  taxesResponseSchema,
  userSchema,
  usersResponseSchema,
  warehousesResponseSchema,
  type CostCenter,
  type DocumentType,
  type PaymentType,
  type PriceList,
  type Tax,
  type User,
  type Warehouse,
} from '../../../src-shared/siigo';
import type { CallOptions } from '../call-options';
import { callFields, interpretEnvelope, iterateAll } from '../pagination';
import { maxPageSize } from '../query-params';
import type { SiigoTransport } from '../siigo-transport';

export interface CatalogsApi {
  documentTypes(type: 'FV' | 'C' | 'RC' | 'NC', options?: CallOptions): Promise<DocumentType[]>;
  paymentTypes(documentType: 'FV' | 'NC' | 'RC', options?: CallOptions): Promise<PaymentType[]>;
  taxes(options?: CallOptions): Promise<Tax[]>;
  /** Every user (seller); follows pages if Siigo answers with a paginated envelope. */
  users(options?: CallOptions): Promise<User[]>;
  warehouses(options?: CallOptions): Promise<Warehouse[]>;
  priceLists(options?: CallOptions): Promise<PriceList[]>;
  costCenters(options?: CallOptions): Promise<CostCenter[]>;
}

export function catalogsApi(transport: SiigoTransport): CatalogsApi {
  const plainList = <T>(path: string, schema: z.ZodType<T[]>, options?: CallOptions, query?: Record<string, string>) =>
    transport.request({
      method: 'GET',
      path,
      schema,
      timeout: 'read',
      ...(query ? { query: new URLSearchParams(query) } : {}),
      ...callFields(options),
    });

  return {
    documentTypes: (type, options) => plainList('/v1/document-types', documentTypesResponseSchema, options, { type }),
    paymentTypes: (documentType, options) =>
      plainList('/v1/payment-types', paymentTypesResponseSchema, options, { document_type: documentType }),
    taxes: (options) => plainList('/v1/taxes', taxesResponseSchema, options),
    warehouses: (options) => plainList('/v1/warehouses', warehousesResponseSchema, options),
    priceLists: (options) => plainList('/v1/price-lists', priceListsResponseSchema, options),
    costCenters: (options) => plainList('/v1/cost-centers', costCentersResponseSchema, options),
    async users(options) {
      // The Blueprint says a plain array; the live API pages it. Read page 1 either way, then
      // follow further pages only if it was an envelope that says there are more.
      const first = await transport.request({
        method: 'GET',
        path: '/v1/users',
        query: new URLSearchParams({ page: '1', page_size: String(maxPageSize) }),
        schema: usersResponseSchema,
        timeout: 'read',
        ...callFields(options),
      });
      if (Array.isArray(first)) return first;
      const { page, nextPage } = interpretEnvelope(first as Parameters<typeof interpretEnvelope<User>>[0]);
      const all: User[] = [...page.results];
      if (page.results.length === 0 || nextPage === undefined) return all;
      for await (const user of iterateAll(transport, '/v1/users', userSchema, { page: nextPage, page_size: maxPageSize }, options)) {
        all.push(user);
      }
      return all;
    },
  };
}
