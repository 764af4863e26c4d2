import { afterEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../src-main/siigo-sandbox';
import { createSiigoClient, RateLimiterRegistry, type Priority } from '../../../src-main/siigo';
import { clientFor, maxInAnyWindow, partnerId, sandbox } from './support';

// Scaled-down budget so 300 calls take seconds: 20 requests per 500 ms, on both sides.
const budget = { requests: 20, windowMs: 500 };

describe('Siigo client rate limiting', () => {
  let sb: Sandbox | undefined;
  afterEach(async () => {
    await sb?.close();
    sb = undefined;
  });

  it(
    '300 queued calls of mixed priority: never over budget in ANY window; interactive first',
    async () => {
      sb = await sandbox({ rateLimit: budget });
      const { client } = clientFor(sb, { rateLimit: budget });
      const finished: Array<{ priority: Priority; index: number; at: number }> = [];
      const call = (priority: Priority, index: number) =>
        client.catalogs.taxes({ priority }).then(() => finished.push({ priority, index, at: performance.now() }));

      // 200 background calls queued first, then 100 interactive ones.
      const calls: Promise<unknown>[] = [];
      for (let i = 0; i < 200; i++) calls.push(call('background', i));
      for (let i = 0; i < 100; i++) calls.push(call('interactive', i));
      await Promise.all(calls);

      const seen = sb.requests();
      expect(seen).toHaveLength(301); // 300 calls + 1 login
      expect(seen.filter((r) => r.status === 429)).toHaveLength(0);
      expect(maxInAnyWindow(seen.map((r) => r.at), budget.windowMs)).toBeLessThanOrEqual(budget.requests);

      // The first window's worth of background calls got slots before the interactive ones were
      // queued; every other background call must finish after the last interactive call.
      const lastInteractive = Math.max(...finished.filter((f) => f.priority === 'interactive').map((f) => f.at));
      const backgroundBefore = finished.filter((f) => f.priority === 'background' && f.at < lastInteractive);
      expect(backgroundBefore.length).toBeLessThanOrEqual(budget.requests);
      // FIFO within a priority.
      const interactiveOrder = finished.filter((f) => f.priority === 'interactive').map((f) => f.index);
      expect(interactiveOrder).toEqual([...interactiveOrder].sort((a, b) => a - b));
      client.close();
    },
    30_000,
  );

  it('two client instances for the same company share one budget', async () => {
    sb = await sandbox({ rateLimit: budget });
    const registry = new RateLimiterRegistry();
    const make = () =>
      createSiigoClient({
        baseUrl: sb!.url,
        partnerId,
        credentials: async () => ({ username: sb!.credentials.username, accessKey: sb!.credentials.access_key }),
        rateLimit: budget,
        rateLimiters: registry,
        retry: { maxAttempts: 1 },
      });
    const a = make();
    const b = make();
    await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 ? a : b).catalogs.taxes()));
    const seen = sb.requests();
    expect(seen.filter((r) => r.status === 429)).toHaveLength(0);
    expect(maxInAnyWindow(seen.map((r) => r.at), budget.windowMs)).toBeLessThanOrEqual(budget.requests);
    a.close();
    b.close();
  });

  it('close() rejects queued calls as cancelled and sends nothing more', async () => {
    sb = await sandbox({ rateLimit: { requests: 2, windowMs: 60_000 } });
    const { client } = clientFor(sb, { rateLimit: { requests: 2, windowMs: 60_000 } });
    await client.catalogs.taxes(); // login + 1 call: the budget is used up for a minute
    const queued = Array.from({ length: 5 }, () => client.catalogs.taxes().catch((e: unknown) => e));
    await new Promise((r) => setTimeout(r, 50));
    client.close();
    const errors = (await Promise.all(queued)) as Array<{ kind: string }>;
    expect(errors.map((e) => e.kind)).toEqual(Array(5).fill('cancelled'));
    expect(sb.requests()).toHaveLength(2);
  });
});
