import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BODY_BYTES, DEFAULT_REQUEST_LOG_LIMIT, startSandbox, type Sandbox } from '../../src-main/siigo-sandbox/index';
import { expectSiigoError, openApi, PARTNER_ID } from './helpers';
import { declareBody, rawRequest, streamBody, type RawAnswer } from './raw-http';

const json = (answer: RawAnswer) => ({ status: answer.status, body: JSON.parse(answer.text) as unknown });

describe('sandbox: request bodies are bounded', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ size: { customers: 5, products: 5 }, seedInvoices: false });
  });
  afterAll(async () => {
    await sandbox.close();
  });

  it('answers 413 in Siigo error shape before a streamed body over the limit is all sent', async () => {
    const total = 32 * DEFAULT_MAX_BODY_BYTES;
    const answer = await streamBody(sandbox.url, { path: '/auth', headers: { 'content-type': 'application/json' } }, total);
    expectSiigoError(json(answer), 413, 'request_too_large');
    expect(answer.headers.connection).toBe('close');
    // The sandbox stopped reading at the limit: only socket buffers' worth went out after it.
    expect(answer.sent).toBeLessThan(total / 2);
    expect(sandbox.requests().at(-1)).toMatchObject({ method: 'POST', path: '/auth', status: 413 });
  });

  it('answers 413 to a Content-Length over the limit without waiting for the body', async () => {
    const answer = await declareBody(sandbox.url, { path: '/v1/invoices', headers: { 'partner-id': PARTNER_ID } }, 50 * 1024 * 1024);
    expectSiigoError(json(answer), 413, 'request_too_large');
  });

  it('accepts a body of exactly maxBodyBytes and refuses one byte more', async () => {
    const small = await startSandbox({ size: { customers: 5, products: 5 }, seedInvoices: false, maxBodyBytes: 2048 });
    try {
      const credentials = JSON.stringify(small.credentials);
      const padded = (bytes: number) => credentials + ' '.repeat(bytes - credentials.length);
      const headers = { 'content-type': 'application/json' };
      const fits = await rawRequest(small.url, { path: '/auth', headers, body: padded(2048) });
      expect(fits.status).toBe(200);
      const over = await rawRequest(small.url, { path: '/auth', headers, body: padded(2049) });
      expectSiigoError(json(over), 413, 'request_too_large');
    } finally {
      await small.close();
    }
  });
});

describe('sandbox: only loopback Host names are answered', () => {
  let sandbox: Sandbox;
  let port: string;
  beforeAll(async () => {
    sandbox = await startSandbox({ size: { customers: 5, products: 5 }, seedInvoices: false });
    port = new URL(sandbox.url).port;
  });
  afterAll(async () => {
    await sandbox.close();
  });

  const auth = (host: string) =>
    rawRequest(sandbox.url, { path: '/auth', headers: { host, 'content-type': 'application/json' }, body: JSON.stringify(sandbox.credentials) });

  it('refuses a rebound or foreign name with 421 in Siigo error shape, and answers 127.0.0.1, localhost and [::1]', async () => {
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1.nip.io:${port}`, `localhost.evil.example:${port}`, `127.0.0.2:${port}`]) {
      const answer = await auth(host);
      expectSiigoError(json(answer), 421, 'invalid_host');
      expect(json(answer).body).toMatchObject({ Errors: [{ Params: ['Host'] }] });
      expect(sandbox.requests().at(-1)).toMatchObject({ path: '/auth', status: 421 });
    }
    for (const host of [`127.0.0.1:${port}`, '127.0.0.1', `localhost:${port}`, `LocalHost:${port}`, `[::1]:${port}`, '[::1]']) {
      expect((await auth(host)).status, host).toBe(200);
    }
  });
});

describe('sandbox: the request log keeps the recent past', () => {
  it('keeps the last requestLogLimit requests in order and counts them all', async () => {
    const api = await openApi({ requestLogLimit: 5, seedInvoices: false }); // the login is request 1
    try {
      for (let page = 1; page <= 8; page++) await api.call('GET', `/v1/customers?page=${page}&page_size=1`);
      expect(api.sandbox.requestCount()).toBe(9);
      expect(api.sandbox.requests().map((r) => r.query)).toEqual([4, 5, 6, 7, 8].map((page) => `page=${page}&page_size=1`));
      const before = api.sandbox.requestCount();
      await api.call('GET', '/v1/taxes');
      expect(api.sandbox.requestsSince(before).map((r) => r.path)).toEqual(['/v1/taxes']);
      expect(api.sandbox.requestsSince(0)).toHaveLength(5);
    } finally {
      await api.sandbox.close();
    }
  });

  it(`is bounded by default (${DEFAULT_REQUEST_LOG_LIMIT} entries)`, async () => {
    const sandbox = await startSandbox({ size: { customers: 5, products: 5 }, seedInvoices: false });
    try {
      const batch = 25;
      const total = DEFAULT_REQUEST_LOG_LIMIT + batch;
      // Unknown paths are answered 404 before any auth or rate limit: the cheapest requests to log.
      for (let first = 0; first < total; first += batch) {
        await Promise.all(Array.from({ length: batch }, (_, i) => fetch(`${sandbox.url}/nothing/${first + i}`).then((r) => r.arrayBuffer())));
      }
      expect(sandbox.requestCount()).toBe(total);
      const kept = sandbox.requests();
      expect(kept).toHaveLength(DEFAULT_REQUEST_LOG_LIMIT);
      // The first batch is the one let go.
      expect(kept.every((r) => r.status === 404 && Number(r.path.split('/')[2]) >= batch)).toBe(true);
    } finally {
      await sandbox.close();
    }
  });
});
