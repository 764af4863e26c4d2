// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"fetch":{"disableSameOriginPolicy":true}}}
import { act, cleanup, configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useApp } from '../../../../src-renderer/app/app-store';
import { StatusBar } from '../../../../src-renderer/app/StatusBar';
import { AdminSettings } from '../../../../src-renderer/screens/ajustes/AdminSettings';
import { AjustesScreen } from '../../../../src-renderer/screens/ajustes/AjustesScreen';
import { startScreenHarness, type ScreenHarness } from '../documentos/support/screen-harness';

// Each unlock derives the PIN with scrypt in main and a save logs in to the sandbox: beside the
// other suites of a full run they can take more than Testing Library's default second.
configure({ asyncUtilTimeout: 5000 });

const PIN = '4821';

let t: ScreenHarness;
afterEach(async () => {
  await t?.close();
});

/** Ajustes as the shell opens it (connection and settings read from main), with the status bar. */
async function renderAjustes() {
  const connection = await t.h.bridge.invoke('connection:get', undefined);
  const settings = await t.h.bridge.invoke('settings:get', undefined);
  act(() => useApp.getState().set({ connection, settings }));
  t.render(
    <>
      <AjustesScreen />
      <StatusBar />
    </>,
  );
  return {
    preferences: await screen.findByRole('region', { name: 'Preferencias de esta caja' }),
    admin: await screen.findByRole('region', { name: 'Administración' }),
  };
}

/** Types the PIN and presses "Desbloquear". */
function unlock(admin: HTMLElement, pin: string) {
  fireEvent.change(within(admin).getByLabelText('PIN de administrador'), { target: { value: pin } });
  fireEvent.click(within(admin).getByRole('button', { name: 'Desbloquear' }));
}

