import { describe, expect, it } from 'vitest';
import { validateInvoice } from '../../../src-shared/validation';
import { CUSTOMER, DOC, PAY, TAX, TODAY, codesOf, invoice, invoiceContext as ctx, onlyIssue } from './fixtures';

const line = (overrides: Record<string, unknown> = {}) => ({ code: 'P00001', quantity: 1, price: 1000, ...overrides });

describe('validateInvoice: references', () => {
  it('accepts the documented example (950 base + 180.50 IVA = 1130.50)', () => {
    expect(validateInvoice(invoice(), ctx)).toEqual({ ok: true });
  });

  it('document type: exists, is an FV, is active', () => {
    expect(onlyIssue(validateInvoice(invoice({ document: { id: 1 } }), ctx))).toMatchObject({ code: 'invalid_reference', path: ['document', 'id'] });
    const wrongKind = onlyIssue(validateInvoice(invoice({ document: { id: DOC.quotation } }), ctx));
    expect(wrongKind).toMatchObject({ code: 'invalid_document', message: `Tipo de comprobante: el comprobante ${DOC.quotation} no es de factura de venta` });
    expect(onlyIssue(validateInvoice(invoice({ document: { id: DOC.fvInactive } }), ctx)).code).toBe('parameter_inactive');
    expect(onlyIssue(validateInvoice(invoice({ document: undefined }), ctx))).toMatchObject({ code: 'parameter_required', message: 'Tipo de comprobante: es obligatorio' });
  });

  it('customer: exists (by identification and branch), is active, has contacts', () => {
    expect(onlyIssue(validateInvoice(invoice({ customer: { identification: '123456789' } }), ctx))).toMatchObject({ code: 'invalid_reference', path: ['customer', 'identification'] });
    expect(validateInvoice(invoice({ customer: { identification: CUSTOMER.company, branch_office: 1 } }), ctx)).toEqual({ ok: true });
    expect(onlyIssue(validateInvoice(invoice({ customer: { identification: CUSTOMER.company, branch_office: 2 } }), ctx)).code).toBe('invalid_reference');
    expect(onlyIssue(validateInvoice(invoice({ customer: { identification: CUSTOMER.inactive } }), ctx)).code).toBe('parameter_inactive');
    const noContacts = onlyIssue(validateInvoice(invoice({ customer: { identification: CUSTOMER.noContacts } }), ctx));
    expect(noContacts).toMatchObject({ code: 'customer_settings', path: ['customer'] });
    expect(noContacts.message).toMatch(/^Cliente: 1036654321 no tiene contactos/);
  });

  it('a customer created with the invoice is checked as a customer', () => {
    const customer = {
      person_type: 'Person', id_type: '13', identification: '209048401', name: ['Manuel', 'Camacho'],
      address: { address: 'Cra. 18 #79A - 42', city: { country_code: 'Co', state_code: '11', city_code: '11001' } },
      contacts: [{ first_name: 'Manuel', email: 'manuel.camacho@contacto.com' }],
    };
    expect(validateInvoice(invoice({ customer }), ctx)).toEqual({ ok: true });
    expect(onlyIssue(validateInvoice(invoice({ customer: { ...customer, contacts: [] } }), ctx))).toMatchObject({ code: 'customer_settings', path: ['customer', 'contacts'] });
  });

  it('seller, cost center, warehouse', () => {
    expect(onlyIssue(validateInvoice(invoice({ seller: 1 }), ctx))).toMatchObject({ code: 'invalid_reference', message: 'Vendedor: no existe (1)' });
    expect(onlyIssue(validateInvoice(invoice({ seller: 632 }), ctx))).toMatchObject({ code: 'parameter_inactive', message: 'Vendedor: Hernán está inactivo' });
    expect(onlyIssue(validateInvoice(invoice({ cost_center: 999 }), ctx))).toMatchObject({ code: 'invalid_cost_center', path: ['cost_center'] });
    expect(onlyIssue(validateInvoice(invoice({ cost_center: 237 }), ctx)).code).toBe('parameter_inactive');
    const items = (warehouse: number, code = 'P00001') => ({ items: [line({ code, warehouse })], payments: [{ id: PAY.cash, value: 1000 }] });
    expect(validateInvoice(invoice(items(1270)), ctx)).toEqual({ ok: true });
    expect(onlyIssue(validateInvoice(invoice(items(1)), ctx))).toMatchObject({ code: 'invalid_reference', message: 'Bodega (línea 1): no existe (1)' });
    expect(onlyIssue(validateInvoice(invoice(items(1273)), ctx)).code).toBe('parameter_inactive');
    expect(onlyIssue(validateInvoice(invoice(items(1270, 'SRV-00001')), ctx))).toMatchObject({ code: 'product_settings', path: ['items', 0, 'warehouse'] });
  });

  it('document type settings: manual numbering, mandatory cost center, seller per line', () => {
    expect(onlyIssue(validateInvoice(invoice({ document: { id: DOC.fvManual } }), ctx))).toMatchObject({ code: 'parameter_required', path: ['number'] });
    expect(validateInvoice(invoice({ document: { id: DOC.fvManual }, number: 77 }), ctx)).toEqual({ ok: true });
    const strict = validateInvoice(invoice({ document: { id: DOC.fvStrict } }), ctx);
    expect(codesOf(strict)).toEqual(['parameter_required', 'parameter_required']);
    const perLine = invoice({ items: [line({ seller: 629 })], payments: [{ id: PAY.cash, value: 1000 }] });
    expect(onlyIssue(validateInvoice(perLine, ctx))).toMatchObject({ code: 'document_settings', path: ['items', 0, 'seller'] });
    expect(validateInvoice({ ...perLine, document: { id: DOC.fvStrict }, cost_center: 235 }, ctx)).toEqual({ ok: true });
  });

  it('products: code pattern, exists, active', () => {
    const withCode = (code: string) => invoice({ items: [line({ code })], payments: [{ id: PAY.cash, value: 1000 }] });
    expect(onlyIssue(validateInvoice(withCode('P 0001'), ctx))).toMatchObject({ code: 'invalid_code', message: "Código del producto (línea 1): no puede tener espacios ni comillas simples (')" });
    expect(onlyIssue(validateInvoice(withCode("P'01"), ctx)).code).toBe('invalid_code');
    expect(onlyIssue(validateInvoice(withCode('NOPE'), ctx))).toMatchObject({ code: 'invalid_reference', message: 'Producto (línea 1): no existe un producto con código NOPE' });
    expect(onlyIssue(validateInvoice(withCode('P00029'), ctx))).toMatchObject({ code: 'parameter_inactive', message: 'Producto (línea 1): «Cemento gris» está inactivo' });
  });
});

