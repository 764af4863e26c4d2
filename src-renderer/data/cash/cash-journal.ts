import type { JournalEntry } from '../../../src-shared/ipc/contract';
import type { MostradorDB } from '../db';
import type { CashMovementRow, CashSessionRow } from './rows';

/**
 * Cash sessions and movements exist only on this PC, like queued documents: they go to main's
 * journal too, so a lost database gives back the open session, its float and movements, and the
 * closed sessions with the Z reports that were signed off. A session is journaled whole each time
 * it changes (opened, closed); the line with the latest state wins.
 */
export const cashSessionLine = (company: string, session: CashSessionRow, at: string): JournalEntry => ({
  company,
  at,
  event: 'cash-session',
  operationId: session.id,
  documentId: session.id,
  data: session,
});

export const cashMovementLine = (company: string, movement: CashMovementRow, at: string): JournalEntry => ({
  company,
  at,
  event: 'cash-movement',
  operationId: movement.id,
  documentId: movement.sessionId,
  data: movement,
});

const stateOf = (entry: JournalEntry) => (entry.data as Partial<CashSessionRow> | null)?.state;

/** The cash lines main's journal lacks: a session in a state never journaled, a movement never journaled. */
export async function missingCashLines(db: MostradorDB, journaled: readonly JournalEntry[], now: number = Date.now()): Promise<JournalEntry[]> {
  const sessionStates = new Set(journaled.filter((entry) => entry.event === 'cash-session').map((entry) => `${entry.operationId}:${stateOf(entry)}`));
  const movements = new Set(journaled.filter((entry) => entry.event === 'cash-movement').map((entry) => entry.operationId));
  const at = new Date(now).toISOString();
  const [sessions, moves] = await Promise.all([db.cashSessions.toArray(), db.cashMovements.toArray()]);
  return [
    ...sessions.filter((session) => !sessionStates.has(`${session.id}:${session.state}`)).map((session) => cashSessionLine(db.company, session, at)),
    ...moves.filter((movement) => !movements.has(movement.id)).map((movement) => cashMovementLine(db.company, movement, at)),
  ];
}

/**
 * Puts back the sessions and movements the database lacks. A closed session in the journal
 * replaces the same session still open here (it closed before the loss); a closed one here is
 * never touched. Safe at every start.
 */
export async function restoreCashFromJournal(db: MostradorDB, entries: readonly JournalEntry[]): Promise<{ sessions: number; movements: number }> {
  const sessions = new Map<string, CashSessionRow>();
  const movements = new Map<string, CashMovementRow>();
  for (const entry of entries) {
    if (entry.company !== db.company) continue;
    if (entry.event === 'cash-session') {
      const session = entry.data as CashSessionRow;
      if (sessions.get(session.id)?.state !== 'closed') sessions.set(session.id, session);
    }
    if (entry.event === 'cash-movement') movements.set(entry.operationId, entry.data as CashMovementRow);
  }
  const restored = { sessions: 0, movements: 0 };
  if (sessions.size === 0 && movements.size === 0) return restored;
  await db.transaction('rw', db.cashSessions, db.cashMovements, async () => {
    for (const session of sessions.values()) {
      const here = await db.cashSessions.get(session.id);
      if (here && (here.state === 'closed' || session.state === 'open')) continue;
      await db.cashSessions.put(session);
      restored.sessions += 1;
    }
    for (const movement of movements.values()) {
      if (await db.cashMovements.get(movement.id)) continue;
      await db.cashMovements.put(movement);
      restored.movements += 1;
    }
  });
  return restored;
}
