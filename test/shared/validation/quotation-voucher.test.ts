import { describe, expect, it } from 'vitest';
import { validateQuotation, validateVoucher } from '../../../src-shared/validation';
import { CUSTOMER, DOC, PAY, TAX, TODAY, codesOf, onlyIssue, quotationContext, voucherContext } from './fixtures';

const quotation = (overrides: Record<string, unknown> = {}) => ({
  document: { id: DOC.quotation },
  date: TODAY,
  customer: { identification: CUSTOMER.company },
  seller: 629,
  items: [{ code: 'P00001', quantity: 2.5, price: 1234.567891, taxes: [{ id: TAX.iva19 }] }],
  ...overrides,
});

describe('validateQuotation', () => {
  it('accepts a quotation, with any date', () => {
    expect(validateQuotation(quotation(), quotationContext)).toEqual({ ok: true });
    expect(validateQuotation(quotation({ date: '2024-12-01' }), quotationContext)).toEqual({ ok: true });
  });

  it('needs a quotation document type, a customer with contacts and a seller', () => {
    expect(onlyIssue(validateQuotation(quotation({ document: { id: DOC.fvPaper } }), quotationContext))).toMatchObject({
      code: 'invalid_document', message: `Tipo de comprobante: el comprobante ${DOC.fvPaper} no es de cotización`,
    });
    expect(onlyIssue(validateQuotation(quotation({ customer: { identification: CUSTOMER.noContacts } }), quotationContext)).code).toBe('customer_settings');
    expect(onlyIssue(validateQuotation(quotation({ seller: undefined }), quotationContext))).toMatchObject({ code: 'parameter_required', message: 'Vendedor: es obligatorio' });
  });

  it('applies the line rules of invoices', () => {
    const items = [
      { code: 'P00001', quantity: 1.111, price: 1 },
      { code: 'P00001', quantity: 1, price: 1, taxes: [{ id: TAX.iva19 }, { id: TAX.adValorem }] },
      { code: 'P 1', quantity: 1, price: 1 },
    ];
    expect(codesOf(validateQuotation(quotation({ items }), quotationContext))).toEqual(['invalid_value', 'invalid_array', 'invalid_code']);
  });
});

const debt = (overrides: Record<string, unknown> = {}) => ({
  document: { id: DOC.receipt },
  date: TODAY,
  type: 'DebtPayment',
  customer: { identification: CUSTOMER.company, branch_office: 0 },
  items: [
    { due: { prefix: 'FV-1', consecutive: 68, quote: 1, date: '2025-04-22' }, value: 100000 },
    { due: { prefix: 'FV-1', consecutive: 70, quote: 1, date: '2025-04-22' }, value: 50000.5 },
  ],
  payment: { id: PAY.cash, value: 150000.5 },
  ...overrides,
});

describe('validateVoucher', () => {
  it('accepts a debt payment that pays known dues within their balance', () => {
    expect(validateVoucher(debt(), voucherContext)).toEqual({ ok: true });
  });

  it('a due: must be the customer\'s, not paid twice, not above its balance', () => {
    const above = onlyIssue(validateVoucher(debt({
      items: [{ due: { prefix: 'FV-1', consecutive: 70, quote: 1, date: '2025-04-22' }, value: 50000.51 }], payment: { id: PAY.cash, value: 50000.51 },
    }), voucherContext));
    expect(above).toMatchObject({ code: 'invalid_amount', path: ['items', 0, 'value'] });
    expect(above.message).toBe('Valor abonado (factura a pagar 1): $ 50.000,51 supera el saldo de la factura FV-1-70 ($ 50.000,50)');
    const other = onlyIssue(validateVoucher(debt({
      items: [{ due: { prefix: 'FV-1', consecutive: 71, quote: 1, date: '2025-04-22' }, value: 10 }], payment: { id: PAY.cash, value: 10 },
    }), voucherContext));
    expect(other).toMatchObject({ code: 'invalid_reference', path: ['items', 0, 'due'], message: 'Factura a pagar 1: el cliente no tiene pendiente la factura FV-1-71' });
    const twice = validateVoucher(debt({
      items: [
        { due: { prefix: 'FV-1', consecutive: 68, quote: 1, date: '2025-04-22' }, value: 10 },
        { due: { prefix: 'FV-1', consecutive: 68, quote: 1, date: '2025-04-22' }, value: 10 },
      ],
      payment: { id: PAY.cash, value: 20 },
    }), voucherContext);
    expect(onlyIssue(twice)).toMatchObject({ code: 'invalid_array', path: ['items', 1, 'due'] });
  });

  it('the items must add up to the payment', () => {
    const issue = onlyIssue(validateVoucher(debt({ payment: { id: PAY.cash, value: 150000 } }), voucherContext));
    expect(issue).toMatchObject({ code: 'invalid_total_payments', path: ['payment', 'value'] });
    expect(issue.message).toBe('Valor recibido: es $ 150.000 pero las facturas abonadas suman $ 150.000,50');
  });

  it('payment type must be offered for receipts, active; value positive with 2 decimals', () => {
    expect(onlyIssue(validateVoucher(debt({ payment: { id: PAY.credit, value: 150000.5 } }), voucherContext))).toMatchObject({
      code: 'invalid_payment', message: 'Forma de pago: «Crédito» no se puede usar en recibo de caja',
    });
    expect(onlyIssue(validateVoucher(debt({ payment: { id: PAY.chequeInactive, value: 150000.5 } }), voucherContext)).code).toBe('parameter_inactive');
    expect(onlyIssue(validateVoucher(debt({ payment: { id: PAY.cash, value: 150000.505 } }), voucherContext)).code).toBe('invalid_amount');
    const advance = { ...debt({ type: 'AdvancePayment', items: undefined }) };
    expect(validateVoucher(advance, voucherContext)).toEqual({ ok: true });
    expect(onlyIssue(validateVoucher({ ...advance, payment: { id: PAY.cash, value: 0 } }, voucherContext))).toMatchObject({ code: 'invalid_amount', message: 'Valor recibido: debe ser mayor que cero' });
  });

  it('an advance has no invoices; a detailed receipt has no payment', () => {
    expect(onlyIssue(validateVoucher(debt({ type: 'AdvancePayment' }), voucherContext))).toMatchObject({ code: 'invalid_array', path: ['items'] });
    const detailed = debt({ type: 'Detailed', items: [{ account: { code: '11050501', movement: 'Debit' }, value: 10 }] });
    expect(onlyIssue(validateVoucher(detailed, voucherContext))).toMatchObject({ code: 'invalid_payment', path: ['payment'] });
    expect(validateVoucher({ ...detailed, payment: undefined }, voucherContext)).toEqual({ ok: true });
  });

  it('type, document type, customer and due fields', () => {
    expect(onlyIssue(validateVoucher(debt({ type: 'Abono' }), voucherContext)).code).toBe('invalid_type');
    expect(onlyIssue(validateVoucher(debt({ document: { id: DOC.fvPaper } }), voucherContext)).code).toBe('invalid_document');
    expect(onlyIssue(validateVoucher(debt({ customer: { identification: CUSTOMER.inactive } }), voucherContext)).code).toBe('parameter_inactive');
    const noDate = validateVoucher(debt({ items: [{ due: { prefix: 'FV-1', consecutive: 68, quote: 1 }, value: 100 }], payment: { id: PAY.cash, value: 100 } }), voucherContext);
    expect(onlyIssue(noDate)).toMatchObject({ code: 'parameter_required', path: ['items', 0, 'due', 'date'] });
  });
});
