import { describe, expect, it } from 'vitest';
import { type CreditNoteContext, type CreditedInvoice, validateCreditNote } from '../../../src-shared/validation';
import {
  DOC, PAY, TAX, TODAY, codesOf, costCenters, documentTypes, onlyIssue, paymentTypes, products, taxes, warehouses,
} from './fixtures';

const INVOICE_ID = '302580df-838b-4531-b8bf-dd3c98b34059';

/** FV-1-13 sold 5 hammers and a delivery; an earlier note took 2 hammers back. */
const sold: CreditedInvoice = {
  id: INVOICE_ID,
  name: 'FV-1-13',
  electronic_type: 'ElectronicInvoice',
  items: [{ code: 'P00001', quantity: 3 }, { code: 'SRV-00001', quantity: 1 }, { code: 'P00001', quantity: '2' }],
  returned: [{ code: 'P00001', quantity: 2 }],
  remaining: 100_000,
};

const context = (invoice: CreditedInvoice | null = sold): CreditNoteContext => ({
  today: TODAY, documentTypes, paymentTypes, taxes, warehouses, costCenters, products, ...(invoice ? { invoice } : {}),
});

/** Two hammers back: 2 × 100 + IVA 19 % = 238, refunded in cash. */
function note(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    document: { id: DOC.creditNote },
    date: TODAY,
    invoice: INVOICE_ID,
    reason: 1,
    items: [{ code: 'P00001', quantity: 2, price: 100, taxes: [{ id: TAX.iva19 }] }],
    payments: [{ id: PAY.cash, value: 238 }],
    ...overrides,
  };
}

describe('validateCreditNote: the note itself', () => {
  it('accepts a partial return refunded in cash', () => {
    expect(validateCreditNote(note(), context())).toEqual({ ok: true });
  });

  it('needs a credit-note document type', () => {
    expect(onlyIssue(validateCreditNote(note({ document: { id: DOC.fvElectronic } }), context()))).toMatchObject({
      code: 'invalid_document', path: ['document', 'id'], message: `Tipo de comprobante: el comprobante ${DOC.fvElectronic} no es de nota crédito`,
    });
  });

  it('an electronic note cannot be dated before today; a paper note can', () => {
    expect(onlyIssue(validateCreditNote(note({ date: '2025-03-09' }), context()))).toMatchObject({
      code: 'invalid_date', path: ['date'], message: 'Fecha: una nota crédito electrónica no puede tener fecha anterior a hoy (2025-03-10)',
    });
    const paperInvoice = { ...sold, electronic_type: 'NoElectronic' };
    expect(validateCreditNote(note({ document: { id: DOC.creditNotePaper }, date: '2025-03-01' }), context(paperInvoice))).toEqual({ ok: true });
  });

  it('names its invoice by Siigo id, unless the invoice itself is still queued', () => {
    expect(onlyIssue(validateCreditNote(note({ invoice: undefined }), context()))).toMatchObject({ code: 'parameter_required', path: ['invoice'] });
    expect(validateCreditNote(note({ invoice: undefined }), context({ ...sold, id: null }))).toEqual({ ok: true });
    expect(onlyIssue(validateCreditNote(note({ invoice: 'FV-1-13' }), context()))).toMatchObject({
      code: 'invalid_type', message: 'Factura: «FV-1-13» no es un identificador de factura de Siigo',
    });
    expect(onlyIssue(validateCreditNote(note({ invoice: '00000000-0000-4000-8000-000000000000' }), context()))).toMatchObject({
      code: 'invalid_reference', message: 'Factura: la nota crédito no corresponde a la factura FV-1-13',
    });
  });

  it('must be electronic exactly when its invoice is', () => {
    const paperInvoice = { ...sold, electronic_type: 'NoElectronic' };
    expect(onlyIssue(validateCreditNote(note(), context(paperInvoice)))).toMatchObject({
      code: 'invalid_document', path: ['document', 'id'],
      message: 'Tipo de comprobante: la factura FV-1-13 no es electrónica; use un tipo de nota crédito no electrónica',
    });
    expect(onlyIssue(validateCreditNote(note({ document: { id: DOC.creditNotePaper } }), context())).code).toBe('invalid_document');
  });

  it("needs the DIAN's reason on electronic notes, and only the DIAN's codes", () => {
    expect(onlyIssue(validateCreditNote(note({ reason: undefined }), context()))).toMatchObject({
      code: 'parameter_required', path: ['reason'], message: 'Motivo de la nota crédito: es obligatorio en una nota crédito electrónica',
    });
    expect(onlyIssue(validateCreditNote(note({ reason: 5 }), context()))).toMatchObject({
      code: 'invalid_value', path: ['reason'], message: 'Motivo de la nota crédito: 5 no es un motivo de la DIAN (use 1, 2, 3, 4, 6 o 7)',
    });
    expect(validateCreditNote(note({ reason: '2' }), context())).toEqual({ ok: true });
    const paper = { document: { id: DOC.creditNotePaper }, reason: undefined };
    expect(validateCreditNote(note(paper), context({ ...sold, electronic_type: 'NoElectronic' }))).toEqual({ ok: true });
  });
});

