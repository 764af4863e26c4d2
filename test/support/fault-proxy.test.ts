import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_IDS, type Sandbox, startSandbox } from '../../src-main/siigo-sandbox/index';
import { bogotaToday } from '../../src-main/siigo-sandbox/clock';
import { type FaultProxy, startFaultProxy } from './fault-proxy';

/** What the upstream saw of one request, and whether it finished writing its answer. */
interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  answered: boolean;
}

interface Upstream {
  url: string;
  seen: Seen[];
  close(): Promise<void>;
}

/** A loopback upstream that records every request and answers 201 with a JSON echo. */
async function startUpstream(): Promise<Upstream> {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const entry: Seen = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), answered: false };
      seen.push(entry);
      res.on('finish', () => {
        entry.answered = true;
      });
      const payload = JSON.stringify({ n: seen.length, method: entry.method, url: entry.url, body: entry.body });
      res.writeHead(201, { 'content-type': 'application/json', 'x-upstream': `req-${seen.length}` });
      res.end(payload);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The rejection of a fetch that is expected to fail (fails the test if it resolves). */
async function fetchFailure(url: string, init?: RequestInit): Promise<{ name: string; cause?: { code?: string } }> {
  try {
    const res = await fetch(url, init);
    await res.text();
  } catch (error) {
    return error as { name: string; cause?: { code?: string } };
  }
  throw new Error(`expected fetch ${url} to fail`);
}

function portOf(url: string): number {
  return Number(new URL(url).port);
}