describe('validateInvoice: dates', () => {
  it('an electronic invoice cannot be dated before today, nor after', () => {
    const electronic = (date: string) => invoice({ document: { id: DOC.fvElectronic }, date });
    expect(validateInvoice(electronic(TODAY), ctx)).toEqual({ ok: true });
    expect(onlyIssue(validateInvoice(electronic('2025-03-09'), ctx))).toMatchObject({
      code: 'invalid_date', path: ['date'], message: 'Fecha: una factura electrónica no puede tener fecha anterior a hoy (2025-03-10)',
    });
    expect(onlyIssue(validateInvoice(electronic('2025-03-11'), ctx)).code).toBe('invalid_date');
    expect(validateInvoice(invoice({ date: '2025-01-02' }), ctx)).toEqual({ ok: true });
  });

  it('dates are real yyyy-MM-dd days', () => {
    expect(onlyIssue(validateInvoice(invoice({ date: '2025-02-30' }), ctx))).toMatchObject({ code: 'invalid_date', message: 'Fecha: fecha inválida, use el formato aaaa-mm-dd' });
    expect(onlyIssue(validateInvoice(invoice({ date: '10/03/2025' }), ctx)).code).toBe('invalid_date');
  });
});

describe('validateInvoice: amounts', () => {
  const one = (item: Record<string, unknown>, value = 1000) => invoice({ items: [line(item)], payments: [{ id: PAY.cash, value }] });

  it('quantity: at most 2 decimals, above zero', () => {
    expect(onlyIssue(validateInvoice(one({ quantity: 1.005 }), ctx))).toMatchObject({ code: 'invalid_value', path: ['items', 0, 'quantity'], message: 'Cantidad (línea 1): máximo 2 decimales' });
    expect(onlyIssue(validateInvoice(one({ quantity: 0 }), ctx))).toMatchObject({ code: 'invalid_value', message: 'Cantidad (línea 1): debe ser mayor que cero' });
    expect(validateInvoice(one({ quantity: 1.5 }, 1500), ctx)).toEqual({ ok: true });
  });

  it('price: at most 6 decimals, not negative; discount at most 2 decimals and not above the line', () => {
    expect(onlyIssue(validateInvoice(one({ price: 1.1234567 }), ctx))).toMatchObject({ code: 'invalid_amount', message: 'Precio unitario (línea 1): máximo 6 decimales' });
    expect(validateInvoice(one({ price: 1.123456 }, 1.12), ctx)).toEqual({ ok: true });
    expect(onlyIssue(validateInvoice(one({ price: -1 }), ctx)).code).toBe('invalid_amount');
    expect(onlyIssue(validateInvoice(one({ discount: 0.125 }), ctx))).toMatchObject({ code: 'invalid_amount', message: 'Descuento (línea 1): máximo 2 decimales' });
    expect(onlyIssue(validateInvoice(one({ discount: 1000.01 }), ctx))).toMatchObject({ code: 'invalid_amount', path: ['items', 0, 'discount'] });
  });

  it('a gift line (price 0) needs its base and who bears the IVA', () => {
    expect(codesOf(validateInvoice(one({ price: 0 }, 0), ctx))).toEqual(['parameter_required', 'parameter_required']);
    expect(validateInvoice(one({ price: 0, tax_base: 1000, taxpayer: 'Company' }, 0), ctx)).toEqual({ ok: true });
  });

  it('reads text numbers exactly and flags non-numbers', () => {
    expect(validateInvoice(one({ quantity: '2', price: '0.5' }, 1), ctx)).toEqual({ ok: true });
    expect(onlyIssue(validateInvoice(one({ quantity: 'dos' }), ctx))).toMatchObject({ code: 'invalid_type', message: 'Cantidad (línea 1): debe ser un número' });
  });
});