describe('Ajustes in two parts', () => {
  it('keeps the cashier’s preferences apart from the administrator’s settings', async () => {
    t = await startScreenHarness();
    const { preferences, admin } = await renderAjustes();
    for (const label of ['Impresora de recibos', 'Ancho del rollo', 'Lista de precios', 'Abrir Mostrador al encender el equipo']) {
      expect(within(preferences).getByLabelText(label)).toBeTruthy();
    }
    expect(within(preferences).queryByLabelText('Partner-Id')).toBeNull();
    expect(within(preferences).queryByLabelText('Enviar las facturas electrónicas a la DIAN')).toBeNull();
    // No PIN yet: Administración is open, and says what a PIN would guard.
    expect(await within(admin).findByRole('region', { name: 'Conexión con Siigo' })).toBeTruthy();
    expect(await within(admin).findByLabelText('Enviar las facturas electrónicas a la DIAN')).toBeTruthy();
    for (const label of ['Partner-Id', 'Dirección de la API', 'Usuario API', 'Tipo de factura', 'Centro de costo', 'NIT', 'Exigir caja abierta para vender', 'PIN nuevo']) {
      expect(within(admin).getByLabelText(label)).toBeTruthy();
    }
    expect(within(admin).getByRole('button', { name: 'Exportar auditoría (CSV)' })).toBeTruthy();
    expect(within(admin).getByText(/Sin PIN, cualquiera en este equipo puede cambiar/)).toBeTruthy();
  });

  it('sets a PIN (typed twice), which locks Administración at once', async () => {
    t = await startScreenHarness();
    const { admin } = await renderAjustes();
    const pinForm = await within(admin).findByRole('form', { name: 'PIN de administrador' });
    fireEvent.change(within(pinForm).getByLabelText('PIN nuevo'), { target: { value: '12a4' } });
    fireEvent.click(within(pinForm).getByRole('button', { name: 'Poner PIN' }));
    expect(within(pinForm).getByText('PIN nuevo: de 4 a 8 dígitos, solo números.')).toBeTruthy();
    fireEvent.change(within(pinForm).getByLabelText('PIN nuevo'), { target: { value: PIN } });
    fireEvent.change(within(pinForm).getByLabelText('Repita el PIN nuevo'), { target: { value: '4812' } });
    fireEvent.click(within(pinForm).getByRole('button', { name: 'Poner PIN' }));
    expect(within(pinForm).getByText('Repita el PIN nuevo: no coincide con el PIN nuevo.')).toBeTruthy();
    expect((await t.h.bridge.invoke('admin:status', undefined)).pinSet).toBe(false);

    fireEvent.change(within(pinForm).getByLabelText('Repita el PIN nuevo'), { target: { value: PIN } });
    fireEvent.click(within(pinForm).getByRole('button', { name: 'Poner PIN' }));
    expect(await within(admin).findByText('PIN guardado. La administración quedó bloqueada.')).toBeTruthy();
    expect(within(admin).getByText(/Bloqueado con PIN\./)).toBeTruthy();
    expect(within(admin).queryByLabelText('Partner-Id')).toBeNull();
    expect(useApp.getState().settings?.admin?.pinSet).toBe(true);
  });

  it('opens locked with a PIN: a wrong PIN shows nothing, the right one unlocks, "Bloquear" locks again', async () => {
    t = await startScreenHarness();
    await t.h.bridge.invoke('admin:set-pin', { next: PIN });
    const { admin } = await renderAjustes();
    expect(await within(admin).findByText(/Bloqueado con PIN\./)).toBeTruthy();
    expect(within(admin).queryByRole('region', { name: 'Conexión con Siigo' })).toBeNull();
    expect(within(admin).getByText('Bloqueada')).toBeTruthy();

    unlock(admin, '123');
    expect(within(admin).getByText('PIN: de 4 a 8 dígitos, solo números.')).toBeTruthy();
    unlock(admin, '1111');
    expect(await within(admin).findByText('PIN incorrecto. Quedan 4 intentos antes de tener que esperar.')).toBeTruthy();
    expect(within(admin).queryByRole('region', { name: 'Conexión con Siigo' })).toBeNull();

    unlock(admin, PIN);
    const connection = await within(admin).findByRole('region', { name: 'Conexión con Siigo' });
    expect(within(admin).getByText('Desbloqueada')).toBeTruthy();
    // Unlocked, a change is saved.
    fireEvent.change(within(connection).getByLabelText('Partner-Id'), { target: { value: 'TiendaCentro' } });
    fireEvent.click(within(connection).getByRole('button', { name: 'Guardar conexión' }));
    expect(await within(connection).findByText(/Conexión correcta/)).toBeTruthy();
    expect((await t.h.bridge.invoke('connection:get', undefined)).partnerId).toBe('TiendaCentro');

    fireEvent.click(within(admin).getByRole('button', { name: 'Bloquear' }));
    expect(await within(admin).findByText(/Bloqueado con PIN\./)).toBeTruthy();
    expect((await t.h.bridge.invoke('admin:status', undefined)).unlocked).toBe(false);
  });

  it('when main locked first (its own idle limit), a change is refused in Spanish and the part shows locked', async () => {
    t = await startScreenHarness();
    await t.h.bridge.invoke('admin:set-pin', { next: PIN });
    const { admin } = await renderAjustes();
    await within(admin).findByText(/Bloqueado con PIN\./);
    unlock(admin, PIN);
    const connection = await within(admin).findByRole('region', { name: 'Conexión con Siigo' });
    await t.h.bridge.invoke('admin:lock', undefined);
    fireEvent.change(within(connection).getByLabelText('Partner-Id'), { target: { value: 'OtraTienda' } });
    fireEvent.click(within(connection).getByRole('button', { name: 'Guardar conexión' }));
    expect(
      await within(admin).findByText('Administración se bloqueó y el cambio no se guardó: desbloquee con el PIN y vuelva a guardar; lo que escribió sigue ahí.'),
    ).toBeTruthy();
    expect(within(admin).getByText(/Bloqueado con PIN\./)).toBeTruthy();
    expect(within(admin).queryByRole('region', { name: 'Conexión con Siigo' })).toBeNull();
    expect((await t.h.bridge.invoke('connection:get', undefined)).partnerId).toBe('MostradorTest');

    // Unlocked again, the form still holds what was typed: saving needs no retyping.
    unlock(admin, PIN);
    const again = await within(admin).findByRole('region', { name: 'Conexión con Siigo' });
    expect((within(again).getByLabelText('Partner-Id') as HTMLInputElement).value).toBe('OtraTienda');
    fireEvent.click(within(again).getByRole('button', { name: 'Guardar conexión' }));
    expect(await within(again).findByText(/Conexión correcta/)).toBeTruthy();
    expect((await t.h.bridge.invoke('connection:get', undefined)).partnerId).toBe('OtraTienda');
  });

  it('while someone works, tells main (which renews its unlock); a main that locked anyway shows the lock, typing kept', async () => {
    t = await startScreenHarness();
    await t.h.bridge.invoke('admin:set-pin', { next: PIN });
    const asked = vi.spyOn(t.h.bridge, 'invoke');
    // Told at most every 100 ms here (the app's is ADMIN_RENEW_MS, a minute).
    t.render(<AdminSettings renewMs={100} />);
    const admin = await screen.findByRole('region', { name: 'Administración' });
    await within(admin).findByText(/Bloqueado con PIN\./);
    unlock(admin, PIN);
    const connection = await within(admin).findByRole('region', { name: 'Conexión con Siigo' });
    fireEvent.change(within(connection).getByLabelText('Partner-Id'), { target: { value: 'TiendaNorte' } });
    const statusAsks = () => asked.mock.calls.filter(([channel]) => channel === 'admin:status').length;
    const before = statusAsks();
    // Keys pressed faster than the limit: told once, not on every key.
    fireEvent.keyDown(window, { key: 'a' });
    fireEvent.keyDown(window, { key: 'b' });
    expect(statusAsks()).toBe(before);
    await new Promise((resolve) => setTimeout(resolve, 120));
    fireEvent.keyDown(window, { key: 'c' });
    fireEvent.keyDown(window, { key: 'd' });
    expect(statusAsks()).toBe(before + 1);
    expect(within(admin).getByText('Desbloqueada')).toBeTruthy();

    // Main locked on its own (another window, its limit): the next sign of work shows the lock.
    await t.h.bridge.invoke('admin:lock', undefined);
    await new Promise((resolve) => setTimeout(resolve, 120));
    fireEvent.pointerDown(window);
    expect(await within(admin).findByText('Administración se bloqueó: desbloquee con el PIN para seguir; lo que escribió sigue ahí.')).toBeTruthy();
    expect(within(admin).queryByRole('region', { name: 'Conexión con Siigo' })).toBeNull();
    unlock(admin, PIN);
    const again = await within(admin).findByRole('region', { name: 'Conexión con Siigo' });
    expect((within(again).getByLabelText('Partner-Id') as HTMLInputElement).value).toBe('TiendaNorte');
  });

  it('leaving Ajustes locks Administración', async () => {
    t = await startScreenHarness();
    await t.h.bridge.invoke('admin:set-pin', { next: PIN });
    const { admin } = await renderAjustes();
    await within(admin).findByText(/Bloqueado con PIN\./);
    unlock(admin, PIN);
    await within(admin).findByRole('region', { name: 'Conexión con Siigo' });
    expect((await t.h.bridge.invoke('admin:status', undefined)).unlocked).toBe(true);
    cleanup();
    await waitFor(async () => expect((await t.h.bridge.invoke('admin:status', undefined)).unlocked).toBe(false));
  });

  it('the support bundle asks for the PIN when main locked first, and exports once unlocked', async () => {
    t = await startScreenHarness();
    await t.h.bridge.invoke('admin:set-pin', { next: PIN });
    const { admin } = await renderAjustes();
    await within(admin).findByText(/Bloqueado con PIN\./);
    expect(within(admin).queryByRole('button', { name: 'Exportar diagnóstico' })).toBeNull();
    unlock(admin, PIN);
    const exportButton = await within(admin).findByRole('button', { name: 'Exportar diagnóstico' });
    await t.h.bridge.invoke('admin:lock', undefined);
    fireEvent.click(exportButton);
    expect(
      await within(admin).findByText('Administración se bloqueó y no se exportó el diagnóstico: desbloquee con el PIN y vuelva a exportarlo.'),
    ).toBeTruthy();
    expect(within(admin).getByText(/Bloqueado con PIN\./)).toBeTruthy();
    unlock(admin, PIN);
    fireEvent.click(await within(admin).findByRole('button', { name: 'Exportar diagnóstico' }));
    expect(await within(admin).findByText(/^Diagnóstico guardado en /)).toBeTruthy();
  });

  it('locks itself when nobody touches the keyboard or the mouse for a while', async () => {
    t = await startScreenHarness();
    await t.h.bridge.invoke('admin:set-pin', { next: PIN });
    // The idle time shortened to 400 ms (the app's is ADMIN_IDLE_MS, 5 minutes).
    t.render(<AdminSettings idleMs={400} />);
    const admin = await screen.findByRole('region', { name: 'Administración' });
    await within(admin).findByText(/Bloqueado con PIN\./);
    unlock(admin, PIN);
    await within(admin).findByRole('region', { name: 'Conexión con Siigo' });
    // Someone working: keys pressed every 100 ms keep it open past the idle time.
    for (let i = 0; i < 8; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      fireEvent.keyDown(window, { key: 'a' });
    }
    expect(within(admin).queryByRole('region', { name: 'Conexión con Siigo' })).toBeTruthy();
    expect(await within(admin).findByText(/^Se bloqueó por inactividad/, undefined, { timeout: 3000 })).toBeTruthy();
    expect(within(admin).queryByRole('region', { name: 'Conexión con Siigo' })).toBeNull();
    expect((await t.h.bridge.invoke('admin:status', undefined)).unlocked).toBe(false);
  });

  it('saves the cashier’s preferences while Administración is locked', async () => {
    t = await startScreenHarness();
    await t.h.bridge.invoke('admin:set-pin', { next: PIN });
    const { preferences, admin } = await renderAjustes();
    await within(admin).findByText(/Bloqueado con PIN\./);
    fireEvent.change(within(preferences).getByLabelText('Ancho del rollo'), { target: { value: '58' } });
    fireEvent.change(within(preferences).getByLabelText('Impresora de recibos'), { target: { value: 'EPSON_TM_T20' } });
    fireEvent.click(within(preferences).getByRole('button', { name: 'Guardar preferencias' }));
    expect(await within(preferences).findByText('Guardado.')).toBeTruthy();
    expect((await t.h.bridge.invoke('settings:get', undefined)).defaults).toMatchObject({ rollWidth: '58', printerName: 'EPSON_TM_T20' });
  });

  it('removes a forgotten PIN with the company’s Siigo access key, and not with another', async () => {
    t = await startScreenHarness();
    await t.h.bridge.invoke('admin:set-pin', { next: PIN });
    const { admin } = await renderAjustes();
    fireEvent.click(await within(admin).findByText('¿Olvidó el PIN?'));
    const form = within(admin).getByRole('form', { name: 'Quitar un PIN olvidado' });
    fireEvent.change(within(form).getByLabelText('Llave de acceso de Siigo'), { target: { value: 'otra-llave' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Quitar el PIN' }));
    expect(await within(form).findByText(/^Esa no es la llave de acceso de la empresa conectada; el PIN sigue igual\./)).toBeTruthy();
    expect((await t.h.bridge.invoke('admin:status', undefined)).pinSet).toBe(true);

    fireEvent.change(within(form).getByLabelText('Llave de acceso de Siigo'), { target: { value: t.h.sandbox.credentials.access_key } });
    fireEvent.click(within(form).getByRole('button', { name: 'Quitar el PIN' }));
    expect(await within(admin).findByText('Se quitó el PIN. Ponga uno nuevo en “PIN de administrador”.')).toBeTruthy();
    expect(await within(admin).findByRole('region', { name: 'Conexión con Siigo' })).toBeTruthy();
    expect((await t.h.bridge.invoke('admin:status', undefined)).pinSet).toBe(false);
  });
});

describe('Ajustes: turning DIAN sending off', () => {
  it('asks first in plain words, and while it is off the status bar says so', async () => {
    t = await startScreenHarness();
    await t.services.mirror.pull({ only: ['catalogs'] });
    const { admin } = await renderAjustes();
    const box = (await within(admin).findByLabelText('Enviar las facturas electrónicas a la DIAN')) as HTMLInputElement;
    expect(box.checked).toBe(true);
    expect(screen.queryByTestId('dian-off')).toBeNull();

    fireEvent.click(box);
    const ask = within(admin).getByRole('alertdialog', { name: '¿Dejar de enviar las facturas a la DIAN?' });
    expect(ask.textContent).toContain('Las facturas electrónicas quedarán guardadas en Siigo sin enviarse a la DIAN');
    fireEvent.click(within(ask).getByRole('button', { name: 'No, seguir enviándolas' }));
    expect(within(admin).queryByRole('alertdialog')).toBeNull();
    expect(box.checked).toBe(true);
    expect((await t.h.bridge.invoke('settings:get', undefined)).defaults.sendToDian).toBe(true);

    fireEvent.click(box);
    fireEvent.click(within(admin).getByRole('button', { name: 'Sí, dejar de enviarlas' }));
    const warning = await screen.findByTestId('dian-off');
    expect(warning.textContent).toMatch(/^Envío a la DIAN apagado: las facturas electrónicas quedan en Siigo sin enviarse a la DIAN\./);
    expect((await t.h.bridge.invoke('settings:get', undefined)).defaults.sendToDian).toBe(false);
    await waitFor(() => expect(box.checked).toBe(false));

    // On again: saved at once, no question, and the warning goes.
    fireEvent.click(box);
    await waitFor(() => expect(screen.queryByTestId('dian-off')).toBeNull());
    expect((await t.h.bridge.invoke('settings:get', undefined)).defaults.sendToDian).toBe(true);
  });
});
