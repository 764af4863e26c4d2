/**
 * Credit notes: the app's validation and the sandbox (Siigo's rules, transcribed on their own)
 * must give the same Siigo code on the same field for each deliberately broken note, and both
 * accept the valid ones. The notes correct a paper invoice created in the sandbox first; what the
 * app knows of that invoice (its lines, earlier notes) is what its own database would hold.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../../src-main/siigo-sandbox';
import { type CreditNoteContext, siigoParam, validateCreditNote } from '../../../src-shared/validation';
import { type Mirror, openMirror } from './sandbox-mirror';

const T = DEMO_IDS.taxes;
const PAY = DEMO_IDS.paymentTypes;
const DOC = DEMO_IDS.documentTypes;
type Body = Record<string, unknown>;

let mirror: Mirror;
let invoice: { id: string; name: string; total: number; items: Array<{ code: string; quantity: number }> };
let sold: string;
let other: string;

beforeAll(async () => {
  mirror = await openMirror({ customers: 40, products: 60 });
  const store = mirror.sandbox.store;
  const stock = store.products.filter((p) => p.active && p.stock_control);
  sold = stock[0]!.code;
  other = stock[1]!.code;
  const customer = store.customers.find((c) => c.active && c.contacts.length > 0 && c.branch_office === 0)!;
  const res = await mirror.post('/v1/invoices', {
    document: { id: DOC.fvPaper }, date: mirror.invoice.today, customer: { identification: customer.identification, branch_office: 0 },
    seller: DEMO_IDS.users.main, items: [{ code: sold, quantity: 3, price: 1000, taxes: [{ id: T.iva19 }] }],
    payments: [{ id: PAY.cash, value: 3570 }],
  });
  expect(res.status).toBe(201);
  invoice = res.body;
});
afterAll(() => mirror.close());

/** What the app knows: the invoice's lines and the notes already made for it. */
function context(): CreditNoteContext {
  const notes = mirror.sandbox.store.creditNotesOf(invoice.id);
  const credited = notes.reduce((sum, n) => sum + n.total, 0);
  return {
    ...mirror.invoice,
    invoice: {
      id: invoice.id, name: invoice.name, electronic_type: 'NoElectronic',
      items: invoice.items.map((i) => ({ code: i.code, quantity: i.quantity })),
      returned: notes.flatMap((n) => n.items.map((i) => ({ code: i.code, quantity: i.quantity }))),
      remaining: Math.round((invoice.total - credited) * 100) / 100,
    },
  };
}

const note = (overrides: Body = {}): Body => ({
  document: { id: DOC.creditNotePaper },
  date: mirror.invoice.today,
  invoice: invoice.id,
  reason: 1,
  items: [{ code: sold, quantity: 1, price: 1000, taxes: [{ id: T.iva19 }] }],
  payments: [{ id: PAY.cash, value: 1190 }],
  ...overrides,
});

async function expectAgreement(body: Body, expectedCode?: string): Promise<void> {
  const app = validateCreditNote(body, context());
  const res = await mirror.post('/v1/credit-notes', body);
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
}

describe('app validation agrees with the sandbox: credit notes', () => {
  const valid: Array<[string, () => Body]> = [
    ['one unit back, refunded in cash', () => note()],
    ['one unit back at its price with IVA included', () => note({ items: [{ code: sold, quantity: 1, taxed_price: 1190, taxes: [{ id: T.iva19 }] }] })],
  ];
  for (const [name, body] of valid) it(`accepts: ${name}`, () => expectAgreement(body()));

  const broken: Array<[string, string, () => Body]> = [
    ['an invoice document type', 'invalid_document', () => note({ document: { id: DOC.fvPaper } })],
    ['an electronic note for a paper invoice', 'invalid_document', () => note({ document: { id: DOC.creditNote } })],
    ['an invoice id that is not a UUID', 'invalid_type', () => note({ invoice: 'FV-2-1' })],
    ['a reason outside the DIAN list', 'invalid_value', () => note({ reason: 5 })],
    ['a product the invoice did not sell', 'invalid_value', () => note({ items: [{ code: other, quantity: 1, price: 1000, taxes: [{ id: T.iva19 }] }] })],
    ['more units than are left to return', 'invalid_value', () => note({ items: [{ code: sold, quantity: 2, price: 1000, taxes: [{ id: T.iva19 }] }], payments: [{ id: PAY.cash, value: 2380 }] })],
    ['more money than is left to credit', 'values_limit', () => note({ items: [{ code: sold, quantity: 1, price: 100_000 }], payments: [{ id: PAY.cash, value: 100_000 }] })],
    ['payments a cent short', 'invalid_total_payments', () => note({ payments: [{ id: PAY.cash, value: 1189.99 }] })],
    ['a payment type not offered for credit notes', 'invalid_payment', () => note({ payments: [{ id: PAY.debitCard, value: 1190 }] })],
    ['a credit without its due date', 'parameter_required', () => note({ payments: [{ id: PAY.credit, value: 1190 }] })],
  ];
  for (const [name, code, body] of broken) it(`refuses with ${code}: ${name}`, () => expectAgreement(body(), code));
});
