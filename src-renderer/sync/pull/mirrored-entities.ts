import type { Table } from 'dexie';
import type { BridgeClient } from '../../../src-shared/ipc/client';
import type { MostradorDB } from '../../data/db';
import { toCustomerRow } from '../../data/mirror/customer-row';
import { toProductRow } from '../../data/mirror/product-row';
import type { CustomerRow, ProductRow } from '../../data/mirror/rows';
import { BACKGROUND } from './pull-context';

/** A query both `customers:list` and `products:list` accept. */
export interface PageQuery {
  page: number;
  page_size: number;
  created_start?: string;
  updated_start?: string;
}

export interface RowPage<R> {
  totalResults: number;
  hasNext: boolean;
  rows: R[];
}

/** A paginated Siigo list mirrored into one table. */
export interface MirroredEntity<R extends { id: string; lastUpdated: string | null }> {
  name: 'customers' | 'products';
  table(db: MostradorDB): Table<R, string>;
  fetchPage(bridge: BridgeClient, query: PageQuery): Promise<RowPage<R>>;
}

export const customersEntity: MirroredEntity<CustomerRow> = {
  name: 'customers',
  table: (db) => db.customers,
  async fetchPage(bridge, query) {
    const page = await bridge.invoke('customers:list', query, BACKGROUND);
    return { totalResults: page.totalResults, hasNext: page.hasNext, rows: page.results.map(toCustomerRow) };
  },
};

export const productsEntity: MirroredEntity<ProductRow> = {
  name: 'products',
  table: (db) => db.products,
  async fetchPage(bridge, query) {
    const page = await bridge.invoke('products:list', query, BACKGROUND);
    return { totalResults: page.totalResults, hasNext: page.hasNext, rows: page.results.map(toProductRow) };
  },
};
