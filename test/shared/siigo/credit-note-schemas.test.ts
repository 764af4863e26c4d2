import { describe, expect, it } from 'vitest';
import {
  creditNoteCreateSchema,
  creditNotePdfSchema,
  creditNoteReasons,
  creditNoteSchema,
  creditNotesPageSchema,
  invoiceCreateSchema,
  invoiceItemWriteSchema,
  isCreditNoteReason,
} from '../../../src-shared/siigo';
import { minimalInvoiceCreate, withChanges } from './fixtures';

/** The Blueprint's CreditNoteIn attributes, with a real UUID for the invoice. */
const minimalCreditNoteCreate = {
  document: { id: 77775 },
  date: '2025-07-10',
  invoice: '302580df-838b-4531-b8bf-dd3c98b34059',
  reason: 1,
  items: [{ code: 'Item-1', quantity: 1, price: 1069.77, taxes: [{ id: 13156 }] }],
  payments: [{ id: 5636, value: 1273.03, due_date: '2021-03-19' }],
};

/** The Blueprint's CreditNoteOut attributes. */
const creditNoteRead = {
  id: '63f918c2-ca65-4edc-a7db-66bcdd5159fb',
  document: { id: 77775 },
  number: 22,
  name: 'NC-2-22',
  date: '2020-12-22',
  invoice: { id: '302580df-838b-4531-b8bf-dd3c98b34059', name: 'FV-2-20' },
  customer: { id: '6b6ceb28-b2eb-4b98-b3dd-26648a933c81', identification: '13832081', branch_office: 0 },
  cost_center: 235,
  total: 2546.05,
  seller: 629,
  observations: 'Observaciones',
  stamp: { status: 'Accepted', cude: '7eb8c882cd62daffded44b7d08668d04383b579c86b5bf23dcb3d601a2347bac07a7e08ae2c3602787bfaf91691449a6', observations: '', errors: '' },
  mail: { status: 'sent', observations: '' },
  items: [{ id: '63f918c2-ca65-4edc-a7db-66bcdd5159ps', code: 'Item-1', description: 'Camiseta de algodón', quantity: 2, price: 1069.77, total: 2546.05 }],
  payments: [{ id: 5636, name: 'Crédito', value: 2546.05, due_date: '2021-03-19' }],
  metadata: { created: '2020-06-15T03:33:17.208Z', last_updated: null },
};

describe('credit note create', () => {
  it('accepts the Blueprint fields, with stamp, mail, retentions and a tax-included line', () => {
    expect(creditNoteCreateSchema.safeParse(minimalCreditNoteCreate).success).toBe(true);
    const full = {
      ...minimalCreditNoteCreate,
      number: 23, cost_center: 235, retentions: [{ id: 13161 }], observations: 'Devolución', stamp: { send: true }, mail: { send: false },
      items: [{ code: 'Item-1', quantity: 1, taxed_price: 1273.03, warehouse: 1270, taxes: [{ id: 13156 }] }],
    };
    expect(creditNoteCreateSchema.safeParse(full).error?.issues ?? []).toEqual([]);
  });

  it.each([
    ['without invoice', { invoice: undefined }],
    ['with an invoice that is not a UUID', { invoice: 'FV-2-20' }],
    ['without reason', { reason: undefined }],
    ['with reason 5 (in the field table, not in the DIAN list)', { reason: 5 }],
    ['with reason as text', { reason: '2' }],
    ['without items', { items: [] }],
    ['without payments', { payments: [] }],
    ['with invoice_data (invoices outside Siigo are not modelled)', { invoice_data: { date: '2024-03-20' } }],
    ['with a line without any price', { items: [{ code: 'Item-1', quantity: 1 }] }],
    ['with a seller per line', { items: [{ code: 'Item-1', quantity: 1, price: 1, seller: 629 }] }],
  ])('rejects a note %s', (_label, patch) => {
    expect(creditNoteCreateSchema.safeParse(withChanges(minimalCreditNoteCreate, patch)).success).toBe(false);
  });

  it('lists the DIAN reasons of the Blueprint table, in Spanish', () => {
    expect(Object.keys(creditNoteReasons).map(Number)).toEqual([1, 2, 3, 4, 6, 7]);
    expect(creditNoteReasons[2]).toBe('Anulación de factura electrónica');
    expect(isCreditNoteReason(6)).toBe(true);
    expect(isCreditNoteReason(5)).toBe(false);
    expect(isCreditNoteReason('1')).toBe(false);
  });
});

describe('credit note read', () => {
  it('parses the Blueprint shape: the DIAN code is the CUDE', () => {
    const note = creditNoteSchema.parse({ ...creditNoteRead, brand_new_field: 1 });
    expect(note.stamp?.cude).toMatch(/^7eb8/);
    expect(note.stamp?.cufe).toBeUndefined();
    expect(note.invoice?.name).toBe('FV-2-20');
    expect(note['brand_new_field']).toBe(1);
    // A stamp with `cufe` (as some answers carry) reads too.
    expect(creditNoteSchema.safeParse({ ...creditNoteRead, stamp: { status: 'Draft', cufe: null } }).success).toBe(true);
  });

  it('refuses an answer without the fields the app needs', () => {
    expect(creditNoteSchema.safeParse(withChanges(creditNoteRead, { id: undefined })).success).toBe(false);
    expect(creditNoteSchema.safeParse(withChanges(creditNoteRead, { total: undefined })).success).toBe(false);
  });

  it('pages and PDFs', () => {
    const page = { pagination: { page: 1, page_size: 25, total_results: 1 }, results: [creditNoteRead], _links: { self: { href: 'x' } } };
    expect(creditNotesPageSchema.parse(page).results).toHaveLength(1);
    expect(creditNotePdfSchema.safeParse({ id: creditNoteRead.id, base64: 'Y29udGVuaWRvIGRlbCBwZGY=' }).success).toBe(true);
  });
});

describe('taxed_price on invoice lines', () => {
  it('replaces price; one of the two is required, with a clear message', () => {
    expect(invoiceItemWriteSchema.safeParse({ code: 'Item-1', quantity: 1, taxed_price: 10_000 }).success).toBe(true);
    expect(invoiceItemWriteSchema.safeParse({ code: 'Item-1', quantity: 1, price: 8403.36, taxed_price: 10_000 }).success).toBe(true);
    const none = invoiceItemWriteSchema.safeParse({ code: 'Item-1', quantity: 1 });
    expect(none.error?.issues).toMatchObject([{ path: ['price'], message: 'An item needs price, or taxed_price (price with IVA included)' }]);
    const invoice = withChanges(minimalInvoiceCreate, { items: [{ code: 'Item-1', quantity: 1, taxes: [{ id: 13156 }] }] });
    expect(invoiceCreateSchema.safeParse(invoice).error?.issues[0]?.path).toEqual(['items', 0, 'price']);
  });
});
