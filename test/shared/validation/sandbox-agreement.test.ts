/**
 * The app's validation and the sandbox (Siigo's behaviour, independently transcribed) must agree:
 * each deliberately broken document is sent over real HTTP, and the app must report exactly the
 * Siigo error code the sandbox answers, on the same field (Siigo's `Params`); valid documents
 * pass both. The sandbox stops at the first error, so each broken case has a single defect.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../../src-main/siigo-sandbox';
import {
  type ValidationResult, nitCheckDigit, siigoParam, validateCustomer, validateInvoice, validateQuotation, validateVoucher,
} from '../../../src-shared/validation';
import { type Mirror, openMirror } from './sandbox-mirror';

const T = DEMO_IDS.taxes;
const PAY = DEMO_IDS.paymentTypes;
const DOC = DEMO_IDS.documentTypes;
type Body = Record<string, unknown>;
type Kind = 'invoice' | 'customer' | 'voucher' | 'quotation';
const PATHS: Record<Kind, string> = { invoice: '/v1/invoices', customer: '/v1/customers', voucher: '/v1/vouchers', quotation: '/v1/quotations' };

let mirror: Mirror;
beforeAll(async () => {
  mirror = await openMirror();
});
afterAll(() => mirror.close());

function validate(kind: Kind, body: unknown): ValidationResult {
  switch (kind) {
    case 'invoice': return validateInvoice(body, mirror.invoice);
    case 'customer': return validateCustomer(body, mirror.customer);
    case 'voucher': return validateVoucher(body, mirror.voucher);
    case 'quotation': return validateQuotation(body, mirror.quotation);
  }
}

/** Validates with the app first (the state the cashier sees), then sends to the sandbox. */
async function expectAgreement(kind: Kind, body: unknown, expectedCode?: string): Promise<void> {
  const app = validate(kind, body);
  const res = await mirror.post(PATHS[kind], body);
  if (res.status === 201) {
    expect(expectedCode, 'the sandbox accepted a case meant to fail').toBeUndefined();
    expect(app, 'the sandbox accepted it, the app must too').toEqual({ ok: true });
    return;
  }
  const error = res.body?.Errors?.[0] as { Code: string; Params: string[] } | undefined;
  expect(res.status).toBe(400);
  if (expectedCode) expect(error?.Code).toBe(expectedCode);
  expect(app.ok, `the sandbox answered ${error?.Code}; the app found nothing`).toBe(false);
  if (app.ok) return;
  expect([...new Set(app.issues.map((i) => i.code))], JSON.stringify(app.issues)).toEqual([error?.Code]);
  expect(app.issues.map((i) => siigoParam(i.path))).toContain(error?.Params[0]);
  for (const issue of app.issues) expect(issue.message).toMatch(/^[^:]+: \S/);
}

function goodCustomer(offset = 0) {
  const c = mirror.sandbox.store.customers.filter((x) => x.active && x.contacts.length > 0 && x.branch_office === 0)[offset];
  if (!c) throw new Error('no customer');
  return { identification: c.identification, branch_office: 0 };
}
const stockProduct = () => mirror.sandbox.store.products.find((p) => p.active && p.stock_control)!;
const service = () => mirror.sandbox.store.products.find((p) => p.active && !p.stock_control)!;
const inactiveProduct = () => mirror.sandbox.store.products.find((p) => !p.active)!;

