import type { RequestLogEntry } from '../../../src-main/siigo-sandbox';

/** What a request the sandbox logged was for, as the requests-per-invoice figure splits them. */
export type RequestKind = 'creation' | 'status' | 'catalogs' | 'pulls' | 'lookups' | 'auth' | 'other';

export const REQUEST_KINDS: readonly RequestKind[] = ['creation', 'status', 'catalogs', 'pulls', 'lookups', 'auth', 'other'];

const CATALOG_PATHS = new Set(['/v1/document-types', '/v1/payment-types', '/v1/taxes', '/v1/warehouses', '/v1/price-lists', '/v1/cost-centers', '/v1/users']);

/**
 * By method, path and query only. Two kinds the log cannot tell apart are split by the caller:
 * the outbox's probe is a `GET /v1/document-types?type=FV` like the catalog pull's, so probes'
 * attempts are counted on the client and taken out of `catalogs`.
 */
export function requestKind(entry: Pick<RequestLogEntry, 'method' | 'path' | 'query'>): RequestKind {
  const { method, path, query } = entry;
  if (path === '/auth') return 'auth';
  if (path === '/v1/invoices' && method === 'POST') return 'creation';
  if (path.startsWith('/v1/invoices') && method === 'GET') return 'status';
  if (CATALOG_PATHS.has(path)) return 'catalogs';
  if (path === '/v1/customers' && /(^|[?&])identification=/.test(query)) return 'lookups';
  if (path === '/v1/customers' || path === '/v1/products') return 'pulls';
  return 'other';
}

export type KindCounts = Record<RequestKind | 'probes', number>;

/** Counts by kind; `probes` (counted by the caller) are moved out of `catalogs`. */
export function countKinds(entries: readonly Pick<RequestLogEntry, 'method' | 'path' | 'query'>[], probes = 0): KindCounts {
  const counts: KindCounts = { creation: 0, status: 0, catalogs: 0, pulls: 0, lookups: 0, auth: 0, other: 0, probes: 0 };
  for (const entry of entries) counts[requestKind(entry)] += 1;
  const moved = Math.min(probes, counts.catalogs);
  counts.catalogs -= moved;
  counts.probes = moved;
  return counts;
}
