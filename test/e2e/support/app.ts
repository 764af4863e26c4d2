import { afterEach } from 'vitest';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { Sandbox, SandboxOptions } from '../../../src-main/siigo-sandbox';
import { startPreview, type Preview } from '../../../src-main/preview/preview-server';
import { assertChromium, CHROMIUM, CHROMIUM_FLAGS } from '../../support/chromium';

const root = fileURLToPath(new URL('../../..', import.meta.url));
export const screenshotDir = join(root, 'test-results', 'screenshots');

export interface RunningApp {
  page: Page;
  context: BrowserContext;
  preview: Preview;
  sandbox: Sandbox;
  /** Saves a screenshot of the page as a test artifact (test-results/screenshots/NAME.png). */
  screenshot(name: string): Promise<string>;
  /** Resolves when the window emits `mostrador:NAME` and `accept(detail)` holds. */
  waitForAppEvent<T = unknown>(name: string, accept?: (detail: T) => boolean, timeoutMs?: number): Promise<T>;
  clearAppEvents(): void;
  close(): Promise<void>;
}

/**
 * `openApp` for the tests of one file: whichever app the running test opened is closed after
 * it, passed or failed. Call at the top level of the test file.
 */
export function appPerTest(): (options?: { sandbox?: SandboxOptions }) => Promise<RunningApp> {
  let current: RunningApp | undefined;
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return async (options) => (current = await openApp(options));
}

/** The browser side of an app under test: Chromium on a fresh profile, with the app's events. */
export type AppBrowser = Pick<RunningApp, 'page' | 'context' | 'screenshot' | 'waitForAppEvent' | 'clearAppEvents'>;

/**
 * Debian's Chromium on `profileDir` (so its own IndexedDB), 1366×768 in Bogotá's locale and time,
 * opened on `url`; the app's `mostrador:*` events reach the test as they happen (pushed through a
 * binding, no polling).
 */
export async function launchAppBrowser(url: string, profileDir: string): Promise<AppBrowser> {
  assertChromium();
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    args: [...CHROMIUM_FLAGS],
    viewport: { width: 1366, height: 768 },
    locale: 'es-CO',
    timezoneId: 'America/Bogota',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
  const events: Array<{ name: string; detail: unknown }> = [];
  const waiters = new Set<() => void>();
  await context.exposeBinding('__mostradorEvent', (_source, name: string, detail: unknown) => {
    events.push({ name, detail });
    for (const wake of waiters) wake();
  });
  await context.addInitScript(() => {
    const notify = (window as unknown as { __mostradorEvent: (name: string, detail: unknown) => void }).__mostradorEvent;
    for (const name of ['outbox', 'dian', 'mirror-pulled']) {
      window.addEventListener(`mostrador:${name}`, (event) => notify(name, (event as CustomEvent).detail ?? null));
    }
  });
  await page.goto(url);
  await mkdir(screenshotDir, { recursive: true });
  return {
    page,
    context,
    async screenshot(name) {
      const path = join(screenshotDir, `${name}.png`);
      await page.screenshot({ path });
      return path;
    },
    waitForAppEvent<T>(name: string, accept: (detail: T) => boolean = () => true, timeoutMs = 15_000) {
      return new Promise<T>((resolve, reject) => {
        const check = () => {
          const found = events.find((event) => event.name === name && accept(event.detail as T));
          if (!found) return false;
          cleanup();
          resolve(found.detail as T);
          return true;
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`No mostrador:${name} event matched within ${timeoutMs} ms`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        if (!check()) waiters.add(check);
      });
    },
    /** Forgets the events seen so far, so the next wait only sees new ones. */
    clearAppEvents() {
      events.length = 0;
    },
  };
}

/**
 * The browser preview as a cashier meets it: a fresh data folder and a fresh Chromium profile
 * (so a fresh IndexedDB) per test, the embedded sandbox in demo mode, 1366×768.
 */
export async function openApp(options: { sandbox?: SandboxOptions } = {}): Promise<RunningApp> {
  assertChromium();
  const dataDir = await mkdtemp(join(tmpdir(), 'mostrador-e2e-data-'));
  const profileDir = await mkdtemp(join(tmpdir(), 'mostrador-e2e-profile-'));
  const preview = await startPreview({ dataDir, rendererDir: join(root, 'out', 'renderer'), sandbox: options.sandbox });
  const sandbox = await preview.sandbox();
  const browser = await launchAppBrowser(preview.url, profileDir);
  return {
    ...browser,
    preview,
    sandbox,
    async close() {
      await browser.context.close();
      await preview.close();
      await rm(dataDir, { recursive: true, force: true });
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}
