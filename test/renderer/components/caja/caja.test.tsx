// @vitest-environment happy-dom
import '../../support/dom-env';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JournalEntry } from '../../../../src-shared/ipc/contract';
import { useApp } from '../../../../src-renderer/app/app-store';
import { ServicesContext, type Services } from '../../../../src-renderer/app/services';
import { openCashSession } from '../../../../src-renderer/data/cash/current-session';
import type { MostradorDB } from '../../../../src-renderer/data/db';
import { CajaScreen } from '../../../../src-renderer/screens/caja/CajaScreen';
import { freshDb, saleRow, seedCatalogs } from '../../cash/support';

/** Main of a shop without an administrator's PIN: a close with a difference needs no authorisation. */
const noPinMain = {
  invoke: async (channel: string) => {
    if (channel === 'admin:status') return { pinSet: false, unlocked: true, retryAfterSeconds: null };
    throw new Error(`Caja's test has no ${channel}`);
  },
};

let db: MostradorDB | undefined;
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  db?.close();
});

/** What the screen wrote to main's journal (a lost database is restored from it). */
let journaled: JournalEntry[] = [];

/** The screen over a database of its own; nothing here talks to Siigo. */
async function renderCaja() {
  journaled = [];
  db = freshDb();
  await seedCatalogs(db);
  useApp.setState({ navigation: { screen: 'caja' }, settings: null });
  render(
    <ServicesContext.Provider value={{ db, bridge: noPinMain, outbox: { journal: async (entries: JournalEntry[]) => void journaled.push(...entries) } } as unknown as Services}>
      <CajaScreen />
    </ServicesContext.Provider>,
  );
  return db;
}

/** What the screen downloads, instead of letting happy-dom follow the link. */
function captureDownloads() {
  const files: Array<{ name: string; blob: Blob }> = [];
  let last: Blob | null = null;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => ((last = blob as Blob), 'blob:test'));
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: last! });
  });
  return files;
}

/** Fields are named by their label, followed by their error once there is one. */
const field = (label: string) => new RegExp(`^${label}`);
const type = (label: string, value: string) => fireEvent.change(screen.getByRole('textbox', { name: field(label) }), { target: { value } });

