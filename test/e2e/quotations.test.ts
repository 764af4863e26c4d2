import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../src-main/siigo-sandbox';
import { appPerTest, screenshotDir, type RunningApp } from './support/app';
import { chooseCustomer, confirmSale, quantity, scan, scanner, sellable, sendEverything } from './support/counter';

const openApp = appPerTest();
const shelf = DEMO_IDS.shelfProducts;


const view = (page: Page) => page.getByRole('article');
const lifeBadge = (page: Page) => view(page).getByTestId('quotation-life');

/** Cotizaciones › Nueva cotización: the products scanned, the customer chosen, saved. */
async function quote(app: RunningApp, codes: readonly string[], customer: string): Promise<void> {
  const { page } = app;
  await page.keyboard.press('Alt+2');
  await page.getByRole('button', { name: 'Nueva cotización' }).click();
  await scanner(page).waitFor();
  for (const code of codes) await scan(page, code);
  await page.locator('tr.cart-line').nth(codes.length - 1).waitFor();
  await chooseCustomer(page, customer);
  await page.getByRole('button', { name: 'Guardar cotización' }).click();
  await view(page).waitFor();
}

const customerOf = (app: RunningApp) =>
  app.sandbox.store.customers.find((c) => c.active && c.contacts.length > 0 && c.branch_office === 0 && c.identification !== '222222222222')!;

