// Node environment + happy-dom document (see ../cartera/install-dom.ts): the sandbox is reached with Node's fetch.
import '../../support/node-dom';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { foldText } from '../../../../src-shared/search';
import { ClientesScreen } from '../../../../src-renderer/screens/clientes/ClientesScreen';
import { createMirrorSync } from '../../../../src-renderer/sync/pull/mirror-sync';
import { startHarness, type Harness } from '../../support/harness';
import { renderScreen } from '../cartera/render-screen';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ size: { customers: 80, products: 10 } });
  await createMirrorSync({ db: h.db, bridge: h.bridge }).pull({ only: ['customers'] });
});
afterAll(() => h.close());
afterEach(cleanup);

describe('Clientes', () => {
  it('finds a customer typed without accents or capitals, and opens its detail', async () => {
    const accented = (await h.db.customers.toArray()).find((row) => row.active && /[áéíóúñ]/i.test(row.name))!;
    const word = accented.name.split(' ').find((w) => /[áéíóúñ]/i.test(w))!;
    renderScreen(h, ClientesScreen, 'clientes');
    const box = screen.getByLabelText('Buscar cliente');
    const typed = foldText(word).toUpperCase(); // "Muñoz" typed as "MUNOZ"
    expect(typed).not.toBe(word);
    fireEvent.change(box, { target: { value: typed } });
    const list = screen.getByRole('list', { name: 'Clientes encontrados' });
    const entry = await within(list).findByRole('button', { name: new RegExp(accented.name) }, { timeout: 5000 });
    fireEvent.click(entry);
    expect(await screen.findByRole('heading', { name: accented.name, level: 2 })).toBeTruthy();
    expect(screen.getByText('Responsabilidades fiscales')).toBeTruthy();
  });

  it('hides inactive customers unless "Mostrar inactivos" is checked', async () => {
    const inactive = (await h.db.customers.toArray()).find((row) => !row.active)!;
    renderScreen(h, ClientesScreen, 'clientes');
    fireEvent.change(screen.getByLabelText('Buscar cliente'), { target: { value: inactive.identification } });
    const list = screen.getByRole('list', { name: 'Clientes encontrados' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(within(list).queryByRole('button', { name: new RegExp(inactive.name) })).toBeNull();
    fireEvent.click(screen.getByLabelText('Mostrar inactivos'));
    expect(await within(list).findByRole('button', { name: new RegExp(inactive.name) })).toBeTruthy();
  });
});