describe('validateCreditNote: what it takes back', () => {
  it('only products of the invoice', () => {
    const hammersOnly = { ...sold, items: [{ code: 'P00001', quantity: 5 }] };
    const delivery = note({ items: [{ code: 'SRV-00001', quantity: 1, price: 100 }], payments: [{ id: PAY.cash, value: 100 }] });
    expect(onlyIssue(validateCreditNote(delivery, context(hammersOnly)))).toMatchObject({
      code: 'invalid_value', path: ['items', 0, 'code'], message: 'Producto (línea 1): «Domicilio» no está en la factura FV-1-13',
    });
    // A product unknown to the mirror is reported as such, not again as missing from the invoice.
    const unknown = note({ items: [{ code: 'NOPE', quantity: 1, price: 100 }], payments: [{ id: PAY.cash, value: 100 }] });
    expect(onlyIssue(validateCreditNote(unknown, context()))).toMatchObject({ code: 'invalid_reference', path: ['items', 0, 'code'] });
  });

  it('no more than what is still returnable, counting earlier notes and the other lines of this one', () => {
    expect(validateCreditNote(note({ items: [{ code: 'P00001', quantity: 3, price: 100 }], payments: [{ id: PAY.cash, value: 300 }] }), context())).toEqual({ ok: true });
    const tooMany = onlyIssue(validateCreditNote(note({ items: [{ code: 'P00001', quantity: 3.5, price: 100 }], payments: [{ id: PAY.cash, value: 350 }] }), context()));
    expect(tooMany).toMatchObject({
      code: 'invalid_value', path: ['items', 0, 'quantity'],
      message: 'Cantidad (línea 1): de «Martillo de uña» quedan por devolver 3 (vendidos 5, ya devueltos 2)',
    });
    const split = note({
      items: [{ code: 'P00001', quantity: 2, price: 100 }, { code: 'SRV-00001', quantity: 1, price: 5 }, { code: 'P00001', quantity: 1.5, price: 100 }],
      payments: [{ id: PAY.cash, value: 355 }],
    });
    expect(onlyIssue(validateCreditNote(split, context()))).toMatchObject({
      path: ['items', 2, 'quantity'], message: 'Cantidad (línea 3): de «Martillo de uña» quedan por devolver 1 (vendidos 5, ya devueltos 4)',
    });
    const allBack = { ...sold, returned: [{ code: 'P00001', quantity: 5 }] };
    expect(onlyIssue(validateCreditNote(note(), context(allBack))).message).toBe('Cantidad (línea 1): de «Martillo de uña» ya se devolvió todo lo vendido (5)');
  });

  it('no more money than is left to credit on the invoice', () => {
    expect(onlyIssue(validateCreditNote(note(), context({ ...sold, remaining: '237.99' })))).toMatchObject({
      code: 'values_limit', path: ['items'], message: 'Productos: la nota crédito suma $ 238 pero a la factura FV-1-13 solo le quedan $ 237,99 por acreditar',
    });
  });

  it('lines priced with IVA included are totalled by the taxed-price rule', () => {
    const taxed = note({ items: [{ code: 'P00001', quantity: 1, taxed_price: 10_000, taxes: [{ id: TAX.iva19 }] }], payments: [{ id: PAY.cash, value: 10_000 }] });
    expect(validateCreditNote(taxed, context())).toEqual({ ok: true });
  });

  it('without the invoice in the context, the lines are not compared with it', () => {
    expect(validateCreditNote(note({ items: [{ code: 'SRV-00001', quantity: 9, price: 100 }], payments: [{ id: PAY.cash, value: 900 }] }), context(null))).toEqual({ ok: true });
  });
});

describe('validateCreditNote: payments', () => {
  it('add up to the total of the note, to the cent', () => {
    const short = onlyIssue(validateCreditNote(note({ payments: [{ id: PAY.cash, value: 237.99 }] }), context()));
    expect(short).toMatchObject({ code: 'invalid_total_payments', path: ['payments'] });
    expect(short.message).toBe('Formas de pago: suman $ 237,99 pero el total de la nota crédito es $ 238; faltan $ 0,01');
  });

  it('only payment types offered for credit notes; a credit (due date) may go with a refund', () => {
    expect(onlyIssue(validateCreditNote(note({ payments: [{ id: PAY.debit, value: 238 }] }), context()))).toMatchObject({
      code: 'invalid_payment', message: 'Forma de pago 1: «Tarjeta débito» no se puede usar en nota crédito',
    });
    const mixed = note({ payments: [{ id: PAY.credit, value: 200, due_date: TODAY }, { id: PAY.cash, value: 38 }] });
    expect(validateCreditNote(mixed, context())).toEqual({ ok: true });
    expect(onlyIssue(validateCreditNote(note({ payments: [{ id: PAY.credit, value: 238 }] }), context())).path).toEqual(['payments', 0, 'due_date']);
  });

  it('reports every problem at once', () => {
    const result = validateCreditNote(note({
      date: '2025-01-01', reason: 9, items: [{ code: 'P00001', quantity: 4, price: 100 }], payments: [{ id: PAY.debit, value: 1 }],
    }), context());
    expect(codesOf(result)).toEqual(['invalid_date', 'invalid_value', 'invalid_value', 'invalid_payment', 'invalid_total_payments']);
  });
});