describe('quotations with a life', () => {
  it('is converted once: "Facturada" with its invoice, which a second conversion opens; Siigo gets one invoice', async () => {
    const app = await openApp();
    const { page, sandbox } = app;
    await app.waitForAppEvent('mirror-pulled', () => true, 30_000);
    const customer = customerOf(app);
    await quote(app, [shelf.iva19At10000.barcode, shelf.iva19PlusAt25000.barcode], customer.identification);
    await sendEverything(app);
    await lifeBadge(page).filter({ hasText: 'Enviada' }).waitFor();
    const quotationName = sandbox.store.quotations.at(-1)!.name;
    await view(page).getByRole('heading', { name: `Cotización ${quotationName}` }).waitFor();

    await view(page).getByRole('button', { name: 'Convertir en factura' }).click();
    await expect.poll(() => quantity(page, shelf.iva19At10000.code).inputValue()).toBe('1');
    await confirmSale(page);
    await sendEverything(app);
    const invoices = sandbox.created().filter((c) => c.resource === 'invoices');
    expect(invoices).toHaveLength(1);
    const invoiceName = sandbox.store.invoices.find((i) => i.id === invoices[0]!.id)!.name;

    await page.keyboard.press('Alt+2');
    await page.getByRole('list', { name: 'Cotizaciones' }).getByRole('button', { name: new RegExp(quotationName) }).click();
    await lifeBadge(page).filter({ hasText: 'Facturada' }).waitFor();
    await view(page).getByTestId('quotation-invoice').filter({ hasText: invoiceName }).waitFor();
    expect(await view(page).getByRole('button', { name: 'Editar' }).isDisabled()).toBe(true);
    await app.screenshot('cotizacion-facturada');

    // "Convertir" again is now "Ver factura FV-…": the invoice opens in Documentos, no sale is loaded.
    await view(page).getByRole('button', { name: `Ver factura ${invoiceName}` }).click();
    const detail = page.getByRole('complementary', { name: 'Detalle del documento' });
    await detail.getByRole('heading', { name: new RegExp(invoiceName) }).waitFor();
    await detail.getByTestId('quotation-origin').filter({ hasText: `De la cotización ${quotationName}` }).waitFor();
    await app.screenshot('factura-de-cotizacion');
    // And back: the link opens the quotation.
    await detail.getByRole('button', { name: `De la cotización ${quotationName}` }).click();
    await lifeBadge(page).filter({ hasText: 'Facturada' }).waitFor();
    await sendEverything(app);
    expect(sandbox.created().filter((c) => c.resource === 'invoices')).toHaveLength(1);
    expect(sandbox.created().filter((c) => c.resource === 'quotations')).toHaveLength(1);
  }, 120_000);

  it('is edited after sending, online and offline: one quotation in Siigo with the new items, by PUT, never a second POST', async () => {
    const app = await openApp();
    const { page, sandbox } = app;
    await app.waitForAppEvent('mirror-pulled', () => true, 30_000);
    const customer = customerOf(app);
    const stock = sellable(sandbox).filter((p) => !Object.values(shelf).some((s) => s.code === p.code));
    await quote(app, [shelf.iva19At10000.barcode], customer.identification);
    await sendEverything(app);
    await lifeBadge(page).filter({ hasText: 'Enviada' }).waitFor();
    const [created] = sandbox.created().filter((c) => c.resource === 'quotations');
    const itemsInSiigo = () => sandbox.store.quotations.find((q) => q.id === created!.id)!.items.map((item) => [item.code, item.quantity]);

    /** Editar: the first line's quantity changed, one product added, saved. */
    const edit = async (newQuantity: string, added: (typeof stock)[number]) => {
      await view(page).getByRole('button', { name: 'Editar' }).click();
      await page.getByRole('heading', { name: /Editar cotización/ }).waitFor();
      await quantity(page, shelf.iva19At10000.code).fill(newQuantity);
      await scan(page, added.additional_fields!.barcode!);
      await page.locator('tr.cart-line').filter({ hasText: added.name }).waitFor();
      await app.screenshot('cotizacion-editar');
      await page.getByRole('button', { name: 'Guardar cambios' }).click();
      await view(page).waitFor();
    };

    // Online.
    await edit('3', stock[0]!);
    await sendEverything(app);
    expect(sandbox.updated().filter((u) => u.resource === 'quotations' && u.id === created!.id)).toHaveLength(1);
    expect(itemsInSiigo()).toEqual([[shelf.iva19At10000.code, 3], [stock[0]!.code, 1]]);
    await view(page).getByTestId('pending-changes').waitFor({ state: 'detached' });

    // Offline: the edit waits in the queue, and the screen shows it as the quotation's content.
    await sandbox.setReachable(false);
    await page.getByRole('button', { name: 'Sincronizar ahora' }).click();
    await page.getByTestId('link-state').filter({ hasText: 'Sin conexión' }).waitFor();
    await edit('5', stock[1]!);
    await view(page).getByTestId('pending-changes').filter({ hasText: 'Cambios pendientes de enviar a Siigo' }).waitFor();
    await view(page).getByRole('row', { name: new RegExp(stock[1]!.name) }).waitFor();
    await app.screenshot('cotizacion-cambios-pendientes');
    expect(sandbox.updated().filter((u) => u.resource === 'quotations')).toHaveLength(1);

    // A quotation made offline and edited before it ever left: sent once, edited.
    await quote(app, [shelf.iva5At12500.barcode], customer.identification);
    await view(page).getByRole('button', { name: 'Editar' }).click();
    await page.getByRole('heading', { name: /Editar cotización/ }).waitFor();
    await quantity(page, shelf.iva5At12500.code).fill('7');
    await page.getByRole('button', { name: 'Guardar cambios' }).click();
    await view(page).waitFor();

    await sandbox.setReachable(true);
    await sendEverything(app);
    const quotations = sandbox.created().filter((c) => c.resource === 'quotations');
    expect(quotations).toHaveLength(2);
    expect(sandbox.updated().filter((u) => u.resource === 'quotations')).toHaveLength(2);
    expect(itemsInSiigo()).toEqual([[shelf.iva19At10000.code, 5], [stock[0]!.code, 1], [stock[1]!.code, 1]]);
    const offline = sandbox.store.quotations.find((q) => q.id === quotations[1]!.id)!;
    expect(offline.items.map((item) => [item.code, item.quantity])).toEqual([[shelf.iva5At12500.code, 7]]);
    expect(sandbox.updated().some((u) => u.id === offline.id)).toBe(false);

    // Converted, the first quotation is invoiced as edited (5 and the two added), not as first sent.
    const firstName = sandbox.store.quotations.find((q) => q.id === created!.id)!.name;
    await page.getByRole('list', { name: 'Cotizaciones' }).getByRole('button', { name: new RegExp(firstName) }).click();
    await view(page).getByRole('heading', { name: `Cotización ${firstName}` }).waitFor();
    await view(page).getByRole('button', { name: 'Convertir en factura' }).click();
    await expect.poll(() => quantity(page, shelf.iva19At10000.code).inputValue()).toBe('5');
    await page.locator('tr.cart-line').filter({ hasText: stock[1]!.name }).waitFor();
  }, 150_000);

  it('prints as a full page with the shop’s header, its lines across pages, taxes and totals', async () => {
    const app = await openApp();
    const { page, sandbox } = app;
    await app.waitForAppEvent('mirror-pulled', () => true, 30_000);
    // The header comes from Ajustes › Recibo.
    const answer = await page.evaluate(async () => {
      const response = await fetch('/bridge/invoke', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ channel: 'settings:set', input: { defaults: { issuer: { name: 'Ferretería El Tornillo S.A.S.', nit: '900123456', address: 'Carrera 15 # 93 - 47, Bogotá', phone: '601 555 1234' } } } }),
      });
      return (await response.json()) as { ok: boolean };
    });
    expect(answer.ok).toBe(true);
    await page.reload();
    await scanner(page).waitFor();
    const codes = sellable(sandbox).slice(0, 36).map((p) => p.additional_fields!.barcode!);
    await quote(app, codes, customerOf(app).identification);

    await view(page).getByRole('button', { name: 'Imprimir, PDF o correo' }).click();
    const dialog = page.getByRole('dialog', { name: 'Imprimir, guardar o enviar la cotización' });
    await dialog.getByTestId('quotation-document').waitFor();
    await dialog.getByText('Ferretería El Tornillo S.A.S.').waitFor();
    await app.screenshot('cotizacion-dialogo');

    // "Guardar PDF" in the browser preview opens the print dialog on the prepared page: the page
    // is captured there (what would print) and drawn as a PDF by Chromium, as the desktop does.
    await page.evaluate(() => {
      const w = window as unknown as { print(): void; __printed?: { root: string; style: string } };
      w.print = () => {
        w.__printed = { root: document.getElementById('quotation-print-root')!.outerHTML, style: document.getElementById('quotation-page-style')!.textContent! };
      };
    });
    await dialog.getByRole('button', { name: 'Guardar PDF' }).click();
    const printed = await page.evaluate(() => (window as unknown as { __printed?: { root: string; style: string } }).__printed);
    expect(printed?.style).toContain('size: letter');
    await page.evaluate(({ root, style }) => {
      document.body.insertAdjacentHTML('beforeend', root);
      const rule = document.createElement('style');
      rule.id = 'quotation-page-style';
      rule.textContent = style;
      document.head.appendChild(rule);
    }, printed!);
    await page.emulateMedia({ media: 'print' });
    await mkdir(screenshotDir, { recursive: true });
    const pdf = join(screenshotDir, 'cotizacion.pdf');
    await page.pdf({ path: pdf, format: 'Letter', printBackground: true, preferCSSPageSize: true });
    await page.emulateMedia({ media: 'screen' });
    execFileSync('pdftoppm', ['-png', '-r', '70', pdf, join(screenshotDir, 'cotizacion')]);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    expect(text).toContain('COTIZACIÓN');
    expect(text).toContain('NIT 900.123.456');
    expect(text).toContain('Total');
    // 36 lines do not fit one letter page: the lines continue on the next, header repeated.
    expect(text.split('\f').filter((page) => page.trim() !== '').length).toBeGreaterThan(1);
    expect(text.split('\f')[1]?.toUpperCase()).toContain('DESCRIPCIÓN');
  }, 150_000);
});
