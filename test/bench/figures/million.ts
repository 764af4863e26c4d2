import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { RateLimitConfig } from '../../../src-main/siigo';
import type { Row } from '../report';
import { startBenchServer } from '../server';
import { round } from '../stats';
import { appFigures } from './app';
import { call } from './bench-page';
import { APP_DB, heapFigure, searchFigures } from './renderer';

/** BENCH_MILLION_SCALE (default 1) shrinks the mirror for a quick check of the step itself. */
const SCALE = Number(process.env['BENCH_MILLION_SCALE'] ?? 1);
export const MILLION = { customers: Math.round(1_000_000 * SCALE), products: Math.round(100_000 * SCALE) };
const LABEL = SCALE === 1 ? '1M customers + 100k products' : `${MILLION.customers} customers + ${MILLION.products} products`;

/** A Chromium with a profile of its own on `url`'s bench page (run.ts' browsers). */
export type BrowserOn = (url: string) => Promise<{ context: BrowserContext; page: Page; cdp: CDPSession; close(): Promise<void> }>;

/**
 * The "a million customers" figures, on a sandbox and preview of their own seeded with
 * 1,000,000 customers and 100,000 products: one first sync into a fresh profile (its time is
 * given, not held to a goal), then the search mix and exact look-ups, the heap after `minutes`
 * of searching, and cold starts of the app on that mirror.
 */
export async function millionFigures(siteDir: string, rate: RateLimitConfig, browserOn: BrowserOn, minutes: number, log: (line: string) => void): Promise<Row[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'mostrador-bench-million-'));
  const seedStarted = Date.now();
  const server = await startBenchServer({ dataDir, siteDir, sandbox: { size: MILLION, seed: 7, rateLimit: rate } });
  log(`  seeded ${MILLION.customers.toLocaleString('en')} customers and ${MILLION.products.toLocaleString('en')} products in ${round((Date.now() - seedStarted) / 1000, 0)} s`);
  const browser = await browserOn(server.url);
  try {
    const before = server.sandbox.requestCount();
    const synced = await call(browser.page, 'firstSync', APP_DB);
    const requests = server.sandbox.requestCount() - before;
    log(`  first sync: ${synced.customers + synced.products} rows in ${round(synced.ms / 1000, 1)} s, ${requests} requests`);
    const rows = [
      ...(await searchFigures(browser.page, server.sandbox, LABEL)),
      ...(await heapFigure(browser.page, browser.cdp, server.sandbox, minutes, { goalMB: 300, label: `a first sync of ${LABEL}`, db: APP_DB })),
      ...(await appFigures(browser.context, server.url, server.sandbox, { label: `${LABEL} mirrored`, coldGoalMs: 2000 })),
    ];
    const syncNote = `first sync of ${LABEL}: ${round(synced.ms / 1000, 1)} s for ${requests} requests at ${rate.requests}/${rate.windowMs} ms`;
    for (const row of rows) row.note = row.note ? `${row.note}; ${syncNote}` : syncNote;
    return rows;
  } finally {
    await browser.close();
    await server.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
