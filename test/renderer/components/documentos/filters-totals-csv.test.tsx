// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"fetch":{"disableSameOriginPolicy":true}}}
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { colombiaToday } from '../../../../src-shared/validation';
import { newId } from '../../../../src-renderer/data/outbox/ids';
import type { DocumentRow } from '../../../../src-renderer/data/outbox/rows';
import { DocumentosScreen } from '../../../../src-renderer/screens/documentos/DocumentosScreen';
import { useDocumentFilter } from '../../../../src-renderer/screens/documentos/document-filter-store';
import { documentRow } from '../../support/document-row';
import { startScreenHarness, type ScreenHarness } from './support/screen-harness';

let t: ScreenHarness;
afterEach(async () => {
  vi.restoreAllMocks();
  await t?.close();
});

const SELLER_ANA = 9001;
const SELLER_LUIS = 9002;
const start = Date.parse('2025-03-10T15:00:00.000Z');
let made = 0;

function doc(kind: DocumentRow['kind'], day: string, total: string, customer: string, seller: number | null, partial: Partial<DocumentRow> = {}): DocumentRow {
  made += 1;
  return documentRow({
    id: newId(start + made * 60_000),
    kind,
    state: 'sent',
    body: { date: day, ...(seller === null ? {} : { seller }), customer: { identification: `ID${customer.length}` } },
    summary: { customerName: customer, customerIdentification: `ID-${customer}`, total },
    ...partial,
  });
}

/** A small shop's week: sales, a return, a payment and a quotation, by two sellers. */
async function seedWeek(): Promise<void> {
  await t.h.db.users.bulkPut([
    { id: SELLER_ANA, active: true, siigo: { id: SELLER_ANA, first_name: 'Ana', last_name: 'Gómez', username: 'ana' } },
    { id: SELLER_LUIS, active: true, siigo: { id: SELLER_LUIS, first_name: 'Luis', last_name: 'Rojas', username: 'luis' } },
  ] as never);
  await t.h.db.documents.bulkPut([
    doc('invoice', '2025-03-10', '100000.00', 'Ferretería Norte', SELLER_ANA, { siigo: { id: 'a', name: 'FV-1-10', number: 10, prefix: 'FV' }, dian: { status: 'Accepted', cufe: 'c', errors: [], checkedAt: '' } }),
    doc('invoice', '2025-03-11', '50000.50', 'Ana Pérez', SELLER_LUIS),
    doc('creditNote', '2025-03-11', '20000.00', 'Ferretería Norte', SELLER_ANA),
    doc('voucher', '2025-03-11', '30000.00', 'Ana Pérez', null),
    doc('quotation', '2025-03-11', '999000.00', 'Constructora Sur', SELLER_ANA),
    doc('invoice', '2025-03-12', '7000.00', 'Constructora Sur', SELLER_ANA),
  ]);
}

const totalsLine = () => screen.findByLabelText('Totales de lo mostrado');
const options = () => within(screen.getByRole('listbox', { name: 'Documentos' })).getAllByRole('option');

