import { request as httpRequest } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { resolveConfig } from 'electron-vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createServer, mergeConfig, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  cspResponseHeaders,
  DEV_CONTENT_SECURITY_POLICY,
  DEV_META_CONTENT_SECURITY_POLICY,
  withCspHeader,
} from '../../../src-main/electron/content-security-policy';
import type { AppOrigin } from '../../../src-main/electron/navigation-policy';
import { assertChromium, CHROMIUM, CHROMIUM_FLAGS } from '../../support/chromium';
import { startMainStandIn, watchViolations, type HeaderRewrite, type MainStandIn, type Violation } from './support/main-stand-in';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * `npm start`: electron-vite serves src-renderer from Vite's dev server and main adds the
 * development policy to its responses (`hardening.ts` → `cspResponseHeaders`). Here the same
 * renderer config (electron.vite.config.ts, resolved by electron-vite as `electron-vite dev`
 * does) runs in Vite's dev server, behind a stand-in for main that rewrites each response's
 * headers with the same function, and Debian's Chromium loads it.
 */
describe('npm start in Chromium, under the development CSP', () => {
  let vite: ViteDevServer;
  let main: MainStandIn;
  let browser: Browser;
  let rewrite: HeaderRewrite;

  beforeAll(async () => {
    assertChromium();
    const nodeEnv = process.env['NODE_ENV'];
    const resolved = await resolveConfig({ configFile: `${root}electron.vite.config.ts`, root, logLevel: 'warn' }, 'serve', 'development');
    process.env['NODE_ENV'] = nodeEnv; // resolveConfig sets it for the whole process
    const renderer = resolved.config?.renderer;
    if (!renderer) throw new Error('electron.vite.config.ts has no renderer config');
    // No file watching: nothing changes during the test, and it is one thing less to close.
    vite = await createServer(mergeConfig(renderer, { clearScreen: false, server: { host: '127.0.0.1', watch: null } }));
    await vite.listen();
    // The port Vite took (5173, or the next free one if `npm start` is running).
    const devServer = { host: '127.0.0.1', port: (vite.httpServer?.address() as AddressInfo).port };
    main = await startMainStandIn({
      serve(request, response, reply) {
        const upstream = httpRequest({ ...devServer, method: request.method, path: request.url, headers: request.headers }, (answer) => {
          reply(answer.statusCode ?? 502, answer.headers);
          answer.pipe(response);
        });
        upstream.on('error', () => response.destroy());
        request.pipe(upstream);
      },
      rewrite: () => rewrite,
      upgrade(request, socket, head) {
        const upstream = connect(devServer.port, devServer.host, () => {
          const headers = request.rawHeaders.map((value, i) => (i % 2 === 0 ? `${value}: ` : `${value}\r\n`)).join('');
          upstream.write(`${request.method ?? 'GET'} ${request.url ?? '/'} HTTP/${request.httpVersion}\r\n${headers}\r\n`);
          upstream.write(head);
          socket.pipe(upstream).pipe(socket);
        });
        upstream.on('error', () => socket.destroy());
        socket.on('error', () => upstream.destroy());
        socket.on('close', () => upstream.destroy());
      },
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_FLAGS] });
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    await main?.close();
    await vite?.close();
  });

  /** A fresh page that records its CSP violations and uncaught errors. */
  async function openPage(): Promise<{ page: Page; violations: Violation[]; errors: string[] }> {
    const page = await browser.newPage();
    const violations = await watchViolations(page);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    return { page, violations, errors };
  }

  it('runs the app, React Refresh and HMR: the preamble is allowed and nothing is blocked', async () => {
    // The window's origin is the dev server's (ELECTRON_RENDERER_URL); the bundled folder is
    // an AppOrigin's other half, never reached here.
    const origin: AppOrigin = { rendererDir: `${root}out/renderer`, devServerUrl: main.url };
    rewrite = (url, headers) => cspResponseHeaders(url, headers, origin);
    const { page, violations, errors } = await openPage();
    const connected = page.waitForEvent('console', { predicate: (message) => message.text().includes('[vite] connected'), timeout: 45_000 });

    const response = await page.goto(`${main.url}/`);
    expect(response?.headers()['content-security-policy']).toBe(DEV_CONTENT_SECURITY_POLICY);
    // Rendered by React (App → Sidebar), so every module with a Refresh wrapper ran.
    await page.getByRole('navigation', { name: 'Menú principal' }).waitFor({ timeout: 45_000 });
    await connected; // Vite's HMR websocket, on the page's own origin
    expect(await page.evaluate(() => typeof (window as unknown as { $RefreshReg$?: unknown }).$RefreshReg$)).toBe('function');
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(DEV_META_CONTENT_SECURITY_POLICY);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('under the production policy the same page is blank: the preamble is blocked (the bug this policy fixes)', async () => {
    rewrite = (_url, headers) => withCspHeader(headers, CONTENT_SECURITY_POLICY);
    const { page, violations, errors } = await openPage();
    const failed = page.waitForEvent('pageerror', { predicate: (error) => error.message.includes("can't detect preamble"), timeout: 45_000 });

    await page.goto(`${main.url}/`);
    await failed;
    expect(violations).toContainEqual({ directive: 'script-src-elem', blocked: 'inline', disposition: 'enforce' });
    expect(await page.getByRole('navigation').count()).toBe(0);
    expect(errors.length).toBeGreaterThan(0);
    await page.close();
  }, 60_000);
});
