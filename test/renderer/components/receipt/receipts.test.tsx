// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import qrcode from 'qrcode-generator';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ZReport } from '../../../../src-shared/cash/z-report-types';
import type { DocumentRow } from '../../../../src-renderer/data/outbox/rows';
import { CreditNoteReceipt } from '../../../../src-renderer/receipt/CreditNoteReceipt';
import { PROVISIONAL_DIAN, PROVISIONAL_SIIGO } from '../../../../src-renderer/receipt/receipt-model';
import { SaleReceipt } from '../../../../src-renderer/receipt/SaleReceipt';
import { VoucherReceipt } from '../../../../src-renderer/receipt/VoucherReceipt';
import { ZReportReceipt } from '../../../../src-renderer/receipt/ZReportReceipt';
import { CUFE, documentRow, IDS, ISSUER, ISSUER_NIT_PRINTED, receiptWorld } from './receipt-fixtures';

let world: Awaited<ReturnType<typeof receiptWorld>> | null = null;
afterEach(async () => {
  cleanup();
  await world?.close();
  world = null;
});

/** Pesos as formatCop prints them; "$ 1.234" with a normal space. */
const text = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ');

/** A row of a label/amount list (dt/dd) by its label. */
function amountOf(container: HTMLElement, label: string | RegExp): string {
  const dt = within(container).getByText(label, { selector: 'dt' });
  return text(dt.nextElementSibling!);
}

/**
 * A counter sale to the final consumer: two taxed lines, one priced with IVA included
 * (taxed_price), one without taxes; paid in cash with $ 50.000 handed over.
 *   Martillo   2 × 10.000  IVA 19%  base 20.000 tax 3.800
 *   Gaseosa    1 × 11.900  IVA 19% included: base 10.000 tax 1.900
 *   Arroz      1 ×  5.000  IVA 5%   base  5.000 tax   250
 *   Tornillos  3 ×  1.000  —        base  3.000
 *   total 43.950
 */
const saleBody = {
  document: { id: IDS.fvElectronic },
  date: '2026-03-14',
  customer: { identification: '222222222222', branch_office: 0 },
  seller: 629,
  stamp: { send: true },
  items: [
    { code: 'M1', description: 'Martillo', quantity: 2, price: 10000, taxes: [{ id: IDS.iva19 }] },
    { code: 'G1', description: 'Gaseosa', quantity: 1, taxed_price: 11900, taxes: [{ id: IDS.iva19 }] },
    { code: 'A1', description: 'Arroz', quantity: 1, price: 5000, taxes: [{ id: IDS.iva5 }] },
    { code: 'T1', description: 'Tornillos', quantity: 3, price: 1000, taxes: [] },
  ],
  payments: [{ id: IDS.cash, value: 43950 }],
};

const sale = (partial: Partial<DocumentRow> = {}) =>
  documentRow({
    kind: 'invoice',
    body: saleBody,
    summary: { customerIdentification: '222222222222', customerName: 'CONSUMIDOR FINAL', total: '43950.00' },
    counter: { cashSessionId: 'session-1', cashier: { id: 629, name: 'Martha Restrepo' }, cashReceived: '50000.00', change: '6050.00' },
    ...partial,
  });

/** The dark modules an SVG path of the receipt's QR draws, module by module. */
function modulesOf(svg: SVGElement): boolean[][] {
  const size = Number(svg.getAttribute('viewBox')!.split(' ')[2]);
  const grid = Array.from({ length: size }, () => Array.from({ length: size }, () => false));
  const path = svg.querySelector('path')!.getAttribute('d')!;
  for (const [, x, y, run] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(run); i += 1) grid[Number(y)]![Number(x) + i] = true;
  }
  return grid;
}

/** What qrcode-generator itself makes of `content`, with the same 4-module quiet zone. */
function expectedModules(content: string): boolean[][] {
  const code = qrcode(0, 'M');
  code.addData(content, 'Byte');
  code.make();
  const n = code.getModuleCount();
  return Array.from({ length: n + 8 }, (_, row) => Array.from({ length: n + 8 }, (_, col) => row >= 4 && col >= 4 && row < n + 4 && col < n + 4 && code.isDark(row - 4, col - 4)));
}