describe('validateInvoice: lines and taxes', () => {
  it('at least one line, at most 500', () => {
    expect(onlyIssue(validateInvoice(invoice({ items: [], payments: [{ id: PAY.cash, value: 0 }] }), ctx)).code).toBe('parameter_required');
    const many = Array.from({ length: 501 }, () => line({ price: 1 }));
    const result = validateInvoice(invoice({ items: many, payments: [{ id: PAY.cash, value: 501 }] }), ctx);
    expect(onlyIssue(result)).toMatchObject({ code: 'invalid_array', path: ['items'], message: 'Productos: máximo 500 líneas por documento (tiene 501)' });
  });

  it('taxes: at most 3, no repeated type, no IVA with AdValorem, no withholdings, known and active', () => {
    const taxed = (ids: number[]) => invoice({ items: [line({ taxes: ids.map((id) => ({ id })) })], payments: [{ id: PAY.cash, value: 1000 }] });
    const four = validateInvoice(taxed([TAX.iva19, TAX.inc8, TAX.adValorem, TAX.iva0]), ctx);
    expect(four.ok === false && four.issues[0]).toMatchObject({ code: 'invalid_array', message: 'Impuestos (línea 1): máximo 3 impuestos por producto' });
    const repeated = onlyIssue(validateInvoice(taxed([TAX.iva19, TAX.iva5]), ctx));
    expect(repeated).toMatchObject({ code: 'invalid_array', message: 'Impuestos (línea 1): el impuesto tipo IVA está repetido' });
    const ivaAdValorem = codesOf(validateInvoice(taxed([TAX.iva19, TAX.adValorem]), ctx));
    expect(ivaAdValorem).toEqual(['invalid_array']);
    expect(onlyIssue(validateInvoice(taxed([TAX.reteIva15]), ctx)).message).toMatch(/es una retención/);
    expect(onlyIssue(validateInvoice(taxed([1]), ctx))).toMatchObject({ code: 'invalid_reference', path: ['items', 0, 'taxes', 0, 'id'], message: 'Impuesto 1 (línea 1): no existe (1)' });
    expect(onlyIssue(validateInvoice(taxed([TAX.ivaInactive]), ctx)).code).toBe('parameter_inactive');
    // IVA 19% + Impoconsumo 8% on 1000 = 1270.
    expect(validateInvoice({ ...taxed([TAX.iva19, TAX.inc8]), payments: [{ id: PAY.cash, value: 1270 }] }, ctx)).toEqual({ ok: true });
  });
});

