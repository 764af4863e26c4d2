import type { z } from 'zod';
import { paginatedSchema } from '../../src-shared/siigo';
import type { CallOptions } from './call-options';
import { buildQuery, maxPageSize, type PageQuery } from './query-params';
import type { SiigoTransport } from './siigo-transport';

/** One page of a Siigo list, in the app's naming. */
export interface Page<T> {
  page: number;
  pageSize: number;
  totalResults: number;
  results: T[];
  /** Siigo says (or the totals imply) there is a further page. */
  hasNext: boolean;
}

/** The envelope as Siigo sends it (checked by the shared `paginatedSchema`). */
interface SiigoPageEnvelope<T> {
  pagination: { page: number; page_size: number; total_results: number };
  results: T[];
  _links?: { next?: { href?: string } | null } | null;
}

interface FetchedPage<T> {
  page: Page<T>;
  /** The page to ask for next, or undefined at the end. */
  nextPage: number | undefined;
}

/** GET one page of `path` with `filters`, checked against `paginatedSchema(item)`. */
export async function fetchPage<T>(
  transport: SiigoTransport,
  path: string,
  item: z.ZodType<T>,
  filters: object | undefined,
  options: CallOptions | undefined,
): Promise<FetchedPage<T>> {
  const envelope = (await transport.request({
    method: 'GET',
    path,
    query: buildQuery(filters),
    schema: paginatedSchema(item) as unknown as z.ZodType<SiigoPageEnvelope<T>>,
    timeout: 'read',
    ...callFields(options),
  })) as SiigoPageEnvelope<T>;
  return interpretEnvelope(envelope);
}

/**
 * Follows `_links.next` when Siigo sends `_links` (reading its `page` parameter; the link's host
 * is ignored so the token never goes anywhere but the configured base URL). Without `_links`, the
 * totals decide: more pages while page * page_size < total_results.
 */
export function interpretEnvelope<T>(envelope: SiigoPageEnvelope<T>): FetchedPage<T> {
  const { page, page_size: pageSize, total_results: totalResults } = envelope.pagination;
  let nextPage: number | undefined;
  if (envelope._links) {
    const href = envelope._links.next?.href;
    if (href) nextPage = pageFromHref(href) ?? page + 1;
  } else if (page * pageSize < totalResults) {
    nextPage = page + 1;
  }
  return {
    page: { page, pageSize, totalResults, results: envelope.results, hasNext: nextPage !== undefined },
    nextPage,
  };
}

function pageFromHref(href: string): number | undefined {
  try {
    const value = new URL(href, 'http://relative.invalid').searchParams.get('page');
    const n = value === null ? NaN : Number(value);
    return Number.isInteger(n) && n >= 1 ? n : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Every item of a list, page by page (page_size 100 unless given). Stops at the last page, on an
 * empty page, or if Siigo ever points back to a page already read (no endless loop).
 */
export async function* iterateAll<T>(
  transport: SiigoTransport,
  path: string,
  item: z.ZodType<T>,
  filters: (object & PageQuery) | undefined,
  options: CallOptions | undefined,
): AsyncGenerator<T, void, undefined> {
  const visited = new Set<number>();
  let pageNumber = filters?.page ?? 1;
  const pageSize = filters?.page_size ?? maxPageSize;
  for (;;) {
    visited.add(pageNumber);
    const { page, nextPage } = await fetchPage(transport, path, item, { ...filters, page: pageNumber, page_size: pageSize }, options);
    yield* page.results;
    if (page.results.length === 0 || nextPage === undefined || visited.has(nextPage)) return;
    pageNumber = nextPage;
  }
}

/** Copies only the defined CallOptions into a request (exactOptionalPropertyTypes-friendly). */
export function callFields(options: CallOptions | undefined): Pick<CallOptions, 'priority' | 'signal'> {
  const out: Pick<CallOptions, 'priority' | 'signal'> = {};
  if (options?.priority) out.priority = options.priority;
  if (options?.signal) out.signal = options.signal;
  return out;
}
