import { afterEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../src-main/siigo-sandbox';
import { clientFor, customerBody, rejectionOf, requestsTo, sandbox } from './support';

describe('Siigo client retries and backoff', () => {
  let sb: Sandbox | undefined;
  afterEach(async () => {
    await sb?.close();
    sb = undefined;
  });

  it('429 with Retry-After: waits that long, and the pause holds back EVERY caller', async () => {
    sb = await sandbox({ faults: [{ kind: 'rate-limit', retryAfterSeconds: 1, path: '/v1/taxes', times: 1 }] });
    const { client, logs } = clientFor(sb);
    await client.catalogs.warehouses(); // logged in, warm
    const taxes = client.catalogs.taxes();
    // A different call issued while the limiter is paused must wait for the pause too.
    await new Promise((r) => setTimeout(r, 100));
    const other = client.catalogs.priceLists();
    await Promise.all([taxes, other]);

    const [refused, retried] = requestsTo(sb, 'GET', '/v1/taxes');
    expect(refused?.status).toBe(429);
    expect(retried?.status).toBe(200);
    expect(retried!.at - refused!.at).toBeGreaterThanOrEqual(1_000);
    const priceLists = requestsTo(sb, 'GET', '/v1/price-lists')[0];
    expect(priceLists!.at - refused!.at).toBeGreaterThanOrEqual(1_000);
    expect(logs.some((l) => l.msg === 'siigo request will be retried' && l['pausesAllCalls'] === true)).toBe(true);
    client.close();
  });

  it('429 without Retry-After: exponential backoff, then success', async () => {
    sb = await sandbox({ faults: [{ kind: 'rate-limit', path: '/v1/taxes', times: 2 }] });
    const { client } = clientFor(sb, { retry: { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1_000 }, random: () => 0 });
    await client.catalogs.taxes();
    const seen = requestsTo(sb, 'GET', '/v1/taxes');
    expect(seen.map((r) => r.status)).toEqual([429, 429, 200]);
    // With random() = 0 the 429 backoff is half the ceiling: 50 ms, then 100 ms.
    expect(seen[1]!.at - seen[0]!.at).toBeGreaterThanOrEqual(50);
    expect(seen[2]!.at - seen[1]!.at).toBeGreaterThanOrEqual(100);
    client.close();
  });

  it('429 on every attempt → typed rate_limited after maxAttempts', async () => {
    sb = await sandbox({ faults: [{ kind: 'rate-limit', path: '/v1/taxes' }] });
    const { client } = clientFor(sb, { retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 20 } });
    const error = await rejectionOf(client.catalogs.taxes());
    expect(error.kind).toBe('rate_limited');
    expect(error.retryable).toBe(true);
    expect(error.errors[0]?.Code).toBe('requests_limit');
    expect(requestsTo(sb, 'GET', '/v1/taxes')).toHaveLength(3);
    client.close();
  });

  it('a Retry-After beyond 120 s fails the call at once as rate_limited, and the company stays paused', async () => {
    sb = await sandbox({ faults: [{ kind: 'rate-limit', retryAfterSeconds: 600, path: '/v1/taxes', times: 1 }] });
    const { client } = clientFor(sb);
    const error = await rejectionOf(client.catalogs.taxes());
    expect(error.kind).toBe('rate_limited');
    expect(error.retryAfterMs).toBe(600_000);
    const before = sb.requestCount();
    const waiting = await rejectionOf(client.catalogs.warehouses({ signal: AbortSignal.timeout(200) }));
    expect(waiting.kind).toBe('cancelled');
    expect(sb.requestCount()).toBe(before); // held back by the pause, nothing sent
    client.close();
  });

  it('a burst of 503s on a GET is retried with growing delays until it succeeds', async () => {
    sb = await sandbox({ faults: [{ kind: 'status', status: 503, path: '/v1/products', times: 3 }] });
    const { client } = clientFor(sb, { retry: { maxAttempts: 4, baseDelayMs: 40, maxDelayMs: 1_000 }, random: () => 0.99 });
    const page = await client.products.list({ page_size: 5 });
    expect(page.results).toHaveLength(5);
    const seen = requestsTo(sb, 'GET', '/v1/products');
    expect(seen.map((r) => r.status)).toEqual([503, 503, 503, 200]);
    // Full jitter ceilings 40, 80, 160 ms (random ≈ 1).
    expect(seen[1]!.at - seen[0]!.at).toBeGreaterThanOrEqual(35);
    expect(seen[2]!.at - seen[1]!.at).toBeGreaterThanOrEqual(75);
    expect(seen[3]!.at - seen[2]!.at).toBeGreaterThanOrEqual(155);
    client.close();
  });

  it('5xx on every attempt of a GET → typed server error with Siigo’s entries', async () => {
    sb = await sandbox({ faults: [{ kind: 'status', status: 502, path: '/v1/products' }] });
    const { client } = clientFor(sb, { retry: { maxAttempts: 3, baseDelayMs: 5, maxDelayMs: 10 } });
    const error = await rejectionOf(client.products.list());
    expect(error.kind).toBe('server');
    expect(error.status).toBe(502);
    expect(error.retryable).toBe(true);
    expect(error.errors[0]?.Code).toBe('service_unavailable');
    expect(requestsTo(sb, 'GET', '/v1/products')).toHaveLength(3);
    client.close();
  });

  it('503 on a POST without Idempotency-Key is NOT retried: unknown_outcome', async () => {
    sb = await sandbox({ faults: [{ kind: 'status', status: 503, method: 'POST', path: '/v1/customers', times: 1 }] });
    const { client } = clientFor(sb);
    const error = await rejectionOf(client.customers.create(customerBody('900111222')));
    expect(error.kind).toBe('unknown_outcome');
    expect(error.reason).toBe('server_error');
    expect(error.status).toBe(503);
    expect(requestsTo(sb, 'POST', '/v1/customers')).toHaveLength(1);
    client.close();
  });

  it('a connection reset on a GET is retried; on every attempt it ends as offline', async () => {
    sb = await sandbox({ faults: [{ kind: 'drop-before-commit', path: '/v1/taxes', times: 2 }] });
    const { client } = clientFor(sb);
    await client.catalogs.taxes();
    expect(requestsTo(sb, 'GET', '/v1/taxes').map((r) => r.status)).toEqual(['dropped', 'dropped', 200]);

    sb.addFault({ kind: 'drop-before-commit', path: '/v1/warehouses' });
    const error = await rejectionOf(client.catalogs.warehouses());
    expect(error.kind).toBe('offline');
    expect(requestsTo(sb, 'GET', '/v1/warehouses')).toHaveLength(4);
    client.close();
  });
});
