import { describe, expect, it } from 'vitest';
import {
  authResponseSchema,
  costCentersResponseSchema,
  customerSchema,
  documentTypesResponseSchema,
  invoicePdfSchema,
  invoiceSchema,
  invoicesPageSchema,
  isKnownStampStatus,
  paginatedSchema,
  paymentTypesResponseSchema,
  productSchema,
  quotationSchema,
  siigoErrorBodySchema,
  stampErrorsSchema,
  taxesResponseSchema,
  usersResponseSchema,
  userSchema,
  voucherSchema,
} from '../../../src-shared/siigo';
import { minimalCustomerRead, minimalInvoiceRead, minimalProductRead, withChanges } from './fixtures';

describe('invoice read', () => {
  it('keeps unknown fields and accepts null where Siigo sends null', () => {
    const invoice = invoiceSchema.parse({
      ...minimalInvoiceRead,
      brand_new_field: { nested: true },
      observations: null,
      stamp: { status: 'Accepted', cufe: 'abc', errors: null },
    });
    expect(invoice['brand_new_field']).toEqual({ nested: true });
    expect(invoice.observations).toBeNull();
  });

  it('accepts an unknown stamp status but reports it as unknown', () => {
    const invoice = invoiceSchema.parse({ ...minimalInvoiceRead, stamp: { status: 'InProcess' } });
    expect(invoice.stamp?.status).toBe('InProcess');
    expect(isKnownStampStatus('InProcess')).toBe(false);
    expect(isKnownStampStatus('Rejected')).toBe(true);
  });

  it.each([
    ['without id', { id: undefined }],
    ['without name', { name: undefined }],
    ['without total', { total: undefined }],
    ['with total as a string', { total: '1190' }],
    ['with id as a number', { id: 42 }],
    ['with items not an array', { items: { code: 'x' } }],
    ['with a stamp without status', { stamp: { cufe: 'abc' } }],
  ])('fails %s', (_label, patch) => {
    expect(invoiceSchema.safeParse(withChanges(minimalInvoiceRead, patch)).success).toBe(false);
  });

  it('a page whose results are not an array fails', () => {
    const page = { pagination: { page: 1, page_size: 25, total_results: 1 }, results: minimalInvoiceRead };
    expect(invoicesPageSchema.safeParse(page).success).toBe(false);
  });

  it('a page without pagination fails; _links are optional', () => {
    expect(invoicesPageSchema.safeParse({ results: [minimalInvoiceRead] }).success).toBe(false);
    const page = invoicesPageSchema.parse({
      pagination: { page: 1, page_size: 25, total_results: 1 },
      results: [minimalInvoiceRead],
    });
    expect(page.results[0]?.name).toBe('FV-2-22');
  });

  it('an error body is not a page', () => {
    const errorBody = { Status: 400, Errors: [{ Code: 'invalid_type', Message: 'bad' }] };
    expect(invoicesPageSchema.safeParse(errorBody).success).toBe(false);
    expect(siigoErrorBodySchema.parse(errorBody).Errors[0]?.Code).toBe('invalid_type');
  });

  it('pdf and stamp errors need their payload', () => {
    expect(invoicePdfSchema.safeParse({ id: 'x' }).success).toBe(false);
    expect(invoicePdfSchema.parse({ id: 'x', base64: 'JVBERi0=' }).base64).toBe('JVBERi0=');
    const errors = stampErrorsSchema.parse({ id: 'x', errors: [{ message: 'Regla: FAD06' }, { code: 'E1', message: 'm' }] });
    expect(errors.errors).toHaveLength(2);
    expect(stampErrorsSchema.safeParse({ id: 'x', errors: 'Regla: FAD06' }).success).toBe(false);
  });
});

describe('customer read', () => {
  it('keeps unknown fields', () => {
    expect(customerSchema.parse({ ...minimalCustomerRead, extra: 1 })['extra']).toBe(1);
  });

  it.each([
    ['without id', { id: undefined }],
    ['without identification', { identification: undefined }],
    ['with identification as a number', { identification: 13832081 }],
    ['with name as a string', { name: 'Marcos Castillo' }],
    ['with id_type as a bare code', { id_type: '13' }],
  ])('fails %s', (_label, patch) => {
    expect(customerSchema.safeParse(withChanges(minimalCustomerRead, patch)).success).toBe(false);
  });
});

