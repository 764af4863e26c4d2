import type { BrowserContext, Page } from 'playwright-core';
import type { FaultRule, Sandbox } from '../../../src-main/siigo-sandbox';
import type { RateLimitConfig } from '../../../src-main/siigo';
import { invoiceBody, seeded, sellableProducts } from '../../renderer/support/documents';
import { colombiaToday } from '../../../src-shared/validation';
import type { Row } from '../report';
import { waitForQuiet } from '../cpu';
import { round, runsNote, summarizeRuns } from '../stats';
import { call } from './bench-page';

/** 10% of invoice sends fail: server errors, and answers lost before or after Siigo committed. */
const FAULTS: FaultRule[] = [
  { method: 'POST', path: '/v1/invoices', kind: 'status', status: 503, probability: 0.04 },
  { method: 'POST', path: '/v1/invoices', kind: 'status', status: 500, probability: 0.02 / 0.96 },
  { method: 'POST', path: '/v1/invoices', kind: 'drop-before-commit', probability: 0.02 / 0.94 },
  { method: 'POST', path: '/v1/invoices', kind: 'drop-after-commit', probability: 0.02 / 0.92 },
];

function bodies(sandbox: Sandbox, count: number, seed: number) {
  const random = seeded(seed);
  const products = sellableProducts(sandbox);
  const customers = sandbox.store.customers.filter((c) => c.active && c.contacts.length > 0).slice(0, 500);
  const today = colombiaToday(new Date());
  return Array.from({ length: count }, () => invoiceBody(customers[Math.floor(random() * customers.length)]!, products, random, today).body);
}

/**
 * 1,000 queued invoices replayed `runs` times without faults, then `runs` times with 10% of the
 * sends faulted; each run into a scratch database of its own, deleted after it.
 */
export async function replayFigures(page: Page, context: BrowserContext, sandbox: Sandbox, rate: RateLimitConfig, runs: number): Promise<Row[]> {
  const rows: Row[] = [];
  const floorMs = (1000 / rate.requests) * rate.windowMs;
  for (const faulty of [false, true]) {
    const replayed = [];
    for (let run = 1; run <= runs; run += 1) {
      if (replayed.length > 0 || faulty) await waitForQuiet(context);
      sandbox.clearFaults();
      if (faulty) FAULTS.forEach((rule) => sandbox.addFault(rule));
      const before = sandbox.requestCount();
      const result = await call(page, 'replayInvoices', `bench-replay-${faulty ? 'faults' : 'clean'}-${run}`, bodies(sandbox, 1000, faulty ? 2 : 1));
      const requests = sandbox.requestsSince(before);
      sandbox.clearFaults();
      replayed.push({
        ...result,
        ratio: result.ms / floorMs,
        requests: requests.length,
        faulted: requests.filter((r) => r.fault).length,
        status429: requests.filter((r) => r.status === 429).length,
      });
    }
    const { summary: s, ratios, median } = summarizeRuns(replayed);
    const goal = faulty ? 1.5 : 1.1;
    rows.push({
      figure: `replay of 1,000 invoices ÷ rate-limit floor${faulty ? ', 10% faults' : ''}`,
      unit: '×',
      median: s.median,
      p95: s.p95,
      value: s.median,
      goal: `≤ ${goal.toFixed(2)}`,
      pass: s.median <= goal && replayed.every((r) => r.sent === 1000),
      note: `${runsNote(ratios)}; median run: ${round(median.ms / 1000, 1)} s, ${median.sent} sent, ${median.requests} requests (${median.faulted} faulted, ${median.status429} × 429), floor ${round(floorMs / 1000, 1)} s`,
      detail: { runs: replayed },
    });
  }
  return rows;
}