describe('app validation agrees with the sandbox: invoices', () => {
  const line = (overrides: Body = {}) => ({ code: stockProduct().code, quantity: 10, price: 100, discount: 50, taxes: [{ id: T.iva19 }], ...overrides });
  const invoice = (overrides: Body = {}): Body => ({
    document: { id: DOC.fvPaper },
    date: mirror.invoice.today,
    customer: goodCustomer(),
    seller: DEMO_IDS.users.main,
    items: [line()],
    payments: [{ id: PAY.cash, value: 1130.5 }],
    ...overrides,
  });
  const withLine = (overrides: Body, value = 1130.5) => invoice({ items: [line(overrides)], payments: [{ id: PAY.cash, value }] });

  const valid: Array<[string, () => Body]> = [
    ['paper invoice, documented example', () => invoice()],
    ['electronic invoice dated today', () => invoice({ document: { id: DOC.fvElectronic }, stamp: { send: false } })],
    ['credit with due date', () => invoice({ payments: [{ id: PAY.credit, value: 1130.5, due_date: '2099-01-31' }] })],
    ['ReteIVA and ReteICA reduce the payable', () => invoice({ retentions: [{ id: T.reteIva15 }, { id: T.reteIca }], payments: [{ id: PAY.cash, value: 1094.24 }] })],
    ['warehouse on a stock product', () => withLine({ warehouse: DEMO_IDS.warehouses.downtown })],
    ['IVA + Impoconsumo, 6-decimal price, odd quantity', () => withLine({ quantity: 3.33, price: 1234.567891, discount: 10.01, taxes: [{ id: T.iva19 }, { id: T.impoconsumo8 }] }, 5207.32)],
    ['split payment cash + card', () => invoice({ payments: [{ id: PAY.cash, value: 130.5 }, { id: PAY.debitCard, value: 1000 }] })],
  ];
  for (const [name, body] of valid) it(`accepts: ${name}`, () => expectAgreement('invoice', body()));

  const broken: Array<[string, string, () => Body]> = [
    ['unknown document type', 'invalid_reference', () => invoice({ document: { id: 1 } })],
    ['a quotation document type', 'invalid_document', () => invoice({ document: { id: DOC.quotation } })],
    ['no document type', 'parameter_required', () => invoice({ document: undefined })],
    ['malformed date', 'invalid_date', () => invoice({ date: '2025-13-01' })],
    ['electronic invoice dated yesterday', 'invalid_date', () => invoice({ document: { id: DOC.fvElectronic }, date: '2020-01-02' })],
    ['unknown customer', 'invalid_reference', () => invoice({ customer: { identification: '1' + '0'.repeat(12) } })],
    ['inactive customer', 'parameter_inactive', () => invoice({ customer: { identification: mirror.sandbox.store.customers.find((c) => !c.active)!.identification, branch_office: mirror.sandbox.store.customers.find((c) => !c.active)!.branch_office } })],
    ['customer without contacts', 'customer_settings', () => {
      const c = mirror.sandbox.store.customers.find((x) => x.active && x.contacts.length === 0)!;
      return invoice({ customer: { identification: c.identification, branch_office: c.branch_office } });
    }],
    ['unknown seller', 'invalid_reference', () => invoice({ seller: 1 })],
    ['inactive seller', 'parameter_inactive', () => invoice({ seller: DEMO_IDS.users.inactive })],
    ['unknown cost center', 'invalid_cost_center', () => invoice({ cost_center: 9999 })],
    ['inactive cost center', 'parameter_inactive', () => invoice({ cost_center: DEMO_IDS.costCenters.inactive })],
    ['no items', 'parameter_required', () => invoice({ items: [] })],
    ['501 items', 'invalid_array', () => invoice({ items: Array.from({ length: 501 }, () => line({ quantity: 1, price: 1, discount: 0, taxes: [] })), payments: [{ id: PAY.cash, value: 501 }] })],
    ['code with a space', 'invalid_code', () => withLine({ code: 'P 001' })],
    ['unknown product', 'invalid_reference', () => withLine({ code: 'NO-EXISTE' })],
    ['inactive product', 'parameter_inactive', () => withLine({ code: inactiveProduct().code })],
    ['quantity with 3 decimals', 'invalid_value', () => withLine({ quantity: 1.125 })],
    ['quantity zero', 'invalid_value', () => withLine({ quantity: 0 })],
    ['price with 7 decimals', 'invalid_amount', () => withLine({ price: 1.1234567 })],
    ['negative price', 'invalid_amount', () => withLine({ price: -5 })],
    ['discount with 3 decimals', 'invalid_amount', () => withLine({ discount: 1.001 })],
    ['discount above the line', 'invalid_amount', () => withLine({ discount: 1000.01 })],
    ['four taxes', 'invalid_array', () => withLine({ taxes: [{ id: T.iva19 }, { id: T.impoconsumo8 }, { id: T.iva5 }, { id: T.iva0 }] })],
    ['two IVAs', 'invalid_array', () => withLine({ taxes: [{ id: T.iva19 }, { id: T.iva5 }] })],
    ['a withholding in a line', 'invalid_array', () => withLine({ taxes: [{ id: T.reteIca }] })],
    ['unknown tax', 'invalid_reference', () => withLine({ taxes: [{ id: 1 }] })],
    ['inactive tax', 'parameter_inactive', () => withLine({ taxes: [{ id: T.ivaInactive }] })],
    ['unknown warehouse', 'invalid_reference', () => withLine({ warehouse: 1 })],
    ['inactive warehouse', 'parameter_inactive', () => withLine({ warehouse: DEMO_IDS.warehouses.inactive })],
    ['warehouse on a service', 'product_settings', () => withLine({ code: service().code, warehouse: DEMO_IDS.warehouses.main })],
    ['IVA as a retention', 'invalid_retentions', () => invoice({ retentions: [{ id: T.iva19 }] })],
    ['repeated retention', 'invalid_retentions', () => invoice({ retentions: [{ id: T.reteIca }, { id: T.reteIca }] })],
    ['no payments', 'parameter_required', () => invoice({ payments: [] })],
    ['unknown payment type', 'invalid_reference', () => invoice({ payments: [{ id: 1, value: 1130.5 }] })],
    ['inactive payment type', 'parameter_inactive', () => invoice({ payments: [{ id: PAY.chequeInactive, value: 1130.5 }] })],
    ['payment with 3 decimals', 'invalid_amount', () => invoice({ payments: [{ id: PAY.cash, value: 1130.501 }] })],
    ['negative payment', 'invalid_amount', () => invoice({ payments: [{ id: PAY.cash, value: -1 }, { id: PAY.debitCard, value: 1131.5 }] })],
    ['credit without due date', 'parameter_required', () => invoice({ payments: [{ id: PAY.credit, value: 1130.5 }] })],
    ['credit mixed with cash', 'invalid_payment', () => invoice({ payments: [{ id: PAY.cash, value: 130.5 }, { id: PAY.credit, value: 1000, due_date: '2099-01-31' }] })],
    ['payments one cent short', 'invalid_total_payments', () => invoice({ payments: [{ id: PAY.cash, value: 1130.49 }] })],
    ['payments ignoring the retentions', 'invalid_total_payments', () => invoice({ retentions: [{ id: T.reteIva15 }] })],
  ];
  for (const [name, code, body] of broken) it(`rejects with ${code}: ${name}`, () => expectAgreement('invoice', body(), code));
});

