import { describe, expect, it } from 'vitest';
import { CashRuleError } from '../../../src-shared/cash/cash-rules';
import { decimal } from '../../../src-shared/money/decimal';
import { recordCashMovement } from '../../../src-renderer/data/cash/cash-movements';
import { openCashSession } from '../../../src-renderer/data/cash/current-session';
import { CashSessionClosedError, CashSessionOpenError } from '../../../src-renderer/data/cash/errors';
import { closeCashSession, startCashSession } from '../../../src-renderer/data/cash/session-lifecycle';
import { cashSessionHistory, sessionZReport } from '../../../src-renderer/data/cash/z-report-data';
import { freshDb, saleRow, seedCatalogs } from './support';

const marta = { id: 7, name: 'Marta Gómez' };
const t0 = Date.parse('2025-03-14T13:00:00.000Z');

describe('cash sessions on this PC', () => {
  it('opens one session at a time, with its cashier and float, in the audit trail', async () => {
    const db = freshDb();
    expect(await openCashSession(db)).toBeNull();
    const session = await startCashSession(db, { cashier: marta, openingFloat: decimal('150000') }, t0);
    expect(session).toMatchObject({ state: 'open', cashier: marta, openingFloat: '150000.00', closedAt: null, closing: null });
    expect(await openCashSession(db)).toEqual(session);

    await expect(startCashSession(db, { cashier: { id: 8, name: 'Luis Rojas' }, openingFloat: decimal(0) }, t0 + 1)).rejects.toBeInstanceOf(CashSessionOpenError);
    expect(await db.cashSessions.count()).toBe(1);
    expect(await db.audit.where('documentId').equals(session.id).toArray()).toEqual([
      expect.objectContaining({ event: 'cash-opened', from: null, to: 'open', detail: 'Caja abierta por Marta Gómez con base inicial $ 150.000' }),
    ]);
    // Two windows opening at once: the check and the write share a transaction.
    const other = freshDb('mostrador:race');
    const results = await Promise.allSettled([
      startCashSession(other, { cashier: marta, openingFloat: decimal(0) }, t0),
      startCashSession(other, { cashier: marta, openingFloat: decimal(0) }, t0),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    db.close();
    other.close();
  });

  it('refuses an opening without cashier, or with a negative float', async () => {
    const db = freshDb();
    await expect(startCashSession(db, { cashier: { id: null, name: ' ' }, openingFloat: decimal(0) })).rejects.toThrow('Cajero: elija quién abre la caja');
    await expect(startCashSession(db, { cashier: marta, openingFloat: decimal(-1) })).rejects.toThrow('Base inicial: no puede ser negativo');
    expect(await db.cashSessions.count()).toBe(0);
    db.close();
  });

  it('records cash in and out with a reason, each in the audit trail, and refuses them without one', async () => {
    const db = freshDb();
    const session = await startCashSession(db, { cashier: marta, openingFloat: decimal('100000') }, t0);
    await recordCashMovement(db, { sessionId: session.id, kind: 'in', amount: decimal('50000'), reason: 'Sencillo del banco' }, t0 + 60_000);
    await recordCashMovement(db, { sessionId: session.id, kind: 'out', amount: decimal('12500.5'), reason: '  Pago de hielo ' }, t0 + 120_000);
    const refused = recordCashMovement(db, { sessionId: session.id, kind: 'out', amount: decimal('1000'), reason: '' });
    await expect(refused).rejects.toBeInstanceOf(CashRuleError);
    await expect(refused).rejects.toThrow('Motivo: escriba por qué sale el efectivo');
    await expect(recordCashMovement(db, { sessionId: session.id, kind: 'in', amount: decimal(0), reason: 'x' })).rejects.toThrow('Valor: debe ser mayor que cero');
    expect((await db.cashMovements.where('sessionId').equals(session.id).toArray()).map((m) => [m.kind, m.amount, m.reason])).toEqual([
      ['in', '50000.00', 'Sencillo del banco'],
      ['out', '12500.50', 'Pago de hielo'],
    ]);
    expect((await db.audit.where('documentId').equals(session.id).toArray()).map((row) => [row.event, row.detail])).toEqual([
      ['cash-opened', 'Caja abierta por Marta Gómez con base inicial $ 100.000'],
      ['cash-in', 'Entrada de efectivo $ 50.000: Sencillo del banco'],
      ['cash-out', 'Salida de efectivo $ 12.500,50: Pago de hielo'],
    ]);
    db.close();
  });

  it("closes with the count per method: expected, counted and difference stored with the report, which is final", async () => {
    const db = freshDb();
    await seedCatalogs(db);
    const session = await startCashSession(db, { cashier: marta, openingFloat: decimal('100000') }, t0);
    // 11.900 in cash, 23.800 by card, 11.900 on credit; another session's sale and a sale made without any are not this one's.
    await db.documents.bulkPut([
      saleRow('s1', session.id, [{ id: 100, value: 11900 }]),
      saleRow('s2', session.id, [{ id: 101, value: 23800 }], 20000, 'sent'),
      saleRow('s3', session.id, [{ id: 102, value: 11900 }]),
      saleRow('other', 'another-session', [{ id: 100, value: 11900 }]),
      saleRow('none', null, [{ id: 100, value: 11900 }]),
    ]);
    await recordCashMovement(db, { sessionId: session.id, kind: 'out', amount: decimal('10000'), reason: 'Pago de hielo' }, t0 + 1000);

    const running = await sessionZReport(db, session.id);
    expect(running?.sales).toEqual({ count: 3, total: '47600.00' });
    expect(running?.payments.map((line) => [line.name, line.expected])).toEqual([
      ['Efectivo', '101900.00'],
      ['Tarjeta crédito', '23800.00'],
      ['Crédito', '11900.00'],
    ]);

    // The card slips were not counted: refused, naming the method; the session stays open.
    await expect(closeCashSession(db, session.id, [{ paymentTypeId: 100, amount: '100000.00' }], t0 + 2000)).rejects.toThrow('Contado en Tarjeta crédito: escriba lo que contó (0 si no hay)');
    expect((await openCashSession(db))?.id).toBe(session.id);

    const closedAt = t0 + 10 * 3600_000;
    const closed = await closeCashSession(db, session.id, [{ paymentTypeId: 100, amount: '100000.00' }, { paymentTypeId: 101, amount: '23800.00' }], closedAt);
    expect(closed.state).toBe('closed');
    expect(closed.closedAt).toBe(new Date(closedAt).toISOString());
    expect(closed.closing?.difference).toBe('-1900.00');
    expect(closed.closing?.report.payments.map((line) => [line.name, line.expected, line.counted, line.difference])).toEqual([
      ['Efectivo', '101900.00', '100000.00', '-1900.00'],
      ['Tarjeta crédito', '23800.00', '23800.00', '0.00'],
      ['Crédito', '11900.00', null, null],
    ]);
    expect(closed.closing?.report.pending.map((p) => p.documentId)).toEqual(['s1', 's3']);
    expect(await openCashSession(db)).toBeNull();
    expect(await db.audit.where('documentId').equals(session.id).last()).toMatchObject({
      event: 'cash-closed',
      from: 'open',
      to: 'closed',
      detail: 'Caja cerrada. Efectivo: esperado $ 101.900, contado $ 100.000, diferencia -$ 1.900 · Tarjeta crédito: esperado $ 23.800, contado $ 23.800, diferencia $ 0',
    });

    // Final: no reopening, no second closing, no movement, no change or deletion by anyone.
    await expect(closeCashSession(db, session.id, [], closedAt + 1)).rejects.toBeInstanceOf(CashSessionClosedError);
    await expect(recordCashMovement(db, { sessionId: session.id, kind: 'in', amount: decimal(1), reason: 'tarde' })).rejects.toBeInstanceOf(CashSessionClosedError);
    await expect(db.cashSessions.update(session.id, { state: 'open' })).rejects.toThrow(CashSessionClosedError);
    await expect(db.cashSessions.put({ ...closed, state: 'open', closing: null })).rejects.toThrow(CashSessionClosedError);
    await expect(db.cashSessions.delete(session.id)).rejects.toThrow(CashSessionClosedError);
    expect(await db.cashSessions.get(session.id)).toEqual(closed);

    // A reprint is the stored report, even once a pending sale is numbered afterwards.
    await db.documents.update('s1', { state: 'sent', siigo: { id: 'x', name: 'FV-1-9', number: 9, prefix: 'FV-1' } });
    expect(await sessionZReport(db, session.id)).toEqual(closed.closing?.report);

    // The next shift opens a new session; the history lists both, newest first.
    const next = await startCashSession(db, { cashier: { id: 8, name: 'Luis Rojas' }, openingFloat: decimal('100000') }, closedAt + 60_000);
    expect((await cashSessionHistory(db)).map((s) => [s.id, s.state])).toEqual([
      [next.id, 'open'],
      [session.id, 'closed'],
    ]);
    db.close();
  });
});
