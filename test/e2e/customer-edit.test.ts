import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appPerTest, type RunningApp } from './support/app';
import type { OutboxDetail } from './support/counter';

const openApp = appPerTest();

async function goOffline(app: RunningApp): Promise<void> {
  await app.sandbox.setReachable(false);
  await app.page.getByRole('button', { name: 'Sincronizar ahora' }).click();
  await app.page.getByTestId('link-state').filter({ hasText: 'Sin conexión' }).waitFor();
}

async function backOnline(app: RunningApp): Promise<void> {
  app.clearAppEvents();
  await app.sandbox.setReachable(true);
  await app.page.getByRole('button', { name: 'Sincronizar ahora' }).click();
  await app.waitForAppEvent<OutboxDetail>('outbox', (s) => s.reachable && !s.running && s.pending === 0, 30_000);
}

async function openCustomer(page: Page, identification: string, name: string): Promise<void> {
  await page.keyboard.press('Alt+4');
  await page.getByLabel('Buscar cliente').fill(identification);
  await page.getByRole('list', { name: 'Clientes encontrados' }).getByRole('button', { name: new RegExp(name) }).first().click();
  await page.getByRole('heading', { name, level: 2 }).waitFor();
}

const detail = (page: Page) => page.getByRole('article');

describe('editing customers, offline too', () => {
  it('an edit made offline reaches Siigo once, as a whole replacement, when the line comes back', async () => {
    const app = await openApp();
    const { page, sandbox } = app;
    await app.waitForAppEvent('mirror-pulled', () => true, 30_000);
    const customer = sandbox.store.customers.find(
      (c) => c.active && c.person_type === 'Person' && c.branch_office === 0 && c.contacts.length > 0 && !c.vat_responsible && c.related_users?.seller_id !== undefined,
    )!;
    const name = customer.name.join(' ');

    await goOffline(app);
    await openCustomer(page, customer.identification, name);
    await detail(page).getByRole('button', { name: 'Editar' }).click();
    const form = page.getByRole('form', { name: 'Editar cliente' });
    await form.waitFor();
    expect(await form.getByLabel('Número de identificación').evaluate((input) => (input as HTMLInputElement).readOnly)).toBe(true);
    await form.getByLabel('Dirección').fill('Avenida Boyacá # 64-20 Local 3');
    await form.getByLabel('Teléfono').fill('601 745 2020');
    await form.getByLabel(/^Gran contribuyente/).check();
    await form.getByLabel('Responsable de IVA', { exact: true }).check();
    await form.getByLabel('Ciudad').fill('medell');
    await page.getByRole('option', { name: 'Medellín — Antioquia' }).click();
    await app.screenshot('cliente-editar');
    await form.getByRole('button', { name: 'Guardar cambios' }).click();

    await detail(page).getByText('Cambios guardados. Se envían a Siigo en cuanto haya conexión.').waitFor();
    await detail(page).getByTestId('pending-edit').waitFor();
    await detail(page).getByText('Avenida Boyacá # 64-20 Local 3').waitFor();
    await detail(page).getByText('Gran contribuyente (O-13)').waitFor();
    await app.screenshot('cliente-cambios-pendientes');
    expect(sandbox.updated()).toEqual([]);

    const before = sandbox.requestCount();
    await backOnline(app);
    const puts = sandbox.requestsSince(before).filter((r) => r.method === 'PUT' && r.path === `/v1/customers/${customer.id}`);
    expect(puts.map((r) => r.status)).toEqual([200]);
    expect(sandbox.updated().filter((u) => u.id === customer.id)).toHaveLength(1);

    const now = sandbox.store.customers.find((c) => c.id === customer.id)!;
    expect(now.address).toMatchObject({ address: 'Avenida Boyacá # 64-20 Local 3', city: { city_code: '05001', state_code: '05' } });
    expect(now.phones[0]).toMatchObject({ number: '6017452020' });
    expect(now.vat_responsible).toBe(true);
    expect(now.fiscal_responsibilities.map((f) => f.code)).toEqual(['O-13']);
    // What the form does not show survived the replacement.
    expect(now.related_users).toEqual(customer.related_users);
    expect(now.contacts.map((c) => c.email)).toEqual(customer.contacts.map((c) => c.email));
    expect(now.address.postal_code).toBe(customer.address.postal_code);
    expect(now.identification).toBe(customer.identification);
    await expect.poll(() => detail(page).getByTestId('pending-edit').count()).toBe(0);
    await detail(page).getByText('Avenida Boyacá # 64-20 Local 3').waitFor();
  });

  it('a customer created offline and edited before it was sent reaches Siigo once, with the edit, and no PUT', async () => {
    const app = await openApp();
    const { page, sandbox } = app;
    await app.waitForAppEvent('mirror-pulled', () => true, 30_000);

    await goOffline(app);
    await page.keyboard.press('Alt+4');
    await page.getByRole('button', { name: /Nuevo cliente/ }).click();
    const form = page.getByRole('form', { name: 'Nuevo cliente' });
    await form.getByLabel('Empresa').check();
    // A wrong check digit is named, with the right one, when the field is left; what was typed stays.
    await form.getByLabel('NIT', { exact: true }).fill('900.123.456-7');
    await form.getByLabel('Razón social').fill('Ferretería El Tornillo S.A.S.');
    await form.getByText('El dígito de verificación de 900123456 es 8, no 7').waitFor();
    expect(await form.getByLabel('NIT', { exact: true }).inputValue()).toBe('900123456-7');
    await app.screenshot('cliente-nit-digito-errado');
    await form.getByLabel('NIT', { exact: true }).fill('900.123.456-8');
    await form.getByLabel('Razón social').click();
    // Leaving the field cleaned it: the dots went, the "-8" became the check digit.
    expect(await form.getByLabel('NIT', { exact: true }).inputValue()).toBe('900123456');
    expect(await form.getByLabel('Dígito de verificación').textContent()).toBe('DV 8');
    await form.getByLabel('Dirección').fill('Carrera 7 # 12-34');
    await form.getByLabel('Correo electrónico (factura electrónica)').fill('compras@eltornillo.co');
    await app.screenshot('cliente-nuevo-empresa');
    await form.getByRole('button', { name: 'Guardar cliente' }).click();
    await page.getByRole('heading', { name: 'Ferretería El Tornillo S.A.S.', level: 2 }).waitFor();

    await detail(page).getByRole('button', { name: 'Editar' }).click();
    const edit = page.getByRole('form', { name: 'Editar cliente' });
    await edit.getByLabel('Dirección').fill('Carrera 7 # 12-36 Bodega 2');
    await edit.getByLabel(/^Autorretenedor/).check();
    await edit.getByRole('button', { name: 'Guardar cambios' }).click();
    await detail(page).getByText('Cambios guardados en el cliente que aún está en cola', { exact: false }).waitFor();
    await detail(page).getByText('Carrera 7 # 12-36 Bodega 2').waitFor();

    const before = sandbox.requestCount();
    await backOnline(app);
    const sent = sandbox.requestsSince(before).filter((r) => r.path.startsWith('/v1/customers') && (r.method === 'POST' || r.method === 'PUT'));
    expect(sent.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['POST /v1/customers 201']);
    expect(sandbox.updated()).toEqual([]);
    const created = sandbox.store.customers.filter((c) => c.identification === '900123456');
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({
      check_digit: '8',
      vat_responsible: true,
      address: { address: 'Carrera 7 # 12-36 Bodega 2' },
      fiscal_responsibilities: [{ code: 'O-15' }],
    });
  });
});
