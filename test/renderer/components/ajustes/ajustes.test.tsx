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
