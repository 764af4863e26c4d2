import { describe, expect, it } from 'vitest';
import { validateInvoice, validateQuotation } from '../../../src-shared/validation';
import { CUSTOMER, DOC, PAY, TAX, TODAY, codesOf, invoice, invoiceContext, onlyIssue, quotationContext } from './fixtures';

const oneLine = (item: Record<string, unknown>, value: number) =>
  invoice({ items: [{ code: 'P00001', quantity: 1, ...item }], payments: [{ id: PAY.cash, value }] });

describe('invoice lines priced with IVA included (taxed_price)', () => {
  it('are totalled by the taxed-price rule: the buyer pays the shelf price', () => {
    expect(validateInvoice(oneLine({ taxed_price: 10_000, taxes: [{ id: TAX.iva19 }] }, 10_000), invoiceContext)).toEqual({ ok: true });
    expect(onlyIssue(validateInvoice(oneLine({ taxed_price: 10_000, taxes: [{ id: TAX.iva19 }] }, 10_000.01), invoiceContext)).code).toBe('invalid_total_payments');
    // IVA + Impoconsumo, 3 units, a discount: 3 × 12 700 − 700 = 37 400.
    const mixed = invoice({
      items: [
        { code: 'P00001', quantity: 3, taxed_price: 12_700, discount: 700, taxes: [{ id: TAX.iva19 }, { id: TAX.inc8 }] },
        { code: 'P00001', quantity: 10, price: 100, discount: 50, taxes: [{ id: TAX.iva19 }] },
      ],
      payments: [{ id: PAY.cash, value: 38_530.5 }],
    });
    expect(validateInvoice(mixed, invoiceContext)).toEqual({ ok: true });
  });

  it('taxed_price replaces price, has at most 6 decimals and is not negative', () => {
    // Siigo does not read price when taxed_price is sent.
    expect(validateInvoice(oneLine({ price: 'nada', taxed_price: 1190.123456, taxes: [{ id: TAX.iva19 }] }, 1190.12), invoiceContext)).toEqual({ ok: true });
    expect(onlyIssue(validateInvoice(oneLine({ taxed_price: 1190.1234567 }, 1190.12), invoiceContext))).toMatchObject({
      code: 'invalid_amount', path: ['items', 0, 'taxed_price'], message: 'Precio con IVA incluido (línea 1): máximo 6 decimales',
    });
    expect(onlyIssue(validateInvoice(oneLine({ taxed_price: -1 }, 0), invoiceContext))).toMatchObject({
      code: 'invalid_amount', message: 'Precio con IVA incluido (línea 1): no puede ser negativo',
    });
  });

  it('a line with neither price is refused on its price', () => {
    expect(onlyIssue(validateInvoice(oneLine({}, 0), invoiceContext))).toMatchObject({
      code: 'parameter_required', path: ['items', 0, 'price'], message: 'Precio unitario (línea 1): es obligatorio',
    });
  });
});

describe('a discount larger than its line', () => {
  it('is refused on that line, on invoices', () => {
    expect(onlyIssue(validateInvoice(oneLine({ price: 1000, discount: 1000.01 }, 0), invoiceContext))).toMatchObject({
      code: 'invalid_amount', path: ['items', 0, 'discount'], message: 'Descuento (línea 1): no puede ser mayor que el valor de la línea ($ 1.000)',
    });
    expect(validateInvoice(oneLine({ price: 1000, discount: 1000 }, 0), invoiceContext)).toEqual({ ok: true });
    // With IVA included, the line's value is quantity × taxed price.
    expect(onlyIssue(validateInvoice(oneLine({ quantity: 2, taxed_price: 500, discount: 1001, taxes: [{ id: TAX.iva19 }] }, 0), invoiceContext)).message)
      .toBe('Descuento (línea 1): no puede ser mayor que el valor de la línea ($ 1.000)');
  });

  it('is refused on that line, on quotations, and only there', () => {
    const quotation = {
      document: { id: DOC.quotation }, date: TODAY, customer: { identification: CUSTOMER.company }, seller: 629,
      items: [{ code: 'P00001', quantity: 2, price: 100 }, { code: 'P00001', quantity: 1, price: 100, discount: 150 }],
    };
    const issue = onlyIssue(validateQuotation(quotation, quotationContext));
    expect(issue).toMatchObject({ code: 'invalid_amount', path: ['items', 1, 'discount'], message: 'Descuento (línea 2): no puede ser mayor que el valor de la línea ($ 100)' });
  });

  it('quotations have no taxed_price: their lines still need a price', () => {
    const quotation = {
      document: { id: DOC.quotation }, date: TODAY, customer: { identification: CUSTOMER.company }, seller: 629,
      items: [{ code: 'P00001', quantity: 1, taxed_price: 1190 }],
    };
    expect(codesOf(validateQuotation(quotation, quotationContext))).toEqual(['parameter_required']);
  });
});