describe('validateInvoice: payments', () => {
  it('must equal the total to the cent; the message says the difference in pesos', () => {
    const short = onlyIssue(validateInvoice(invoice({ payments: [{ id: PAY.cash, value: 1130.49 }] }), ctx));
    expect(short).toMatchObject({ code: 'invalid_total_payments', path: ['payments'] });
    expect(short.message).toBe('Formas de pago: suman $ 1.130,49 pero el total a pagar de la factura es $ 1.130,50; faltan $ 0,01');
    const over = onlyIssue(validateInvoice(invoice({ payments: [{ id: PAY.cash, value: 1000 }, { id: PAY.debit, value: 1000 }] }), ctx));
    expect(over.message).toMatch(/sobran \$ 869,50$/);
    expect(validateInvoice(invoice({ payments: [{ id: PAY.cash, value: 130.5 }, { id: PAY.debit, value: 1000 }] }), ctx)).toEqual({ ok: true });
  });

  it('rounds per line and per tax like Siigo (half-cents up)', () => {
    const items = [
      line({ price: 1.005, taxes: [{ id: TAX.iva19 }] }),
      line({ price: 2.5, taxes: [{ id: TAX.iva19 }] }),
      line({ quantity: 3, price: 0.335, taxes: [{ id: TAX.iva5 }] }),
    ];
    expect(validateInvoice(invoice({ items, payments: [{ id: PAY.cash, value: 5.24 }] }), ctx)).toEqual({ ok: true });
    expect(onlyIssue(validateInvoice(invoice({ items, payments: [{ id: PAY.cash, value: 5.23 }] }), ctx)).code).toBe('invalid_total_payments');
  });

  it('payment values have at most 2 decimals and are not negative', () => {
    expect(onlyIssue(validateInvoice(invoice({ payments: [{ id: PAY.cash, value: 1130.501 }] }), ctx))).toMatchObject({
      code: 'invalid_amount', path: ['payments', 0, 'value'], message: 'Valor de la forma de pago 1: máximo 2 decimales',
    });
    expect(codesOf(validateInvoice(invoice({ payments: [{ id: PAY.cash, value: -1 }, { id: PAY.debit, value: 1131.5 }] }), ctx))).toEqual(['invalid_amount']);
  });

  it('payment types: known, offered for invoices, active', () => {
    expect(onlyIssue(validateInvoice(invoice({ payments: [{ id: 1, value: 1130.5 }] }), ctx)).code).toBe('invalid_reference');
    expect(onlyIssue(validateInvoice(invoice({ payments: [{ id: PAY.chequeInactive, value: 1130.5 }] }), ctx))).toMatchObject({ code: 'parameter_inactive', message: 'Forma de pago 1: «Cheque» está inactiva' });
    expect(onlyIssue(validateInvoice(invoice({ payments: [] }), ctx)).code).toBe('parameter_required');
  });

  it('a credit payment needs a due date and must be the only payment', () => {
    const noDue = onlyIssue(validateInvoice(invoice({ payments: [{ id: PAY.credit, value: 1130.5 }] }), ctx));
    expect(noDue).toMatchObject({ code: 'parameter_required', path: ['payments', 0, 'due_date'] });
    expect(noDue.message).toBe('Fecha de vencimiento (forma de pago 1, «Crédito»): es obligatorio');
    expect(validateInvoice(invoice({ payments: [{ id: PAY.credit, value: 1130.5, due_date: '2025-04-09' }] }), ctx)).toEqual({ ok: true });
    const mixed = validateInvoice(invoice({ payments: [{ id: PAY.cash, value: 130.5 }, { id: PAY.credit, value: 1000, due_date: '2025-04-09' }] }), ctx);
    expect(onlyIssue(mixed)).toMatchObject({ code: 'invalid_payment', path: ['payments', 1, 'id'] });
  });

  it('withholdings reduce what is payable (ReteIVA on the IVA, ReteICA on the subtotal)', () => {
    // Subtotal 950, IVA 180.50 → ReteIVA 15% = 27.08 (27.075), ReteICA 0.966% = 9.18 (9.177).
    const retentions = [{ id: TAX.reteIva15 }, { id: TAX.reteIca }];
    expect(validateInvoice(invoice({ retentions, payments: [{ id: PAY.cash, value: 1094.24 }] }), ctx)).toEqual({ ok: true });
    expect(onlyIssue(validateInvoice(invoice({ retentions: [{ id: TAX.iva19 }] }), ctx))).toMatchObject({ code: 'invalid_retentions', path: ['retentions', 0, 'id'] });
    expect(onlyIssue(validateInvoice(invoice({ retentions: [{ id: TAX.reteIca }, { id: TAX.reteIca }], payments: [{ id: PAY.cash, value: 1121.32 }] }), ctx)).code).toBe('invalid_retentions');
    const noIca = invoice({ document: { id: DOC.fvStrict }, cost_center: 235, items: [line({ seller: 629 })], retentions: [{ id: TAX.reteIca }], payments: [{ id: PAY.cash, value: 990.34 }] });
    expect(onlyIssue(validateInvoice(noIca, ctx)).message).toBe('Retención 1: este tipo de factura no maneja ReteICA');
  });

  it('an advance only where the document type allows it, not above the total', () => {
    expect(onlyIssue(validateInvoice(invoice({ advance_payment: 100 }), ctx)).code).toBe('document_settings');
    const strict = { document: { id: DOC.fvStrict }, cost_center: 235, items: [line({ seller: 629 })], payments: [{ id: PAY.cash, value: 1000 }] };
    expect(validateInvoice(invoice({ ...strict, advance_payment: 100 }), ctx)).toEqual({ ok: true });
    expect(onlyIssue(validateInvoice(invoice({ ...strict, advance_payment: 1000.01 }), ctx)).code).toBe('invalid_amount');
  });

  it('reports every problem of a draft at once', () => {
    const result = validateInvoice({
      document: { id: DOC.fvElectronic }, date: '2025-03-01', customer: { identification: '1' }, seller: 632,
      items: [line({ quantity: 1.234 }), line({ code: 'NOPE', taxes: [{ id: TAX.iva19 }, { id: TAX.iva5 }] })],
      payments: [{ id: PAY.credit, value: 10 }, { id: PAY.cash, value: 1.001 }],
    }, ctx);
    expect(codesOf(result)).toEqual([
      'invalid_date', 'invalid_reference', 'parameter_inactive', 'invalid_value', 'invalid_reference', 'invalid_array',
      'invalid_payment', 'parameter_required', 'invalid_amount',
    ]);
  });
});