describe('the sale receipt', () => {
  it('prints the issuer, the DIAN resolution, date and time, cashier and the final consumer', async () => {
    world = await receiptWorld();
    world.render(<SaleReceipt document={sale()} />);
    const receipt = await screen.findByRole('article', { name: 'Recibo' });
    expect(within(receipt).getByText(ISSUER.name)).toBeTruthy();
    expect(within(receipt).getByText(ISSUER_NIT_PRINTED)).toBeTruthy();
    expect(within(receipt).getByText(ISSUER.address)).toBeTruthy();
    expect(within(receipt).getByText(`Tel. ${ISSUER.phone}`)).toBeTruthy();
    // The resolution keeps its lines (white-space: pre-line).
    expect(within(receipt).getByTestId('receipt-resolution').textContent).toBe(ISSUER.resolution);
    const facts = within(receipt).getByTestId('receipt-facts');
    expect(amountOf(facts, 'Fecha')).toMatch(/^14\/03\/2026,? 3:07 p\. ?m\.$/);
    expect(amountOf(facts, 'Cajero')).toBe('Martha Restrepo');
    expect(amountOf(facts, 'Cliente')).toBe('Consumidor final');
    expect(amountOf(facts, 'C.C./NIT')).toBe('222222222222');
  });

  it('gives the taxes by rate (base and tax), the totals, the payment, the cash received and the change', async () => {
    world = await receiptWorld();
    world.render(<SaleReceipt document={sale()} />);
    const receipt = await screen.findByRole('article', { name: 'Recibo' });
    const rows = Array.from(within(receipt).getByTestId('receipt-taxes').querySelectorAll('tbody tr'), (row) => Array.from(row.children, text));
    expect(rows).toEqual([
      ['IVA 19%', '$ 30.000', '$ 5.700'],
      ['IVA 5%', '$ 5.000', '$ 250'],
      ['Sin impuestos', '$ 3.000', '$ 0'],
    ]);
    const totals = within(receipt).getByTestId('receipt-totals');
    expect(amountOf(totals, 'Subtotal')).toBe('$ 38.000');
    expect(amountOf(totals, 'Impuestos')).toBe('$ 5.950');
    expect(amountOf(totals, 'TOTAL')).toBe('$ 43.950');
    const payments = within(receipt).getByTestId('receipt-payments');
    expect(amountOf(payments, 'Efectivo')).toBe('$ 43.950');
    expect(amountOf(payments, 'Efectivo recibido')).toBe('$ 50.000');
    expect(amountOf(payments, 'Cambio')).toBe('$ 6.050');
    expect(text(receipt)).toContain('2 × $ 10.000');
  });

  it('says it is provisional until Siigo numbers it, and has no QR before the DIAN accepts it', async () => {
    world = await receiptWorld();
    world.render(<SaleReceipt document={sale()} />);
    const receipt = await screen.findByRole('article', { name: 'Recibo' });
    expect(within(receipt).getByTestId('receipt-status').textContent).toBe(PROVISIONAL_DIAN);
    expect(within(receipt).queryByTestId('receipt-qr')).toBeNull();
    expect(within(receipt).queryByText(/^No\. /)).toBeNull();
    expect(within(receipt).queryByTestId('receipt-copy')).toBeNull();
  });

  it('a paper (not electronic) invoice is provisional until Siigo registers it', async () => {
    world = await receiptWorld();
    world.render(<SaleReceipt document={sale({ body: { ...saleBody, document: { id: IDS.fvPaper } } })} />);
    expect((await screen.findByTestId('receipt-status')).textContent).toBe(PROVISIONAL_SIIGO);
  });

  it('keeps the QR back while the DIAN has not answered, even with a CUFE', async () => {
    world = await receiptWorld();
    const sent = sale({ state: 'sent', siigo: { id: 's-1', name: 'FE-1-123', number: 123, prefix: 'FE-1' }, dian: { status: 'Unanswered', cufe: CUFE, errors: [], checkedAt: '2026-03-14T20:08:00Z' } });
    world.render(<SaleReceipt document={sent} />);
    const receipt = await screen.findByRole('article', { name: 'Recibo' });
    expect(within(receipt).getByText('No. FE-1-123')).toBeTruthy();
    expect(within(receipt).getByTestId('receipt-status').textContent).toBe('Pendiente de validación DIAN');
    expect(within(receipt).queryByTestId('receipt-qr')).toBeNull();
  });

  it('shows the CUFE and a QR of the DIAN’s page for it once accepted, live', async () => {
    world = await receiptWorld();
    const document = sale();
    await world.db.documents.put(document);
    world.render(<SaleReceipt document={document} />);
    const receipt = await screen.findByRole('article', { name: 'Recibo' });
    expect(within(receipt).queryByTestId('receipt-qr')).toBeNull();
    await act(async () => {
      await world!.db.documents.update(document.id, {
        state: 'sent',
        siigo: { id: 's-1', name: 'FE-1-123', number: 123, prefix: 'FE-1' },
        dian: { status: 'Accepted', cufe: CUFE, errors: [], checkedAt: '2026-03-14T20:09:00Z' },
      });
    });
    const qr = (await within(receipt).findByTestId('receipt-qr')) as unknown as SVGElement;
    expect(within(receipt).getByTestId('receipt-status').textContent).toBe('Validada por la DIAN');
    expect(within(receipt).getByText(CUFE)).toBeTruthy();
    const url = `https://catalogo-vpfe.dian.gov.co/document/searchqr?documentkey=${CUFE}`;
    expect(qr.getAttribute('data-content')).toBe(url);
    // The drawn modules are exactly the encoder's symbol for that address.
    expect(modulesOf(qr)).toEqual(expectedModules(url));
  });

  it('marks a reprint COPIA, above and below', async () => {
    world = await receiptWorld();
    world.render(<SaleReceipt document={sale()} copy />);
    const receipt = await screen.findByRole('article', { name: 'Recibo' });
    const marks = within(receipt).getAllByTestId('receipt-copy');
    expect(marks).toHaveLength(2);
    expect(marks[0]!.textContent).toBe('COPIA');
    expect(marks[1]!.textContent).toMatch(/^COPIA · reimpresa \d{2}\/\d{2}\/\d{4}/);
  });

  it('is laid out for the roll chosen in Ajustes', async () => {
    world = await receiptWorld({ rollWidth: '58' });
    world.render(<SaleReceipt document={sale()} />);
    const receipt = await screen.findByRole('article', { name: 'Recibo' });
    expect(receipt.classList.contains('roll-58')).toBe(true);
    expect(receipt.getAttribute('data-roll')).toBe('58');
  });

  it('leaves out what Ajustes does not have yet', async () => {
    world = await receiptWorld({ issuer: { name: 'Tienda', nit: '', address: '', phone: '', resolution: '' } });
    world.render(<SaleReceipt document={sale({ counter: undefined })} />);
    const receipt = await screen.findByRole('article', { name: 'Recibo' });
    expect(within(receipt).getByText('Tienda')).toBeTruthy();
    expect(within(receipt).queryByText(/^NIT /)).toBeNull();
    expect(within(receipt).queryByTestId('receipt-resolution')).toBeNull();
    expect(within(receipt).queryByText('Cajero')).toBeNull();
    expect(within(receipt).queryByText('Cambio')).toBeNull();
  });
});

