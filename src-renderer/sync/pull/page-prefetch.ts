import type { BridgeClient } from '../../../src-shared/ipc/client';
import type { PageQuery, RowPage } from './mirrored-entities';

/**
 * Pages requested ahead of the one being written. A page's round trip (limiter, main, Siigo,
 * parsing) and its IndexedDB write each take a good part of the rate limit's interval, so done
 * one after the other they cannot keep up with it; overlapped, the limiter stays the only brake.
 */
export const PREFETCH_PAGES = 4;

/**
 * Fetches pages in order, up to `depth` at a time. Pages past the last one the latest
 * `totalResults` announces are never requested ahead (no wasted requests on the budget);
 * `take(n)` always fetches page n itself. Errors surface when their page is taken.
 */
export function pagePrefetcher<R>(
  fetchPage: (bridge: BridgeClient, query: PageQuery) => Promise<RowPage<R>>,
  bridge: BridgeClient,
  pageSize: number,
  depth = PREFETCH_PAGES,
) {
  const inFlight = new Map<number, Promise<RowPage<R>>>();
  /** Pages in flight whose answer has arrived. */
  const arrived = new Map<number, RowPage<R>>();
  let lastPage = 0;
  const launch = (page: number) => {
    if (inFlight.has(page)) return;
    const request = fetchPage(bridge, { page, page_size: pageSize });
    // Marked handled now: a page fetched ahead may fail after the pull has already stopped.
    request.then(
      (result) => inFlight.get(page) === request && arrived.set(page, result),
      () => undefined,
    );
    inFlight.set(page, request);
  };
  const taken = (page: number, result: RowPage<R>) => {
    inFlight.delete(page);
    arrived.delete(page);
    lastPage = Math.ceil(result.totalResults / pageSize);
    for (let ahead = page + 1; ahead <= page + depth && ahead <= lastPage; ahead += 1) launch(ahead);
    return result;
  };
  return {
    async take(page: number): Promise<RowPage<R>> {
      launch(page);
      for (let ahead = page + 1; ahead < page + depth && ahead <= lastPage; ahead += 1) launch(ahead);
      const request = inFlight.get(page)!;
      inFlight.delete(page);
      return taken(page, await request);
    },
    /**
     * Resolves once no page request is out any more, answered or failed. A pull that stops waits
     * for it, so the pull that resumes never overlaps its predecessor's requests (they would
     * spend the rate limit on pages nobody takes, retries included).
     */
    async settled(): Promise<void> {
      await Promise.allSettled(inFlight.values());
    },
    /** Page `page` if its answer is already here (never waits, never requests). */
    takeArrived(page: number): RowPage<R> | null {
      const result = arrived.get(page);
      return result ? taken(page, result) : null;
    },
  };
}
