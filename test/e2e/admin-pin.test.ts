import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appPerTest } from './support/app';
import { chooseCustomer, confirmSale, quantity, scan, scanner, sellable, type OutboxDetail } from './support/counter';

const openApp = appPerTest();
const PIN = '482193';

/**
 * A call to main's bridge straight from the page, as a window that skipped Ajustes' lock would
 * make it: the code of main's refusal, or 'ok'.
 */
async function rawCall(page: Page, channel: string, input: unknown): Promise<string> {
  return page.evaluate(
    async ([channel, input]) => {
      const response = await fetch('/bridge/invoke', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ channel, input, meta: {} }) });
      const result = (await response.json()) as { ok: boolean; failure?: { errors: Array<{ Code: string }> } };
      return result.ok ? 'ok' : (result.failure?.errors[0]?.Code ?? 'failed');
    },
    [channel, input] as const,
  );
}

describe('the administrator’s PIN', () => {
  it('locks Administración, refuses a wrong PIN, guards a discard, and warns while DIAN sending is off', async () => {
    const app = await openApp();
    const { page, sandbox } = app;
    await app.waitForAppEvent('mirror-pulled', () => true, 30_000);

    // A sale Siigo refuses (its product was deactivated there): it waits in Documentos, discardable.
    const [product] = sellable(sandbox);
    const customer = sandbox.store.customers.find((c) => c.active)!;
    await scanner(page).waitFor();
    await scan(page, product!.additional_fields!.barcode!);
    await quantity(page, product!.code).waitFor();
    await chooseCustomer(page, customer.identification);
    sandbox.store.products.find((p) => p.id === product!.id)!.active = false;
    app.clearAppEvents();
    await confirmSale(page);
    await app.waitForAppEvent<OutboxDetail>('outbox', (s) => !s.running && s.pending === 0 && s.needsAttention === 1, 30_000);

    // Ajustes: no PIN yet. The administrator sets one; Administración locks at once.
    await page.keyboard.press('Alt+8');
    const admin = page.getByRole('region', { name: 'Administración' });
    const pinForm = admin.getByRole('form', { name: 'PIN de administrador' });
    await pinForm.getByLabel('PIN nuevo', { exact: true }).fill(PIN);
    await pinForm.getByLabel('Repita el PIN nuevo').fill(PIN);
    await pinForm.getByRole('button', { name: 'Poner PIN' }).click();
    await admin.getByText('PIN guardado. La administración quedó bloqueada.').waitFor();
    await expect(admin.getByLabel('Partner-Id').count()).resolves.toBe(0);
    await expect(admin.getByLabel('Enviar las facturas electrónicas a la DIAN').count()).resolves.toBe(0);
    // The cashier's preferences stay at hand.
    await expect(page.getByRole('region', { name: 'Preferencias de esta caja' }).getByLabel('Ancho del rollo').isVisible()).resolves.toBe(true);
    await app.screenshot('ajustes-bloqueado');

    // A window that skips the lock still changes nothing: main refuses.
    await expect(rawCall(page, 'connection:set', { mode: 'demo' })).resolves.toBe('admin_locked');
    await expect(rawCall(page, 'settings:set', { defaults: { issuer: { name: 'Otro nombre' } } })).resolves.toBe('admin_locked');

    // A wrong PIN is refused and opens nothing.
    await admin.getByLabel('PIN de administrador').fill('000000');
    await admin.getByRole('button', { name: 'Desbloquear' }).click();
    await admin.getByText('PIN incorrecto. Quedan 4 intentos antes de tener que esperar.').waitFor();
    await expect(admin.getByLabel('Partner-Id').count()).resolves.toBe(0);

    // The right PIN opens it, and a change is saved.
    await admin.getByLabel('PIN de administrador').fill(PIN);
    await admin.getByRole('button', { name: 'Desbloquear' }).click();
    await admin.getByRole('region', { name: 'Conexión con Siigo' }).waitFor();
    await page.evaluate(() => document.querySelector('.content')?.scrollTo(0, 0));
    await app.screenshot('ajustes-desbloqueado');
    const recibo = admin.getByRole('region', { name: 'Recibo' });
    await recibo.getByLabel('Razón social o nombre del negocio').fill('Ferretería El Progreso S.A.S.');
    await recibo.getByRole('button', { name: 'Guardar datos del recibo' }).click();
    await recibo.getByText('Guardado. Los próximos recibos salen con estos datos.').waitFor();

    // Turning DIAN sending off asks first, then warns on every screen.
    await admin.getByLabel('Enviar las facturas electrónicas a la DIAN').uncheck();
    const ask = admin.getByRole('alertdialog', { name: '¿Dejar de enviar las facturas a la DIAN?' });
    await expect(ask.textContent()).resolves.toContain('Las facturas electrónicas quedarán guardadas en Siigo sin enviarse a la DIAN');
    await app.screenshot('ajustes-dian-confirmar');
    await ask.getByRole('button', { name: 'Sí, dejar de enviarlas' }).click();
    const warning = page.getByTestId('dian-off');
    await warning.waitFor();
    await page.keyboard.press('Alt+1');
    await scanner(page).waitFor();
    await expect(warning.isVisible()).resolves.toBe(true);
    await app.screenshot('venta-dian-apagado');

    // "Bloquear": guarded again, in the window and in main.
    await page.keyboard.press('Alt+8');
    await admin.getByRole('button', { name: 'Bloquear' }).click();
    await admin.getByText(/Bloqueado con PIN\./).waitFor();
    await expect(rawCall(page, 'settings:set', { defaults: { sendToDian: true } })).resolves.toBe('admin_locked');
    await expect(warning.isVisible()).resolves.toBe(true);
    // Unlocked once more: the name saved before is there.
    await admin.getByLabel('PIN de administrador').fill(PIN);
    await admin.getByRole('button', { name: 'Desbloquear' }).click();
    await expect(admin.getByLabel('Razón social o nombre del negocio').inputValue()).resolves.toBe('Ferretería El Progreso S.A.S.');
    await admin.getByRole('button', { name: 'Bloquear' }).click();

    // Discarding the refused sale asks for the PIN; main checks it.
    await page.keyboard.press('Alt+6');
    await page.getByRole('listbox', { name: 'Documentos' }).getByRole('option', { name: /Factura/ }).first().focus();
    await page.keyboard.press('Enter');
    const detail = page.getByRole('complementary', { name: 'Detalle del documento' });
    await detail.getByRole('button', { name: 'Descartar' }).click();
    await detail.getByLabel('Motivo del descarte').fill('Producto inactivo en Siigo; se vende de nuevo');
    const pin = detail.getByLabel('PIN de administrador');
    await pin.fill('111111');
    await detail.getByRole('button', { name: 'Confirmar descarte' }).click();
    await detail.getByText('PIN incorrecto. Quedan 4 intentos antes de tener que esperar.').waitFor();
    await app.screenshot('documentos-descartar-pin');
    await pin.fill(PIN);
    await detail.getByRole('button', { name: 'Confirmar descarte' }).click();
    await detail.locator('.doc-detail-head .badge', { hasText: 'Descartado' }).waitFor();
  }, 120_000);
});
