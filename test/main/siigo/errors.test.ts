import { afterEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../src-main/siigo-sandbox';
import { createSiigoClient, RateLimiterRegistry, SiigoError } from '../../../src-main/siigo';
import { failureSchema } from '../../../src-shared/failure';
import {
  clientFor,
  closedPortUrl,
  customerBody,
  invoiceBody,
  localServer,
  partnerId,
  rejectionOf,
  requestsTo,
  sandbox,
  seedRefs,
  type LocalServer,
} from './support';

/** Every error must be a SiigoError whose Failure passes the bridge schema. */
function expectFailure(error: unknown, kind: string) {
  expect(error).toBeInstanceOf(SiigoError);
  const failure = (error as SiigoError).toFailure();
  expect(failureSchema.parse(failure)).toEqual(failure);
  expect(failure.kind).toBe(kind);
  return failure;
}

describe('Siigo client typed errors', () => {
  let sb: Sandbox | undefined;
  let server: LocalServer | undefined;
  afterEach(async () => {
    await sb?.close();
    await server?.close();
    sb = undefined;
    server = undefined;
  });

  it('offline: nothing listens on the port', async () => {
    const baseUrl = await closedPortUrl();
    const client = createSiigoClient({
      baseUrl,
      partnerId,
      credentials: async () => ({ username: 'u@example.com', accessKey: 'some-access-key-value' }),
      retry: { maxAttempts: 2, baseDelayMs: 5, maxDelayMs: 10 },
      rateLimiters: new RateLimiterRegistry(),
    });
    const error = await rejectionOf(client.products.list());
    const failure = expectFailure(error, 'offline');
    expect(failure.retryable).toBe(true);
    expect(failure.message).toMatch(/ECONNREFUSED/);
    client.close();
  });

  it('timeout: Siigo hangs on a GET (retried, then timeout)', async () => {
    sb = await sandbox({ faults: [{ kind: 'hang', path: '/v1/taxes' }] });
    const { client } = clientFor(sb, { timeouts: { readMs: 150 }, retry: { maxAttempts: 2, baseDelayMs: 5, maxDelayMs: 10 } });
    const started = performance.now();
    const error = await rejectionOf(client.catalogs.taxes());
    expectFailure(error, 'timeout');
    expect(performance.now() - started).toBeGreaterThanOrEqual(300);
    expect(requestsTo(sb, 'GET', '/v1/taxes').map((r) => r.status)).toEqual(['hung', 'hung']);
    client.close();
  });

  it('cancelled: aborting an in-flight GET', async () => {
    sb = await sandbox({ faults: [{ kind: 'latency', ms: 2_000, path: '/v1/taxes' }] });
    const { client } = clientFor(sb);
    const abort = new AbortController();
    const pending = rejectionOf(client.catalogs.taxes({ signal: abort.signal }));
    setTimeout(() => abort.abort(), 100);
    const started = performance.now();
    expectFailure(await pending, 'cancelled');
    expect(performance.now() - started).toBeLessThan(1_000);
    client.close();
  });

  it('aborting a single-shot write in flight is unknown_outcome (Siigo may still apply it)', async () => {
    sb = await sandbox({ faults: [{ kind: 'latency', ms: 5_000, method: 'POST', path: '/v1/customers' }] });
    const { client } = clientFor(sb);
    const abort = new AbortController();
    const pending = rejectionOf(client.customers.create(customerBody('1098765432'), { signal: abort.signal }));
    // Aborted once Siigo has the request (the sandbox logs it on arrival), not after a fixed delay:
    // under load the login before it may take longer than any delay chosen here.
    while (requestsTo(sb, 'POST', '/v1/customers').length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    abort.abort();
    const failure = expectFailure(await pending, 'unknown_outcome');
    expect(failure.retryable).toBe(false);
    // Sent once, never again: whether it landed is for the caller's lookup to find out.
    expect(requestsTo(sb, 'POST', '/v1/customers')).toHaveLength(1);
    client.close();
  });

  it('cancelled: aborting a call still queued in the limiter sends nothing', async () => {
    sb = await sandbox();
    const { client } = clientFor(sb, { rateLimit: { requests: 2, windowMs: 60_000 } });
    await client.catalogs.taxes(); // login + 1: budget exhausted
    const abort = new AbortController();
    const pending = rejectionOf(client.catalogs.warehouses({ signal: abort.signal }));
    await new Promise((r) => setTimeout(r, 30));
    abort.abort();
    expectFailure(await pending, 'cancelled');
    expect(requestsTo(sb, 'GET', '/v1/warehouses')).toHaveLength(0);
    client.close();
  });

  it('rejected: a Siigo validation error keeps its Code/Message/Params, never retried', async () => {
    sb = await sandbox();
    const { client } = clientFor(sb);
    const refs = await seedRefs(client);
    const body = invoiceBody(refs.customer, refs.product);
    body.payments = [{ id: body.payments[0]!.id, value: 1000 }]; // total is 1 190
    const error = await rejectionOf(client.invoices.create(body, { idempotencyKey: 'REJECTED1' }));
    const failure = expectFailure(error, 'rejected');
    expect(failure.status).toBe(400);
    expect(failure.retryable).toBe(false);
    expect(failure.errors[0]?.Code).toBe('invalid_total_payments');
    expect(failure.errors[0]?.Message).toBeTruthy();
    expect(failure.message).toContain('invalid_total_payments');
    expect(requestsTo(sb, 'POST', '/v1/invoices')).toHaveLength(1);
    client.close();
  });

  it('rejected: 404 for an unknown id', async () => {
    sb = await sandbox();
    const { client } = clientFor(sb);
    const error = await rejectionOf(client.customers.get('00000000-0000-0000-0000-000000000000'));
    const failure = expectFailure(error, 'rejected');
    expect(failure.status).toBe(404);
    expect(failure.errors[0]?.Code).toBe('not_found');
    client.close();
  });

  describe('invalid_response (a local server standing in for a broken Siigo)', () => {
    const fakeSiigo = (answer: () => { status: number; body: string; type?: string }) =>
      localServer((req) =>
        req.url === '/auth'
          ? { status: 200, body: JSON.stringify({ access_token: 'fake-token-123456', expires_in: 86_400 }) }
          : answer(),
      );
    const clientOf = (url: string) =>
      createSiigoClient({
        baseUrl: url,
        partnerId,
        credentials: async () => ({ username: 'u@example.com', accessKey: 'some-access-key-value' }),
        rateLimiters: new RateLimiterRegistry(),
      });

    it('a body that is not JSON', async () => {
      server = await fakeSiigo(() => ({ status: 200, body: '<html>gateway says hi</html>', type: 'text/html' }));
      const client = clientOf(server.url);
      const failure = expectFailure(await rejectionOf(client.catalogs.taxes()), 'invalid_response');
      expect(failure.message).toMatch(/not JSON/);
      client.close();
    });

    it('JSON of the wrong shape names the zod issue path', async () => {
      server = await fakeSiigo(() => ({
        status: 200,
        body: JSON.stringify({ pagination: { page: 1, page_size: 100, total_results: 1 }, results: [{ id: 5 }] }),
      }));
      const client = clientOf(server.url);
      const failure = expectFailure(await rejectionOf(client.customers.list()), 'invalid_response');
      expect(failure.message).toContain('results[0].id');
      client.close();
    });

    it('an error body sent with 200 is not read as an empty page', async () => {
      server = await fakeSiigo(() => ({
        status: 200,
        body: JSON.stringify({ Status: 400, Errors: [{ Code: 'invalid_type', Message: 'x' }] }),
      }));
      const client = clientOf(server.url);
      expectFailure(await rejectionOf(client.products.list()), 'invalid_response');
      client.close();
    });
  });

  describe('invalid_input: refused before anything is sent', () => {
    it.each([['Mostrador-App'], ['ab'], ['Mostrador App'], ['x'.repeat(101)]])('Partner-Id %j', async (badPartnerId) => {
      sb = await sandbox();
      const { client } = clientFor(sb, { partnerId: badPartnerId });
      const failure = expectFailure(await rejectionOf(client.catalogs.taxes()), 'invalid_input');
      expect(failure.message).toMatch(/Partner-Id/);
      await expect(client.testConnection()).rejects.toMatchObject({ kind: 'invalid_input' });
      expect(sb.requests()).toHaveLength(0);
      client.close();
    });

    it('bad filters and ids (bodies are parsed once, at the bridge: test/main/ipc/bridge.test.ts)', async () => {
      sb = await sandbox();
      const { client } = clientFor(sb);
      await expect(client.customers.list({ created_start: '21/11/2025' })).rejects.toMatchObject({ kind: 'invalid_input' });
      await expect(client.customers.list({ page_size: 500 })).rejects.toMatchObject({ kind: 'invalid_input' });
      await expect(client.customers.get('a/b')).rejects.toMatchObject({ kind: 'invalid_input' });
      expect(sb.requests()).toHaveLength(0);
      client.close();
    });
  });
});
