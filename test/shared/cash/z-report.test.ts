import { describe, expect, it } from 'vitest';
import { computeZReport } from '../../../src-shared/cash/z-report';
import { CARD, CASH, catalogs, CREDIT, documents, movements, NEQUI, session } from './fixtures';

const closing = {
  counted: [
    { paymentTypeId: CASH, amount: '203300.00' },
    { paymentTypeId: CARD, amount: '46900' },
    { paymentTypeId: NEQUI, amount: '30000.00' },
  ],
  closedAt: '2025-03-14T23:00:00.000Z',
};

describe('Z report', () => {
  const report = computeZReport({ session, movements, documents, catalogs, ...closing });

  it('counts sales, returns and recibos de caja; drafts and discarded documents never', () => {
    // Sales A 23.800 + B 26.900 + C 50.400 + D 8.000 + F 35.700; returns G 11.900 + H 11.900.
    expect(report.sales).toEqual({ count: 5, total: '144800.00' });
    expect(report.returns).toEqual({ count: 2, total: '23800.00' });
    expect(report.net).toBe('121000.00');
    expect(report.receipts).toEqual({ count: 2, total: '65000.00' });
    expect(report.openingFloat).toBe('100000.00');
    expect(report.closedAt).toBe(closing.closedAt);
    expect(report.cashier).toEqual({ id: 7, name: 'Marta Gómez' });
  });

  it('gives the taxes by rate, returns subtracted, tax-included lines split as Siigo splits them', () => {
    expect(report.taxes).toEqual([
      // D: 8.000 with 8 % in → 7.407,41 + 592,59.
      { name: 'Impoconsumo 8%', base: '7407.41', value: '592.59' },
      // A 20.000 + B 10.000 (11.900 with IVA in) + F 30.000, minus G 10.000 and H 10.000.
      { name: 'IVA 19%', base: '40000.00', value: '7600.00' },
      // C: 50.000 − 2.000 discount.
      { name: 'IVA 5%', base: '48000.00', value: '2400.00' },
      { name: 'Sin impuestos', base: '15000.00', value: '0.00' },
    ]);
  });

  it('expects per method what came in and went out; cash holds the float and the movements; credit is never counted', () => {
    expect(report.payments).toEqual([
      // 100.000 + (23.800 + 20.400 + 8.000) − 11.900 + 45.000 + 50.000 − 30.000 = 205.300; counted 203.300.
      { paymentTypeId: CASH, name: 'Efectivo', kind: 'cash', sales: '52200.00', returns: '11900.00', receipts: '45000.00', expected: '205300.00', counted: '203300.00', difference: '-2000.00' },
      { paymentTypeId: CARD, name: 'Tarjeta débito', kind: 'other', sales: '26900.00', returns: '0.00', receipts: '20000.00', expected: '46900.00', counted: '46900.00', difference: '0.00' },
      { paymentTypeId: NEQUI, name: 'Transferencia Nequi', kind: 'other', sales: '30000.00', returns: '0.00', receipts: '0.00', expected: '30000.00', counted: '30000.00', difference: '0.00' },
      // F on credit, H left in favour: no money moved.
      { paymentTypeId: CREDIT, name: 'Crédito', kind: 'credit', sales: '35700.00', returns: '11900.00', receipts: '0.00', expected: '23800.00', counted: null, difference: null },
    ]);
    expect(report.totals).toEqual({ expected: '282200.00', counted: '280200.00', difference: '-2000.00' });
    expect(report.cashIn).toBe('50000.00');
    expect(report.cashOut).toBe('30000.00');
    expect(report.cashMovements.map((m) => [m.kind, m.amount])).toEqual([
      ['in', '50000.00'],
      ['out', '30000.00'],
    ]);
  });

  it('lists the Siigo numbers used per kind and prefix, and what is still without one', () => {
    expect(report.ranges).toEqual([
      { kind: 'invoice', prefix: 'FV-1', first: 101, last: 104, count: 5, pending: 1 },
      { kind: 'creditNote', prefix: 'NC-1', first: 7, last: 7, count: 2, pending: 1 },
      { kind: 'voucher', prefix: 'RC-1', first: 55, last: 55, count: 2, pending: 1 },
    ]);
    expect(report.pending).toEqual([
      { documentId: 'doc-4', kind: 'invoice', label: 'Factura sin número · Consumidor final', state: 'queued', total: '8000.00' },
      { documentId: 'doc-8', kind: 'creditNote', label: 'Nota crédito sin número · José Pérez', state: 'needs_attention', total: '11900.00' },
      { documentId: 'doc-10', kind: 'voucher', label: 'Anticipo José Pérez', state: 'queued', total: '20000.00' },
    ]);
  });

  it('runs before closing: nothing counted yet, and a session without any document is just its float', () => {
    const running = computeZReport({ session, movements, documents, catalogs });
    expect(running.closedAt).toBeNull();
    expect(running.payments.every((line) => line.counted === null && line.difference === null)).toBe(true);
    expect(running.totals).toEqual({ expected: '282200.00', counted: null, difference: null });

    const empty = computeZReport({ session, movements: [], documents: [], catalogs });
    expect(empty.payments).toEqual([
      { paymentTypeId: CASH, name: 'Efectivo', kind: 'cash', sales: '0.00', returns: '0.00', receipts: '0.00', expected: '100000.00', counted: null, difference: null },
    ]);
    expect(empty.taxes).toEqual([]);
    expect(empty.ranges).toEqual([]);
  });

  it('still counts the float as cash when the catalog has no cash method, and names methods it does not know', () => {
    const report = computeZReport({
      session,
      movements: [],
      documents: [documents[0]!, { ...documents[1]!, body: { ...(documents[1]!.body as object), payments: [{ id: 999, value: 26900 }] } }],
      catalogs: { ...catalogs, paymentTypes: [] },
      counted: [{ paymentTypeId: null, amount: '100000' }],
    });
    expect(report.payments.map((line) => [line.paymentTypeId, line.name, line.expected, line.difference])).toEqual([
      [null, 'Efectivo', '100000.00', '0.00'],
      [100, 'Forma de pago 100', '23800.00', null],
      [999, 'Forma de pago 999', '26900.00', null],
    ]);
  });
});
