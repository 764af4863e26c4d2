import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../src-main/siigo-sandbox';
import { appPerTest, screenshotDir, type RunningApp } from './support/app';
import { chooseCustomer, confirmSale, quantity, scan, scanner, sendEverything } from './support/counter';

const openApp = appPerTest();
const shelf = DEMO_IDS.shelfProducts;


/** Opens a document of this PC in Documentos by what its row says. */
async function openDocument(app: RunningApp, name: RegExp): Promise<void> {
  await app.page.keyboard.press('Alt+6');
  await app.page.getByRole('listbox', { name: 'Documentos' }).getByRole('option', { name }).first().click();
}

describe('the counter a shop can run its day on', () => {
  it('sells to the final consumer with no customer chosen, at the shelf price of a product with IVA included', async () => {
    const app = await openApp();
    const { page, sandbox } = app;
    await app.waitForAppEvent('mirror-pulled', () => true, 30_000);
    await scanner(page).waitFor();
    // 10.000 on the shelf, IVA in it; 25.000 before IVA.
    await scan(page, shelf.iva19At10000.barcode);
    await scan(page, shelf.iva19At10000.barcode);
    await scan(page, shelf.iva19PlusAt25000.barcode);
    await expect.poll(() => quantity(page, shelf.iva19At10000.code).inputValue()).toBe('2');
    // 2 × 10.000 + 25.000 × 1,19 = 49.750: the shelf price is what the buyer pays.
    await page.locator('.venta-totals').getByText('$ 49.750').first().waitFor();
    await page.getByTestId('without-customer').filter({ hasText: 'Consumidor final' }).waitFor();
    await app.screenshot('venta-iva-incluido');
    await confirmSale(page, { whileShown: () => page.getByText('Consumidor final').first().waitFor() });
    await sendEverything(app);

    const invoices = sandbox.created().filter((c) => c.resource === 'invoices');
    expect(invoices).toHaveLength(1);
    const invoice = sandbox.store.invoices.find((i) => i.id === invoices[0]!.id)!;
    expect(invoice.customer.identification).toBe('222222222222');
    expect(invoice.total).toBe(49750);
    const taxed = invoice.items.find((item) => item.code === shelf.iva19At10000.code)!;
    expect(taxed).toMatchObject({ taxed_price: 10000, total: 20000 });
    // The company's Siigo had it already: found in the mirror, never created.
    expect(sandbox.created().filter((c) => c.resource === 'customers')).toHaveLength(0);
  }, 120_000);

  it('returns part of a sale and annuls another, online and offline, each note reaching Siigo once', async () => {
    const app = await openApp({ sandbox: { stamp: { delayMs: 500 } } });
    const { page, sandbox } = app;
    await app.waitForAppEvent('mirror-pulled', () => true, 30_000);
    const customer = sandbox.store.customers.find((c) => c.active && c.contacts.length > 0 && c.branch_office === 0 && c.identification !== '222222222222')!;

    // Sale 1, online: 3 at 4.500 (IVA in) and 1 at 12.500 (IVA 5 % in).
    await scanner(page).waitFor();
    for (let i = 0; i < 3; i += 1) await scan(page, shelf.iva19At4500.barcode);
    await scan(page, shelf.iva5At12500.barcode);
    await expect.poll(() => quantity(page, shelf.iva19At4500.code).inputValue()).toBe('3');
    await chooseCustomer(page, customer.identification);
    await confirmSale(page);
    await sendEverything(app);
    const [first] = sandbox.created().filter((c) => c.resource === 'invoices');
    const sold = sandbox.store.invoices.find((i) => i.id === first!.id)!;

    // Partial return: one of the three comes back, in cash.
    await openDocument(app, /Factura/);
    await page.getByRole('button', { name: 'Devolución o anulación' }).click();
    await page.getByLabel(/Cantidad a devolver de/).first().fill('1');
    await page.getByText('Total a devolver:').getByText('$ 4.500').waitFor();
    await page.getByRole('button', { name: 'Registrar devolución' }).click();
    await page.getByRole('heading', { name: 'Devolución registrada' }).waitFor();
    await app.screenshot('recibo-devolucion');
    await page.getByRole('button', { name: 'Cerrar', exact: true }).click();
    // The note waits until the DIAN has answered for its invoice, then goes.
    await sendEverything(app, 60_000);
    const partial = sandbox.store.creditNotes.find((note) => note.invoice?.id === sold.id)!;
    expect(partial).toMatchObject({ total: 4500, reason: 1 });
    expect(partial.items).toEqual([expect.objectContaining({ code: shelf.iva19At4500.code, quantity: 1 })]);
    await page.getByTestId('invoice-remaining').filter({ hasText: '$ 21.500' }).waitFor();

    // Offline: sale 2, then its annulment while it is still in the queue.
    await sandbox.setReachable(false);
    await page.getByRole('button', { name: 'Sincronizar ahora' }).click();
    await page.getByTestId('link-state').filter({ hasText: 'Sin conexión' }).waitFor();
    await page.keyboard.press('Alt+1');
    await scanner(page).waitFor();
    await scan(page, shelf.impoconsumo8At2500.barcode);
    await scan(page, shelf.iva19At10000.barcode);
    await quantity(page, shelf.iva19At10000.code).waitFor();
    await confirmSale(page, { provisional: true });
    await openDocument(app, /Factura.*En cola|En cola.*Factura/);
    await page.getByRole('button', { name: 'Devolución o anulación' }).click();
    await page.getByText('La factura aún no está en Siigo').waitFor();
    await page.getByRole('button', { name: 'Anular la factura completa' }).click();
    await page.getByText('Total a devolver:').getByText('$ 12.500').waitFor();
    await page.getByRole('button', { name: 'Registrar devolución' }).click();
    await page.getByRole('heading', { name: 'Devolución registrada' }).waitFor();
    await page.getByRole('button', { name: 'Cerrar', exact: true }).click();
    expect(sandbox.created().filter((c) => c.resource === 'credit-notes')).toHaveLength(1);

    // Back online: the invoice goes first, the DIAN accepts it, then its annulment.
    await sandbox.setReachable(true);
    await sendEverything(app, 60_000);
    for (let tries = 0; sandbox.created().filter((c) => c.resource === 'credit-notes').length < 2 && tries < 20; tries += 1) {
      await sendEverything(app, 60_000);
    }
    const notes = sandbox.created().filter((c) => c.resource === 'credit-notes');
    expect(notes).toHaveLength(2);
    expect(new Set(notes.map((note) => note.idempotencyKey)).size).toBe(2);
    const second = sandbox.created().filter((c) => c.resource === 'invoices')[1]!;
    const annulment = sandbox.store.creditNotes.find((note) => note.invoice?.id === second.id)!;
    expect(annulment).toMatchObject({ total: 12500, reason: 2 });
    expect(sandbox.created().filter((c) => c.resource === 'invoices')).toHaveLength(2);
  }, 180_000);

  it('runs a cash session: sales, a return, a recibo de caja and a withdrawal, closed short, its Z report matching the documents', async () => {
    const app = await openApp({ sandbox: { stamp: { delayMs: 300 } } });
    const { page, sandbox } = app;
    await app.waitForAppEvent('mirror-pulled', () => true, 30_000);

    // Opening: a cashier from Siigo's users and a float of 100.000.
    await page.keyboard.press('Alt+9');
    const cashier = page.getByLabel('Cajero');
    await cashier.selectOption({ index: 1 });
    await page.getByLabel('Base inicial').fill('100.000');
    await page.getByRole('button', { name: 'Abrir caja' }).click();
    await page.getByRole('heading', { name: 'Caja abierta' }).waitFor();

    // Sale A, cash: 2 × 10.000 (IVA in), 50.000 handed over.
    await page.keyboard.press('Alt+1');
    await scanner(page).waitFor();
    await scan(page, shelf.iva19At10000.barcode);
    await scan(page, shelf.iva19At10000.barcode);
    await expect.poll(() => quantity(page, shelf.iva19At10000.code).inputValue()).toBe('2');
    await page.getByLabel('Recibido en efectivo').fill('50.000');
    await page.getByText('Cambio:').waitFor();
    await confirmSale(page, { whileShown: async () => {
      await page.locator('.receipt-printable').getByText('$ 30.000').waitFor();
      await page.locator('.receipt-printable').screenshot({ path: join(screenshotDir, 'recibo-80mm.png') });
    } });

    // Sale B, by bank transfer: 12.500 (IVA 5 % in).
    await scan(page, shelf.iva5At12500.barcode);
    await quantity(page, shelf.iva5At12500.code).waitFor();
    await page.getByLabel('Forma de pago 1', { exact: true }).selectOption({ label: 'Transferencia' });
    await confirmSale(page);
    await sendEverything(app);
    const [saleA, saleB] = sandbox.created().filter((c) => c.resource === 'invoices').map((c) => sandbox.store.invoices.find((i) => i.id === c.id)!);

    // The buyer of sale A brings one back: F7, the receipt's number, one unit, cash from the drawer.
    await page.keyboard.press('F7');
    await page.getByLabel(/Número de la factura/).fill(saleA!.name);
    await page.keyboard.press('Enter');
    await page.getByLabel(/Cantidad a devolver de/).first().fill('1');
    await page.getByRole('button', { name: 'Registrar devolución' }).click();
    await page.getByRole('heading', { name: 'Devolución registrada' }).waitFor();
    await page.locator('.receipt-printable').screenshot({ path: join(screenshotDir, 'recibo-devolucion-80mm.png') });
    await page.getByRole('button', { name: 'Cerrar', exact: true }).click();

    // A recibo de caja in cash for a customer's debt.
    const owed = sandbox.store.invoices.find((invoice) => invoice.balance > 0)!;
    const debtor = sandbox.store.customers.find((c) => c.identification === owed.customer.identification)!;
    await page.keyboard.press('Alt+3');
    await page.getByLabel('Buscar cliente').first().fill(debtor.identification);
    await page.getByRole('list', { name: 'Clientes encontrados' }).getByRole('button', { name: new RegExp(debtor.identification) }).click();
    await page.getByLabel(`Pagar ${owed.name}`).check();
    await page.getByRole('button', { name: /Registrar pago/ }).click();
    await page.getByRole('heading', { name: 'Recibo de caja registrado' }).waitFor();
    await sendEverything(app, 60_000);

    // 5.000 taken out for the ice supplier.
    await page.keyboard.press('Alt+9');
    await page.getByRole('button', { name: 'Salida de efectivo' }).click();
    await page.getByLabel('Valor').fill('5.000');
    await page.getByLabel('Motivo').fill('Pago a proveedor de hielo');
    await page.getByRole('button', { name: 'Registrar salida' }).click();

    // What the documents say the drawer holds, from Siigo's side.
    const notes = sandbox.created().filter((c) => c.resource === 'credit-notes');
    const vouchers = sandbox.created().filter((c) => c.resource === 'vouchers');
    expect(notes).toHaveLength(1);
    expect(vouchers).toHaveLength(1);
    const refund = sandbox.store.creditNotes.find((note) => note.id === notes[0]!.id)!.total;
    const collected = sandbox.store.vouchers.find((voucher) => voucher.id === vouchers[0]!.id)!;
    const collectedValue = (collected as unknown as { payment?: { value: number } }).payment?.value ?? owed.total;
    const cashExpected = 100_000 + saleA!.total - refund - 5_000 + collectedValue;
    expect(refund).toBe(10_000);

    // Closing: the cash counted is 1.000 short; the transfer matches.
    const peso = (value: number) => `$ ${Math.abs(value).toLocaleString('es-CO', { maximumFractionDigits: 2 })}`;
    await page.getByRole('button', { name: 'Cerrar caja' }).click();
    await page.getByLabel('Contado en Efectivo').fill(String(cashExpected - 1_000));
    await page.getByLabel('Contado en Transferencia').fill(String(saleB!.total));
    for (const field of await page.getByLabel(/^Contado en /).all()) if ((await field.inputValue()) === '') await field.fill('0');
    await page.getByRole('button', { name: /Revisar|Cerrar caja/ }).last().click();
    await page.getByRole('alertdialog').getByRole('button').first().click();
    const z = page.locator('.caja-roll .receipt-printable');
    await z.waitFor();
    await app.screenshot('caja-cerrada');
    await z.screenshot({ path: join(screenshotDir, 'informe-z-80mm.png') });
    await expect.poll(() => z.getByTestId('z-summary').innerText()).toContain(peso(saleA!.total + saleB!.total));
    const summary = await z.getByTestId('z-summary').innerText();
    expect(summary).toMatch(/Ventas \(2\)/);
    expect(summary).toMatch(/Devoluciones \(1\)/);
    expect(summary).toContain(peso(refund));
    const cash = z.getByTestId('z-payment').filter({ hasText: 'Efectivo' }).first();
    const cashText = await cash.innerText();
    expect(cashText).toContain(peso(cashExpected));
    expect(cashText).toContain(peso(cashExpected - 1_000));
    expect(cashText).toMatch(/Faltante/);
    expect(await z.getByTestId('z-ranges').innerText()).toContain(saleA!.name.split('-').slice(0, 2).join('-'));
  }, 240_000);
});