describe('Caja', () => {
  it('opens a session, refuses a cash out without its reason, and closes showing the difference and the Z report', async () => {
    const db = await renderCaja();
    const opening = await screen.findByRole('form', { name: 'Abrir caja' });

    // Nothing chosen: each field says what it needs.
    fireEvent.click(within(opening).getByRole('button', { name: 'Abrir caja' }));
    expect(await within(opening).findByText('Cajero: elija quién abre la caja')).toBeTruthy();
    expect(within(opening).getByText('Base inicial: escriba el efectivo con que abre la caja (0 si no hay base)')).toBeTruthy();
    const cashier = within(opening).getByRole('combobox', { name: field('Cajero') });
    // Active Siigo users only, by name.
    await waitFor(() => expect(within(cashier).getAllByRole('option').map((o) => o.textContent)).toEqual(['Elija…', 'Luis Rojas', 'Marta Gómez']));
    fireEvent.change(cashier, { target: { value: '7' } });
    type('Base inicial', '100.000');
    fireEvent.click(within(opening).getByRole('button', { name: 'Abrir caja' }));

    const panel = await screen.findByRole('region', { name: 'Caja abierta' });
    expect(within(panel).getByTestId('caja-cashier').textContent).toMatch(/^Marta Gómez · desde /);
    const session = (await openCashSession(db))!;
    expect(session.openingFloat).toBe('100000.00');

    // Sales confirmed meanwhile (stamped with the session) show in the running figures.
    await db.documents.bulkPut([saleRow('s1', session.id, [{ id: 100, value: 11900 }]), saleRow('s2', session.id, [{ id: 101, value: 23800 }], 20000)]);
    const methods = await within(panel).findByRole('table', { name: 'Formas de pago' });
    await waitFor(() => expect(within(methods).getByRole('row', { name: /Efectivo/ }).textContent).toContain('$ 111.900'));

    // A cash out without its reason is refused, naming the field; nothing is recorded.
    fireEvent.click(within(panel).getByRole('button', { name: 'Salida de efectivo' }));
    const cashOut = await screen.findByRole('form', { name: 'Salida de efectivo' });
    type('Valor', '10.000');
    fireEvent.click(within(cashOut).getByRole('button', { name: 'Registrar salida' }));
    expect((await within(cashOut).findByRole('alert')).textContent).toBe('Motivo: escriba por qué sale el efectivo');
    expect(within(cashOut).getByRole('textbox', { name: field('Motivo') }).getAttribute('aria-invalid')).toBe('true');
    expect(await db.cashMovements.count()).toBe(0);
    type('Motivo', 'Pago de hielo');
    fireEvent.click(within(cashOut).getByRole('button', { name: 'Registrar salida' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Salida de efectivo' })).toBeNull());
    expect((await within(panel).findByRole('table', { name: 'Movimientos de efectivo' })).textContent).toContain('Pago de hielo');

    // Closing: expected per method, the difference as it is typed, then a confirmation.
    fireEvent.click(within(panel).getByRole('button', { name: 'Cerrar caja' }));
    const closing = await screen.findByRole('form', { name: 'Cerrar caja' });
    // Cash: 100.000 + 11.900 − 10.000.
    expect(within(closing).getByRole('row', { name: /Efectivo/ }).textContent).toContain('$ 101.900');
    type('Contado en Efectivo', '100.000');
    expect(within(closing).getByTestId('difference-100').textContent).toBe('Faltante $ 1.900');
    fireEvent.click(within(closing).getByRole('button', { name: 'Cerrar caja' }));
    expect(await within(closing).findByText('Contado en Tarjeta crédito: escriba lo que contó (0 si no hay)')).toBeTruthy();
    type('Contado en Tarjeta crédito', '23800');
    expect(within(closing).getByTestId('difference-101').textContent).toBe('Sin diferencia');
    expect(within(closing).getByTestId('difference-total').textContent).toBe('Faltante $ 1.900');
    fireEvent.click(within(closing).getByRole('button', { name: 'Cerrar caja' }));
    const confirm = await within(closing).findByRole('alertdialog');
    expect(confirm.textContent).toContain('Faltante $ 1.900');
    expect(await openCashSession(db)).not.toBeNull();
    fireEvent.click(within(confirm).getByRole('button', { name: 'Sí, cerrar caja' }));

    // The Z report, to print and export; the next shift can open at once.
    const shown = await screen.findByRole('region', { name: 'Caja cerrada: informe Z' });
    expect(within(shown).getByRole('button', { name: 'Imprimir' })).toBeTruthy();
    expect(within(shown).getByRole('article', { name: 'Informe Z' }).textContent).toContain('Marta Gómez');
    expect(within(shown).queryByTestId('receipt-copy')).toBeNull();
    expect(await screen.findByRole('form', { name: 'Abrir caja' })).toBeTruthy();
    const stored = (await db.cashSessions.get(session.id))!;
    expect(stored.state).toBe('closed');
    expect(stored.closing?.difference).toBe('-1900.00');
    expect(stored.closing?.counted).toEqual([
      { paymentTypeId: 100, amount: '100000.00' },
      { paymentTypeId: 101, amount: '23800.00' },
    ]);
    // Opening, the cash out and the closing each reached main's journal as they happened.
    expect(journaled.map((line) => [line.event, (line.data as { state?: string; kind?: string }).state ?? (line.data as { kind?: string }).kind])).toEqual([
      ['cash-session', 'open'],
      ['cash-movement', 'out'],
      ['cash-session', 'closed'],
    ]);

    const files = captureDownloads();
    fireEvent.click(within(shown).getByRole('button', { name: 'Exportar CSV' }));
    expect(files.map((file) => file.name)).toEqual([expect.stringMatching(/^informe-z-\d{4}-\d{2}-\d{2}-\d{4}\.csv$/)]);
    const bytes = new Uint8Array(await files[0]!.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('Efectivo;11900,00;0,00;0,00;101900,00;100000,00;-1900,00');

    // Past sessions keep their report; opened from the list it is a copy.
    const history = screen.getByRole('region', { name: 'Cajas cerradas' });
    expect(within(history).getByRole('row', { name: /Marta Gómez/ }).textContent).toContain('Faltante $ 1.900');
    fireEvent.click(within(history).getByRole('button', { name: /^Ver informe Z del / }));
    const copy = await screen.findByRole('region', { name: 'Informe Z (copia)' });
    expect(within(copy).getByRole('button', { name: 'Reimprimir (copia)' })).toBeTruthy();
    expect(within(copy).getAllByTestId('receipt-copy')).toHaveLength(2);
  });
});
