// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"fetch":{"disableSameOriginPolicy":true}}}
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEMO_IDS } from '../../../../src-main/siigo-sandbox';
import { useApp } from '../../../../src-renderer/app/app-store';
import { queueDocument } from '../../../../src-renderer/data/outbox/queue-document';
import { discardDocument } from '../../../../src-renderer/data/outbox/user-actions';
import { AjustesScreen } from '../../../../src-renderer/screens/ajustes/AjustesScreen';
import { startScreenHarness, type ScreenHarness } from '../documentos/support/screen-harness';

let t: ScreenHarness;
afterEach(async () => {
  vi.restoreAllMocks();
  await t?.close();
});

/** Ajustes as the shell opens it: the connection already read from main. */
async function renderAjustes() {
  const connection = await t.h.bridge.invoke('connection:get', undefined);
  act(() => useApp.getState().set({ connection }));
  t.render(<AjustesScreen />);
  return screen.findByRole('region', { name: 'Conexión con Siigo' });
}

describe('Ajustes: the Siigo connection', () => {
  it('never shows the stored access key, only that one is kept', async () => {
    t = await startScreenHarness();
    const section = await renderAjustes();
    const key = within(section).getByLabelText('Llave de acceso') as HTMLInputElement;
    expect(key.type).toBe('password');
    expect(key.value).toBe('');
    expect(within(section).getByText('guardada')).toBeTruthy();
    expect(document.body.innerHTML).not.toContain(t.h.sandbox.credentials.access_key);
    expect((within(section).getByLabelText('Usuario API') as HTMLInputElement).value).toBe(t.h.sandbox.credentials.username);
  });

  it('refuses a Partner-Id with a hyphen, in Spanish, before anything is sent', async () => {
    t = await startScreenHarness();
    const section = await renderAjustes();
    const set = vi.spyOn(t.services.bridge, 'invoke');
    fireEvent.change(within(section).getByLabelText('Partner-Id'), { target: { value: 'Mi-Tienda' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Guardar conexión' }));
    expect(await within(section).findByText(/El Partner-Id solo puede tener letras y números, sin espacios, guiones/)).toBeTruthy();
    expect(within(section).getByLabelText('Partner-Id').getAttribute('aria-invalid')).toBe('true');
    expect(set.mock.calls.filter(([channel]) => channel === 'connection:set')).toHaveLength(0);
    expect((await t.h.bridge.invoke('connection:get', undefined)).partnerId).toBe('MostradorTest');
  });

  it('saves a valid Partner-Id and tests the connection with Siigo', async () => {
    t = await startScreenHarness();
    const section = await renderAjustes();
    fireEvent.change(within(section).getByLabelText('Partner-Id'), { target: { value: 'MiTienda2' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Probar conexión' }));
    expect(await within(section).findByText(/Conexión correcta/)).toBeTruthy();
    expect((await t.h.bridge.invoke('connection:get', undefined)).partnerId).toBe('MiTienda2');
    expect(useApp.getState().connection?.partnerId).toBe('MiTienda2');
  });

  it('keeps the connection as it was when Siigo refuses the key typed, and says so in Spanish', async () => {
    t = await startScreenHarness();
    const section = await renderAjustes();
    const before = await t.h.bridge.invoke('connection:get', undefined);
    fireEvent.change(within(section).getByLabelText('Llave de acceso'), { target: { value: 'llave-equivocada' } });
    fireEvent.change(within(section).getByLabelText('Partner-Id'), { target: { value: 'OtroNombre' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Probar conexión' }));
    expect(await within(section).findByText(/Siigo no aceptó esta conexión; no se guardó nada/)).toBeTruthy();
    expect(within(section).getByText(/Siigo rechazó las credenciales/)).toBeTruthy();
    expect(await t.h.bridge.invoke('connection:get', undefined)).toEqual(before);
    // The stored key still works.
    await expect(t.h.bridge.invoke('connection:test', undefined)).resolves.toMatchObject({ ok: true, mode: 'siigo' });
  });
});

describe('Ajustes: the access key belongs to one address and user', () => {
  /** Types `changes`, leaves the key empty, presses "Guardar conexión": nothing may reach main. */
  async function saveWithoutKey(changes: Partial<Record<'Usuario API' | 'Dirección de la API', string>>) {
    const section = await renderAjustes();
    const invoke = vi.spyOn(t.services.bridge, 'invoke');
    for (const [label, value] of Object.entries(changes)) fireEvent.change(within(section).getByLabelText(label), { target: { value } });
    fireEvent.click(within(section).getByRole('button', { name: 'Guardar conexión' }));
    return { section, sets: () => invoke.mock.calls.filter(([channel]) => channel === 'connection:set') };
  }

  it('asks for the key again when the address changes (another port), and sends nothing', async () => {
    t = await startScreenHarness();
    const before = await t.h.bridge.invoke('connection:get', undefined);
    const otherPort = t.h.sandbox.url.replace(/:(\d+)$/, (_, port: string) => `:${Number(port) + 1}`);
    const { section, sets } = await saveWithoutKey({ 'Dirección de la API': otherPort });
    expect(await within(section).findByText('Ingrese la llave de acceso: la dirección o el usuario cambiaron.')).toBeTruthy();
    expect(within(section).getByLabelText('Llave de acceso').getAttribute('aria-invalid')).toBe('true');
    expect(within(section).queryByText('guardada')).toBeNull();
    expect(sets()).toHaveLength(0);
    expect(await t.h.bridge.invoke('connection:get', undefined)).toEqual(before);
  });

  it('asks for the key again when the API user changes', async () => {
    t = await startScreenHarness();
    const { section, sets } = await saveWithoutKey({ 'Usuario API': 'otra-caja@tienda.co' });
    expect(await within(section).findByText('Ingrese la llave de acceso: la dirección o el usuario cambiaron.')).toBeTruthy();
    expect(sets()).toHaveLength(0);
  });

  it('keeps the saved key for the same address typed another way', async () => {
    t = await startScreenHarness();
    const { section } = await saveWithoutKey({ 'Dirección de la API': `${t.h.sandbox.url.toUpperCase()}/` });
    expect(await within(section).findByText(/Conexión correcta/)).toBeTruthy();
  });

  it('refuses plain http to another computer, naming the field', async () => {
    t = await startScreenHarness();
    const { section, sets } = await saveWithoutKey({ 'Dirección de la API': 'http://api.siigo.com' });
    expect(
      await within(section).findByText('Dirección de la API: debe empezar por https:// (solo se permite http:// para una dirección local de pruebas).'),
    ).toBeTruthy();
    expect(within(section).getByLabelText('Dirección de la API').getAttribute('aria-invalid')).toBe('true');
    expect(sets()).toHaveLength(0);
  });
});

describe('Ajustes: defaults and audit', () => {
  it('keeps the chosen seller in main’s settings', async () => {
    t = await startScreenHarness();
    await t.services.mirror.pull({ only: ['catalogs'] });
    await renderAjustes();
    const seller = (await screen.findByLabelText('Vendedor')) as HTMLSelectElement;
    await waitFor(() => expect(seller.options.length).toBeGreaterThan(1));
    fireEvent.change(seller, { target: { value: String(DEMO_IDS.users.second) } });
    fireEvent.click(screen.getByRole('button', { name: 'Guardar valores predeterminados' }));
    expect(await screen.findByText(/Guardado/)).toBeTruthy();
    expect((await t.h.bridge.invoke('settings:get', undefined)).defaults.sellerId).toBe(DEMO_IDS.users.second);
  });

  it('exports the audit trail as CSV', async () => {
    t = await startScreenHarness();
    const { documentId } = await queueDocument(t.h.db, { kind: 'quotation', body: {}, summary: {} }, t.journal);
    await discardDocument(t.h.db, documentId, 'Precio mal, "urgente"', t.journal);
    const saved: Array<{ name: string; blob: Blob }> = [];
    let last: Blob | null = null;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => ((last = blob as Blob), 'blob:test'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, blob: last! });
    });
    await renderAjustes();
    fireEvent.click(screen.getByRole('button', { name: 'Exportar auditoría (CSV)' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toMatch(/^auditoria-mostrador-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = (await saved[0]!.blob.text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('seq,at,documentId,event,from,to,detail');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain(`${documentId},discarded,queued,discarded,"Descartado: Precio mal, ""urgente"""`);
  });
});

describe('Ajustes: the receipt’s header (Administración)', () => {
  /** The Recibo section, with the settings read from main. */
  async function renderRecibo() {
    await renderAjustes();
    return screen.findByRole('region', { name: 'Recibo' });
  }

  it('saves the issuer, the DIAN resolution and the cash rule in main’s settings', async () => {
    t = await startScreenHarness();
    const section = await renderRecibo();
    const type = (label: string, value: string) => fireEvent.change(within(section).getByLabelText(label), { target: { value } });
    type('Razón social o nombre del negocio', 'Ferretería El Progreso S.A.S.');
    type('NIT', '900.123.456-8');
    type('Dirección', 'Cra. 50 # 45-12, Medellín');
    type('Teléfono', '604 444 5566');
    type('Resolución DIAN (texto que se imprime)', 'Resolución DIAN 18764000000000 del 2026-01-15\nPrefijo FE del 1 al 10000, vigencia 24 meses');
    fireEvent.click(within(section).getByLabelText('Exigir caja abierta para vender'));
    fireEvent.click(within(section).getByRole('button', { name: 'Guardar datos del recibo' }));
    expect(await within(section).findByText(/Guardado\. Los próximos recibos/)).toBeTruthy();
    const { defaults } = await t.h.bridge.invoke('settings:get', undefined);
    expect(defaults.issuer).toEqual({
      name: 'Ferretería El Progreso S.A.S.',
      nit: '900123456-8',
      address: 'Cra. 50 # 45-12, Medellín',
      phone: '604 444 5566',
      resolution: 'Resolución DIAN 18764000000000 del 2026-01-15\nPrefijo FE del 1 al 10000, vigencia 24 meses',
    });
    expect(defaults).toMatchObject({ cashSessionRequired: true });
    // The receipts read the shell's copy of the settings: it changed at once.
    expect(useApp.getState().settings?.defaults.issuer.name).toBe('Ferretería El Progreso S.A.S.');
  });

  it('refuses a NIT whose check digit is wrong, in Spanish, before anything is sent', async () => {
    t = await startScreenHarness();
    const section = await renderRecibo();
    const invoke = vi.spyOn(t.services.bridge, 'invoke');
    fireEvent.change(within(section).getByLabelText('NIT'), { target: { value: '900123456-7' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Guardar datos del recibo' }));
    expect(await within(section).findByText('El dígito de verificación de 900123456 es 8, no 7.')).toBeTruthy();
    expect(within(section).getByLabelText('NIT').getAttribute('aria-invalid')).toBe('true');
    expect(invoke.mock.calls.filter(([channel]) => channel === 'settings:set')).toHaveLength(0);
  });

  it('saving the document defaults afterwards keeps the receipt’s data', async () => {
    t = await startScreenHarness();
    const section = await renderRecibo();
    fireEvent.change(within(section).getByLabelText('Razón social o nombre del negocio'), { target: { value: 'Tienda La 80' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Guardar datos del recibo' }));
    expect(await within(section).findByText(/Guardado/)).toBeTruthy();
    // The defaults section was drawn before: it must not send back the receipt data it read then.
    fireEvent.click(await screen.findByRole('button', { name: 'Guardar valores predeterminados' }));
    expect(await screen.findByText(/Guardado\. Los documentos nuevos/)).toBeTruthy();
    const { defaults } = await t.h.bridge.invoke('settings:get', undefined);
    expect(defaults.issuer.name).toBe('Tienda La 80');
  });
});

describe('Ajustes: Preferencias de esta caja (the roll and the printer)', () => {
  /** The cashier's part, with the settings read from main. */
  async function renderPreferencias() {
    await renderAjustes();
    return screen.findByRole('region', { name: 'Preferencias de esta caja' });
  }

  it('offers the OS’s printers when the desktop lists them', async () => {
    t = await startScreenHarness();
    const invoke = t.services.bridge.invoke.bind(t.services.bridge);
    vi.spyOn(t.services.bridge, 'invoke').mockImplementation(((channel: string, input: unknown) =>
      channel === 'shell:printers'
        ? Promise.resolve({ printers: [{ name: 'EPSON_TM_T20', displayName: 'EPSON TM-T20' }] })
        : invoke(channel as never, input as never)) as typeof invoke);
    const section = await renderPreferencias();
    const printer = (await within(section).findByRole('combobox', { name: 'Impresora de recibos' })) as HTMLSelectElement;
    expect(Array.from(printer.options, (option) => option.textContent)).toEqual(['Preguntar al imprimir', 'EPSON TM-T20']);
    fireEvent.change(printer, { target: { value: 'EPSON_TM_T20' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Guardar preferencias' }));
    expect(await within(section).findByText(/Guardado/)).toBeTruthy();
    expect((await t.h.bridge.invoke('settings:get', undefined)).defaults.printerName).toBe('EPSON_TM_T20');
  });

  it('without a desktop the printer is typed by name (the preview lists none)', async () => {
    t = await startScreenHarness();
    const section = await renderPreferencias();
    expect((await t.h.bridge.invoke('shell:printers', undefined)).printers).toEqual([]);
    expect(within(section).getByRole('textbox', { name: 'Impresora de recibos' })).toBeTruthy();
  });
});