describe('app validation agrees with the sandbox: quotations', () => {
  const quotation = (overrides: Body = {}): Body => ({
    document: { id: DOC.quotation }, date: '2024-06-01', customer: goodCustomer(), seller: DEMO_IDS.users.second,
    items: [{ code: stockProduct().code, quantity: 2.5, price: 999.999999, taxes: [{ id: T.iva5 }] }], ...overrides,
  });
  it('accepts a valid quotation', () => expectAgreement('quotation', quotation()));
  it('rejects an invoice document type', () => expectAgreement('quotation', quotation({ document: { id: DOC.fvPaper } }), 'invalid_document'));
  it('rejects a customer without contacts', () => {
    const c = mirror.sandbox.store.customers.find((x) => x.active && x.contacts.length === 0)!;
    return expectAgreement('quotation', quotation({ customer: { identification: c.identification, branch_office: c.branch_office } }), 'customer_settings');
  });
  it('rejects a quantity with 3 decimals', () => expectAgreement('quotation', quotation({ items: [{ code: stockProduct().code, quantity: 0.001, price: 1 }] }), 'invalid_value'));
});

describe('app validation agrees with the sandbox: customers', () => {
  let next = 0;
  const uniqueId = () => String(1_900_000_000 + next++);
  const person = (overrides: Body = {}): Body => ({
    person_type: 'Person', id_type: '13', identification: uniqueId(), name: ['Luz Marina', 'Cárdenas Ospina'],
    address: { address: 'Calle 45 # 12 - 30', city: { country_code: 'Co', state_code: '11', city_code: '11001' } },
    phones: [{ indicative: '57', number: '3104567890' }],
    contacts: [{ first_name: 'Luz Marina', last_name: 'Cárdenas', email: 'luz.cardenas@hotmail.com' }],
    related_users: { seller_id: DEMO_IDS.users.main },
    ...overrides,
  });
  const company = (nit: string, overrides: Body = {}): Body => person({ person_type: 'Company', id_type: '31', identification: nit, name: ['Distribuidora La 80 S.A.S.'], branch_office: 997, ...overrides });

  it('accepts a person', () => expectAgreement('customer', person()));
  it('accepts a company with its right check digit', () => expectAgreement('customer', company('900123456', { check_digit: '8' })));
  it('accepts a company without check digit', () => expectAgreement('customer', company('800197268')));

  const broken: Array<[string, string, () => Body]> = [
    ['a wrong NIT check digit', 'invalid_identification', () => company('890903938', { check_digit: '7' })],
    ['a cédula with letters', 'invalid_identification', () => person({ identification: '10366A4321' })],
    ['a cédula of 14 digits', 'invalid_identification', () => person({ identification: '12345678901234' })],
    ['an unknown id type', 'invalid_reference', () => person({ id_type: '77' })],
    ['a person with one name', 'invalid_array', () => person({ name: ['Luz Marina Cárdenas'] })],
    ['a company with two names', 'invalid_array', () => company('860034313', { name: ['Davivienda', 'S.A.'] })],
    ['a name over 100 characters', 'length_max', () => person({ name: ['L'.repeat(101), 'Cárdenas'] })],
    ['a wrong person type', 'invalid_type', () => person({ person_type: 'Natural' })],
    ['a wrong customer type', 'invalid_type', () => person({ type: 'Cliente' })],
    ['branch office 1000', 'invalid_value', () => person({ branch_office: 1000 })],
    ['a bad e-mail', 'invalid_email', () => person({ contacts: [{ first_name: 'Luz', email: 'luz@@hotmail.com' }] })],
    ['11 contacts', 'invalid_array', () => person({ contacts: Array.from({ length: 11 }, (_, i) => ({ first_name: `Contacto ${i}` })) })],
    ['a contact without first name', 'parameter_required', () => person({ contacts: [{ last_name: 'Cárdenas' }] })],
    ['an unknown fiscal responsibility', 'invalid_reference', () => person({ fiscal_responsibilities: [{ code: 'O-99' }] })],
    ['an unknown city', 'invalid_reference', () => person({ address: { address: 'Calle 1', city: { country_code: 'Co', state_code: '05', city_code: '05999' } } })],
    ['a city of another department', 'invalid_reference', () => person({ address: { address: 'Calle 1', city: { country_code: 'Co', state_code: '05', city_code: '11001' } } })],
    ['no city code', 'parameter_required', () => person({ address: { address: 'Calle 1', city: { country_code: 'Co', state_code: '11' } } })],
    ['an address over 256 characters', 'length_max', () => person({ address: { address: 'x'.repeat(257), city: { country_code: 'Co', state_code: '11', city_code: '11001' } } })],
    ['a phone with spaces', 'invalid_value', () => person({ phones: [{ number: '310 456 7890' }] })],
    ['a phone without number', 'parameter_required', () => person({ phones: [{ indicative: '57' }] })],
    ['an unknown seller', 'invalid_reference', () => person({ related_users: { seller_id: 1 } })],
    ['an existing identification and branch', 'already_exists', () => person({ identification: goodCustomer().identification, branch_office: 0 })],
  ];
  for (const [name, code, body] of broken) it(`rejects with ${code}: ${name}`, () => expectAgreement('customer', body(), code));

  it('is stricter on purpose: a customer without contacts is refused (its invoices would fail)', async () => {
    const body = person({ contacts: [] });
    const app = validateCustomer(body, mirror.customer);
    expect(app.ok === false && app.issues.map((i) => i.code)).toEqual(['customer_settings']);
    const created = await mirror.post('/v1/customers', body);
    expect(created.status).toBe(201);
    const res = await mirror.post('/v1/invoices', {
      document: { id: DOC.fvPaper }, date: mirror.invoice.today, customer: { identification: body['identification'] }, seller: DEMO_IDS.users.main,
      items: [{ code: stockProduct().code, quantity: 1, price: 1 }], payments: [{ id: PAY.cash, value: 1 }],
    });
    expect(res.body.Errors[0].Code).toBe('customer_settings');
  });

  it('computes the same NIT check digit as the sandbox', async () => {
    const nits = ['800197268', '890903938', '900123456', '860034313', '899999068', '830054539', '123', '9001234567', '1234567890123'];
    for (let i = 0; i < 40; i++) nits.push(String(700_000_000 + ((i * 7_919_113) % 299_999_999)));
    for (const nit of nits) {
      const res = await mirror.post('/v1/customers', company(nit, { branch_office: 998 }));
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      expect(res.body.check_digit).toBe(String(nitCheckDigit(nit)));
    }
  });
});

