import { readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertChromium, CHROMIUM, CHROMIUM_FLAGS } from '../../support/chromium';

/**
 * Chromium runs the page's promise callbacks between two listeners of one IndexedDB event;
 * fake-indexeddb, under the other tests here, runs every listener first. Code that depends on
 * that order is tested here, in Debian's Chromium, on a page built from ./in-chromium.
 */
describe('mirror in Chromium: look-ups right after a write', () => {
  const out = join(tmpdir(), `mostrador-in-chromium-${process.pid}`);
  let server: Server;
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
    server = createServer((req, res) => {
      const path = join(out, req.url === '/' || !req.url ? 'index.html' : req.url);
      readFile(path).then(
        (body) => res.writeHead(200, { 'content-type': extname(path) === '.js' ? 'text/javascript' : 'text/html' }).end(body),
        () => res.writeHead(404).end(),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_FLAGS] });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
    await rm(out, { recursive: true, force: true });
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

  it("stores a first sync's pages in a worker, each page found by the window's searches once its write resolves", async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await page.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
    const result = await page.evaluate(() => (window as unknown as { storeInWorker(pages: number): Promise<unknown> }).storeInWorker(10));
    expect(result).toEqual({
      missed: { byBarcode: 0, byWords: 0 },
      writtenByWindow: 0, // every page went through the worker's own connection
      stored: 1_000,
      savedNextPage: 11,
      refused: 'DataError', // IndexedDB's refusal reaches the pull with its name
      foundAfterRefusal: true, // and the worker goes on storing
    });
    await page.close();
  });

  it.each(['forbidden', 'elsewhere'] as const)('stores the pages in the window where the worker cannot be used (%s)', async (why) => {
    const page = await browser.newPage();
    await page.goto(url);
    await page.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
    const result = await page.evaluate((reason) => (window as unknown as { storeWithoutWorker(why: string): Promise<unknown> }).storeWithoutWorker(reason), why);
    expect(result).toEqual({ writtenByWindow: 50, found: true, gaveUpAtOnce: true });
    await page.close();
  });
});
