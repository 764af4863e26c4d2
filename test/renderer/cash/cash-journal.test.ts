import { describe, expect, it } from 'vitest';
import { decimal } from '../../../src-shared/money/decimal';
import { cashMovementLine, cashSessionLine, missingCashLines, restoreCashFromJournal } from '../../../src-renderer/data/cash/cash-journal';
import { recordCashMovement } from '../../../src-renderer/data/cash/cash-movements';
import { openCashSession } from '../../../src-renderer/data/cash/current-session';
import { closeCashSession, startCashSession } from '../../../src-renderer/data/cash/session-lifecycle';
import { freshDb, seedCatalogs } from './support';

const marta = { id: 7, name: 'Marta Gómez' };
const t0 = Date.parse('2025-03-14T13:00:00.000Z');

describe('cash sessions in main journal', () => {
  it('come back with their float, movements and signed-off Z report after the database is lost', async () => {
    const db = freshDb('mostrador:cash-journal');
    await seedCatalogs(db);
    const opened = await startCashSession(db, { cashier: marta, openingFloat: decimal('100000') }, t0);
    // The lines the Caja screen writes as it goes; the withdrawal's line was lost (main restarting).
    const journal = [cashSessionLine(db.company, opened, opened.openedAt)];
    await recordCashMovement(db, { sessionId: opened.id, kind: 'out', amount: decimal('5000'), reason: 'Hielo' }, t0 + 60_000);
    const counted = [{ paymentTypeId: 100, amount: '95000.00' }, { paymentTypeId: 101, amount: '0.00' }];
    const closed = await closeCashSession(db, opened.id, counted, t0 + 120_000);
    journal.push(cashSessionLine(db.company, closed, closed.closedAt!));

    // Catching up writes only what the journal lacks: the movement (and nothing already there).
    const missing = await missingCashLines(db, journal);
    expect(missing.map((line) => line.event)).toEqual(['cash-movement']);
    journal.push(...missing);
    expect(await missingCashLines(db, journal)).toEqual([]);

    // The database is lost; the journal gives everything back, the latest state of each session.
    const restoredDb = freshDb('mostrador:cash-journal');
    const restored = await restoreCashFromJournal(restoredDb, journal);
    expect(restored).toEqual({ sessions: 1, movements: 1 });
    expect(await restoredDb.cashSessions.get(opened.id)).toEqual(closed);
    expect(closed.closing?.report.cashMovements).toHaveLength(1);
    expect((await restoredDb.cashMovements.toArray()).map((m) => [m.kind, m.amount, m.reason])).toEqual([['out', '5000.00', 'Hielo']]);
    // Again at the next start: nothing changes.
    expect(await restoreCashFromJournal(restoredDb, journal)).toEqual({ sessions: 0, movements: 0 });
  });

  it('a session journaled open and then closed is restored closed, and a closed one here is never reopened', async () => {
    const db = freshDb('mostrador:cash-journal-2');
    const opened = await startCashSession(db, { cashier: marta, openingFloat: decimal('0') }, t0);
    const closedCopy = { ...opened, state: 'closed' as const, closedAt: new Date(t0 + 1000).toISOString(), closing: null };
    const lines = [cashSessionLine(db.company, opened, opened.openedAt), cashSessionLine(db.company, closedCopy, closedCopy.closedAt)];
    // Journal order does not matter: closed wins.
    await restoreCashFromJournal(db, [...lines].reverse());
    expect((await db.cashSessions.get(opened.id))?.state).toBe('closed');
    expect(await openCashSession(db)).toBeNull();
    await restoreCashFromJournal(db, [lines[0]!]);
    expect((await db.cashSessions.get(opened.id))?.state).toBe('closed');
    // Another company's lines never enter.
    const foreign = cashMovementLine('otra-empresa', { id: 'm1', sessionId: opened.id, at: opened.openedAt, kind: 'in', amount: '1.00', reason: 'x' }, opened.openedAt);
    expect(await restoreCashFromJournal(db, [foreign])).toEqual({ sessions: 0, movements: 0 });
  });
});