describe('app validation agrees with the sandbox: vouchers', () => {
  /** A seed credit invoice that still owes money, as the due a receipt pays. */
  function openDue(skip = 0) {
    const invoices = mirror.sandbox.store.invoices.filter((i) => i.balance > 1);
    const inv = invoices[skip];
    if (!inv) throw new Error('no open invoice in the seed');
    return {
      customer: { identification: inv.customer.identification, branch_office: inv.customer.branch_office },
      due: { prefix: inv.name.replace(/-\d+$/, ''), consecutive: inv.number, quote: 1, date: inv.payments.find((p) => p.due_date)?.due_date ?? inv.date },
      balance: inv.balance,
    };
  }
  const debt = (overrides: Body = {}, value = 1): Body => {
    const open = openDue();
    return {
      document: { id: DOC.receipt }, date: mirror.invoice.today, type: 'DebtPayment', customer: open.customer,
      items: [{ due: open.due, value }], payment: { id: PAY.cash, value }, ...overrides,
    };
  };

  it('accepts a debt payment within the balance', () => expectAgreement('voucher', debt({}, 1)));
  it('accepts an advance payment', () => expectAgreement('voucher', debt({ type: 'AdvancePayment', items: undefined, payment: { id: PAY.transfer, value: 50000 } })));

  const broken: Array<[string, string, () => Body]> = [
    ['a value above the balance', 'invalid_amount', () => { const b = openDue().balance + 0.01; return debt({ payment: { id: PAY.cash, value: b } }, b); }],
    ['items not adding up to the payment', 'invalid_total_payments', () => debt({ payment: { id: PAY.cash, value: 2 } })],
    ['an unknown due', 'invalid_reference', () => debt({ items: [{ due: { ...openDue().due, consecutive: 99999 }, value: 1 }] })],
    ['another customer\'s due', 'invalid_reference', () => {
      const other = mirror.sandbox.store.invoices.find((i) => i.customer.identification !== openDue().customer.identification)!;
      return debt({ items: [{ due: { prefix: other.name.replace(/-\d+$/, ''), consecutive: other.number, quote: 1, date: other.date }, value: 1 }] });
    }],
    ['the same due twice', 'invalid_array', () => debt({ items: [{ due: openDue().due, value: 1 }, { due: openDue().due, value: 1 }], payment: { id: PAY.cash, value: 2 } })],
    ['a credit payment type', 'invalid_payment', () => debt({ payment: { id: PAY.credit, value: 1 } })],
    ['an inactive payment type', 'parameter_inactive', () => debt({ payment: { id: PAY.chequeInactive, value: 1 } })],
    ['a zero payment', 'invalid_amount', () => debt({ type: 'AdvancePayment', items: undefined, payment: { id: PAY.cash, value: 0 } })],
    ['a payment in a detailed receipt', 'invalid_payment', () => debt({ type: 'Detailed', items: [{ account: { code: '11050501', movement: 'Debit' }, value: 1 }] })],
    ['an unknown receipt type', 'invalid_type', () => debt({ type: 'Abono' })],
    ['an invoice document type', 'invalid_document', () => debt({ document: { id: DOC.fvPaper } })],
  ];
  for (const [name, code, body] of broken) it(`rejects with ${code}: ${name}`, () => expectAgreement('voucher', body(), code));
});
