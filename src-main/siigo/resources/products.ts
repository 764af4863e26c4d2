import { productSchema, type Product } from '../../../src-shared/siigo';
import type { CallOptions } from '../call-options';
import { callFields, fetchPage, iterateAll, type Page } from '../pagination';
import type { PageQuery, ProductFilters } from '../query-params';
import { assertResourceId } from '../request-validation';
import type { SiigoTransport } from '../siigo-transport';

export interface ProductsApi {
  list(filters?: ProductFilters & PageQuery, options?: CallOptions): Promise<Page<Product>>;
  /** `updated_start` also catches stock changes, so it suits incremental sync. */
  iterate(filters?: ProductFilters & PageQuery, options?: CallOptions): AsyncIterable<Product>;
  get(id: string, options?: CallOptions): Promise<Product>;
}

const path = '/v1/products';

export function productsApi(transport: SiigoTransport): ProductsApi {
  return {
    async list(filters, options) {
      return (await fetchPage(transport, path, productSchema, filters, options)).page;
    },
    iterate(filters, options) {
      return iterateAll(transport, path, productSchema, filters, options);
    },
    async get(id, options) {
      return transport.request({
        method: 'GET',
        path: `${path}/${assertResourceId(id, 'product')}`,
        schema: productSchema,
        timeout: 'read',
        ...callFields(options),
      });
    },
  };
}
