import { describe, expect, it } from 'vitest';
import { memorySecretStore } from '../../src-main/connection/secret-store';
import { type OutboxDetail } from './support/counter';
import {
  connectCompany,
  customerOf,
  DEMO_SIZE,
  expectEachOnce,
  invoicesIn,
  openAjustes,
  REAL_SIZE,
  realCompanyPerTest,
  restartableAppPerTest,
  sell,
  settled,
  statusBar,
  syncNow,
  typeAccount,
  waitUntilOffline,
} from './support/companies';

const openApp = restartableAppPerTest();
const realCompany = realCompanyPerTest();

/** Status-bar texts ("N por enviar", "Todo enviado") as the app writes them. */
const porEnviar = (n: number) => `${n.toLocaleString('es-CO')} por enviar`;

describe('two companies on one PC: documents only ever go to the company they belong to', () => {
  it('a key lost on restart: the app stays on the real company, sends nothing anywhere, and resumes once the key is entered', async () => {
    const app = await openApp();
    const { page } = app;
    await app.waitForAppEvent('mirror-pulled', () => true, 30_000);
    const real = await realCompany();
    await connectCompany(app, real);

    // The line to Siigo goes down; three sales wait on this PC.
    await real.proxy.setOffline(true);
    await waitUntilOffline(page);
    for (let i = 0; i < 3; i++) await sell(page, real.sandbox, i, { provisional: true });
    await statusBar(page).pending.filter({ hasText: porEnviar(3) }).waitFor();

    // The app is closed and opened again; this PC has no keychain, so the key is gone. The line
    // is back meanwhile, so anything sent would arrive.
    await app.restartPreview();
    await real.proxy.setOffline(false);
    const forwarded = real.proxy.stats().forwarded;
    app.clearAppEvents();
    await page.reload();

    const bar = statusBar(page);
    await bar.company.filter({ hasText: real.name }).waitFor();
    const banner = page.getByTestId('missing-key');
    await banner.filter({ hasText: `3 documentos pendientes de ${real.name}: ingrese la llave de acceso para enviarlos.` }).waitFor();
    // The app's own start pass, then a few seconds, then a user's 'Sincronizar ahora'.
    await app.waitForAppEvent<OutboxDetail>('outbox', (s) => !s.running && s.reachable !== null, 20_000);
    await page.waitForTimeout(3_000);
    app.clearAppEvents();
    await syncNow(page);
    await app.waitForAppEvent<OutboxDetail>('outbox', (s) => !s.running && s.reachable !== null, 20_000);
    await app.screenshot('two-companies-missing-key');
    await expect(bar.company.textContent()).resolves.toBe(real.name);
    await expect(bar.pending.textContent()).resolves.toBe(porEnviar(3));
    // The demo Siigo of the app as it runs now (the one it would fall back to), and the old one.
    await app.demo();
    for (const demo of await app.demoSandboxes()) expect(invoicesIn(demo)).toHaveLength(0);
    expect(invoicesIn(real.sandbox)).toHaveLength(0);
    // Without a key there is nothing to log in with: not one request reached the real company.
    expect(real.proxy.stats().forwarded).toBe(forwarded);

    // The key is typed in Ajustes (the user and the address are still there): everything goes to
    // the real company, once.
    const form = await openAjustes(page);
    await expect(form.username.inputValue()).resolves.toBe(real.username);
    await expect(form.address.inputValue()).resolves.toBe(real.url);
    await form.accessKey.fill(real.accessKey);
    app.clearAppEvents();
    await form.save.click();
    await page.getByText('Conexión correcta').waitFor();
    await app.waitForAppEvent<OutboxDetail>('outbox', settled, 30_000);
    expectEachOnce(real.sandbox, 3);
    for (const demo of await app.demoSandboxes()) expect(invoicesIn(demo)).toHaveLength(0);
    await banner.waitFor({ state: 'detached' });
    await bar.pending.filter({ hasText: 'Todo enviado' }).waitFor();
    await expect(bar.company.textContent()).resolves.toBe(real.name);
  }, 90_000);

  it('demo sales never reach the real company, and are sent to the demo once it is chosen again', async () => {
    const app = await openApp();
    const { page } = app;
    await app.waitForAppEvent('mirror-pulled', () => true, 30_000);
    const demo = await app.demo();
    const real = await realCompany();

    // Two demo sales while the demo Siigo is unreachable.
    await demo.setReachable(false);
    await waitUntilOffline(page);
    for (let i = 0; i < 2; i++) await sell(page, demo, i, { provisional: true });
    await statusBar(page).pending.filter({ hasText: porEnviar(2) }).waitFor();

    // The real company is connected: the window starts again on its own database.
    await connectCompany(app, real);
    await app.waitForAppEvent<OutboxDetail>('outbox', settled, 30_000);
    const bar = statusBar(page);
    await bar.pending.filter({ hasText: 'Todo enviado' }).waitFor();
    expect(invoicesIn(real.sandbox)).toHaveLength(0);

    // Its mirror holds its own rows only.
    await page.keyboard.press('Alt+7');
    const rows = (label: string) => page.getByRole('row', { name: new RegExp(`^${label}`) }).locator('td.num');
    await expect.poll(() => rows('Clientes').textContent()).toBe(REAL_SIZE.customers.toLocaleString('es-CO'));
    await expect.poll(() => rows('Productos').textContent()).toBe(REAL_SIZE.products.toLocaleString('es-CO'));
    const realIds = new Set(real.sandbox.store.customers.map((c) => c.identification));
    const demoOnly = demo.store.customers.find((c) => c.active && !realIds.has(c.identification))!;
    const realCustomer = customerOf(real.sandbox);
    await page.keyboard.press('Alt+4');
    const search = page.getByLabel('Buscar cliente');
    const found = page.getByRole('list', { name: 'Clientes encontrados' }).getByRole('button');
    await search.fill(demoOnly.identification);
    await page.getByText('Ningún cliente coincide.').waitFor();
    await search.fill(realCustomer.identification);
    await found.filter({ hasText: realCustomer.identification }).first().waitFor();
    await app.screenshot('two-companies-real-mirror');

    // Back to demo, and the demo line comes back: the two sales were waiting there, and Ajustes
    // said so while the real company was connected.
    const form = await openAjustes(page);
    await page.getByTestId('other-backlogs').filter({ hasText: 'Demostración: 2 documentos esperan en este equipo' }).waitFor();
    await app.screenshot('two-companies-ajustes-other-backlog');
    const reloaded = page.waitForEvent('load', { timeout: 20_000 });
    await form.backToDemo.click();
    await reloaded;
    await bar.company.filter({ hasText: 'Demostración' }).waitFor();
    await bar.pending.filter({ hasText: porEnviar(2) }).waitFor({ timeout: 15_000 });
    await demo.setReachable(true);
    app.clearAppEvents();
    await syncNow(page);
    await app.waitForAppEvent<OutboxDetail>('outbox', settled, 30_000);
    expectEachOnce(demo, 2);
    expect(invoicesIn(real.sandbox)).toHaveLength(0);
    await bar.pending.filter({ hasText: 'Todo enviado' }).waitFor();
    await page.keyboard.press('Alt+7');
    await expect.poll(() => rows('Clientes').textContent()).toBe(DEMO_SIZE.customers.toLocaleString('es-CO'));
    // The demo customer the real company did not know is here, in the demo's own mirror.
    await page.keyboard.press('Alt+4');
    await search.fill(demoOnly.identification);
    await found.filter({ hasText: demoOnly.identification }).first().waitFor();
  }, 90_000);

  it('a failed "Probar conexión" leaves the app as it was', async () => {
    const app = await openApp();
    const { page } = app;
    await app.waitForAppEvent('mirror-pulled', () => true, 30_000);
    const demo = await app.demo();
    const real = await realCompany();

    const form = await typeAccount(page, { ...real, accessKey: 'bGxhdmUtZXF1aXZvY2FkYQ==' });
    await form.test.click();
    await page.getByText('Siigo no aceptó esta conexión; no se guardó nada:').waitFor({ timeout: 15_000 });
    await app.screenshot('two-companies-failed-test');
    const bar = statusBar(page);
    await expect(bar.company.textContent()).resolves.toBe('Demostración');
    await expect(page.getByRole('note', { name: 'Modo actual' }).textContent()).resolves.toContain('Modo demostración');

    app.clearAppEvents();
    await sell(page, demo, 0);
    await app.waitForAppEvent<OutboxDetail>('outbox', settled, 30_000);
    expectEachOnce(demo, 1);
    expect(invoicesIn(real.sandbox)).toHaveLength(0);

    // Nothing was stored either: a reload still opens the demo company.
    await page.reload();
    await bar.company.filter({ hasText: 'Demostración' }).waitFor();
    await bar.pending.filter({ hasText: 'Todo enviado' }).waitFor();
    expect(real.sandbox.created()).toHaveLength(0);
  }, 60_000);

  it('the app killed while invoices are being sent: after a restart every invoice reaches Siigo exactly once', async () => {
    const secrets = memorySecretStore(); // the OS keychain: it outlives the app
    const app = await openApp({ secrets });
    const { page } = app;
    await app.waitForAppEvent('mirror-pulled', () => true, 30_000);
    const real = await realCompany();
    await connectCompany(app, real);

    const sales = 12;
    await real.proxy.setOffline(true);
    await waitUntilOffline(page);
    for (let i = 0; i < sales; i++) await sell(page, real.sandbox, i, { provisional: true });
    await statusBar(page).pending.filter({ hasText: porEnviar(sales) }).waitFor();

    // The line comes back, but the first three answers to a new invoice are lost after Siigo
    // committed, and Siigo is slow, slower for each invoice (the n-th waits n × 250 ms), so the
    // invoices land one after another: the app is killed mid-way.
    real.proxy.dropResponsesAfterCommit(3, (r) => r.method === 'POST' && r.path === '/v1/invoices');
    for (let skip = 0; skip < sales; skip++) real.sandbox.addFault({ method: 'POST', path: '/v1/invoices', kind: 'latency', ms: 250, skip });
    const started = Date.now();
    await real.proxy.setOffline(false);
    // The app may notice the line on its own first (the button then says "Sincronizando…");
    // otherwise the cashier presses it. Either way the test does not wait for the run to end.
    if ((await statusBar(page).syncNow.count()) > 0) await statusBar(page).syncNow.click({ timeout: 1_000 }).catch(() => undefined);
    while (invoicesIn(real.sandbox).length < 4 && Date.now() - started < 30_000) await new Promise((r) => setTimeout(r, 10));
    const atKill = invoicesIn(real.sandbox).length;
    // Invoices Siigo is still working on (the sandbox logs a request as 'hung' until it answers).
    const inFlight = real.sandbox.requests().filter((r) => r.method === 'POST' && r.path === '/v1/invoices' && r.status === 'hung').length;
    await app.restartPreview({ secrets });
    expect(atKill).toBeGreaterThanOrEqual(4);
    expect(atKill).toBeLessThan(sales);
    expect(inFlight).toBeGreaterThan(0);
    real.sandbox.clearFaults();

    // Opened again: nobody presses anything.
    app.clearAppEvents();
    await page.reload();
    await app.waitForAppEvent<OutboxDetail>('outbox', settled, 90_000);
    expectEachOnce(real.sandbox, sales);
    const bar = statusBar(page);
    await bar.pending.filter({ hasText: 'Todo enviado' }).waitFor();
    await expect(bar.pending.textContent()).resolves.not.toContain('requieren atención');
    await expect(bar.company.textContent()).resolves.toBe(real.name);
    await app.demo();
    for (const demo of await app.demoSandboxes()) expect(invoicesIn(demo)).toHaveLength(0);
    console.log(`[two-companies] killed with ${atKill}/${sales} invoices in Siigo and ${inFlight} in flight; proxy ${JSON.stringify(real.proxy.stats())}`);
  }, 120_000);

  it('the status bar is right on the first frame after a reload with documents queued', async () => {
    const app = await openApp();
    const { page, context } = app;
    await app.waitForAppEvent('mirror-pulled', () => true, 30_000);
    const demo = await app.demo();
    await demo.setReachable(false);
    await waitUntilOffline(page);
    for (let i = 0; i < 2; i++) await sell(page, demo, i, { provisional: true });
    await statusBar(page).pending.filter({ hasText: porEnviar(2) }).waitFor();

    // Every text the pending count ever shows, from the first node on.
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __pendingTexts: string[] }).__pendingTexts = seen;
      const record = () => {
        const text = document.querySelector('[data-testid="pending-count"]')?.textContent ?? null;
        if (text !== null && seen.at(-1) !== text) seen.push(text);
      };
      new MutationObserver(record).observe(document, { childList: true, subtree: true, characterData: true });
      record();
    });
    app.clearAppEvents();
    await page.reload();
    await statusBar(page).pending.filter({ hasText: porEnviar(2) }).waitFor();
    await app.waitForAppEvent<OutboxDetail>('outbox', (s) => !s.running && s.reachable === false, 20_000);
    const texts = await page.evaluate(() => (window as unknown as { __pendingTexts: string[] }).__pendingTexts);
    console.log('[two-companies] pending-count texts after reload:', JSON.stringify(texts));
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter((t) => t.includes('Todo enviado'))).toEqual([]);
    expect(texts.every((t) => t === 'Contando documentos…' || t === porEnviar(2))).toBe(true);
    expect(texts.at(-1)).toBe(porEnviar(2));
  }, 60_000);
});
