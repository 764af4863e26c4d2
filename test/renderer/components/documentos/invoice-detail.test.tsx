// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"fetch":{"disableSameOriginPolicy":true}}}
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEMO_IDS } from '../../../../src-main/siigo-sandbox';
import { toCustomerRow } from '../../../../src-renderer/data/mirror/customer-row';
import { queueDocument } from '../../../../src-renderer/data/outbox/queue-document';
import { DocumentosScreen } from '../../../../src-renderer/screens/documentos/DocumentosScreen';
import { createReplayEngine } from '../../../../src-renderer/sync/replay/replay-engine';
import { invoiceBody, seeded, sellableProducts } from '../../support/documents';
import { startScreenHarness, type ScreenHarness } from './support/screen-harness';

let t: ScreenHarness;
afterEach(async () => {
  vi.restoreAllMocks();
  await t?.close();
});

/** Captures what the screen downloads instead of letting happy-dom follow the link. */
function captureDownloads() {
  const files: Array<{ name: string; blob: Blob }> = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  return files;
}

async function open(name: RegExp) {
  fireEvent.click(await screen.findByRole('option', { name }));
  return screen.findByRole('complementary', { name: 'Detalle del documento' });
}

describe('Documentos: an invoice Siigo has', () => {
  it('saves its PDF as FV-….pdf and e-mails it to the customer’s contact', async () => {
    t = await startScreenHarness();
    const customer = t.h.sandbox.store.customers[0]!;
    await t.h.db.customers.put(toCustomerRow(await t.h.bridge.invoke('customers:get', { id: customer.id })));
    const { body, total } = invoiceBody({ identification: customer.identification }, sellableProducts(t.h.sandbox), seeded(5), '2025-03-14', DEMO_IDS.documentTypes.fvPaper);
    const { documentId } = await queueDocument(t.h.db, { kind: 'invoice', body, summary: { customerName: 'Cliente con correo', total: String(total) } }, t.journal);
    await createReplayEngine({ db: t.h.db, bridge: t.h.bridge, journal: t.journal }).run();
    const name = (await t.h.db.documents.get(documentId))?.siigo?.name;
    expect(name).toMatch(/^FV-/);

    const files = captureDownloads();
    t.render(<DocumentosScreen />);
    const detail = await open(/Cliente con correo/);
    expect(await within(detail).findByText('14/03/2025')).toBeTruthy();
    fireEvent.click(await within(detail).findByRole('button', { name: 'Guardar PDF' }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0]!.name).toBe(`${name}.pdf`);
    expect(files[0]!.blob.type).toBe('application/pdf');

    const email = customer.contacts?.[0]?.email;
    const address = within(detail).getByLabelText('Correo del cliente') as HTMLInputElement;
    await waitFor(() => expect(address.value).toBe(email));
    fireEvent.click(within(detail).getByRole('button', { name: 'Enviar por correo' }));
    expect(await within(detail).findByText(`Siigo envió la factura a ${email}.`)).toBeTruthy();
  });

  it('explains a DIAN rejection (fixed in Siigo Nube) and shows the CUFE of an accepted one', async () => {
    t = await startScreenHarness();
    const base = { kind: 'invoice' as const, body: { date: '2025-03-14' } };
    const rejected = await queueDocument(t.h.db, { ...base, summary: { customerName: 'Rechazada SAS' } }, t.journal);
    const accepted = await queueDocument(t.h.db, { ...base, summary: { customerName: 'Aceptada SAS' } }, t.journal);
    const at = new Date().toISOString();
    await t.h.db.documents.update(rejected.documentId, {
      state: 'sent',
      siigo: { id: 'x1', name: 'FV-2-41', number: 41, prefix: 'FV' },
      dian: { status: 'Rejected', cufe: null, errors: ['Regla: FAK24, Rechazo: No está informado el documento del adquiriente.'], checkedAt: at },
    });
    await t.h.db.documents.update(accepted.documentId, {
      state: 'sent',
      siigo: { id: 'x2', name: 'FV-2-42', number: 42, prefix: 'FV' },
      dian: { status: 'Accepted', cufe: 'cufe-0123456789abcdef', errors: [], checkedAt: at },
    });
    t.render(<DocumentosScreen />);
    let detail = await open(/Rechazada SAS/);
    expect(await within(detail).findByRole('heading', { name: 'La DIAN rechazó esta factura' })).toBeTruthy();
    expect(within(detail).getByText(/se corrigen y se vuelven a enviar desde Siigo Nube/)).toBeTruthy();
    expect(within(detail).getByText(/FAK24/)).toBeTruthy();
    expect(within(detail).queryByRole('button', { name: 'Corregir y reenviar' })).toBeNull();

    detail = await open(/Aceptada SAS/);
    expect(await within(detail).findByText('cufe-0123456789abcdef')).toBeTruthy();
  });

  it('filters by state and finds by number or customer', async () => {
    t = await startScreenHarness();
    const a = await queueDocument(t.h.db, { kind: 'invoice', body: {}, summary: { customerName: 'Ferretería Álvarez' } }, t.journal);
    await queueDocument(t.h.db, { kind: 'quotation', body: {}, summary: { customerName: 'Panadería Sol' } }, t.journal);
    await t.h.db.documents.update(a.documentId, { state: 'sent', siigo: { id: 'y', name: 'FV-1-123', number: 123, prefix: 'FV' } });
    t.render(<DocumentosScreen />);
    const list = await screen.findByRole('listbox', { name: 'Documentos' });
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(2));
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'fv-1-123' } });
    await waitFor(() => expect(within(list).getAllByRole('option').map((o) => o.textContent)).toEqual([expect.stringContaining('Ferretería Álvarez')]));
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'alvarez' } });
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(1));
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Estado'), { target: { value: 'pending' } });
    await waitFor(() => expect(within(list).getAllByRole('option').map((o) => o.textContent)).toEqual([expect.stringContaining('Panadería Sol')]));
  });
});
