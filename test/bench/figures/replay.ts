import type { Page } from 'playwright-core';
import type { FaultRule, Sandbox } from '../../../src-main/sandbox';
import type { RateLimitConfig } from '../../../src-main/siigo';
import { invoiceBody, seeded, sellableProducts } from '../../renderer/support/documents';
import { colombiaToday } from '../../../src-shared/validation';
import type { Row } from '../report';
import { round } from '../stats';
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

export async function replayFigures(page: Page, sandbox: Sandbox, rate: RateLimitConfig): Promise<Row[]> {
  const rows: Row[] = [];
  for (const faulty of [false, true]) {
    sandbox.clearFaults();
    if (faulty) FAULTS.forEach((rule) => sandbox.addFault(rule));
    const before = sandbox.requests().length;
    const result = await call(page, 'replayInvoices', `bench-replay-${faulty ? 'faults' : 'clean'}`, bodies(sandbox, 1000, faulty ? 2 : 1));
    const requests = sandbox.requests().slice(before);
    sandbox.clearFaults();
    const floorMs = (1000 / rate.requests) * rate.windowMs;
    const ratio = result.ms / floorMs;
    const goal = faulty ? 1.5 : 1.1;
    rows.push({
      figure: `replay of 1,000 invoices ÷ rate-limit floor${faulty ? ', 10% faults' : ''}`,
      unit: '×',
      median: ratio,
      p95: ratio,
      value: ratio,
      goal: `≤ ${goal.toFixed(2)}`,
      pass: ratio <= goal && result.sent === 1000,
      note: `one run: ${round(result.ms / 1000, 1)} s, ${result.sent} sent, ${requests.length} requests (${requests.filter((r) => r.fault).length} faulted, ${requests.filter((r) => r.status === 429).length} × 429), floor ${round(floorMs / 1000, 1)} s`,
      detail: { ...result, requests: requests.length },
    });
  }
  return rows;
}
