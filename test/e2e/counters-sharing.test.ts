import { describe, expect, it } from 'vitest';
import { appPerTest } from './support/app';
import { scanner } from './support/counter';

const openApp = appPerTest();

describe('Ajustes › Administración: counters sharing the Siigo account', () => {
  it('saves how many counters share the account, refusing a number out of range', async () => {
    const app = await openApp();
    const { page } = app;
    await scanner(page).waitFor();
    await page.keyboard.press('Alt+8');
    const section = page.getByRole('region', { name: 'Cajas que comparten la cuenta' });
    const field = section.getByLabel('Cajas que comparten esta cuenta de Siigo');
    await field.fill('25');
    await section.getByRole('button', { name: 'Guardar cajas' }).click();
    await section.getByText('Las cajas que comparten la cuenta deben ser de 1 a 20.').waitFor();
    await section.scrollIntoViewIfNeeded();
    await app.screenshot('ajustes-cajas-error');
    await field.fill('3');
    await section.getByRole('button', { name: 'Guardar cajas' }).click();
    await section.getByText(/Guardado\. Se aplica al salir de Mostrador/).waitFor();
    await app.screenshot('ajustes-cajas');
    await page.reload();
    await scanner(page).waitFor();
    await page.keyboard.press('Alt+8');
    expect(await page.getByLabel('Cajas que comparten esta cuenta de Siigo').inputValue()).toBe('3');
  }, 90_000);
});
