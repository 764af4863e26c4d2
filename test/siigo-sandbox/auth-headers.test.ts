import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, PARTNER_ID, controllableClock, expectSiigoError, openApi } from './helpers';

describe('sandbox: /auth, Partner-Id, Authorization', () => {
  const clock = controllableClock();
  let api: Api;
  beforeAll(async () => {
    api = await openApi({ now: clock.now, tokenTtlSeconds: 3600 });
  });
  afterAll(() => api.sandbox.close());

  it('answers 200 with access_token, expires_in in seconds, Bearer, scope', async () => {
    const res = await fetch(`${api.sandbox.url}/auth`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(api.sandbox.credentials),
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toEqual({ access_token: expect.any(String), expires_in: 3600, token_type: 'Bearer', scope: 'SiigoAPI' });
  });

  it('rejects bad credentials with 401 unauthorized and a missing field with parameter_required', async () => {
    const post = (body: unknown) =>
      fetch(`${api.sandbox.url}/auth`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
        .then(async (r) => ({ status: r.status, body: await r.json() }));
    expectSiigoError(await post({ username: 'demo@mostrador.co', access_key: 'wrong' }), 401, 'unauthorized');
    const missing = await post({ username: 'demo@mostrador.co' });
    expectSiigoError(missing, 400, 'parameter_required');
    expect(missing.body.Errors[0].Params).toEqual(['access_key']);
  });

  it('requires Partner-Id on /v1 (header_required) and validates it (invalid_partner_id)', async () => {
    const noHeader = await fetch(`${api.sandbox.url}/v1/taxes`, { headers: { authorization: `Bearer ${api.token}` } });
    expectSiigoError({ status: noHeader.status, body: await noHeader.json() }, 400, 'header_required');
    for (const bad of ['Mostrador-App', 'ab', 'Mostrador App', 'x'.repeat(101)]) {
      expectSiigoError(await api.call('GET', '/v1/taxes', undefined, { 'partner-id': bad }), 400, 'invalid_partner_id');
    }
    expect((await api.call('GET', '/v1/taxes', undefined, { 'partner-id': 'abc' })).status).toBe(200);
  });

  it('rejects missing, unknown and expired tokens with 401; accepts Bearer and the bare token', async () => {
    const noAuth = await fetch(`${api.sandbox.url}/v1/taxes`, { headers: { 'partner-id': PARTNER_ID } });
    expectSiigoError({ status: noAuth.status, body: await noAuth.json() }, 401, 'unauthorized');
    expectSiigoError(await api.call('GET', '/v1/taxes', undefined, { authorization: 'Bearer nope' }), 401, 'unauthorized');
    expect((await api.call('GET', '/v1/taxes', undefined, { authorization: api.token })).status).toBe(200);

    clock.advance(3600 * 1000 - 1);
    expect((await api.call('GET', '/v1/taxes')).status).toBe(200);
    clock.advance(1);
    expectSiigoError(await api.call('GET', '/v1/taxes'), 401, 'unauthorized');
    await api.login();
    expect((await api.call('GET', '/v1/taxes')).status).toBe(200);
    api.sandbox.expireTokens();
    expectSiigoError(await api.call('GET', '/v1/taxes'), 401, 'unauthorized');
    await api.login();
  });

  it('answers unknown routes with 404 and Siigo error body', async () => {
    expectSiigoError(await api.call('GET', '/v1/nothing-here'), 404, 'not_found');
    expectSiigoError(await api.call('GET', '/v2/invoices'), 404, 'not_found');
    expectSiigoError(await api.call('GET', `/v1/invoices/00000000-0000-0000-0000-000000000000`), 404, 'not_found');
  });
});

describe('sandbox: rate limit', () => {
  it('answers 429 requests_limit beyond the limit per company, sliding window, no Retry-After', async () => {
    const clock = controllableClock();
    const api = await openApi({ now: clock.now, rateLimit: { requests: 3, windowMs: 1000 } });
    try {
      for (let i = 0; i < 3; i++) {
        expect((await api.call('GET', '/v1/taxes')).status).toBe(200);
        clock.advance(100);
      }
      const limited = await api.call('GET', '/v1/taxes');
      expectSiigoError(limited, 429, 'requests_limit');
      expect(limited.headers.get('retry-after')).toBeNull();
      // /auth is not counted: logging in still works while throttled.
      expect((await fetch(`${api.sandbox.url}/auth`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(api.sandbox.credentials) })).status).toBe(200);
      clock.advance(1000 - 300 + 1); // the first hit leaves the window
      expect((await api.call('GET', '/v1/taxes')).status).toBe(200);
      expectSiigoError(await api.call('GET', '/v1/taxes'), 429, 'requests_limit');
    } finally {
      await api.sandbox.close();
    }
  });
});
