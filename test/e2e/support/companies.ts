import { afterEach, expect } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { siigoCompanyName } from '../../../src-shared/company';
import type { SecretStore } from '../../../src-main/connection/secret-store';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../../src-main/siigo-sandbox';
import { startPreview, type Preview } from '../../../src-main/preview/preview-server';
import { assertChromium } from '../../support/chromium';
import { startFaultProxy, type FaultProxy } from '../../support/fault-proxy';
import { launchAppBrowser, type AppBrowser } from './app';
import { chooseCustomer, confirmSale, quantity, scan, scanner, sellable, type OutboxDetail } from './counter';

/**
 * The browser preview as ONE installed app that can be stopped and started again: the same port
 * (IndexedDB belongs to the origin), the same data folder (settings.json, the journals) and the
 * same Chromium profile across restarts, as a shop's PC keeps them.
 */

const root = fileURLToPath(new URL('../../..', import.meta.url));
const rendererDir = join(root, 'out', 'renderer');

/** A small demo company, so the first sync is quick. */
export const DEMO_SIZE = { customers: 40, products: 50 } as const;
/** The "real" company: another seed and size, so its rows differ from the demo's. */
export const REAL_SIZE = { customers: 60, products: 80 } as const;

export interface RestartableApp extends AppBrowser {
  /** The preview running now (another object after `restartPreview`). */
  preview(): Preview;
  port: number;
  dataDir: string;
  /** Every demo sandbox any preview of this app started, oldest first (a restart starts a new one). */
  demoSandboxes(): Promise<Sandbox[]>;
  /** The running preview's demo sandbox (started on first use). */
  demo(): Promise<Sandbox>;
  /**
   * Stops the preview (in-flight bridge calls and Siigo requests are cut) and starts it again on
   * the same port and data folder. `secrets`: the key store of the new process (absent: a fresh
   * in-memory one, i.e. the keys are lost). Does not reload the page.
   */
  restartPreview(options?: { secrets?: SecretStore }): Promise<void>;
  close(): Promise<void>;
}

export interface AppOptions {
  secrets?: SecretStore;
  demo?: SandboxOptions;
}

/** `openRestartableApp` for the tests of one file: whatever the test opened is closed after it. */
export function restartableAppPerTest(): (options?: AppOptions) => Promise<RestartableApp> {
  let current: RestartableApp | undefined;
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return async (options) => (current = await openRestartableApp(options));
}

export async function openRestartableApp(options: AppOptions = {}): Promise<RestartableApp> {
  assertChromium();
  const dataDir = await mkdtemp(join(tmpdir(), 'mostrador-e2e-data-'));
  const profileDir = await mkdtemp(join(tmpdir(), 'mostrador-e2e-profile-'));
  const demoOptions: SandboxOptions = options.demo ?? { size: DEMO_SIZE };
  const previews: Preview[] = [];
  const start = async (port: number, secrets: SecretStore | undefined) => {
    const preview = await startPreview({ port, dataDir, rendererDir, sandbox: demoOptions, ...(secrets ? { secrets } : {}) });
    previews.push(preview);
    return preview;
  };
  let preview = await start(0, options.secrets);
  const port = Number(new URL(preview.url).port);
  /** Which previews had their demo sandbox started (asking `preview.sandbox()` would start one). */
  const demos: Array<Promise<Sandbox>> = [];
  const demoOf = (p: Preview) => {
    const sandbox = p.sandbox();
    if (!demos.includes(sandbox)) demos.push(sandbox);
    return sandbox;
  };
  // The demo sandbox the app itself uses is this same promise (startPreview memoizes it).
  await demoOf(preview);

  const browser = await launchAppBrowser(preview.url, profileDir);
  let closed = false;
  return {
    ...browser,
    preview: () => preview,
    port,
    dataDir,
    demoSandboxes: () => Promise.all(demos),
    demo: () => demoOf(preview),
    async restartPreview(restart = {}) {
      await preview.close();
      preview = await start(port, restart.secrets);
    },
    async close() {
      if (closed) return;
      closed = true;
      await browser.context.close().catch(() => undefined);
      await preview.close().catch(() => undefined);
      await rm(dataDir, { recursive: true, force: true });
      await rm(profileDir, { recursive: true, force: true });
    },
  };
}

/** A second Siigo account ("the real company"): its own sandbox, reached through a fault proxy. */
export interface RealCompany {
  sandbox: Sandbox;
  proxy: FaultProxy;
  /** The address typed in Ajustes: the proxy's. */
  url: string;
  username: string;
  accessKey: string;
  /** How the status bar names it. */
  name: string;
  close(): Promise<void>;
}

