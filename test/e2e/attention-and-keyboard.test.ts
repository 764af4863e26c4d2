import { describe, expect, it } from 'vitest';
import { screens } from '../../src-renderer/app/screens';
import { appPerTest } from './support/app';
import { chooseCustomer, confirmSale, quantity, scan, scanner, sellable, type OutboxDetail } from './support/counter';

const openApp = appPerTest();

describe('collections and refusals', () => {
  it('records a payment, and fixes and resends an invoice Siigo refused', async () => {
    const app = await openApp();
    const { page, sandbox } = app;
    await app.waitForAppEvent('mirror-pulled', () => true, 30_000);

    // A payment of an invoice the customer owes, from Cartera.
    const owed = sandbox.store.invoices.find((invoice) => invoice.balance > 0)!;
    const debtor = sandbox.store.customers.find((c) => c.identification === owed.customer.identification)!;
    await page.keyboard.press('Alt+3');
    await page.getByLabel('Buscar cliente').first().fill(debtor.identification);
    await page.getByRole('list', { name: 'Clientes encontrados' }).getByRole('button', { name: new RegExp(debtor.identification) }).click();
    await page.getByLabel(`Pagar ${owed.name}`).check();
    await app.screenshot('cartera-pago');
    await page.getByRole('button', { name: /Registrar pago/ }).click();
    await page.getByRole('heading', { name: 'Recibo de caja registrado' }).waitFor();

    // Siigo has deactivated a product the mirror still shows as active: the invoice is refused.
    const [refused, replacement] = sellable(sandbox);
    await page.keyboard.press('Alt+1');
    await scanner(page).waitFor();
    await scan(page, refused!.additional_fields!.barcode!);
    await quantity(page, refused!.code).waitFor();
    await chooseCustomer(page, debtor.identification);
    sandbox.store.products.find((p) => p.id === refused!.id)!.active = false;
    app.clearAppEvents();
    await confirmSale(page);
    await app.waitForAppEvent<OutboxDetail>('outbox', (s) => !s.running && s.pending === 0 && s.needsAttention === 1, 30_000);
    expect(sandbox.created().filter((c) => c.resource === 'vouchers')).toHaveLength(1);
    expect(sandbox.store.invoices.find((i) => i.id === owed.id)!.balance).toBe(0);

    // Documentos explains Siigo's refusal in Spanish; the cashier fixes the sale and resends it.
    await page.keyboard.press('Alt+6');
    await page.getByRole('listbox', { name: 'Documentos' }).getByRole('option', { name: /Factura/ }).first().focus();
    await page.keyboard.press('Enter');
    await page.getByText(/está inactivo en Siigo/).first().waitFor();
    await app.screenshot('documentos-requiere-atencion');
    await page.getByRole('button', { name: 'Corregir y reenviar' }).click();
    await page.getByRole('button', { name: `Quitar ${refused!.name}` }).click();
    await scan(page, replacement!.code);
    await quantity(page, replacement!.code).waitFor();
    await app.screenshot('venta-corregir-factura');
    app.clearAppEvents();
    await confirmSale(page);
    await app.waitForAppEvent<OutboxDetail>('outbox', (s) => !s.running && s.pending === 0 && s.needsAttention === 0, 30_000);
    const invoices = sandbox.created().filter((c) => c.resource === 'invoices');
    expect(invoices).toHaveLength(1);
    const sent = sandbox.store.invoices.find((i) => i.id === invoices[0]!.id)!;
    expect(sent.items.map((item) => item.code)).toEqual([replacement!.code]);
  }, 120_000);
});

describe('keyboard', () => {
  it('reaches every screen with Alt+number alone, each fitting 1366×768', async () => {
    const app = await openApp();
    const { page } = app;
    await app.waitForAppEvent('mirror-pulled', () => true, 30_000);
    for (const screen of screens) {
      await page.keyboard.press(`Alt+${screen.key}`);
      await page.getByRole('heading', { level: 1, name: screen.label }).waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      expect(overflow, `${screen.label} overflows horizontally`).toBe(false);
      await app.screenshot(`pantalla-${screen.id}`);
    }
  }, 60_000);
});
