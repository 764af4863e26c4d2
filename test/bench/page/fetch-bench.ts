import { bridge } from '../../../src-renderer/bridge';
import { customersEntity, productsEntity, type MirroredEntity } from '../../../src-renderer/sync/pull/mirrored-entities';
import { pagePrefetcher } from '../../../src-renderer/sync/pull/page-prefetch';
import { DEFAULT_PAGE_SIZE } from '../../../src-renderer/sync/pull/pull-context';

/**
 * The first sync's requests without its writes: every page of both tables fetched as the pull
 * fetches them (same prefetcher, bridge, limiter, parsing and row conversion), nothing stored.
 * What is left of the first sync's time once this is taken away is the storing.
 */
export async function fetchOnly() {
  const started = performance.now();
  let rows = 0;
  const fetchers: Array<MirroredEntity<{ id: string; lastUpdated: string | null }>['fetchPage']> = [customersEntity.fetchPage, productsEntity.fetchPage];
  for (const fetchPage of fetchers) {
    const pages = pagePrefetcher(fetchPage, bridge, DEFAULT_PAGE_SIZE);
    for (let n = 1; ; n += 1) {
      const page = await pages.take(n);
      rows += page.rows.length;
      if (!page.hasNext) break;
    }
  }
  return { ms: performance.now() - started, rows };
}
