import { describe, expect, it } from 'vitest';
import { toFixedText } from '../../../src-shared/money/decimal';
import type { PaymentTypeRow, TaxRow } from '../../../src-renderer/data/mirror/rows';
import type { DocumentRow } from '../../../src-renderer/data/outbox/rows';
import { creditNoteBodyFrom, everything, RETURN_REASON } from '../../../src-renderer/screens/devolucion/credit-note-body';
import { dianWindow } from '../../../src-renderer/screens/devolucion/dian-window';
import { quantityIssues } from '../../../src-renderer/screens/devolucion/return-issues';
import { documentRow } from '../support/document-row';
import { creditedAmounts } from '../../../src-renderer/data/outbox/credit-notes';
import { returnableLines } from '../../../src-renderer/screens/devolucion/returnable';

const taxes: TaxRow[] = [{ id: 19, active: true, siigo: { id: 19, name: 'IVA 19%', type: 'IVA', percentage: 19 } }];
const paymentTypes: PaymentTypeRow[] = [
  { id: 1, active: true, documentTypes: ['FV', 'NC', 'RC'], siigo: { id: 1, name: 'Efectivo', due_date: false } },
  { id: 2, active: true, documentTypes: ['FV', 'NC'], siigo: { id: 2, name: 'Crédito', due_date: true } },
];


// A sale of 3 shirts at 10,000 with IVA included (one line with a 3,000 discount) and 2 caps at 5,000 + IVA.
const invoice = documentRow({
  id: 'inv1',
  kind: 'invoice',
  siigo: { id: 'b7d3c0a4-0000-4000-8000-000000000001', name: 'FV-1-7', number: 7, prefix: 'FV' },
  body: {
    document: { id: 24446 },
    date: '2026-12-05',
    customer: { identification: '222222222222', branch_office: 0 },
    seller: 1,
    items: [
      { code: 'CAM', description: 'Camiseta', quantity: 3, taxed_price: 10000, discount: 3000, taxes: [{ id: 19 }] },
      { code: 'GOR', description: 'Gorra', quantity: 2, price: 5000, taxes: [{ id: 19 }] },
    ],
    payments: [{ id: 1, value: 38900 }],
  },
});
const settings = { documentTypeId: 77775, electronic: true, sendToDian: true, today: '2026-12-06', paymentTypes };

