import { describe, expect, it } from 'vitest';
import { appPerTest } from './support/app';
import { chooseCustomer, confirmSale, quantity, scan, scanner, sellable, type OutboxDetail } from './support/counter';

const openApp = appPerTest();

describe('a day at the counter with the internet going down', () => {
  it('sells offline, survives a reload, and every document reaches Siigo exactly once and the DIAN', async () => {
    const app = await openApp({ sandbox: { stamp: { delayMs: 1_000 } } });
    const { page, sandbox } = app;
    await app.waitForAppEvent('mirror-pulled', () => true, 30_000);
    const stock = sellable(sandbox);
    const customer = sandbox.store.customers.find((c) => c.active && c.contacts.length > 0 && c.branch_office === 0)!;

    // The line goes down.
    await sandbox.setReachable(false);
    await page.getByRole('button', { name: 'Sincronizar ahora' }).click();
    await page.getByTestId('link-state').filter({ hasText: 'Sin conexión' }).waitFor();

    // Sale 1: scanned by barcode, existing customer.
    await scanner(page).waitFor();
    await scan(page, stock[0]!.additional_fields!.barcode!);
    await scan(page, stock[0]!.additional_fields!.barcode!);
    await expect.poll(() => quantity(page, stock[0]!.name).inputValue()).toBe('2');
    await page.keyboard.press('F2');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('id'))).resolves.toBe('customer-search-input');
    await chooseCustomer(page, customer.identification);
    await app.screenshot('venta-offline-cart');
    await confirmSale(page, { provisional: true, whileShown: () => app.screenshot('recibo-provisional') });

    // Sale 2: a customer created on the spot, offline.
    await scan(page, stock[1]!.code);
    await quantity(page, stock[1]!.code).waitFor();
    await page.getByRole('button', { name: 'Crear cliente' }).click();
    await page.getByLabel('Nombres').fill('Luz Ángela');
    await page.getByLabel('Apellidos').fill('Quintero Ríos');
    await page.getByLabel('Número de identificación').fill('1032456789');
    await page.getByLabel('Dirección').fill('Carrera 7 # 45 - 12');
    await page.getByLabel('Teléfono').fill('3104567890');
    await page.getByLabel('Correo electrónico (factura electrónica)').fill('luz.quintero@ejemplo.co');
    await page.getByRole('button', { name: 'Guardar cliente' }).click();
    await page.getByTestId('chosen-customer').filter({ hasText: '1032456789' }).waitFor();
    await confirmSale(page, { provisional: true });

    // Sale 3 is being typed when the page reloads: nothing is lost.
    await scan(page, stock[2]!.additional_fields!.barcode!);
    await quantity(page, stock[2]!.name).waitFor();
    await page.waitForTimeout(600); // the draft is saved 300 ms after the last keystroke
    await page.reload();
    await quantity(page, stock[2]!.name).waitFor();
    await chooseCustomer(page, customer.identification);
    await confirmSale(page, { provisional: true });

    // A quotation, later converted into an invoice without typing anything again.
    await page.keyboard.press('Alt+2');
    await page.getByRole('button', { name: 'Nueva cotización' }).click();
    await scan(page, stock[3]!.code);
    await quantity(page, stock[3]!.code).waitFor();
    await chooseCustomer(page, customer.identification);
    await page.getByRole('button', { name: 'Guardar cotización' }).click();
    await page.getByRole('button', { name: 'Convertir en factura' }).click();
    await quantity(page, stock[3]!.name).waitFor();
    await confirmSale(page, { provisional: true });

    await page.keyboard.press('Alt+6');
    await app.screenshot('documentos-offline');
    expect(sandbox.created()).toHaveLength(0);

    // The line comes back.
    app.clearAppEvents();
    await sandbox.setReachable(true);
    await page.getByRole('button', { name: 'Sincronizar ahora' }).click();
    await app.waitForAppEvent<OutboxDetail>('outbox', (s) => s.reachable && !s.running && s.pending === 0, 30_000);
    const created = sandbox.created();
    expect(created.filter((c) => c.resource === 'customers')).toHaveLength(1);
    expect(created.filter((c) => c.resource === 'quotations')).toHaveLength(1);
    expect(created.filter((c) => c.resource === 'invoices')).toHaveLength(4);
    const keys = created.flatMap((c) => (c.idempotencyKey ? [c.idempotencyKey] : []));
    expect(new Set(keys).size).toBe(4);

    // The DIAN accepts every invoice; the window says so. (One list answers for all four at once,
    // so their events may all come before the list shows them: wait for what the cashier sees.)
    const accepted = page.getByRole('listbox', { name: 'Documentos' }).getByText('Aceptada DIAN');
    await accepted.nth(3).waitFor({ timeout: 60_000 });
    expect(await accepted.count()).toBe(4);
    await app.screenshot('documentos-aceptadas');
  }, 180_000);
});