describe('Documentos: filters, totals of what is shown, and CSV', () => {
  it('totals what the filters show (credit notes subtracted, recibos and quotations apart) and keeps the filters when coming back', async () => {
    t = await startScreenHarness();
    await seedWeek();
    const view = t.render(<DocumentosScreen />);
    await waitFor(async () => expect((await totalsLine()).textContent).toContain('6 documentos'));
    const all = (await totalsLine()).textContent ?? '';
    expect(all).toContain('3 facturas $ 157.000,50');
    expect(all).toContain('1 nota crédito −$ 20.000');
    expect(all).toContain('Ventas netas $ 137.000,50');
    expect(all).toContain('1 recibo de caja $ 30.000');
    expect(all).toContain('1 cotización (aparte) $ 999.000');

    // The 11th only, then only Ana's documents of that day.
    fireEvent.change(screen.getByLabelText('Desde'), { target: { value: '2025-03-11' } });
    fireEvent.change(screen.getByLabelText('Hasta'), { target: { value: '2025-03-11' } });
    await waitFor(() => expect(options()).toHaveLength(4));
    await waitFor(async () => expect((await totalsLine()).textContent).toContain('4 documentos'));
    fireEvent.change(screen.getByLabelText('Vendedor'), { target: { value: String(SELLER_ANA) } });
    await waitFor(() => expect(options()).toHaveLength(2));
    await waitFor(async () => expect((await totalsLine()).textContent).toMatch(/^2 documentos1 nota crédito −\$ 20\.000Ventas netas -\$ 20\.000 *1 cotización \(aparte\) \$ 999\.000$/));
    // The customer's name narrows it further.
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'norte' } });
    await waitFor(() => expect(options()).toHaveLength(1));
    expect(options()[0]?.textContent).toContain('Ferretería Norte');

    // Leaving Documentos and coming back keeps every filter.
    view.unmount();
    t.render(<DocumentosScreen />);
    expect(screen.getByLabelText<HTMLInputElement>('Desde').value).toBe('2025-03-11');
    // The sellers' names come from the mirror a moment later.
    await waitFor(() => expect(screen.getByLabelText<HTMLSelectElement>('Vendedor').value).toBe(String(SELLER_ANA)));
    expect(screen.getByRole<HTMLInputElement>('searchbox').value).toBe('norte');
    await waitFor(() => expect(options()).toHaveLength(1));
  });

  it('adds neither the cart still being rung up (a draft) nor a discarded sale to the totals, and says so', async () => {
    t = await startScreenHarness();
    await seedWeek();
    await t.h.db.documents.bulkPut([
      doc('invoice', '2025-03-12', '480000.00', 'Cliente de mostrador', SELLER_ANA, { state: 'draft' }),
      doc('invoice', '2025-03-12', '70000.00', 'Venta repetida', SELLER_ANA, { state: 'discarded' }),
    ]);
    t.render(<DocumentosScreen />);
    await waitFor(async () => expect((await totalsLine()).textContent).toContain('8 documentos'));
    const all = (await totalsLine()).textContent ?? '';
    expect(all).toContain('3 facturas $ 157.000,50');
    expect(all).toContain('Ventas netas $ 137.000,50');
    expect(all).toContain('2 borradores o descartados, no sumados');
  });

  it('a reversed range is named and shows nothing; "Hoy" picks today in Bogotá', async () => {
    t = await startScreenHarness();
    await seedWeek();
    t.render(<DocumentosScreen />);
    await waitFor(() => expect(options()).toHaveLength(6));
    fireEvent.change(screen.getByLabelText('Desde'), { target: { value: '2025-03-12' } });
    fireEvent.change(screen.getByLabelText('Hasta'), { target: { value: '2025-03-10' } });
    expect((await screen.findByRole('alert')).textContent).toMatch(/«Desde» es posterior a «Hasta»/);
    expect(await screen.findByText('No hay documentos con estos filtros.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Hoy' }));
    const today = colombiaToday(new Date());
    expect(useDocumentFilter.getState().filter).toMatchObject({ from: today, to: today });
    expect(screen.queryByRole('alert')).toBeNull();
    await waitFor(async () => expect((await totalsLine()).textContent).toContain('0 documentos'));
  });

  it('sums again when a document shown changes (a sale sent while Documentos is open)', async () => {
    t = await startScreenHarness();
    await seedWeek();
    const [queued] = await t.h.db.documents.where('kind').equals('invoice').limit(1).toArray();
    await t.h.db.documents.update(queued!.id, { state: 'queued' });
    t.render(<DocumentosScreen />);
    fireEvent.change(screen.getByLabelText('Estado'), { target: { value: 'pending' } });
    await waitFor(async () => expect((await totalsLine()).textContent).toContain('1 documento1 factura'));
    // The replay changes the state only: no document is added or removed.
    await t.h.db.documents.update(queued!.id, { state: 'sent' });
    await waitFor(async () => expect((await totalsLine()).textContent).toBe('0 documentos'));
  });

  it('exports exactly what is shown as a CSV for Excel, through the download', async () => {
    t = await startScreenHarness();
    await seedWeek();
    const saved: Array<{ name: string; blob: Blob }> = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push({ name: '', blob: blob as Blob });
      return 'blob:documentos';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.at(-1)!.name = this.download;
    });
    t.render(<DocumentosScreen />);
    fireEvent.change(screen.getByLabelText('Tipo'), { target: { value: 'invoice' } });
    await waitFor(() => expect(options()).toHaveLength(3));
    fireEvent.click(screen.getByRole('button', { name: 'Exportar CSV' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toMatch(/^documentos-al-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = new Uint8Array(await saved[0]!.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines).toEqual([
      'Fecha;Tipo;Número;Cliente;Identificación;Vendedor;Estado;DIAN;Total;Valor neto',
      '12/03/2025;Factura;;Constructora Sur;ID-Constructora Sur;Ana Gómez;Enviado;;7000,00;7000,00',
      '11/03/2025;Factura;;Ana Pérez;ID-Ana Pérez;Luis Rojas;Enviado;;50000,50;50000,50',
      '10/03/2025;Factura;FV-1-10;Ferretería Norte;ID-Ferretería Norte;Ana Gómez;Enviado;Aceptada;100000,00;100000,00',
      '',
    ]);
  });
});
