import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../src-main/siigo-sandbox/index';
import { type Api, controllableClock, expectSiigoError, goodCustomer, openApi, stockProduct } from './helpers';

describe('sandbox: fault injection', () => {
  const clock = controllableClock();
  let api: Api;
  beforeAll(async () => {
    api = await openApi({ now: clock.now, rateLimit: { requests: 1000, windowMs: 60_000 } });
  });
  afterAll(() => api.sandbox.close());

  const invoice = () => ({
    document: { id: DEMO_IDS.documentTypes.fvPaper },
    date: clock.today(),
    customer: { identification: goodCustomer(api.sandbox).identification },
    seller: DEMO_IDS.users.main,
    items: [{ code: stockProduct(api.sandbox).code, quantity: 1, price: 100 }],
    payments: [{ id: DEMO_IDS.paymentTypes.cash, value: 100 }],
  });
  const lastLog = () => api.sandbox.requests().at(-1)!;

  it('status: answers 5xx with Siigo body without handling; times limits it', async () => {
    api.sandbox.clearFaults();
    api.sandbox.addFault({ kind: 'status', status: 503, method: 'POST', path: '/v1/invoices', times: 1 });
    const before = api.sandbox.store.invoices.length;
    expectSiigoError(await api.call('POST', '/v1/invoices', invoice()), 503, 'service_unavailable');
    expect(api.sandbox.store.invoices.length).toBe(before);
    expect(lastLog()).toMatchObject({ method: 'POST', path: '/v1/invoices', status: 503, fault: 'status' });
    expect((await api.call('POST', '/v1/invoices', invoice())).status).toBe(201);
  });

  it('query: a rule can pick requests by their query string (some pages of a listing)', async () => {
    api.sandbox.clearFaults();
    api.sandbox.addFault({ kind: 'status', status: 503, method: 'GET', path: '/v1/products', query: (params) => Number(params.get('page')) >= 2 });
    expect((await api.call('GET', '/v1/products?page=1&page_size=25')).status).toBe(200);
    expectSiigoError(await api.call('GET', '/v1/products?page=2&page_size=25'), 503, 'service_unavailable');
    expect((await api.call('GET', '/v1/products?page_size=25')).status).toBe(200);
    api.sandbox.clearFaults();
  });

  it('rate-limit: 429 requests_limit, with Retry-After only when given; skip lets requests pass first', async () => {
    api.sandbox.clearFaults();
    api.sandbox.addFault({ kind: 'rate-limit', path: '/v1/taxes', skip: 1, times: 1, retryAfterSeconds: 7 });
    api.sandbox.addFault({ kind: 'rate-limit', path: /^\/v1\/warehouses$/, times: 1 });
    expect((await api.call('GET', '/v1/taxes')).status).toBe(200);
    const limited = await api.call('GET', '/v1/taxes');
    expectSiigoError(limited, 429, 'requests_limit');
    expect(limited.headers.get('retry-after')).toBe('7');
    expect((await api.call('GET', '/v1/taxes')).status).toBe(200);
    const plain = await api.call('GET', '/v1/warehouses');
    expectSiigoError(plain, 429, 'requests_limit');
    expect(plain.headers.get('retry-after')).toBeNull();
  });

  it('drop-before-commit: socket destroyed, nothing created', async () => {
    api.sandbox.clearFaults();
    api.sandbox.addFault({ kind: 'drop-before-commit', method: 'POST', path: '/v1/invoices', times: 1 });
    const before = api.sandbox.store.invoices.length;
    await expect(api.call('POST', '/v1/invoices', invoice(), { 'idempotency-key': 'DropBefore1' })).rejects.toThrow();
    expect(api.sandbox.store.invoices.length).toBe(before);
    expect(lastLog()).toMatchObject({ status: 'dropped', fault: 'drop-before-commit', idempotencyKey: 'DropBefore1', partnerId: 'MostradorTests' });
    expect((await api.call('POST', '/v1/invoices', invoice(), { 'idempotency-key': 'DropBefore1' })).status).toBe(201);
    expect(api.sandbox.store.invoices.length).toBe(before + 1);
  });

  it('drop-after-commit: created and recorded, then dropped; the replay with the same key returns it', async () => {
    api.sandbox.clearFaults();
    api.sandbox.addFault({ kind: 'drop-after-commit', method: 'POST', path: '/v1/invoices', times: 1 });
    const before = api.sandbox.store.invoices.length;
    await expect(api.call('POST', '/v1/invoices', invoice(), { 'idempotency-key': 'DropAfter1' })).rejects.toThrow();
    expect(api.sandbox.store.invoices.length).toBe(before + 1);
    const created = api.sandbox.created().at(-1)!;
    expect(created.idempotencyKey).toBe('DropAfter1');
    expect(lastLog().status).toBe('dropped');
    const replay = await api.call('POST', '/v1/invoices', invoice(), { 'idempotency-key': 'DropAfter1' });
    expect(replay.status).toBe(201);
    expect(replay.body.id).toBe(created.id);
    expect(api.sandbox.store.invoices.length).toBe(before + 1);
  });

  it('hang: never answers until the client aborts', async () => {
    api.sandbox.clearFaults();
    api.sandbox.addFault({ kind: 'hang', path: '/v1/taxes', times: 1 });
    const controller = new AbortController();
    const pending = fetch(`${api.sandbox.url}/v1/taxes`, { headers: { 'partner-id': 'X1Y', authorization: api.token }, signal: controller.signal });
    await new Promise((r) => setTimeout(r, 100));
    expect(lastLog()).toMatchObject({ status: 'hung', fault: 'hang' });
    controller.abort();
    await expect(pending).rejects.toThrow();
  });

  it('latency: delays and composes with the next rule', async () => {
    api.sandbox.clearFaults();
    api.sandbox.addFault({ kind: 'latency', ms: 150, path: '/v1/taxes', times: 2 });
    api.sandbox.addFault({ kind: 'status', status: 500, path: '/v1/taxes', times: 1 });
    let t = Date.now();
    expectSiigoError(await api.call('GET', '/v1/taxes'), 500, 'unhandled_error');
    expect(Date.now() - t).toBeGreaterThanOrEqual(140);
    expect(lastLog().fault).toBe('latency+status');
    t = Date.now();
    expect((await api.call('GET', '/v1/taxes')).status).toBe(200);
    expect(Date.now() - t).toBeGreaterThanOrEqual(140);
  });

  it('expire-token: every token expires before the request, which then fails 401', async () => {
    api.sandbox.clearFaults();
    api.sandbox.addFault({ kind: 'expire-token', path: '/v1/products', times: 1 });
    expect((await api.call('GET', '/v1/taxes')).status).toBe(200);
    expectSiigoError(await api.call('GET', '/v1/products'), 401, 'unauthorized');
    expectSiigoError(await api.call('GET', '/v1/taxes'), 401, 'unauthorized');
    await api.login();
    expect((await api.call('GET', '/v1/products')).status).toBe(200);
  });

  it('probability is drawn from the seeded PRNG: the same seed gives the same pattern', async () => {
    const pattern = async (): Promise<number[]> => {
      const local = await openApi({ seed: 42, size: { customers: 5, products: 5 }, faults: [{ kind: 'status', status: 502, path: '/v1/taxes', probability: 0.5 }] });
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++) statuses.push((await local.call('GET', '/v1/taxes')).status);
      await local.sandbox.close();
      return statuses;
    };
    const first = await pattern();
    expect(first).toEqual(await pattern());
    expect(first).toContain(502);
    expect(first).toContain(200);
  });

  it('close() ends hanging requests', async () => {
    const local = await openApi({ size: { customers: 5, products: 5 }, faults: [{ kind: 'hang', path: /^\/v1\// }] });
    const pending = fetch(`${local.sandbox.url}/v1/taxes`).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 50));
    await local.sandbox.close();
    expect(await pending).toBeInstanceOf(Error);
  });
});
