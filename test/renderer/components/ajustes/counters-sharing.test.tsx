// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"fetch":{"disableSameOriginPolicy":true}}}
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useApp } from '../../../../src-renderer/app/app-store';
import { AjustesScreen } from '../../../../src-renderer/screens/ajustes/AjustesScreen';
import { startScreenHarness, type ScreenHarness } from '../documentos/support/screen-harness';

let t: ScreenHarness;
afterEach(async () => {
  vi.restoreAllMocks();
  await t?.close();
});

const LABEL = 'Cajas que comparten esta cuenta de Siigo';

/** Ajustes as the shell opens it; the counters' section of Administración. */
async function renderCounters() {
  const connection = await t.h.bridge.invoke('connection:get', undefined);
  act(() => useApp.getState().set({ connection }));
  t.render(<AjustesScreen />);
  return screen.findByRole('region', { name: 'Cajas que comparten la cuenta' });
}

describe('Ajustes: counters sharing the Siigo account (Administración)', () => {
  it('shows one counter by default with a hint in a shop’s words, and saves another number', async () => {
    t = await startScreenHarness();
    const section = await renderCounters();
    const input = within(section).getByLabelText(LABEL) as HTMLInputElement;
    expect(input.value).toBe('1');
    expect(within(section).getByText(/cada una empieza con su parte de las 100 consultas por minuto de Siigo/)).toBeTruthy();
    fireEvent.change(input, { target: { value: ' 3 ' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Guardar cajas' }));
    expect(await within(section).findByText(/Guardado\. Se aplica al salir de Mostrador/)).toBeTruthy();
    expect((await t.h.bridge.invoke('settings:get', undefined)).defaults.countersSharingAccount).toBe(3);
    expect(input.value).toBe('3');
  });

  it('refuses 0, 21 and words in Spanish naming the field, keeps what was typed, and sends nothing', async () => {
    t = await startScreenHarness();
    const section = await renderCounters();
    const invoke = vi.spyOn(t.services.bridge, 'invoke');
    const input = within(section).getByLabelText(LABEL) as HTMLInputElement;
    for (const [typed, message] of [
      ['0', 'Las cajas que comparten la cuenta deben ser de 1 a 20.'],
      ['21', 'Las cajas que comparten la cuenta deben ser de 1 a 20.'],
      ['dos', 'Escriba cuántas cajas usan esta cuenta, un número entero del 1 al 20.'],
    ] as const) {
      fireEvent.change(input, { target: { value: typed } });
      fireEvent.click(within(section).getByRole('button', { name: 'Guardar cajas' }));
      expect(await within(section).findByText(message)).toBeTruthy();
      expect(input.getAttribute('aria-invalid')).toBe('true');
      expect(input.value).toBe(typed);
    }
    expect(invoke.mock.calls.filter(([channel]) => channel === 'settings:set')).toHaveLength(0);
    expect((await t.h.bridge.invoke('settings:get', undefined)).defaults.countersSharingAccount).toBe(1);
  });
});
