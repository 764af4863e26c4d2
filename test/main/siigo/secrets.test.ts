import { afterEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../src-main/siigo-sandbox';
import { createSiigoClient, RateLimiterRegistry, SiigoError, type LogEntry } from '../../../src-main/siigo';
import { redactedPathForLog } from '../../../src-main/siigo/secret-scrubber';
import {
  clientFor,
  invoiceBody,
  localServer,
  partnerId,
  recordingProxy,
  rejectionOf,
  sandbox,
  seedRefs,
  type LocalServer,
  type RecordingProxy,
} from './support';

/** Everything an error exposes: message, stack, Failure, own enumerable fields. */
function everythingIn(error: unknown): string {
  const e = error as SiigoError;
  return [String(e), e.stack ?? '', JSON.stringify(e), JSON.stringify(e.toFailure())].join('\n');
}

describe('Siigo client never leaks secrets', () => {
  let sb: Sandbox | undefined;
  let proxy: RecordingProxy | undefined;
  let fake: LocalServer | undefined;
  afterEach(async () => {
    await proxy?.close();
    await fake?.close();
    await sb?.close();
    sb = undefined;
    proxy = undefined;
    fake = undefined;
  });

  it('a full run (login, 401 renewal, errors) puts neither access key nor token in logs or errors', async () => {
    sb = await sandbox();
    proxy = await recordingProxy(sb.url); // sees the real tokens on the wire
    const accessKey = sb.credentials.access_key;
    const { client, logs } = clientFor(sb, { baseUrl: proxy.url });
    const errors: unknown[] = [];

    const refs = await seedRefs(client);
    sb.expireTokens(); // next call: 401 → re-login → replay
    await client.catalogs.taxes();
    const bad = invoiceBody(refs.customer, refs.product);
    bad.payments = [{ id: bad.payments[0]!.id, value: 1 }];
    errors.push(await rejectionOf(client.invoices.create(bad, { idempotencyKey: 'SECRETRUN1' })));
    errors.push(await rejectionOf(client.customers.get('does-not-exist')));
    sb.addFault({ kind: 'expire-token', path: '/v1/warehouses' }); // 401 twice → auth error
    errors.push(await rejectionOf(client.catalogs.warehouses()));
    await client.testConnection();

    const wrongKey = 'd3JvbmctYWNjZXNzLWtleS1mb3ItdGVzdHM=';
    const wrong = clientFor(sb, {
      baseUrl: proxy.url,
      credentials: async () => ({ username: sb!.credentials.username, accessKey: wrongKey }),
    });
    errors.push(await rejectionOf(wrong.client.catalogs.taxes()));

    const tokens = [...proxy.secretsSeen];
    expect(tokens.length).toBeGreaterThanOrEqual(3); // three logins at least
    expect(errors.map((e) => (e as SiigoError).kind)).toEqual(['rejected', 'rejected', 'auth', 'auth']);
    const output = [...logs, ...wrong.logs].map((l) => JSON.stringify(l)).join('\n') + errors.map(everythingIn).join('\n');
    for (const secret of [accessKey, wrongKey, ...tokens]) expect(output).not.toContain(secret);
    expect(output).not.toMatch(/Bearer/i);
    expect(output).not.toMatch(/authorization"?\s*[:=]/i); // no header dump (Siigo's Params may name it)

    // The logs are still useful: method, path, status, attempt, duration.
    const entry = logs.find((l) => l.msg === 'siigo request' && l['path'] === '/v1/taxes' && l['status'] === 401) as LogEntry;
    expect(entry).toMatchObject({ level: 'debug', method: 'GET', attempt: 1 });
    expect(typeof entry['durationMs']).toBe('number');
    client.close();
    wrong.client.close();
  });

  it('secrets Siigo echoes back in an error body are scrubbed', async () => {
    const accessKey = 'c2VjcmV0LWtleS1lY2hvZWQtYmFjaw==';
    fake = await localServer(() => ({
      status: 401,
      body: JSON.stringify({
        Status: 401,
        Errors: [{ Code: 'unauthorized', Message: `access_key ${accessKey} is invalid`, Params: [accessKey] }],
      }),
    }));
    const logs: LogEntry[] = [];
    const client = createSiigoClient({
      baseUrl: fake.url,
      partnerId,
      credentials: async () => ({ username: 'u@example.com', accessKey }),
      rateLimiters: new RateLimiterRegistry(),
      log: (l) => logs.push(l),
    });
    const error = await rejectionOf(client.catalogs.taxes());
    expect(error.kind).toBe('auth');
    expect(error.errors[0]?.Message).toBe('access_key [redacted] is invalid');
    expect(everythingIn(error) + JSON.stringify(logs)).not.toContain(accessKey);
    client.close();
  });

  it('query parameters named like secrets are redacted in log paths', () => {
    const query = new URLSearchParams({ page: '2', access_token: 'abc', api_key: 'def', identification: '123' });
    expect(redactedPathForLog('/v1/customers', query)).toBe(
      '/v1/customers?page=2&access_token=%5Bredacted%5D&api_key=%5Bredacted%5D&identification=123',
    );
  });
});
