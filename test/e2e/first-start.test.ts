import { describe, expect, it } from 'vitest';
import { appPerTest } from './support/app';
import { chooseCustomer, quantity, scan, scanner, sellable } from './support/counter';

const openApp = appPerTest();

describe('first start', () => {
  it('starts in demo mode and imports the mirror with visible progress', async () => {
    // A bigger demo company and a slow list endpoint, so the import is long enough to watch.
    const app = await openApp({
      sandbox: { size: { customers: 3000, products: 1500 }, faults: [{ method: 'GET', path: '/v1/customers', kind: 'latency', ms: 120 }] },
    });
    const { page } = app;
    await expect(page.getByRole('note').textContent()).resolves.toContain('Modo demostración');
    const progress = page.getByRole('progressbar', { name: /Importando clientes/ });
    await progress.waitFor({ state: 'visible' });
    await app.screenshot('first-start-importing');
    await app.waitForAppEvent('mirror-pulled', () => true, 30_000);
    await expect(progress.count()).resolves.toBe(0);
    await app.screenshot('first-start-ready');

    // Every row is on this PC and found at the counter, the last page's too (a first sync's
    // pages are stored by a worker; the window's searches must see them).
    const { sandbox } = app;
    await page.keyboard.press('Alt+7');
    const rows = (label: string) => page.getByRole('row', { name: new RegExp(`^${label}`) }).locator('td.num');
    await expect(rows('Clientes').textContent()).resolves.toBe((3000).toLocaleString('es-CO'));
    await expect(rows('Productos').textContent()).resolves.toBe((1500).toLocaleString('es-CO'));
    await page.keyboard.press('Alt+1');
    const lastProduct = sellable(sandbox).at(-1)!;
    await scanner(page).waitFor();
    await scan(page, lastProduct.additional_fields!.barcode!);
    await quantity(page, lastProduct.code).waitFor();
    await chooseCustomer(page, sandbox.store.customers.at(-1)!.identification);
  }, 60_000);
});
