// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"fetch":{"disableSameOriginPolicy":true}}}
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { siigoErrorMessages } from '../../../../src-shared/messages/siigo-error-messages';
import { useApp } from '../../../../src-renderer/app/app-store';
import { queueDocument } from '../../../../src-renderer/data/outbox/queue-document';
import { DocumentosScreen } from '../../../../src-renderer/screens/documentos/DocumentosScreen';
import { createReplayEngine } from '../../../../src-renderer/sync/replay/replay-engine';
import { newCustomerBody } from '../../support/documents';
import { startScreenHarness, type ScreenHarness } from './support/screen-harness';

let t: ScreenHarness;
afterEach(async () => {
  await t?.close();
});

/** A customer whose city does not exist: the sandbox refuses it with invalid_reference. */
const badCity = (n: number) => ({ ...newCustomerBody(n), address: { address: 'Calle 1', city: { country_code: 'Co', state_code: '11', city_code: '99999' } } });

async function refusedCustomer(n: number): Promise<string> {
  const body = badCity(n);
  const { documentId } = await queueDocument(
    t.h.db,
    { kind: 'customer', body, summary: { customerName: `Cliente Prueba ${n}`, customerIdentification: body.identification } },
    t.journal,
  );
  await createReplayEngine({ db: t.h.db, bridge: t.h.bridge, journal: t.journal }).run();
  expect((await t.h.db.documents.get(documentId))?.state).toBe('needs_attention');
  return documentId;
}

async function openFromList(name: RegExp) {
  const option = await screen.findByRole('option', { name });
  option.focus();
  fireEvent.keyDown(option, { key: 'Enter' });
  return screen.findByRole('complementary', { name: 'Detalle del documento' });
}

