import type { Page } from 'playwright-core';
import type { Sandbox } from '../../../src-main/siigo-sandbox';
import type { RunningApp } from './app';

/** What a cashier does at the counter, as keystrokes and clicks on the app's own labels. */

export const scanner = (page: Page) => page.getByLabel('Buscar producto o escanear código');

/** The quantity field of a cart line. */
export const quantity = (page: Page, product: string) => page.locator('tr.cart-line', { hasText: product }).locator('input').first();

/** A barcode scanner: fast keystrokes, then Enter. */
export async function scan(page: Page, code: string): Promise<void> {
  await scanner(page).pressSequentially(code, { delay: 5 });
  await page.keyboard.press('Enter');
}

export async function chooseCustomer(page: Page, identification: string): Promise<void> {
  await page.getByLabel('Buscar cliente (cédula, NIT o nombre)').focus();
  await page.keyboard.type(identification);
  await page.getByRole('listbox', { name: 'Clientes encontrados' }).getByRole('option').first().waitFor();
  await page.keyboard.press('Enter');
  await page.getByTestId('chosen-customer').filter({ hasText: identification }).waitFor();
}

/** F9, then the receipt; offline it must say plainly that it is provisional. `whileShown` runs with the receipt on screen. */
export async function confirmSale(page: Page, options: { provisional?: boolean; whileShown?: () => Promise<unknown> } = {}): Promise<void> {
  await page.keyboard.press('F9');
  await page.getByRole('button', { name: 'Nueva venta', exact: true }).waitFor();
  if (options.provisional) await page.getByText('Comprobante provisional — pendiente de validación DIAN').waitFor();
  await options.whileShown?.();
  await page.getByRole('button', { name: 'Nueva venta', exact: true }).press('Enter');
  await scanner(page).waitFor();
}

/** Products a sale can carry in the demo company (scannable, with IVA/Impoconsumo only). */
export function sellable(sandbox: Sandbox) {
  return sandbox.store.products.filter(
    (p) => p.active && p.additional_fields?.barcode && p.taxes.every((t) => t.type === 'IVA' || t.type === 'Impoconsumo'),
  );
}

export interface OutboxDetail {
  reachable: boolean;
  running: boolean;
  pending: number;
  needsAttention: number;
}

/** "Sincronizar ahora", then waits until every document is in Siigo and nothing needs a person. */
export async function sendEverything(app: RunningApp, timeoutMs = 30_000): Promise<void> {
  app.clearAppEvents();
  await app.page.getByRole('button', { name: 'Sincronizar ahora' }).click();
  await app.waitForAppEvent<OutboxDetail>('outbox', (s) => s.reachable && !s.running && s.pending === 0 && s.needsAttention === 0, timeoutMs);
}
