import { RateLimiterRegistry, createSiigoClient, type RateLimitConfig } from '../../../src-main/siigo';
import { startSandbox } from '../../../src-main/siigo-sandbox';
import type { Row } from '../report';

const REQUESTS = 1000;

/**
 * 429s provoked per 1,000 requests sent as fast as allowed: Mostrador's client (limiter on) and,
 * in the same run against a fresh sandbox with the same limit, a naive client (4 requests in
 * flight, no limiter, no back-off) — the comparison the goal asks for.
 */
export async function limiterFigure(rate: RateLimitConfig): Promise<Row[]> {
  const ours = await startSandbox({ port: 0, rateLimit: rate, size: { customers: 10, products: 10 }, requestLogLimit: Infinity });
  const client = createSiigoClient({
    baseUrl: ours.url,
    partnerId: 'MostradorBench',
    credentials: () => Promise.resolve({ username: ours.credentials.username, accessKey: ours.credentials.access_key }),
    rateLimit: rate,
    rateLimiters: new RateLimiterRegistry(),
  });
  const started = performance.now();
  await Promise.all(Array.from({ length: REQUESTS }, () => client.catalogs.taxes({ priority: 'background' })));
  const oursMs = performance.now() - started;
  client.close();
  const oursSeen = ours.requests();
  const ours429 = oursSeen.filter((r) => r.status === 429).length;
  await ours.close();

  const naive = await startSandbox({ port: 0, rateLimit: rate, size: { customers: 10, products: 10 }, requestLogLimit: Infinity });
  const auth = await fetch(`${naive.url}/auth`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'Partner-Id': 'MostradorBench' },
    body: JSON.stringify({ username: naive.credentials.username, access_key: naive.credentials.access_key }),
  });
  const { access_token: token } = (await auth.json()) as { access_token: string };
  let next = 0;
  const worker = async () => {
    while (next < REQUESTS) {
      next += 1;
      const res = await fetch(`${naive.url}/v1/taxes`, { headers: { authorization: `Bearer ${token}`, 'Partner-Id': 'MostradorBench' } });
      await res.arrayBuffer();
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  const naiveSeen = naive.requests();
  const naive429 = naiveSeen.filter((r) => r.status === 429).length;
  await naive.close();
  const per1000 = (n: number, total: number) => (n * 1000) / Math.max(1, total);
  const value = per1000(ours429, oursSeen.length);
  return [
    {
      figure: '429s per 1,000 requests at the limit',
      unit: '',
      median: value,
      p95: value,
      value,
      goal: '0 (naive client for comparison)',
      pass: ours429 === 0,
      note: `naive client without a limiter: ${Math.round(per1000(naive429, naiveSeen.length))} per 1,000`,
      detail: { ours: { requests: oursSeen.length, status429: ours429, ms: Math.round(oursMs) }, naive: { requests: naiveSeen.length, status429: naive429 } },
    },
  ];
}
