import { createBridgeClient, type BridgeClient } from '../../../src-shared/ipc/client';
import type { Customer, Product } from '../../../src-shared/siigo';

/**
 * A bridge that answers `customers:list` / `products:list` from rows already in the page, so an
 * import runs the real pull code (bridge parsing, row conversion, upserts, sync state) at the
 * speed of IndexedDB alone, without the network or the rate limit in the way.
 */
export function memoryBridge(data: { customers: readonly Customer[]; products: readonly Product[] }): BridgeClient {
  return createBridgeClient({
    invoke(channel, input) {
      const rows = channel === 'customers:list' ? data.customers : channel === 'products:list' ? data.products : null;
      if (!rows) return Promise.resolve({ ok: false, failure: { kind: 'offline', message: `bench: ${channel}`, retryable: false, errors: [] } });
      const { page, page_size: pageSize } = input as { page: number; page_size: number };
      const start = (page - 1) * pageSize;
      const value = {
        page,
        pageSize,
        totalResults: rows.length,
        hasNext: start + pageSize < rows.length,
        results: rows.slice(start, start + pageSize),
      };
      return Promise.resolve({ ok: true, value });
    },
    subscribe: () => () => {},
  });
}
