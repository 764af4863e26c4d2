import { afterEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../src-main/siigo-sandbox';
import { clientFor, rejectionOf, requestsTo, sandbox } from './support';

const authCalls = (sb: Sandbox) => requestsTo(sb, 'POST', '/auth');

describe('Siigo client authentication', () => {
  let sb: Sandbox | undefined;
  afterEach(async () => {
    await sb?.close();
    sb = undefined;
  });

  it('logs in once for 20 concurrent first calls (one shared login)', async () => {
    sb = await sandbox();
    const { client } = clientFor(sb);
    const pages = await Promise.all(Array.from({ length: 20 }, () => client.products.list({ page_size: 1 })));
    expect(pages).toHaveLength(20);
    expect(authCalls(sb)).toHaveLength(1);
    expect(authCalls(sb)[0]?.status).toBe(200);
    // Partner-Id on every call, /auth included.
    expect(sb.requests().every((r) => r.partnerId === 'MostradorTests')).toBe(true);
    client.close();
  });

  it('renews the token BEFORE it expires (no 401 needed)', async () => {
    sb = await sandbox({ tokenTtlSeconds: 2 });
    const { client } = clientFor(sb);
    await client.catalogs.taxes();
    await client.catalogs.taxes();
    expect(authCalls(sb)).toHaveLength(1);
    // Lifetime 2 s → renewal margin 0.2 s: at 1.9 s the token is due for renewal but still valid.
    await new Promise((r) => setTimeout(r, 1_900));
    await client.catalogs.taxes();
    expect(authCalls(sb)).toHaveLength(2);
    expect(sb.requests().filter((r) => r.status === 401)).toHaveLength(0);
    client.close();
  });

  it('after a 401 logs in again exactly once and replays the request once', async () => {
    sb = await sandbox();
    const { client } = clientFor(sb);
    await client.catalogs.taxes();
    sb.expireTokens();
    const taxes = await client.catalogs.taxes();
    expect(taxes.length).toBeGreaterThan(0);
    expect(authCalls(sb)).toHaveLength(2);
    const taxCalls = requestsTo(sb, 'GET', '/v1/taxes').map((r) => r.status);
    expect(taxCalls).toEqual([200, 401, 200]);
    client.close();
  });

  it('20 concurrent calls hitting 401 on the same stale token share one re-login', async () => {
    sb = await sandbox();
    const { client } = clientFor(sb);
    await client.catalogs.taxes();
    sb.expireTokens();
    await Promise.all(Array.from({ length: 20 }, () => client.catalogs.warehouses()));
    expect(authCalls(sb)).toHaveLength(2);
    client.close();
  });

  it('an expire-token fault mid-session is survived with one re-login', async () => {
    sb = await sandbox({ faults: [{ kind: 'expire-token', path: '/v1/warehouses', times: 1 }] });
    const { client } = clientFor(sb);
    await client.catalogs.warehouses();
    expect(authCalls(sb)).toHaveLength(2);
    expect(requestsTo(sb, 'GET', '/v1/warehouses').map((r) => r.status)).toEqual([401, 200]);
    client.close();
  });

  it('a second 401 right after a fresh login is a typed auth error (no loop)', async () => {
    sb = await sandbox({ faults: [{ kind: 'expire-token', path: '/v1/warehouses' }] });
    const { client } = clientFor(sb);
    const error = await rejectionOf(client.catalogs.warehouses());
    expect(error.kind).toBe('auth');
    expect(error.status).toBe(401);
    expect(error.errors[0]?.Code).toBe('unauthorized');
    expect(requestsTo(sb, 'GET', '/v1/warehouses')).toHaveLength(2);
    expect(authCalls(sb)).toHaveLength(2);
    client.close();
  });

  it('wrong access key → typed auth error carrying Siigo’s entries, not retried', async () => {
    sb = await sandbox();
    const { client } = clientFor(sb, {
      credentials: async () => ({ username: sb!.credentials.username, accessKey: 'd3Jvbmcta2V5LXdyb25nLWtleQ==' }),
    });
    const error = await rejectionOf(client.customers.list());
    expect(error.kind).toBe('auth');
    expect(error.retryable).toBe(false);
    expect(error.message).toMatch(/API user and access key/);
    expect(error.errors[0]?.Code).toBe('unauthorized');
    expect(authCalls(sb)).toHaveLength(1);
    expect(requestsTo(sb, 'GET', '/v1/customers')).toHaveLength(0);
    client.close();
  });

  it('missing credentials → typed auth error, nothing sent', async () => {
    sb = await sandbox();
    const { client } = clientFor(sb, { credentials: async () => null });
    const error = await rejectionOf(client.catalogs.taxes());
    expect(error.kind).toBe('auth');
    expect(sb.requests()).toHaveLength(0);
    client.close();
  });

  it('testConnection forces a fresh login and reads a catalog', async () => {
    sb = await sandbox();
    const { client } = clientFor(sb);
    await client.catalogs.taxes();
    await expect(client.testConnection()).resolves.toEqual({ ok: true });
    expect(authCalls(sb)).toHaveLength(2);
    client.close();
  });
});
