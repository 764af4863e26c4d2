import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { formatCop } from '../../src-shared/money/format-cop';
import { DEMO_IDS } from '../../src-main/siigo-sandbox';
import { appPerTest } from './support/app';
import { confirmSale, scan, scanner, sendEverything } from './support/counter';

const openApp = appPerTest();
const shelf = DEMO_IDS.shelfProducts;


describe('a day’s documents: a sale at another price list, then Documentos filtered, totalled and exported', () => {
  it('sells at "Mayorista", and Documentos shows today’s invoices with their totals and exports them as CSV', async () => {
    const app = await openApp();
    const { page, sandbox } = app;
    await app.waitForAppEvent('mirror-pulled', () => true, 30_000);
    await page.setViewportSize({ width: 1024, height: 768 });
    await scanner(page).waitFor();

    // Sale 1 at Ajustes' list; sale 2 at list 2 ("Mayorista"), chosen in the sale's header.
    await scan(page, shelf.iva19At10000.barcode);
    await page.locator('.venta-totals').getByText('$ 10.000').first().waitFor();
    await confirmSale(page);
    await page.getByLabel('Lista de precios').selectOption({ label: '2. Mayorista' });
    await scan(page, shelf.iva19At10000.barcode);
    const wholesale = sandbox.store.products.find((p) => p.code === shelf.iva19At10000.code)!.prices[0]!.price_list.find((p) => p.position === 2)!.value;
    await expect.poll(() => page.locator('tr.cart-line input').nth(1).inputValue()).toBe(String(wholesale));
    await app.screenshot('venta-lista-de-precios-1024');
    await confirmSale(page);
    await sendEverything(app);
    const sent = sandbox.created().filter((c) => c.resource === 'invoices').map((c) => sandbox.store.invoices.find((i) => i.id === c.id)!);
    expect(sent.map((invoice) => invoice.items[0]!.taxed_price)).toEqual([10000, wholesale]);

    await page.setViewportSize({ width: 1366, height: 768 });
    await page.keyboard.press('Alt+6');
    await page.getByRole('button', { name: 'Hoy' }).click();
    await page.getByLabel('Tipo').selectOption({ label: 'Factura' });
    const totals = page.getByLabel('Totales de lo mostrado');
    await expect.poll(() => totals.textContent()).toContain('2 facturas');
    expect(await totals.textContent()).toContain(`Ventas netas ${formatCop(10000 + wholesale)}`);
    await app.screenshot('documentos-filtros-totales');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportar CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^documentos-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path())!, 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Fecha;Tipo;Número;Cliente;Identificación;Vendedor;Estado;DIAN;Total;Valor neto');
    expect(lines.filter((line) => line.includes(';Factura;'))).toHaveLength(2);
  }, 120_000);
});