describe('a return as a credit note', () => {
  it('returns part of a tax-included line at its shelf price, the discount in proportion, refunded in cash', () => {
    const lines = returnableLines(invoice.body as never, [], taxes);
    const built = creditNoteBodyFrom(invoice, lines, { quantities: new Map([[0, '1']]), reason: RETURN_REASON.partialReturn, refund: 'cash' }, settings);
    // Siigo documents a note's item with a required `price`: the unit base goes with the taxed price.
    expect(built.body.items).toEqual([{ code: 'CAM', description: 'Camiseta', quantity: 1, price: 8403.36, taxed_price: 10000, discount: 1000, taxes: [{ id: 19 }] }]);
    // 10,000 − 1,000 paid with IVA in: the buyer gets back 9,000.
    expect(toFixedText(built.total)).toBe('9000.00');
    expect(built.body.payments).toEqual([{ id: 1, value: 9000 }]);
    expect(built.body).toMatchObject({ document: { id: 77775 }, date: '2026-12-06', invoice: invoice.siigo!.id, reason: 1, stamp: { send: true } });
  });

  it('a balance in favour goes to the due-date payment type, dated today', () => {
    const lines = returnableLines(invoice.body as never, [], taxes);
    const built = creditNoteBodyFrom(invoice, lines, { quantities: new Map([[1, '2']]), reason: RETURN_REASON.partialReturn, refund: 'balance' }, settings);
    // 2 × 5,000 + IVA 19 % = 11,900.
    expect(built.body.payments).toEqual([{ id: 2, value: 11900, due_date: '2026-12-06' }]);
  });

  it('earlier notes leave only the rest returnable, matched by product code, and lower what is left of the invoice', () => {
    const earlier = documentRow({
      id: 'nc1',
      kind: 'creditNote',
      state: 'queued',
      refs: [{ path: ['invoice'], documentId: 'inv1', use: 'invoice-id' }],
      body: { items: [{ code: 'CAM', quantity: 2, taxed_price: 10000, discount: 2000, taxes: [{ id: 19 }] }] },
    });
    const lines = returnableLines(invoice.body as never, [earlier], taxes);
    expect(lines.map((line) => toFixedText(line.remaining))).toEqual(['1', '2']);
    const amounts = creditedAmounts(invoice.body, [earlier], { taxes: taxes.map((row) => row.siigo as never), documentTypes: [] });
    expect([amounts.invoiced, amounts.credited, amounts.remaining].map(toFixedText)).toEqual(['38900.00', '18000.00', '20900.00']);
    expect([...everything(lines)]).toEqual([[0, '1'], [1, '2']]);
    const issues = quantityIssues(lines, new Map([[0, '2']]), paymentTypes[0], 77775);
    expect(issues).toEqual([expect.objectContaining({ path: ['lines', 0], message: 'Cantidad a devolver: como máximo 1' })]);
  });

  it('a discount that does not divide evenly: returned one unit at a time, the notes add up to the sale exactly', async () => {
    const sale = documentRow({ ...invoice, body: { ...(invoice.body as object), items: [{ code: 'GOR', description: 'Gorra', quantity: 3, price: 10000, discount: 100, taxes: [{ id: 19 }] }], payments: [{ id: 1, value: 35581 }] } });
    const notes: DocumentRow[] = [];
    for (let n = 0; n < 3; n += 1) {
      const lines = returnableLines(sale.body as never, notes, taxes);
      const left = creditedAmounts(sale.body, notes, { taxes: taxes.map((row) => row.siigo as never), documentTypes: [] }).remaining;
      const built = creditNoteBodyFrom(sale, lines, { quantities: new Map([[0, '1']]), reason: RETURN_REASON.partialReturn, refund: 'cash' }, settings, false, left);
      notes.push(documentRow({ id: `nc${n}`, kind: 'creditNote', state: 'queued', refs: [{ path: ['invoice'], documentId: sale.id, use: 'invoice-id' }], body: built.body }));
    }
    // 3 × 10.000 − 100 = 29.900 + IVA 19 % = 35.581. Shares of the discount 33,33 + 33,34 + 33,33 add up
    // to 100, but each note's IVA is rounded on its own: the last gives up a cent to fit what is left.
    expect(notes.map((note) => (note.body as { items: Array<{ discount?: number }> }).items[0]!.discount)).toEqual([33.33, 33.34, 33.34]);
    const amounts = creditedAmounts(sale.body, notes, { taxes: taxes.map((row) => row.siigo as never), documentTypes: [] });
    expect(toFixedText(amounts.credited)).toBe('35581.00');
    expect(toFixedText(amounts.remaining)).toBe('0.00');
  });

  it('asks for at least one quantity, and names a refund method the company lacks', () => {
    const lines = returnableLines(invoice.body as never, [], taxes);
    const issues = quantityIssues(lines, new Map([[0, 'dos']]), undefined, 77775);
    expect(issues.map((issue) => issue.path)).toEqual([['lines', 0], ['refund']]);
    expect(quantityIssues(lines, new Map(), paymentTypes[0], 77775)[0]?.message).toMatch(/al menos un producto/);
  });

  it('an annulment returns the whole invoice, nothing less', () => {
    const lines = returnableLines(invoice.body as never, [], taxes);
    expect(quantityIssues(lines, everything(lines), paymentTypes[0], 77775, true)).toEqual([]);
    const partial = quantityIssues(lines, new Map([[0, '3']]), paymentTypes[0], 77775, true);
    expect(partial.map((issue) => issue.path)).toEqual([['reason']]);
  });

  it('the DIAN window: warned from 3 days left, closed after 10', () => {
    expect(dianWindow('2026-12-01', '2026-12-05')).toEqual({ daysLeft: 6, warn: false, closed: false });
    expect(dianWindow('2026-12-01', '2026-12-08')).toEqual({ daysLeft: 3, warn: true, closed: false });
    expect(dianWindow('2026-11-20', '2026-12-05')).toMatchObject({ closed: true });
  });
});
