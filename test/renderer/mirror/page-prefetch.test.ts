import { describe, expect, it } from 'vitest';
import type { BridgeClient } from '../../../src-shared/ipc/client';
import type { PageQuery, RowPage } from '../../../src-renderer/sync/pull/mirrored-entities';
import { pagePrefetcher } from '../../../src-renderer/sync/pull/page-prefetch';

/** Five pages of two rows; each request answers only when the test says so. */
function controlledPages() {
  const requested: number[] = [];
  const answer = new Map<number, () => void>();
  const fetchPage = (_bridge: BridgeClient, query: PageQuery) =>
    new Promise<RowPage<string>>((resolve) => {
      requested.push(query.page);
      answer.set(query.page, () => resolve({ totalResults: 10, hasNext: query.page < 5, rows: [`${query.page}a`, `${query.page}b`] }));
    });
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { requested, answer: async (page: number) => (answer.get(page)!(), flush()), fetchPage };
}

describe('page prefetcher', () => {
  it('hands over a page fetched ahead only once its answer is here, without asking again', async () => {
    const pages = controlledPages();
    const prefetcher = pagePrefetcher(pages.fetchPage, {} as BridgeClient, 2, 4);
    const first = prefetcher.take(1);
    await pages.answer(1);
    expect((await first).rows).toEqual(['1a', '1b']);
    expect(pages.requested).toEqual([1, 2, 3, 4, 5]);

    expect(prefetcher.takeArrived(2)).toBeNull(); // asked, not answered
    await pages.answer(3);
    expect(prefetcher.takeArrived(2)).toBeNull(); // a later page's answer does not stand in
    await pages.answer(2);
    expect(prefetcher.takeArrived(2)?.rows).toEqual(['2a', '2b']);
    expect(prefetcher.takeArrived(3)?.rows).toEqual(['3a', '3b']);
    expect(prefetcher.takeArrived(3)).toBeNull(); // handed over once
    expect(pages.requested).toEqual([1, 2, 3, 4, 5]);

    const fourth = prefetcher.take(4);
    await pages.answer(4);
    expect((await fourth).rows).toEqual(['4a', '4b']);
    expect(pages.requested).toEqual([1, 2, 3, 4, 5]);
  });
});
