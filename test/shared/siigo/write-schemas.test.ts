import { describe, expect, it } from 'vitest';
import {
  authRequestSchema,
  customerCreateSchema,
  invoiceBatchCreateSchema,
  invoiceCreateSchema,
  invoiceMailRequestSchema,
  productCreateSchema,
  quotationCreateSchema,
  voucherCreateSchema,
} from '../../../src-shared/siigo';
import { minimalCustomerCreate, minimalInvoiceCreate, withChanges } from './fixtures';

describe('invoice create', () => {
  it('accepts a minimal invoice and one that creates its customer', () => {
    expect(invoiceCreateSchema.safeParse({ ...minimalInvoiceCreate, stamp: { send: true }, mail: { send: false } }).success).toBe(true);
    expect(invoiceCreateSchema.safeParse({ ...minimalInvoiceCreate, customer: minimalCustomerCreate }).success).toBe(true);
  });

  it.each([
    ['without seller', { seller: undefined }],
    ['without items', { items: [] }],
    ['without payments', { payments: undefined }],
    ['with a date in another format', { date: '10/07/2025' }],
    ['with an unknown key', { globaldiscounts: [] }],
    ['with stamp as a boolean', { stamp: true }],
    ['with a read-side line (discount object)', { items: [{ code: 'a', quantity: 1, price: 1, discount: { value: 1 } }] }],
    ['with a zero quantity', { items: [{ code: 'a', quantity: 0, price: 1 }] }],
  ])('rejects an invoice %s', (_label, patch) => {
    expect(invoiceCreateSchema.safeParse(withChanges(minimalInvoiceCreate, patch)).success).toBe(false);
  });

  it('batch: every invoice needs an idempotency key of at most 30 alphanumerics', () => {
    const invoice = { ...minimalInvoiceCreate, idempotency_key: '01J8Z6W9Q4X3K2M1N0P9R8S7T6' };
    expect(invoiceBatchCreateSchema.safeParse({ notification_url: 'https://x.co/hook', invoices: [invoice] }).success).toBe(true);
    const uuidKey = { ...invoice, idempotency_key: '4f9c2a1e-8b7d-4c3a-9e2f-1a2b3c4d5e6f' };
    expect(invoiceBatchCreateSchema.safeParse({ notification_url: 'https://x.co/hook', invoices: [uuidKey] }).success).toBe(false);
    expect(invoiceBatchCreateSchema.safeParse({ notification_url: 'http://x.co/hook', invoices: [invoice] }).success).toBe(false);
  });

  it('mail request', () => {
    expect(invoiceMailRequestSchema.safeParse({ mail_to: 'a@b.co', copy_to: 'c@d.co;e@f.co' }).success).toBe(true);
    expect(invoiceMailRequestSchema.safeParse({ mail_to: 'a@b.co', copy_to: 'c@d.co;nope' }).success).toBe(false);
    expect(invoiceMailRequestSchema.safeParse({ copy_to: 'c@d.co' }).success).toBe(false);
  });
});

describe('customer create', () => {
  it('accepts a person with two name parts and a company with one', () => {
    expect(customerCreateSchema.safeParse(minimalCustomerCreate).success).toBe(true);
    const company = { ...minimalCustomerCreate, person_type: 'Company', id_type: '31', check_digit: '7', name: ['Stark Industries SAS'] };
    expect(customerCreateSchema.safeParse(company).success).toBe(true);
  });

  it.each([
    ['a person with one name part', { name: ['Marcos Castillo'] }],
    ['a company with two name parts', { person_type: 'Company', name: ['Stark', 'Industries'] }],
    ['a lower-case person type', { person_type: 'person' }],
    ['the Blueprint sample\'s quoted person type', { person_type: "'Person'" }],
    ['no contacts', { contacts: undefined }],
    ['no address', { address: undefined }],
    ['a branch office as a string', { branch_office: '0' }],
    ['an identification with spaces', { identification: '13 832 081' }],
    ['a read-side id_type object', { id_type: { code: '13' } }],
  ])('rejects %s', (_label, patch) => {
    expect(customerCreateSchema.safeParse(withChanges(minimalCustomerCreate, patch)).success).toBe(false);
  });
});

describe('product create', () => {
  const product = { code: 'CAM-001', name: 'Camiseta', account_group: 1253, type: 'Product', prices: [{ currency_code: 'COP', price_list: [{ position: 1, value: 12000 }] }] };

  it('accepts a product', () => {
    expect(productCreateSchema.safeParse(product).success).toBe(true);
  });

  it.each([
    ['a code with a space', { code: 'CAM 001' }],
    ['no account group', { account_group: undefined }],
    ['price list position 13', { prices: [{ currency_code: 'COP', price_list: [{ position: 13, value: 1 }] }] }],
    ['an unknown type', { type: 'Gadget' }],
  ])('rejects %s', (_label, patch) => {
    expect(productCreateSchema.safeParse(withChanges(product, patch)).success).toBe(false);
  });
});

describe('quotation create', () => {
  const quotation = { document: { id: 24446 }, date: '2025-09-15', customer: { identification: '13832081' }, seller: 629, items: [{ code: 'Item-1', quantity: 1, price: 1069.77 }] };

  it('accepts a quotation and rejects invoice-only fields', () => {
    expect(quotationCreateSchema.safeParse(quotation).success).toBe(true);
    expect(quotationCreateSchema.safeParse({ ...quotation, payments: [{ id: 1, value: 1 }] }).success).toBe(false);
    expect(quotationCreateSchema.safeParse(withChanges(quotation, { seller: undefined })).success).toBe(false);
  });
});

describe('voucher create', () => {
  const base = { document: { id: 7714 }, date: '2021-04-22', customer: { identification: '13832081', branch_office: 0 } };
  const due = { prefix: 'FV-1', consecutive: 68, quote: 1, date: '2021-04-22' };

  it('accepts a debt payment with a single payment object', () => {
    const voucher = { ...base, type: 'DebtPayment', items: [{ due, value: 119000 }], payment: { id: 5636, value: 119000 } };
    expect(voucherCreateSchema.safeParse(voucher).success).toBe(true);
  });

  it.each([
    ['payments as an array', { type: 'DebtPayment', items: [{ due, value: 1 }], payment: [{ id: 5636, value: 1 }] }],
    ['the field table\'s "payments"', { type: 'DebtPayment', items: [{ due, value: 1 }], payments: { id: 5636, value: 1 } }],
    ['a debt payment without items', { type: 'DebtPayment', payment: { id: 5636, value: 1 } }],
    ['items on an advance payment', { type: 'AdvancePayment', items: [{ due, value: 1 }], payment: { id: 5636, value: 1 } }],
    ['a payment on a detailed voucher', { type: 'Detailed', items: [{ account: { code: '1105', movement: 'Debit' }, value: 1 }], payment: { id: 1, value: 1 } }],
    ['an unknown type', { type: 'Refund', payment: { id: 5636, value: 1 } }],
  ])('rejects %s', (_label, patch) => {
    expect(voucherCreateSchema.safeParse({ ...base, ...patch }).success).toBe(false);
  });
});

describe('auth request', () => {
  it('needs username and access_key, nothing else', () => {
    expect(authRequestSchema.safeParse({ username: 'sandbox@siigoapi.com', access_key: 'NDll' }).success).toBe(true);
    expect(authRequestSchema.safeParse({ username: 'sandbox@siigoapi.com' }).success).toBe(false);
    expect(authRequestSchema.safeParse({ username: 'a', access_key: 'b', password: 'c' }).success).toBe(false);
  });
});
