import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../src-main/siigo-sandbox';
import type { SiigoClient } from '../../../src-main/siigo';
import { createSiigoClient, RateLimiterRegistry } from '../../../src-main/siigo';
import { clientFor, localServer, partnerId, requestsTo, sandbox } from './support';

describe('Siigo client pagination', () => {
  let sb: Sandbox;
  let client: SiigoClient;
  beforeAll(async () => {
    sb = await sandbox({ size: { customers: 1200, products: 100 } });
    client = clientFor(sb).client;
  });
  afterAll(async () => {
    client.close();
    await sb.close();
  });

  it('iterates all 1 200 customers, 100 per page, each exactly once', async () => {
    const ids = new Set<string>();
    let count = 0;
    for await (const customer of client.customers.iterate()) {
      ids.add(customer.id);
      count++;
    }
    expect(count).toBe(1200);
    expect(ids.size).toBe(1200);
    const pages = requestsTo(sb, 'GET', '/v1/customers');
    expect(pages).toHaveLength(12);
    expect(pages.every((r) => new URLSearchParams(r.query).get('page_size') === '100')).toBe(true);
    expect(pages.map((r) => new URLSearchParams(r.query).get('page'))).toEqual(
      Array.from({ length: 12 }, (_, i) => String(i + 1)),
    );
  });

  it('list() returns one page in the app’s shape', async () => {
    const page = await client.products.list({ page: 2, page_size: 30 });
    expect(page).toMatchObject({ page: 2, pageSize: 30, totalResults: 100, hasNext: true });
    expect(page.results).toHaveLength(30);
    const last = await client.products.list({ page: 4, page_size: 30 });
    expect(last.results).toHaveLength(10);
    expect(last.hasNext).toBe(false);
  });

  it('filters: Dates go out as UTC yyyy-MM-ddTHH:mm:ssZ, strings as given', async () => {
    const since = new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 678));
    const seen: string[] = [];
    for await (const p of client.products.iterate({ updated_start: since })) seen.push(p.id);
    await client.customers.list({ created_start: '2024-01-01', identification: '123' });
    const productQuery = new URLSearchParams(requestsTo(sb, 'GET', '/v1/products').at(-1)!.query);
    expect(productQuery.get('updated_start')).toBe('2024-01-02T03:04:05Z');
    const customerQuery = new URLSearchParams(requestsTo(sb, 'GET', '/v1/customers').at(-1)!.query);
    expect(customerQuery.get('created_start')).toBe('2024-01-01');
    expect(customerQuery.get('identification')).toBe('123');
  });

  it('an iteration that yields nothing stops after one page', async () => {
    const before = requestsTo(sb, 'GET', '/v1/quotations').length;
    const all = [];
    for await (const q of client.quotations.iterate({ created_start: '2099-01-01' })) all.push(q);
    expect(all).toHaveLength(0);
    expect(requestsTo(sb, 'GET', '/v1/quotations').length - before).toBe(1);
  });

  it('users: reads the paginated envelope the live API (and the sandbox) send', async () => {
    const users = await client.catalogs.users();
    expect(users.length).toBeGreaterThan(0);
    expect(users.every((u) => typeof u.id === 'number')).toBe(true);
  });

  it('without _links: follows total_results, and stops on an empty page even if totals lie', async () => {
    const served: string[] = [];
    const fake = await localServer((req) => {
      if (req.url === '/auth') return { status: 200, body: JSON.stringify({ access_token: 'tok-abcdef', expires_in: 86_400 }) };
      const page = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('page'));
      served.push(String(page));
      // Claims 1 000 rows but runs dry on page 3.
      const results = page <= 2 ? Array.from({ length: 100 }, (_, i) => ({ id: 10_000 * page + i, name: 'W' })) : [];
      return { status: 200, body: JSON.stringify({ pagination: { page, page_size: 100, total_results: 1000 }, results }) };
    });
    const other = createSiigoClient({
      baseUrl: fake.url,
      partnerId,
      credentials: async () => ({ username: 'u@example.com', accessKey: 'key-123456' }),
      rateLimiters: new RateLimiterRegistry(),
    });
    const users = await other.catalogs.users();
    other.close();
    await fake.close();
    expect(users).toHaveLength(200);
    expect(served).toEqual(['1', '2', '3']);
  });
});