describe('product read', () => {
  it('keeps unknown fields and reads stock and barcode', () => {
    const product = productSchema.parse({
      ...minimalProductRead,
      available_quantity: 3,
      warehouses: [{ id: 1270, name: 'Bodega principal', quantity: 3 }],
      additional_fields: { barcode: '7701234567890', brand: null },
      new_flag: true,
    });
    expect(product.additional_fields?.barcode).toBe('7701234567890');
    expect(product['new_flag']).toBe(true);
  });

  it.each([
    ['without id', { id: undefined }],
    ['without code', { code: undefined }],
    ['without name', { name: undefined }],
    ['with a price value as a string', { prices: [{ currency_code: 'COP', price_list: [{ position: 1, value: '12000' }] }] }],
  ])('fails %s', (_label, patch) => {
    expect(productSchema.safeParse(withChanges(minimalProductRead, patch)).success).toBe(false);
  });
});

describe('quotation and voucher read', () => {
  const quotation = { id: 'q1', name: 'C-1-22', date: '2025-09-15', total: 2546.05 };
  const voucher = { id: 'v1', name: 'RC-1-22', date: '2021-04-22', type: 'DebtPayment', payment: { id: 5636, value: 119000 } };

  it('parse and keep unknown fields', () => {
    expect(quotationSchema.parse({ ...quotation, x: 1 })['x']).toBe(1);
    expect(voucherSchema.parse({ ...voucher, x: 1 }).payment?.value).toBe(119000);
  });

  it('fail without their required fields', () => {
    expect(quotationSchema.safeParse(withChanges(quotation, { total: undefined })).success).toBe(false);
    expect(voucherSchema.safeParse(withChanges(voucher, { id: undefined })).success).toBe(false);
    expect(voucherSchema.safeParse({ ...voucher, payment: [{ id: 1, value: 2 }] }).success).toBe(false);
  });
});

describe('catalogs and auth', () => {
  it('users come paginated or as a plain array', () => {
    const user = { id: 35071, username: 'u@x.co', first_name: 'David', last_name: 'Yepes', email: 'u@x.co', active: true, identification: '1' };
    expect(usersResponseSchema.parse([user])).toHaveLength(1);
    const page = usersResponseSchema.parse({ pagination: { page: 1, page_size: 25, total_results: 1 }, results: [user] });
    expect(Array.isArray(page)).toBe(false);
    expect(usersResponseSchema.safeParse({ results: 'nope' }).success).toBe(false);
    expect(userSchema.safeParse({ ...user, id: '35071' }).success).toBe(false);
  });

  it('plain-array catalogs parse and reject a wrapped answer', () => {
    expect(taxesResponseSchema.parse([{ id: 13156, name: 'IVA 19%', type: 'IVA', percentage: 19, active: true }])).toHaveLength(1);
    expect(taxesResponseSchema.safeParse([{ id: 13156, name: 'IVA 19%', type: 'IVA' }]).success).toBe(false);
    expect(paymentTypesResponseSchema.parse([{ id: 5636, name: 'Crédito', type: 'Cartera', active: true, due_date: true }])).toHaveLength(1);
    expect(costCentersResponseSchema.parse([{ id: 25732, code: '13-1', name: 'Principal', active: true }])).toHaveLength(1);
    const documentType = {
      id: 24446, code: '1', name: 'Factura', type: 'FV', active: true, seller_by_item: false, cost_center: false,
      cost_center_mandatory: false, automatic_number: true, consecutive: 3, discount_type: 'Percentage', decimals: true,
      advance_payment: false, reteiva: true, reteica: true, self_withholding: false, self_withholding_limit: 0,
      electronic_type: 'ElectronicInvoice', cargo_transportation: false, healthcare_company: false, customer_by_item: false,
    };
    expect(documentTypesResponseSchema.parse([documentType])[0]?.electronic_type).toBe('ElectronicInvoice');
    expect(documentTypesResponseSchema.safeParse(paginatedSchema(taxesResponseSchema.element).parse({
      pagination: { page: 1, page_size: 1, total_results: 0 }, results: [],
    })).success).toBe(false);
  });

  it('auth response: expires_in in seconds is required', () => {
    const auth = authResponseSchema.parse({ access_token: 'eyJ', expires_in: 86400, token_type: 'Bearer', scope: 'SiigoAPI' });
    expect(auth.expires_in).toBe(86400);
    expect(authResponseSchema.safeParse({ access_token: 'eyJ' }).success).toBe(false);
    expect(authResponseSchema.safeParse({ access_token: 'eyJ', expires_in: '86400' }).success).toBe(false);
  });
});
