import { afterEach, describe, expect, it } from 'vitest';
import type { RequestLogEntry } from '../../../src-main/siigo-sandbox/types';
import { CATALOG_REQUESTS } from '../../../src-renderer/sync/pull/catalog-pull';
import { createMirrorSync } from '../../../src-renderer/sync/pull/mirror-sync';
import { createPullScheduler } from '../../../src-renderer/sync/pull/pull-scheduler';
import { startHarness, type Harness } from '../support/harness';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const CATALOG_PATHS = /^\/v1\/(document-types|payment-types|taxes|users|warehouses|price-lists|cost-centers)$/;
const catalogRequests = (requests: RequestLogEntry[]) => requests.filter((r) => CATALOG_PATHS.test(r.path));

describe('catalogs pulled only when stale, or on demand', () => {
  it('skips the catalogs within the hour, pulls them after it, and at once when forced', async () => {
    let t = Date.now();
    h = await startHarness({ size: { customers: 30, products: 30 }, requestLogLimit: Infinity });
    const mirror = createMirrorSync({ db: h.db, bridge: h.bridge, now: () => new Date(t) });
    const pulls = createPullScheduler({ run: (request) => mirror.pull(request), intervalMs: 0 });
    const pullCounting = async (request?: { forceCatalogs?: boolean }) => {
      const before = h.sandbox.requestCount();
      await pulls.pullNow(request);
      return h.sandbox.requestsSince(before);
    };

    // First pull: everything, the catalogs among it.
    expect(catalogRequests(await pullCounting())).toHaveLength(CATALOG_REQUESTS);

    // Within the hour: customers and products are pulled incrementally, the catalogs not at all.
    t += 59 * 60_000;
    const fresh = await pullCounting();
    expect(catalogRequests(fresh)).toHaveLength(0);
    expect(fresh.some((r) => r.path === '/v1/customers')).toBe(true);

    // Past the hour since they were pulled: once more.
    t += 2 * 60_000;
    expect(catalogRequests(await pullCounting())).toHaveLength(CATALOG_REQUESTS);
    t += 60_000;
    expect(catalogRequests(await pullCounting())).toHaveLength(0);

    // "Actualizar catálogos": at once, fresh or not.
    expect(catalogRequests(await pullCounting({ forceCatalogs: true }))).toHaveLength(CATALOG_REQUESTS);
  });

  it('a forced pull asked while another runs happens right after it, once, with the catalogs', async () => {
    h = await startHarness({ size: { customers: 30, products: 30 }, requestLogLimit: Infinity });
    const mirror = createMirrorSync({ db: h.db, bridge: h.bridge });
    const requests: Array<{ forceCatalogs?: boolean }> = [];
    const pulls = createPullScheduler({
      run: (request) => {
        requests.push(request);
        return mirror.pull(request);
      },
      intervalMs: 0,
    });
    const before = h.sandbox.requestCount();
    const first = pulls.pullNow();
    const forced = pulls.pullNow({ forceCatalogs: true });
    const plain = pulls.pullNow();
    await Promise.all([first, forced, plain]);
    expect(requests.map((request) => request.forceCatalogs === true)).toEqual([false, true]);
    // The first pull (a first sync) fetched them as stale; the queued one again, as forced.
    expect(catalogRequests(h.sandbox.requestsSince(before))).toHaveLength(2 * CATALOG_REQUESTS);
  });
});
