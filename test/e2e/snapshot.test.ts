import { describe, expect, it } from 'vitest';
import { appPerTest } from './support/app';

const openApp = appPerTest();
const CLAVE = 'Tienda Doña Rosa 2026';

describe('a base for another counter (Ajustes › Administración)', () => {
  it('exports the mirror with a clave, refuses a wrong one in Spanish, loads it back and pulls only the changes', async () => {
    const app = await openApp();
    const { page, sandbox } = app;
    await app.waitForAppEvent('mirror-pulled', () => true, 60_000);

    await page.keyboard.press('Alt+8');
    const section = page.getByRole('region', { name: 'Base para otra caja' });
    const exportForm = section.getByRole('form', { name: 'Exportar la base' });
    const importForm = section.getByRole('form', { name: 'Cargar la base de otra caja' });
    await exportForm.scrollIntoViewIfNeeded();

    // A short clave, then two that differ: each named by its field; nothing is asked of main.
    await exportForm.getByLabel('Clave', { exact: true }).fill('corta');
    await exportForm.getByRole('button', { name: 'Exportar la base' }).click();
    await exportForm.getByText('Clave: escriba al menos 8 caracteres.').waitFor();
    await exportForm.getByLabel('Clave', { exact: true }).fill(CLAVE);
    await exportForm.getByLabel('Repita la clave').fill(`${CLAVE}!`);
    await exportForm.getByRole('button', { name: 'Exportar la base' }).click();
    await exportForm.getByText('Repita la clave: no es igual a la primera.').waitFor();

    await exportForm.getByLabel('Repita la clave').fill(CLAVE);
    await exportForm.getByRole('button', { name: 'Exportar la base' }).click();
    await section.getByText(/^Base guardada en “Base de Demostración \d{4}-\d{2}-\d{2}\.mostrador-base”/).waitFor({ timeout: 30_000 });
    // The clave is not kept in the form once sent.
    await expect(exportForm.getByLabel('Clave', { exact: true }).inputValue()).resolves.toBe('');

    await importForm.getByLabel('Clave del archivo').fill('no-es-la-clave');
    await importForm.getByRole('button', { name: 'Cargar la base de otra caja' }).click();
    await section.getByRole('alert').filter({ hasText: 'La clave no corresponde a este archivo.' }).waitFor({ timeout: 30_000 });
    await app.screenshot('snapshot-clave-incorrecta');

    app.clearAppEvents();
    const before = sandbox.requestCount();
    await importForm.getByLabel('Clave del archivo').fill(CLAVE);
    await importForm.getByRole('button', { name: 'Cargar la base de otra caja' }).click();
    const total = sandbox.store.customers.length + sandbox.store.products.length;
    await section
      .getByText(`Base cargada: ${total.toLocaleString('es-CO')} clientes y productos al`, { exact: false })
      .waitFor({ timeout: 30_000 });
    await section.getByText('se traen de Siigo solo los cambios desde entonces.', { exact: false }).waitFor();
    await app.waitForAppEvent('mirror-pulled', () => true, 30_000);
    await app.screenshot('snapshot-base-cargada');
    // The pull after the load was incremental: two passes per table, not a first sync's pages.
    const listed = sandbox.requestsSince(before).filter((r) => r.path === '/v1/customers' || r.path === '/v1/products');
    expect(listed.length).toBeLessThanOrEqual(4);
  }, 120_000);
});
