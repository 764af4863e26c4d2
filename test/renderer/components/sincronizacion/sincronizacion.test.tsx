// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"fetch":{"disableSameOriginPolicy":true}}}
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useApp } from '../../../../src-renderer/app/app-store';
import { queueDocument } from '../../../../src-renderer/data/outbox/queue-document';
import { useDocumentFilter } from '../../../../src-renderer/screens/documentos/document-filter-store';
import { SincronizacionScreen } from '../../../../src-renderer/screens/sincronizacion/SincronizacionScreen';
import { DocumentosScreen } from '../../../../src-renderer/screens/documentos/DocumentosScreen';
import { startScreenHarness, type ScreenHarness } from '../documentos/support/screen-harness';

let t: ScreenHarness;
afterEach(async () => {
  vi.restoreAllMocks();
  await t?.close();
});

describe('Sincronización', () => {
  it('shows the first import’s progress with counts, then each entity’s rows and last pull', async () => {
    t = await startScreenHarness();
    act(() =>
      useApp.getState().set({
        link: 'online',
        mirror: { progress: { customers: { entity: 'customers', phase: 'full', done: 3400, total: 10000 } }, pulling: true, lastPullAt: null, error: null },
      }),
    );
    t.render(<SincronizacionScreen />);
    const bar = await screen.findByRole('progressbar', { name: 'Importando clientes' });
    expect(bar.getAttribute('value')).toBe('3400');
    expect(bar.getAttribute('max')).toBe('10000');
    expect(screen.getByText('3.400 de 10.000')).toBeTruthy();

    act(() => useApp.getState().set({ mirror: { progress: {}, pulling: false, lastPullAt: null, error: null } }));
    await t.services.mirror.pull();
    act(() => useApp.getState().set({ mirror: { progress: {}, pulling: false, lastPullAt: new Date().toISOString(), error: null } }));
    const customers = await screen.findByRole('row', { name: /^Clientes/ });
    await waitFor(() => expect(within(customers).getByText(String(t.h.sandbox.store.customers.length))).toBeTruthy());
    expect(within(customers).getByText('Al día')).toBeTruthy();
    // Each table's row follows its saved state through a live query: the products' last page
    // may reach the screen a moment after the customers' count does.
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
  });

  it('links the documents needing attention to Documentos, filtered', async () => {
    t = await startScreenHarness();
    // Counted from the outbox itself, whatever the sync engine last reported.
    for (let n = 0; n < 6; n++) {
      const { operationId } = await queueDocument(t.h.db, { kind: 'quotation', body: {}, summary: {} }, t.journal);
      if (n >= 4) await t.h.db.outbox.update(operationId, { state: 'needs_attention' });
    }
    act(() => useApp.getState().set({ link: 'offline', outbox: { ...useApp.getState().outbox, pending: 0, needsAttention: 0 } }));
    t.render(<SincronizacionScreen />);
    expect(screen.getByText(/Sin conexión con Siigo/)).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('sync-pending').textContent).toBe('4 por enviar'));
    fireEvent.click(await screen.findByRole('button', { name: 'Ver los 2 documentos que requieren atención' }));
    expect(useApp.getState().navigation).toEqual({ screen: 'documentos', onlyNeedingAttention: true });
    // Documentos, opened so, shows only what needs a person.
    t.render(<DocumentosScreen />);
    await waitFor(() => expect(useDocumentFilter.getState().filter.state).toBe('needs_attention'));
  });

  it('"Sincronizar ahora" pulls the mirror and runs the outbox', async () => {
    t = await startScreenHarness();
    const pull = vi.spyOn(t.services.pulls, 'pullNow').mockResolvedValue(undefined);
    const send = vi.spyOn(t.services.outbox, 'trigger');
    t.render(<SincronizacionScreen />);
    fireEvent.click(screen.getByRole('button', { name: 'Sincronizar ahora' }));
    expect(pull).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledTimes(1);
  });
});