describe('the Documentos reprint', () => {
  it('prints a COPIA through printReceipt, on a page the roll’s width', async () => {
    const invoke = vi.fn(async () => ({ printed: true }));
    vi.doMock('../../../../src-renderer/bridge', () => ({ bridge: { invoke } }));
    const { Reprint } = await import('../../../../src-renderer/screens/documentos/Reprint');
    world = await receiptWorld({ rollWidth: '58' });
    const pages: string[] = [];
    const copies: string[] = [];
    invoke.mockImplementation(async () => {
      pages.push(document.getElementById('receipt-page-style')?.textContent ?? '');
      copies.push(document.getElementById('receipt-print-root')?.textContent ?? '');
      return { printed: true };
    });
    world.render(<Reprint document={sale()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Reimprimir recibo' }));
    await vi.waitFor(() => expect(invoke).toHaveBeenCalledTimes(1));
    expect(invoke).toHaveBeenCalledWith('shell:print', { heightMm: expect.any(Number) as number });
    expect(pages[0]).toMatch(/^@page \{ size: 58mm \d+mm; margin: 0; \}$/);
    expect(copies[0]).toContain('COPIA');
    expect(copies[0]).toContain('Gaseosa');
    // The print copy and the page size go away after printing.
    await vi.waitFor(() => expect(document.getElementById('receipt-print-root')).toBeNull());
    expect(document.getElementById('receipt-page-style')).toBeNull();
    vi.doUnmock('../../../../src-renderer/bridge');
  });
});

describe('the credit note receipt', () => {
  const noteBody = (payment: number) => ({
    document: { id: IDS.creditNote },
    date: '2026-03-15',
    invoice: '8f0c7e4e-5f2b-4b7a-9a51-1f1b2c3d4e5f',
    reason: 1,
    items: [{ code: 'M1', description: 'Martillo', quantity: 1, price: 10000, taxes: [{ id: IDS.iva19 }] }],
    payments: [{ id: payment, value: 11900 }],
  });

  it('names the invoice it corrects, the reason, the lines returned and a cash refund', async () => {
    world = await receiptWorld();
    await world.db.documents.put(
      documentRow({ kind: 'invoice', body: saleBody, state: 'sent', siigo: { id: '8f0c7e4e-5f2b-4b7a-9a51-1f1b2c3d4e5f', name: 'FE-1-123', number: 123, prefix: 'FE-1' } }),
    );
    const note = documentRow({ kind: 'creditNote', body: noteBody(IDS.cash), summary: { customerIdentification: '71654987', customerName: 'Hernán Zapata' } });
    world.render(<CreditNoteReceipt document={note} />);
    const receipt = await screen.findByRole('article', { name: 'Recibo de nota crédito' });
    expect(within(receipt).getByText(ISSUER.name)).toBeTruthy();
    expect(within(receipt).getByTestId('receipt-status').textContent).toBe(PROVISIONAL_DIAN);
    const facts = within(receipt).getByTestId('receipt-facts');
    expect(amountOf(facts, 'Factura que corrige')).toBe('FE-1-123');
    expect(amountOf(facts, 'Motivo')).toBe('Devolución parcial de los bienes y/o no aceptación parcial del servicio');
    expect(amountOf(facts, 'Cliente')).toBe('Hernán Zapata');
    expect(text(receipt)).toContain('Martillo');
    expect(amountOf(within(receipt).getByTestId('receipt-totals'), 'TOTAL NOTA')).toBe('$ 11.900');
    expect(amountOf(within(receipt).getByTestId('receipt-refunds'), 'Devolución en efectivo')).toBe('$ 11.900');
  });

  it('a refund to the customer’s account is a balance in their favour; an unknown invoice prints its Siigo id', async () => {
    world = await receiptWorld();
    world.render(<CreditNoteReceipt document={documentRow({ kind: 'creditNote', body: noteBody(IDS.credit) })} copy />);
    const receipt = await screen.findByRole('article', { name: 'Recibo de nota crédito' });
    expect(amountOf(within(receipt).getByTestId('receipt-refunds'), 'Saldo a favor')).toBe('$ 11.900');
    expect(amountOf(within(receipt).getByTestId('receipt-facts'), 'Factura que corrige')).toBe('8f0c7e4e-5f2b-4b7a-9a51-1f1b2c3d4e5f');
    expect(within(receipt).getAllByTestId('receipt-copy')).toHaveLength(2);
  });

  it('names a queued invoice it depends on, and shows the CUDE with its QR once accepted', async () => {
    world = await receiptWorld();
    const invoice = documentRow({ kind: 'invoice', body: saleBody, summary: { label: 'Venta 14/03 3:07 p. m.' } });
    await world.db.documents.put(invoice);
    const note = documentRow({
      kind: 'creditNote',
      body: { ...noteBody(IDS.cash), invoice: '00000000-0000-0000-0000-000000000000' },
      dependsOn: [invoice.id],
      refs: [{ path: ['invoice'], documentId: invoice.id, use: 'invoice-id' }],
      state: 'sent',
      siigo: { id: 'nc-1', name: 'NC-1-7', number: 7, prefix: 'NC-1' },
      dian: { status: 'Accepted', cufe: CUFE, errors: [], checkedAt: '2026-03-15T15:00:00Z' },
    });
    world.render(<CreditNoteReceipt document={note} />);
    const receipt = await screen.findByRole('article', { name: 'Recibo de nota crédito' });
    expect(amountOf(within(receipt).getByTestId('receipt-facts'), 'Factura que corrige')).toBe('Venta 14/03 3:07 p. m.');
    expect(text(receipt)).toContain(`CUDE: ${CUFE}`);
    expect(within(receipt).getByTestId('receipt-qr').getAttribute('data-content')).toBe(`https://catalogo-vpfe.dian.gov.co/document/searchqr?documentkey=${CUFE}`);
  });
});

describe('the cash receipt (recibo de caja)', () => {
  it('names the customer, the invoices paid (a queued one by its local name), the value and the method', async () => {
    world = await receiptWorld();
    const queuedInvoice = documentRow({ kind: 'invoice', body: saleBody, state: 'sent', siigo: { id: 's-9', name: 'FE-1-124', number: 124, prefix: 'FE-1' } });
    await world.db.documents.put(queuedInvoice);
    const voucher = documentRow({
      kind: 'voucher',
      body: {
        document: { id: IDS.receipt },
        date: '2026-03-14',
        type: 'DebtPayment',
        customer: { identification: '43512877', branch_office: 0 },
        items: [
          { due: { prefix: 'FE-1', consecutive: 98, quote: 1, date: '2026-02-01' }, value: 20000 },
          { due: { prefix: 'PENDIENTE', consecutive: 1, quote: 1, date: '2026-03-14' }, value: 10000 },
        ],
        payment: { id: IDS.cash, value: 30000 },
      },
      refs: [{ path: ['items', 1, 'due'], documentId: queuedInvoice.id, use: 'invoice-due' }],
      summary: { customerIdentification: '43512877', customerName: 'Martha Lucía Restrepo' },
      counter: { cashSessionId: 'session-1', cashier: { id: 630, name: 'Juan Camilo Ospina' }, cashReceived: '50000.00', change: '20000.00' },
    });
    world.render(<VoucherReceipt document={voucher} />);
    const receipt = await screen.findByRole('article', { name: 'Recibo de caja' });
    expect(within(receipt).getByTestId('receipt-status').textContent).toBe(PROVISIONAL_SIIGO);
    const facts = within(receipt).getByTestId('receipt-facts');
    expect(amountOf(facts, 'Recibido de')).toBe('Martha Lucía Restrepo');
    expect(amountOf(facts, 'C.C./NIT')).toBe('43512877');
    expect(amountOf(facts, 'Cajero')).toBe('Juan Camilo Ospina');
    const paid = within(receipt).getByTestId('receipt-paid');
    expect(amountOf(paid, 'FE-1-98')).toBe('$ 20.000');
    expect(amountOf(paid, 'FE-1-124')).toBe('$ 10.000');
    const totals = within(receipt).getByTestId('receipt-totals');
    expect(amountOf(totals, 'VALOR RECIBIDO')).toBe('$ 30.000');
    expect(amountOf(facts, 'Forma de pago')).toBe('Efectivo');
    expect(amountOf(totals, 'Cambio')).toBe('$ 20.000');
  });
});

describe('the Z report', () => {
  const report: ZReport = {
    sessionId: 'session-1',
    cashier: { id: 629, name: 'Martha Restrepo' },
    openedAt: '2026-03-14T12:00:00.000Z',
    closedAt: '2026-03-14T23:30:00.000Z',
    openingFloat: '100000.00',
    sales: { count: 12, total: '1234500.00' },
    returns: { count: 1, total: '11900.00' },
    receipts: { count: 2, total: '30000.00' },
    net: '1222600.00',
    taxes: [
      { name: 'IVA 19%', base: '1000000.00', value: '190000.00' },
      { name: 'IVA 5%', base: '30000.00', value: '1500.00' },
    ],
    payments: [
      { paymentTypeId: IDS.cash, name: 'Efectivo', kind: 'cash', sales: '800000.00', returns: '11900.00', receipts: '30000.00', expected: '898100.00', counted: '895000.00', difference: '-3100.00' },
      { paymentTypeId: IDS.card, name: 'Tarjeta débito', kind: 'other', sales: '400000.00', returns: '0.00', receipts: '0.00', expected: '400000.00', counted: '400000.00', difference: '0.00' },
      { paymentTypeId: IDS.credit, name: 'Crédito', kind: 'credit', sales: '34500.00', returns: '0.00', receipts: '0.00', expected: '34500.00', counted: null, difference: null },
    ],
    cashMovements: [{ at: '2026-03-14T18:00:00.000Z', kind: 'out', amount: '20000.00', reason: 'Pago domicilio' }],
    cashIn: '0.00',
    cashOut: '20000.00',
    totals: { expected: '1298100.00', counted: '1295000.00', difference: '-3100.00' },
    ranges: [
      { kind: 'invoice', prefix: 'FE-1', first: 101, last: 112, count: 12, pending: 0 },
      { kind: 'creditNote', prefix: 'NC-1', first: null, last: null, count: 1, pending: 1 },
    ],
    pending: [{ documentId: 'doc-x', kind: 'creditNote', label: 'Nota crédito', state: 'queued', total: '11900.00' }],
  };

  it('prints the session, the figures, the count against what was expected, and what is pending', async () => {
    world = await receiptWorld();
    world.render(<ZReportReceipt report={report} />);
    const receipt = await screen.findByRole('article', { name: 'Informe Z' });
    expect(within(receipt).getByText(ISSUER.name)).toBeTruthy();
    expect(within(receipt).getByTestId('receipt-status').textContent).toBe('Caja cerrada');
    const session = within(receipt).getByTestId('z-session');
    expect(amountOf(session, 'Cajero')).toBe('Martha Restrepo');
    expect(amountOf(session, 'Apertura')).toMatch(/^14\/03\/2026,? 7:00 a\. ?m\.$/);
    expect(amountOf(session, 'Cierre')).toMatch(/^14\/03\/2026,? 6:30 p\. ?m\.$/);
    const summary = within(receipt).getByTestId('z-summary');
    expect(amountOf(summary, 'Base inicial')).toBe('$ 100.000');
    expect(amountOf(summary, 'Ventas (12)')).toBe('$ 1.234.500');
    expect(amountOf(summary, 'Devoluciones (1)')).toBe('-$ 11.900');
    expect(amountOf(summary, 'VENTA NETA')).toBe('$ 1.222.600');
    expect(amountOf(summary, 'Recibos de caja (2)')).toBe('$ 30.000');
    const taxes = Array.from(within(receipt).getByTestId('receipt-taxes').querySelectorAll('tbody tr'), (row) => Array.from(row.children, text));
    expect(taxes).toEqual([
      ['IVA 19%', '$ 1.000.000', '$ 190.000'],
      ['IVA 5%', '$ 30.000', '$ 1.500'],
    ]);
    const [cash, card, credit] = within(receipt).getAllByTestId('z-payment');
    expect(amountOf(cash!, 'Esperado en caja')).toBe('$ 898.100');
    expect(amountOf(cash!, 'Contado')).toBe('$ 895.000');
    expect(amountOf(cash!, 'Faltante')).toBe('-$ 3.100');
    expect(amountOf(card!, 'Diferencia')).toBe('$ 0');
    expect(text(credit!)).toContain('Crédito (a crédito, no entra a caja)');
    expect(within(credit!).queryByText('Contado')).toBeNull();
    expect(amountOf(within(receipt).getByTestId('z-totals'), 'Total contado')).toBe('$ 1.295.000');
    expect(amountOf(within(receipt).getByTestId('z-movements'), /Salida: Pago domicilio$/)).toBe('-$ 20.000');
    const ranges = within(receipt).getByTestId('z-ranges');
    expect(amountOf(ranges, 'Factura FE-1 101–112')).toBe('12');
    expect(amountOf(ranges, 'Nota crédito NC-1 sin número aún')).toBe('1 (1 sin número)');
    expect(text(within(receipt).getByTestId('z-pending'))).toContain('1 documento(s) aún sin aceptar en Siigo');
  });

  it('an open session prints as a partial report', async () => {
    world = await receiptWorld();
    world.render(<ZReportReceipt report={{ ...report, closedAt: null }} copy />);
    const receipt = await screen.findByRole('article', { name: 'Informe Z' });
    expect(within(receipt).getByTestId('receipt-status').textContent).toBe('Caja abierta — informe parcial');
    expect(within(receipt).getAllByTestId('receipt-copy')).toHaveLength(2);
  });
});
