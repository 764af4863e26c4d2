// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"fetch":{"disableSameOriginPolicy":true}}}
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BridgeClient } from '../../../../src-shared/ipc/client';
import type { JournalEntry } from '../../../../src-shared/ipc/contract';
import { decimal } from '../../../../src-shared/money/decimal';
import { useApp } from '../../../../src-renderer/app/app-store';
import { ServicesContext, type Services } from '../../../../src-renderer/app/services';
import { openCashSession } from '../../../../src-renderer/data/cash/current-session';
import { startCashSession } from '../../../../src-renderer/data/cash/session-lifecycle';
import type { MostradorDB } from '../../../../src-renderer/data/db';
import { queueDocument } from '../../../../src-renderer/data/outbox/queue-document';
import { CajaScreen } from '../../../../src-renderer/screens/caja/CajaScreen';
import { DiscardForm } from '../../../../src-renderer/screens/documentos/DiscardForm';
import { freshDb, saleRow, seedCatalogs } from '../../cash/support';
import { startScreenHarness, type ScreenHarness } from '../documentos/support/screen-harness';
import { mainBridge } from './support/main-bridge';

const PIN = '4821';

describe('Documentos: discarding with and without the administrator’s PIN', () => {
  let t: ScreenHarness;
  afterEach(async () => {
    await t?.close();
  });

  async function renderDiscard() {
    const { documentId } = await queueDocument(t.h.db, { kind: 'quotation', body: {}, summary: {} }, t.journal);
    t.render(<DiscardForm documentId={documentId} />);
    fireEvent.click(screen.getByRole('button', { name: 'Descartar' }));
    fireEvent.change(screen.getByLabelText('Motivo del descarte'), { target: { value: 'Cotización repetida' } });
    return documentId;
  }
  const state = async (documentId: string) => (await t.h.db.documents.get(documentId))?.state;

  it('without a PIN discards with the reason alone', async () => {
    t = await startScreenHarness();
    const documentId = await renderDiscard();
    expect(screen.queryByLabelText('PIN de administrador')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Confirmar descarte' }));
    await waitFor(async () => expect(await state(documentId)).toBe('discarded'));
  });

  it('with a PIN, main must accept it first: a wrong one discards nothing', async () => {
    t = await startScreenHarness();
    await t.h.bridge.invoke('admin:set-pin', { next: PIN });
    const documentId = await renderDiscard();
    // The shell had not read the settings: the form asked main whether there is a PIN.
    const pin = await screen.findByLabelText('PIN de administrador');
    expect(screen.getByText('Descartar necesita la autorización de un administrador.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Confirmar descarte' }));
    expect(await screen.findByText('PIN: escríbalo (de 4 a 8 dígitos).')).toBeTruthy();
    fireEvent.change(pin, { target: { value: '1111' } });
    fireEvent.click(screen.getByRole('button', { name: 'Confirmar descarte' }));
    expect(await screen.findByText('PIN incorrecto. Quedan 4 intentos antes de tener que esperar.')).toBeTruthy();
    expect(pin.getAttribute('aria-invalid')).toBe('true');
    // The PIN typed is not kept in the form once main answered.
    expect((pin as HTMLInputElement).value).toBe('');
    expect(await state(documentId)).toBe('queued');

    fireEvent.change(pin, { target: { value: PIN } });
    fireEvent.click(screen.getByRole('button', { name: 'Confirmar descarte' }));
    await waitFor(async () => expect(await state(documentId)).toBe('discarded'));
    // Checking the PIN for one discard unlocked nothing else.
    expect((await t.h.bridge.invoke('admin:status', undefined)).unlocked).toBe(false);
  });

  /** Main's `admin:status` answered by `status` (the rest as main answers). */
  function statusAnswer(status: (real: () => Promise<unknown>) => Promise<unknown>) {
    const real = t.h.bridge.invoke.bind(t.h.bridge) as (...args: unknown[]) => Promise<unknown>;
    const invoke = (channel: string, ...rest: unknown[]) => (channel === 'admin:status' ? status(() => real(channel, ...rest)) : real(channel, ...rest));
    vi.spyOn(t.h.bridge, 'invoke').mockImplementation(invoke as typeof t.h.bridge.invoke);
  }

  it('when main cannot say whether there is a PIN, asks for it and discards nothing without it', async () => {
    t = await startScreenHarness();
    await t.h.bridge.invoke('admin:set-pin', { next: PIN });
    statusAnswer(() => Promise.reject(new Error('main did not answer')));
    const documentId = await renderDiscard();
    const pin = await screen.findByLabelText('PIN de administrador');
    fireEvent.click(screen.getByRole('button', { name: 'Confirmar descarte' }));
    expect(await screen.findByText('PIN: escríbalo (de 4 a 8 dígitos).')).toBeTruthy();
    expect(await state(documentId)).toBe('queued');
    fireEvent.change(pin, { target: { value: PIN } });
    fireEvent.click(screen.getByRole('button', { name: 'Confirmar descarte' }));
    await waitFor(async () => expect(await state(documentId)).toBe('discarded'));
  });

  it('confirming before main answered shows the PIN field at once, with what to do', async () => {
    t = await startScreenHarness();
    await t.h.bridge.invoke('admin:set-pin', { next: PIN });
    // The first question hangs (main busy); the one asked on "Confirmar descarte" is answered.
    let first = true;
    statusAnswer((real) => {
      if (!first) return real();
      first = false;
      return new Promise(() => undefined);
    });
    const documentId = await renderDiscard();
    expect(screen.queryByLabelText('PIN de administrador')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Confirmar descarte' }));
    expect(await screen.findByLabelText('PIN de administrador')).toBeTruthy();
    expect(screen.getByText('PIN: escríbalo (de 4 a 8 dígitos).')).toBeTruthy();
    expect(await state(documentId)).toBe('queued');
  });

  it('a PIN typed while main could not answer, on a PC with no PIN, still lets the discard through', async () => {
    t = await startScreenHarness();
    statusAnswer(() => Promise.reject(new Error('main did not answer')));
    const documentId = await renderDiscard();
    fireEvent.change(await screen.findByLabelText('PIN de administrador'), { target: { value: '1234' } });
    fireEvent.click(screen.getByRole('button', { name: 'Confirmar descarte' }));
    await waitFor(async () => expect(await state(documentId)).toBe('discarded'));
  });

  it('asks from the start when the shell already knows there is a PIN', async () => {
    t = await startScreenHarness();
    await t.h.bridge.invoke('admin:set-pin', { next: PIN });
    act(() => useApp.getState().set({ settings: null }));
    const settings = await t.h.bridge.invoke('settings:get', undefined);
    act(() => useApp.getState().set({ settings }));
    await renderDiscard();
    expect(screen.getByLabelText('PIN de administrador')).toBeTruthy();
  });
});

describe('Caja: closing with a difference and the administrator’s PIN', () => {
  let db: MostradorDB | undefined;
  afterEach(() => {
    cleanup();
    db?.close();
  });

  /** Caja over its own database with an open session (float 100.000, a card sale of 11.900), and main's real handlers. */
  async function renderCaja(bridge: BridgeClient) {
    db = freshDb();
    await seedCatalogs(db);
    const session = await startCashSession(db, { cashier: { id: 7, name: 'Marta Gómez' }, openingFloat: decimal('100000') });
    // One sale paid by card (11.900) in the session.
    await db.documents.put(saleRow('s1', session.id, [{ id: 101, value: 11900 }]));
    useApp.setState({ navigation: { screen: 'caja' }, settings: null });
    const journal = async (_entries: JournalEntry[]) => undefined;
    render(
      <ServicesContext.Provider value={{ db, bridge, outbox: { journal } } as unknown as Services}>
        <CajaScreen />
      </ServicesContext.Provider>,
    );
    const panel = await screen.findByRole('region', { name: 'Caja abierta' });
    await within(panel).findByRole('table', { name: 'Formas de pago' });
    fireEvent.click(within(panel).getByRole('button', { name: 'Cerrar caja' }));
    return screen.findByRole('form', { name: 'Cerrar caja' });
  }

  const count = (closing: HTMLElement, cash: string, card: string) => {
    fireEvent.change(within(closing).getByRole('textbox', { name: /^Contado en Efectivo/ }), { target: { value: cash } });
    fireEvent.change(within(closing).getByRole('textbox', { name: /^Contado en Tarjeta crédito/ }), { target: { value: card } });
    fireEvent.click(within(closing).getByRole('button', { name: 'Cerrar caja' }));
    return within(closing).findByRole('alertdialog');
  };

  it('a count that matches closes without the PIN', async () => {
    const bridge = mainBridge();
    await bridge.invoke('admin:set-pin', { next: PIN });
    const closing = await renderCaja(bridge);
    const confirm = await count(closing, '100.000', '11.900');
    expect(within(confirm).queryByLabelText('PIN de administrador')).toBeNull();
    fireEvent.click(within(confirm).getByRole('button', { name: 'Sí, cerrar caja' }));
    await screen.findByRole('region', { name: 'Caja cerrada: informe Z' });
    expect(await openCashSession(db!)).toBeNull();
  });

  it('a shortage needs the PIN, checked by main; a wrong one leaves the session open', async () => {
    const bridge = mainBridge();
    await bridge.invoke('admin:set-pin', { next: PIN });
    const closing = await renderCaja(bridge);
    const confirm = await count(closing, '98.000', '11.900');
    expect(confirm.textContent).toContain('Faltante $ 2.000');
    expect(within(confirm).getByText('El conteo no cuadra: un administrador debe autorizar el cierre con su PIN.')).toBeTruthy();
    const pin = within(confirm).getByLabelText('PIN de administrador');

    fireEvent.change(pin, { target: { value: '9999' } });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Sí, cerrar caja' }));
    expect(await within(confirm).findByText('PIN incorrecto. Quedan 4 intentos antes de tener que esperar.')).toBeTruthy();
    expect((await openCashSession(db!))?.state).toBe('open');

    fireEvent.change(pin, { target: { value: PIN } });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Sí, cerrar caja' }));
    await screen.findByRole('region', { name: 'Caja cerrada: informe Z' });
    expect(await openCashSession(db!)).toBeNull();
  });

  it('differences that cancel out in the total still need the PIN', async () => {
    const bridge = mainBridge();
    await bridge.invoke('admin:set-pin', { next: PIN });
    const closing = await renderCaja(bridge);
    const confirm = await count(closing, '95.000', '16.900');
    expect(within(confirm).getByLabelText('PIN de administrador')).toBeTruthy();
  });

  it('without a PIN a shortage closes as before', async () => {
    const closing = await renderCaja(mainBridge());
    const confirm = await count(closing, '98.000', '11.900');
    await waitFor(() => expect(within(confirm).queryByLabelText('PIN de administrador')).toBeNull());
    fireEvent.click(within(confirm).getByRole('button', { name: 'Sí, cerrar caja' }));
    await screen.findByRole('region', { name: 'Caja cerrada: informe Z' });
  });
});