export async function startRealCompany(options: SandboxOptions = {}): Promise<RealCompany> {
  const credentials = { username: 'facturacion@ferreteria-el-tornillo.co', access_key: 'dG9ybmlsbG8tcmVhbC1hY2Nlc3Mta2V5' };
  const sandbox = await startSandbox({ port: 0, seed: 2, size: REAL_SIZE, credentials, ...options });
  const proxy = await startFaultProxy(sandbox.url);
  return {
    sandbox,
    proxy,
    url: proxy.url,
    username: credentials.username,
    accessKey: credentials.access_key,
    name: siigoCompanyName(proxy.url, credentials.username),
    async close() {
      await proxy.close();
      await sandbox.close();
    },
  };
}

/** Closes every real company a test started, passed or failed. Call at the top level of the file. */
export function realCompanyPerTest(): (options?: SandboxOptions) => Promise<RealCompany> {
  const started: RealCompany[] = [];
  afterEach(async () => {
    for (const company of started.splice(0)) await company.close().catch(() => undefined);
  });
  return async (options) => {
    const company = await startRealCompany(options);
    started.push(company);
    return company;
  };
}

export const statusBar = (page: Page) => ({
  company: page.getByTestId('company-name'),
  link: page.getByTestId('link-state'),
  pending: page.getByTestId('pending-count'),
  syncNow: page.getByRole('button', { name: 'Sincronizar ahora' }),
});

export const connectionForm = (page: Page) => ({
  username: page.getByLabel('Usuario API'),
  accessKey: page.getByLabel('Llave de acceso'),
  partnerId: page.getByLabel('Partner-Id'),
  address: page.getByLabel('Dirección de la API'),
  save: page.getByRole('button', { name: 'Guardar conexión' }),
  test: page.getByRole('button', { name: 'Probar conexión' }),
  backToDemo: page.getByRole('button', { name: 'Volver al modo demostración' }),
});

/** Ajustes (Alt+8), "Conexión con Siigo" on screen. */
export async function openAjustes(page: Page): Promise<ReturnType<typeof connectionForm>> {
  await page.keyboard.press('Alt+8');
  await page.getByRole('heading', { name: 'Conexión con Siigo' }).waitFor();
  return connectionForm(page);
}

/** Types an account into Ajustes (address, user, key), as a user does. */
export async function typeAccount(page: Page, account: { url: string; username: string; accessKey: string }): Promise<ReturnType<typeof connectionForm>> {
  const form = await openAjustes(page);
  await form.address.fill(account.url);
  await form.username.fill(account.username);
  await form.accessKey.fill(account.accessKey);
  return form;
}

/**
 * Connects another company through Ajustes > 'Guardar conexión': the window reloads onto that
 * company's database and runs its first sync; resolves once the status bar names it and its
 * mirror was pulled.
 */
export async function connectCompany(app: RestartableApp, company: RealCompany): Promise<void> {
  const { page } = app;
  const form = await typeAccount(page, company);
  app.clearAppEvents();
  const reloaded = page.waitForEvent('load', { timeout: 20_000 });
  await form.save.click();
  await reloaded;
  await statusBar(page).company.filter({ hasText: company.name }).waitFor({ timeout: 15_000 });
  await app.waitForAppEvent('mirror-pulled', () => true, 30_000);
}

/** 'Sincronizar ahora' (it waits until no sync is running, as the button is disabled until then). */
export async function syncNow(page: Page): Promise<void> {
  await statusBar(page).syncNow.click({ timeout: 20_000 });
}

/** Makes Siigo look unreachable to the app and waits until the status bar says so. */
export async function waitUntilOffline(page: Page): Promise<void> {
  await syncNow(page);
  await statusBar(page).link.filter({ hasText: 'Sin conexión' }).waitFor({ timeout: 20_000 });
}

/** A customer of this company who can receive an invoice. */
export function customerOf(sandbox: Sandbox, index = 0) {
  return sandbox.store.customers.filter((c) => c.active && c.contacts.length > 0 && c.branch_office === 0)[index]!;
}

/** One sale at the counter: a scanned product, a customer, F9. */
export async function sell(page: Page, sandbox: Sandbox, index: number, options: { provisional?: boolean } = {}): Promise<void> {
  const stock = sellable(sandbox);
  const product = stock[index % stock.length]!;
  await page.keyboard.press('Alt+1');
  await scanner(page).waitFor();
  await scan(page, product.additional_fields!.barcode!);
  await quantity(page, product.name).waitFor();
  await chooseCustomer(page, customerOf(sandbox, index % 5).identification);
  await confirmSale(page, options);
}

export const invoicesIn = (sandbox: Sandbox) => sandbox.created().filter((c) => c.resource === 'invoices');

/** Every invoice once: as many as `count`, each with its own idempotency key. */
export function expectEachOnce(sandbox: Sandbox, count: number): void {
  const invoices = invoicesIn(sandbox);
  expect(invoices).toHaveLength(count);
  const keys = invoices.map((c) => c.idempotencyKey);
  expect(keys.every((key) => typeof key === 'string' && key.length > 0)).toBe(true);
  expect(new Set(keys).size).toBe(count);
}

/** The outbox is idle with nothing left to send and nothing needing a person. */
export const settled = (s: OutboxDetail) => s.reachable && !s.running && s.pending === 0 && s.needsAttention === 0;
