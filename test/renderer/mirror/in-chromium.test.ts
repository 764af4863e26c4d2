import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../../../src-main/siigo-sandbox';
import { startPreview, type Preview } from '../../../src-main/preview/preview-server';
import { assertChromium, CHROMIUM, CHROMIUM_FLAGS } from '../../support/chromium';
import type { FirstSyncOutcome } from './in-chromium/page';

/** The demo company's products in these tests: ten pages. */
const PRODUCTS = 1_000;
/** full-pull-relay.ts's: a worker that has not answered by then is given up. */
const START_TIMEOUT_MS = 10_000;

/** What the test page (./in-chromium/page.ts) puts on `window`. */
interface Mirror {
  openMirror(name: string, where: 'here' | 'elsewhere'): Promise<void>;
  firstSync(inWorker: boolean, ids: readonly string[], abortAfter?: number): Promise<FirstSyncOutcome>;
  forbidWorkers(): void;
}

/**
 * Chromium runs the page's promise callbacks between two listeners of one IndexedDB event;
 * fake-indexeddb, under the other tests here, runs every listener first. Code that depends on
 * that order is tested here, in Debian's Chromium, on a page built from ./in-chromium, and so is
 * the first sync's worker, which exists only in a browser.
 */
describe('mirror in Chromium: look-ups right after a write, first syncs in a worker', () => {
  const out = join(tmpdir(), `mostrador-in-chromium-${process.pid}`);
  let preview: Preview;
  let sandbox: Sandbox;
  let dataDir = '';
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    assertChromium();
    await build({
      root: fileURLToPath(new URL('./in-chromium', import.meta.url)),
      logLevel: 'warn',
      configFile: false,
      build: { outDir: out, emptyOutDir: true, target: 'es2022' },
    });
    // The page gets the preview's bridge, with the embedded sandbox in demo mode behind it. Both
    // limits raised to what a test of a few hundred requests needs, as the bench does.
    dataDir = await mkdtemp(join(tmpdir(), 'mostrador-in-chromium-data-'));
    const rateLimit = { requests: 50, windowMs: 1_000 };
    preview = await startPreview({
      dataDir,
      rendererDir: out,
      // The whole request log: pages asked are counted from it.
      sandbox: { size: { customers: 10, products: PRODUCTS }, rateLimit, requestLogLimit: Infinity },
      clientRateLimit: rateLimit,
    });
    sandbox = await preview.sandbox();
    url = `${preview.url}/`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_FLAGS] });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
    await rm(out, { recursive: true, force: true });
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('finds the row a write just stored, by code, barcode, identification and words', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await page.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
    const missed = await page.evaluate(() =>
      (window as unknown as { lookUpRightAfterWriting(n: number): Promise<Record<string, number>> }).lookUpRightAfterWriting(20),
    );
    expect(missed).toEqual({ byCode: 0, byBarcode: 0, byIdentification: 0, byWords: 0 });
    await page.close();
  });

  /** A page of the test build, its products' mirror `name` open (see page.ts). */
  async function mirrorPage(name: string, where: 'here' | 'elsewhere' = 'here') {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
    await page.goto(url);
    await page.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
    await page.evaluate(([n, w]) => (window as unknown as Mirror).openMirror(n, w), [name, where] as const);
    return page;
  }
  const firstSync = (page: Page, inWorker: boolean, abortAfter?: number) =>
    page.evaluate(
      ([worker, ids, after]) => (window as unknown as Mirror).firstSync(worker, ids, after),
      [inWorker, sandbox.store.products.map((p) => p.id), abortAfter] as const,
    );
  const productPagesAsked = () => sandbox.requests().filter((r) => r.method === 'GET' && r.path === '/v1/products').map((r) => Number(new URLSearchParams(r.query).get('page')));
  /** Pages asked since `before` requests, in page order (pages fetched ahead are answered in any order). */
  const pagesAskedSince = (before: number) => productPagesAsked().slice(before).sort((a, b) => a - b);

  it("runs a first sync in a worker: the pages never reach the window as objects, and each is found by the window's searches once announced", async () => {
    const page = await mirrorPage('worker-sync');
    const asked = productPagesAsked().length;
    const result = await firstSync(page, true);
    expect(result).toEqual({
      outcome: 'done',
      stored: PRODUCTS,
      nextPage: null,
      complete: true,
      writtenByWindow: 0, // every row went through the worker's own connection
      listedByWindow: 0, // no page was parsed in the window…
      relayedAsBytes: PRODUCTS / 100, // …each came through it as bytes, once
      announcedBeforeIndexed: 0,
      progressDone: Array.from({ length: PRODUCTS / 100 }, (_, i) => (i + 1) * 100),
    });
    expect(pagesAskedSince(asked)).toEqual(Array.from({ length: PRODUCTS / 100 }, (_, i) => i + 1));
    await page.close();
  });

  it('fails, records and resumes in the worker exactly as in the window when Siigo keeps failing', async () => {
    // Pages 1-3 pass, then every products page from the 4th fails (the client's retries included).
    // Stated by page, not by count: pages fetched ahead may reach the sandbox in any order.
    const outcomes = [];
    for (const inWorker of [false, true]) {
      const page = await mirrorPage(`failing-${inWorker}`);
      sandbox.addFault({ kind: 'status', status: 503, method: 'GET', path: '/v1/products', query: (params) => Number(params.get('page')) >= 4 });
      const failed = await firstSync(page, inWorker);
      sandbox.clearFaults();
      const asked = productPagesAsked().length;
      const resumed = await firstSync(page, inWorker);
      outcomes.push({ failed, resumed, pagesAskedToResume: pagesAskedSince(asked) });
      await page.close();
    }
    const [inWindow, inWorker] = outcomes;
    expect(inWindow!.failed).toMatchObject({ stored: 300, nextPage: 4, complete: false, outcome: { name: 'BridgeError', failure: { retryable: true } } });
    expect(inWorker!.failed.outcome).toEqual(inWindow!.failed.outcome); // the same error, failure and all
    expect(inWorker!.failed).toMatchObject({ stored: 300, nextPage: 4, complete: false, writtenByWindow: 0 });
    for (const { resumed, pagesAskedToResume } of outcomes) {
      expect(resumed).toMatchObject({ outcome: 'done', stored: PRODUCTS, complete: true, announcedBeforeIndexed: 0 });
      expect(pagesAskedToResume).toEqual(Array.from({ length: PRODUCTS / 100 - 3 }, (_, i) => i + 4));
    }
  }, 60_000);

  it("stops when aborted with the caller's reason, and the next pull resumes where it stopped", async () => {
    const page = await mirrorPage('aborted');
    const stopped = await firstSync(page, true, 300);
    expect(stopped).toMatchObject({ outcome: { name: 'Error', message: 'parada de prueba' }, complete: false, writtenByWindow: 0 });
    expect(stopped.stored).toBeGreaterThanOrEqual(300);
    expect(stopped.nextPage).toBe(stopped.stored / 100 + 1);
    const resumed = await firstSync(page, true);
    expect(resumed).toMatchObject({ outcome: 'done', stored: PRODUCTS, complete: true, writtenByWindow: 0, listedByWindow: 0 });
    expect(resumed.progressDone[0]).toBe(stopped.stored + 100);
    await page.close();
  });

  it.each(['forbidden', 'elsewhere'] as const)('runs the first sync in the window where the worker cannot be used (%s)', async (why) => {
    const page = await mirrorPage(`no-worker-${why}`, why === 'elsewhere' ? 'elsewhere' : 'here');
    if (why === 'forbidden') await page.evaluate(() => (window as unknown as Mirror).forbidWorkers());
    const began = Date.now();
    const result = await firstSync(page, true);
    expect(result).toMatchObject({ outcome: 'done', stored: PRODUCTS, complete: true, writtenByWindow: PRODUCTS, announcedBeforeIndexed: 0 });
    expect(Date.now() - began).toBeLessThan(START_TIMEOUT_MS); // given up at once, not after the start's timeout
    await page.close();
  });
});