describe('Documentos: a document Siigo refused', () => {
  it('explains Siigo’s error in Spanish and offers to fix, resend or discard', async () => {
    t = await startScreenHarness();
    await refusedCustomer(11);
    t.render(<DocumentosScreen />);
    const detail = await openFromList(/Cliente Prueba 11/);
    expect(await within(detail).findByText('Requiere atención')).toBeTruthy();
    // The advice in plain Spanish, and Siigo's own words naming the field.
    expect(await within(detail).findByText(siigoErrorMessages['invalid_reference']!)).toBeTruthy();
    expect(within(detail).getByText(/Siigo dice: .*city_code/)).toBeTruthy();
    expect(within(detail).getByRole('button', { name: 'Corregir y reenviar' })).toBeTruthy();
    expect(within(detail).getByRole('button', { name: 'Reenviar sin cambios' })).toBeTruthy();
    expect(within(detail).getByRole('button', { name: 'Descartar' })).toBeTruthy();
    // Its history: queued, sending, refused (oldest first).
    const history = within(detail).getByRole('table', { name: 'Historial (auditoría)' });
    const events = within(history).getAllByRole('row').slice(1).map((row) => row.children[1]?.textContent);
    expect(events[0]).toBe('Puesto en cola');
    expect(events.at(-1)).toBe('Siigo lo rechazó: requiere atención');
  });

  it('discards only with a reason, which stays in the audit trail and the journal', async () => {
    t = await startScreenHarness();
    const documentId = await refusedCustomer(12);
    t.render(<DocumentosScreen />);
    const detail = await openFromList(/Cliente Prueba 12/);
    fireEvent.click(await within(detail).findByRole('button', { name: 'Descartar' }));
    fireEvent.click(within(detail).getByRole('button', { name: 'Confirmar descarte' }));
    expect(within(detail).getAllByRole('alert').some((alert) => /Escriba el motivo del descarte/.test(alert.textContent ?? ''))).toBe(true);
    expect((await t.h.db.documents.get(documentId))?.state).toBe('needs_attention');

    fireEvent.change(within(detail).getByLabelText('Motivo del descarte'), { target: { value: 'Cliente duplicado: ya existía en Siigo' } });
    fireEvent.click(within(detail).getByRole('button', { name: 'Confirmar descarte' }));
    await waitFor(async () => expect((await t.h.db.documents.get(documentId))?.state).toBe('discarded'));
    await waitFor(() => expect(detail.querySelector('.doc-detail-head .badge')?.textContent).toBe('Descartado'));
    const last = await t.h.db.audit.where('documentId').equals(documentId).last();
    expect(last?.detail).toBe('Descartado: Cliente duplicado: ya existía en Siigo');
    expect((await t.h.journal.read()).filter((entry) => entry.event === 'discarded').map((entry) => entry.data)).toEqual([
      { reason: 'Cliente duplicado: ya existía en Siigo' },
    ]);
    expect(within(detail).queryByRole('button', { name: 'Descartar' })).toBeNull();
  });

  it('corrects a refused customer in the customer form and resends the same document', async () => {
    t = await startScreenHarness();
    const documentId = await refusedCustomer(13);
    const refusedOperation = (await t.h.db.documents.get(documentId))!.operationId!;
    t.render(<DocumentosScreen />);
    const detail = await openFromList(/Cliente Prueba 13/);
    fireEvent.click(await within(detail).findByRole('button', { name: 'Corregir y reenviar' }));
    const form = within(detail).getByRole('form', { name: 'Nuevo cliente' });
    fireEvent.change(within(form).getByLabelText('Ciudad'), { target: { value: '11001' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Guardar cliente' }));
    await waitFor(async () => expect((await t.h.db.documents.get(documentId))?.operationId).not.toBe(refusedOperation));
    expect((await t.h.db.outbox.get(refusedOperation))?.state).toBe('discarded');
    // Saving woke the outbox (as the app does); wait for that run rather than start a rival one.
    await t.services.outbox.trigger();
    expect((await t.h.db.documents.get(documentId))?.state).toBe('sent');
    expect(await t.h.db.documents.count()).toBe(1);
  });

  it('sends an invoice to Venta to be corrected, and resends a payment unchanged', async () => {
    t = await startScreenHarness();
    const invoice = await queueDocument(t.h.db, { kind: 'invoice', body: { date: '2025-01-02' }, summary: { customerName: 'Factura rota' } }, t.journal);
    const voucher = await queueDocument(t.h.db, { kind: 'voucher', body: { date: '2025-01-02' }, summary: { customerName: 'Pago roto' } }, t.journal);
    const failure = { kind: 'rejected' as const, message: 'x', retryable: false, errors: [{ Code: 'parameter_inactive', Message: 'The seller is inactive', Params: ['seller'] }] };
    for (const { operationId, documentId } of [invoice, voucher]) {
      await t.h.db.outbox.update(operationId, { state: 'needs_attention', lastFailure: failure });
      await t.h.db.documents.update(documentId, { state: 'needs_attention' });
    }
    t.render(<DocumentosScreen />);
    let detail = await openFromList(/Factura rota/);
    fireEvent.click(await within(detail).findByRole('button', { name: 'Corregir y reenviar' }));
    expect(useApp.getState().navigation).toEqual({ screen: 'venta', focusId: invoice.documentId });

    act(() => useApp.getState().go('documentos'));
    detail = await openFromList(/Pago roto/);
    // The invoice's detail was open: wait until it is the payment's.
    await within(detail).findByRole('heading', { name: /Recibo de caja/ });
    expect(await within(detail).findByText(siigoErrorMessages['parameter_inactive']!)).toBeTruthy();
    expect(within(detail).queryByRole('button', { name: 'Corregir y reenviar' })).toBeNull();
    fireEvent.click(within(detail).getByRole('button', { name: 'Reenviar sin cambios' }));
    await waitFor(async () => expect((await t.h.db.outbox.get(voucher.operationId))?.state).not.toBe('needs_attention'));
  });
});