describe('fault proxy', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  async function setup(): Promise<{ upstream: Upstream; proxy: FaultProxy }> {
    const upstream = await startUpstream();
    cleanup.push(() => upstream.close());
    const proxy = await startFaultProxy(upstream.url);
    cleanup.push(() => proxy.close());
    return { upstream, proxy };
  }

  it('forwards method, path+query, headers (Host rewritten) and body; the client gets status, headers and body', async () => {
    const { upstream, proxy } = await setup();
    expect(proxy.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const res = await fetch(`${proxy.url}/v1/invoices?page=2&x=%C3%B1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'Idempotency-Key': 'Key-0001', 'Partner-Id': 'MostradorTests' },
      body: JSON.stringify({ total: 1000, name: 'ñandú' }),
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('x-upstream')).toBe('req-1');
    expect(await res.json()).toEqual({ n: 1, method: 'POST', url: '/v1/invoices?page=2&x=%C3%B1', body: JSON.stringify({ total: 1000, name: 'ñandú' }) });

    expect(upstream.seen).toHaveLength(1);
    const [seen] = upstream.seen;
    expect(seen).toMatchObject({ method: 'POST', url: '/v1/invoices?page=2&x=%C3%B1', answered: true });
    expect(seen!.headers['idempotency-key']).toBe('Key-0001');
    expect(seen!.headers['partner-id']).toBe('MostradorTests');
    expect(seen!.headers.host).toBe(new URL(upstream.url).host);
    expect(seen!.headers['content-length']).toBe(String(Buffer.byteLength(seen!.body)));

    // A second request (likely on the pooled keep-alive connection) also goes through.
    const again = await fetch(`${proxy.url}/v1/taxes`);
    expect(again.status).toBe(201);
    expect((await again.json()).method).toBe('GET');
    expect(proxy.stats()).toEqual({ forwarded: 2, dropped: 0 });
  });

  it('offline: fetch is refused (ECONNREFUSED) even with a pooled connection; back online on the same URL', async () => {
    const { upstream, proxy } = await setup();
    expect((await fetch(`${proxy.url}/before`)).status).toBe(201);

    await proxy.setOffline(true);
    await proxy.setOffline(true); // idempotent
    for (let i = 0; i < 2; i++) {
      const error = await fetchFailure(`${proxy.url}/while-offline`, { method: 'POST', body: '{}' });
      expect(error.name).toBe('TypeError');
      expect(error.cause?.code).toBe('ECONNREFUSED');
    }
    expect(upstream.seen.map((s) => s.url)).toEqual(['/before']);

    await proxy.setOffline(false);
    await proxy.setOffline(false); // idempotent
    const res = await fetch(`${proxy.url}/after`);
    expect(res.status).toBe(201);
    expect((await res.json()).url).toBe('/after');
    expect(upstream.seen.map((s) => s.url)).toEqual(['/before', '/after']);

    // Another full cycle on the same URL.
    await proxy.setOffline(true);
    expect((await fetchFailure(`${proxy.url}/x`)).cause?.code).toBe('ECONNREFUSED');
    await proxy.setOffline(false);
    expect((await fetch(`${proxy.url}/y`)).status).toBe(201);
  });

  it('drops the response after the upstream answered: the client gets no response, the upstream counted and answered it', async () => {
    const { upstream, proxy } = await setup();
    proxy.dropResponsesAfterCommit(1, (r) => r.method === 'POST' && r.path.startsWith('/v1/invoices'));

    // Non-matching requests pass and do not consume the budget.
    expect((await fetch(`${proxy.url}/v1/invoices?page=1`)).status).toBe(201);
    expect((await fetch(`${proxy.url}/v1/customers`, { method: 'POST', body: '{}' })).status).toBe(201);

    const error = await fetchFailure(`${proxy.url}/v1/invoices`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'Lost-0001' },
      body: '{"total":1}',
    });
    expect(error.name).toBe('TypeError');
    expect(error.cause?.code).not.toBe('ECONNREFUSED');

    const posts = upstream.seen.filter((s) => s.method === 'POST' && s.url === '/v1/invoices');
    expect(posts).toHaveLength(1);
    expect(posts[0]).toMatchObject({ body: '{"total":1}', answered: true });
    expect(posts[0]!.headers['idempotency-key']).toBe('Lost-0001');
    expect(proxy.stats()).toEqual({ forwarded: 3, dropped: 1 });

    // The budget was one: the retry gets its answer.
    const retry = await fetch(`${proxy.url}/v1/invoices`, { method: 'POST', headers: { 'idempotency-key': 'Lost-0001' }, body: '{"total":1}' });
    expect(retry.status).toBe(201);
    expect(upstream.seen.filter((s) => s.method === 'POST' && s.url === '/v1/invoices')).toHaveLength(2);
    expect(proxy.stats()).toEqual({ forwarded: 4, dropped: 1 });
  });

  it('with the Siigo sandbox: the invoice is created although its answer was lost; the keyed replay returns it', async () => {
    const sandbox: Sandbox = await startSandbox({ port: 0, size: { customers: 60, products: 80 } });
    cleanup.push(() => sandbox.close());
    const proxy = await startFaultProxy(sandbox.url);
    cleanup.push(() => proxy.close());

    const auth = await fetch(`${proxy.url}/auth`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(sandbox.credentials),
    });
    expect(auth.status).toBe(200);
    const { access_token: token } = (await auth.json()) as { access_token: string };

    const customer = sandbox.store.customers.find((c) => c.active && c.contacts.length > 0 && c.branch_office === 0)!;
    const product = sandbox.store.products.find((p) => p.active && p.stock_control && p.type === 'Product' && (p.warehouses[0]?.quantity ?? 0) > 5)!;
    const post = () =>
      fetch(`${proxy.url}/v1/invoices`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'partner-id': 'MostradorTests', authorization: `Bearer ${token}`, 'idempotency-key': 'ProxyLost0001' },
        body: JSON.stringify({
          document: { id: DEMO_IDS.documentTypes.fvPaper },
          date: bogotaToday(new Date()),
          customer: { identification: customer.identification, branch_office: 0 },
          seller: DEMO_IDS.users.main,
          items: [{ code: product.code, quantity: 1, price: 100 }],
          payments: [{ id: DEMO_IDS.paymentTypes.cash, value: 100 }],
        }),
      });

    proxy.dropResponsesAfterCommit(1, (r) => r.method === 'POST' && r.path.startsWith('/v1/invoices'));
    const before = sandbox.created().length;
    await expect(post()).rejects.toThrow();
    const created = sandbox.created().slice(before);
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ resource: 'invoices', idempotencyKey: 'ProxyLost0001' });

    const replay = await post();
    expect(replay.status).toBe(201);
    expect(((await replay.json()) as { id: string }).id).toBe(created[0]!.id);
    expect(sandbox.created().length).toBe(before + 1);
    expect(proxy.stats()).toEqual({ forwarded: 3, dropped: 1 });
  });

  it('close() frees the port: fetch is refused, and the port can be bound again', async () => {
    const upstream = await startUpstream();
    cleanup.push(() => upstream.close());
    const proxy = await startFaultProxy(upstream.url);
    const port = portOf(proxy.url);
    expect((await fetch(`${proxy.url}/`)).status).toBe(201);

    await proxy.close();
    await proxy.close(); // idempotent
    expect((await fetchFailure(`${proxy.url}/`)).cause?.code).toBe('ECONNREFUSED');
    await expect(proxy.setOffline(false)).rejects.toThrow(/closed/);

    // Nothing holds the port: a plain listener, then a new proxy on the same port, can bind it.
    const probe = net.createServer();
    await new Promise<void>((resolve, reject) => {
      probe.once('error', reject);
      probe.listen(port, '127.0.0.1', resolve);
    });
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const second = await startFaultProxy(upstream.url, { port });
    cleanup.push(() => second.close());
    expect(second.url).toBe(proxy.url);
    expect((await fetch(`${second.url}/again`)).status).toBe(201);
  });

  it('closing while offline frees the port too', async () => {
    const { proxy } = await setup();
    await proxy.setOffline(true);
    await proxy.close();
    const second = await startFaultProxy('http://127.0.0.1:9', { port: portOf(proxy.url) });
    await second.close();
  });
});
