import type { CashDocument } from '../../../src-shared/cash/cash-document';
import type { CashMovement, CashSession } from '../../../src-shared/cash/session-types';
import type { ZReportInput } from '../../../src-shared/cash/z-report';

/**
 * A morning at a hardware store counter, every figure worked out by hand in z-report.test.ts.
 * Catalog ids look like Siigo's; the drawer's method is "Efectivo" (100).
 */
export const CASH = 100;
export const CARD = 101;
export const CREDIT = 102;
export const NEQUI = 103;
const FV = 24446;
const NC = 25000;
const RC = 26000;
const IVA19 = 13156;
const IVA5 = 13157;
const INC8 = 13160;

export const catalogs: ZReportInput['catalogs'] = {
  paymentTypes: [
    { id: CASH, name: 'Efectivo', due_date: false, active: true },
    { id: CARD, name: 'Tarjeta débito', due_date: false, active: true },
    { id: CREDIT, name: 'Crédito', due_date: true, active: true },
    { id: NEQUI, name: 'Transferencia Nequi', due_date: false, active: true },
  ],
  taxes: [
    { id: IVA19, name: 'IVA 19%', percentage: 19 },
    { id: IVA5, name: 'IVA 5%', percentage: 5 },
    { id: INC8, name: 'Impoconsumo', percentage: 8 },
  ],
  documentTypes: [{ id: FV, discount_type: 'Value' }, { id: NC, discount_type: 'Value' }, { id: RC }],
};

export const session: CashSession = {
  id: '01JSESSION0000000000000000',
  state: 'open',
  cashier: { id: 7, name: 'Marta Gómez' },
  // 08:00 in Bogotá.
  openedAt: '2025-03-14T13:00:00.000Z',
  openingFloat: '100000.00',
  closedAt: null,
  closing: null,
};

let minute = 0;
function doc(kind: string, state: string, body: unknown, number: { prefix: string; number: number } | null, summary: CashDocument['summary'] = {}): CashDocument {
  minute += 1;
  return {
    id: `doc-${minute}`,
    kind,
    state,
    createdAt: `2025-03-14T14:${String(minute).padStart(2, '0')}:00.000Z`,
    body,
    siigo: number ? { ...number, name: `${number.prefix}-${number.number}` } : null,
    summary,
  };
}

const sale = (items: unknown[], payments: Array<{ id: number; value: number }>) => ({ document: { id: FV }, date: '2025-03-14', items, payments });
const note = (items: unknown[], payments: Array<{ id: number; value: number }>) => ({ document: { id: NC }, date: '2025-03-14', invoice: 'x', reason: 1, items, payments });
const receipt = (payment: { id: number; value: number }) => ({ document: { id: RC }, date: '2025-03-14', type: 'DebtPayment', payment });

export const documents: CashDocument[] = [
  // A: 2 × 10.000 + IVA 19 % = 23.800, cash.
  doc('invoice', 'sent', sale([{ code: 'TOR-10', quantity: 2, price: 10000, taxes: [{ id: IVA19 }] }], [{ id: CASH, value: 23800 }]), { prefix: 'FV-1', number: 101 }),
  // B: 11.900 with IVA in (base 10.000, IVA 1.900) + 3 × 5.000 untaxed = 26.900, card.
  doc(
    'invoice',
    'sent',
    sale(
      [
        { code: 'PIN-1', quantity: 1, taxed_price: 11900, taxes: [{ id: IVA19 }] },
        { code: 'LIB-3', quantity: 3, price: 5000, taxes: [] },
      ],
      [{ id: CARD, value: 26900 }],
    ),
    { prefix: 'FV-1', number: 102 },
  ),
  // C: 50.000 − 2.000 discount = 48.000 + IVA 5 % 2.400 = 50.400, split 20.400 cash + 30.000 Nequi.
  doc('invoice', 'sent', sale([{ code: 'CEM-50', quantity: 1, price: 50000, discount: 2000, taxes: [{ id: IVA5 }] }], [{ id: CASH, value: 20400 }, { id: NEQUI, value: 30000 }]), {
    prefix: 'FV-1',
    number: 103,
  }),
  // D (still queued): 8.000 with Impoconsumo 8 % in: base round(8000 × 100 / 108) = 7.407,41, tax 592,59; cash.
  doc('invoice', 'queued', sale([{ code: 'GAS-1', quantity: 1, taxed_price: 8000, taxes: [{ id: INC8 }] }], [{ id: CASH, value: 8000 }]), null, { customerName: 'Consumidor final' }),
  // E: discarded, never counted.
  doc('invoice', 'discarded', sale([{ code: 'X', quantity: 1, price: 99999, taxes: [] }], [{ id: CASH, value: 99999 }]), null),
  // F: 30.000 + IVA 19 % = 35.700 on credit.
  doc('invoice', 'sent', sale([{ code: 'TAL-1', quantity: 1, price: 30000, taxes: [{ id: IVA19 }] }], [{ id: CREDIT, value: 35700 }]), { prefix: 'FV-1', number: 104 }),
  // G: one unit of A back, 11.900 refunded in cash.
  doc('creditNote', 'sent', note([{ code: 'TOR-10', quantity: 1, price: 10000, taxes: [{ id: IVA19 }] }], [{ id: CASH, value: 11900 }]), { prefix: 'NC-1', number: 7 }),
  // H (needs attention): 11.900 with IVA in returned, left as balance in favour (credit: no cash).
  doc('creditNote', 'needs_attention', note([{ code: 'PIN-1', quantity: 1, taxed_price: 11900, taxes: [{ id: IVA19 }] }], [{ id: CREDIT, value: 11900 }]), null, { customerName: 'José Pérez' }),
  // I: a recibo de caja, 45.000 in cash.
  doc('voucher', 'sent', receipt({ id: CASH, value: 45000 }), { prefix: 'RC-1', number: 55 }),
  // J (queued): an advance of 20.000 by card.
  doc('voucher', 'queued', { ...receipt({ id: CARD, value: 20000 }), type: 'AdvancePayment' }, null, { label: 'Anticipo José Pérez' }),
  // A sale still being typed: not counted.
  doc('invoice', 'draft', sale([{ code: 'Y', quantity: 1, price: 5000, taxes: [] }], [{ id: CASH, value: 5000 }]), null),
];

export const movements: CashMovement[] = [
  { id: 'm2', sessionId: session.id, at: '2025-03-14T15:00:00.000Z', kind: 'out', amount: '30000.00', reason: 'Pago de hielo; proveedor "El Polo"' },
  { id: 'm1', sessionId: session.id, at: '2025-03-14T14:00:00.000Z', kind: 'in', amount: '50000.00', reason: 'Sencillo del banco' },
];
