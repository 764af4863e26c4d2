import type { CountedAmount } from '../../../src-shared/cash/session-types';
import { computeZReport } from '../../../src-shared/cash/z-report';
import type { ZReport } from '../../../src-shared/cash/z-report-types';
import type { MostradorDB } from '../db';
import type { CashSessionRow } from './rows';

/** The tables a Z report reads: a transaction that computes one must include them all. */
export const zReportTables = (db: MostradorDB) => [db.cashSessions, db.cashMovements, db.documents, db.paymentTypes, db.taxes, db.documentTypes];

/**
 * Computes a session's Z report from this database: its movements, the documents stamped with it
 * (by index, never a scan of every document) and the mirrored catalogs that name methods and taxes.
 */
export async function computeSessionReport(
  db: MostradorDB,
  session: CashSessionRow,
  closing?: { counted: readonly CountedAmount[]; closedAt: string },
): Promise<ZReport> {
  const [movements, documents, paymentTypes, taxes, documentTypes] = await Promise.all([
    db.cashMovements.where('sessionId').equals(session.id).toArray(),
    db.documents.where('counter.cashSessionId').equals(session.id).toArray(),
    db.paymentTypes.toArray(),
    db.taxes.toArray(),
    db.documentTypes.toArray(),
  ]);
  return computeZReport({
    session,
    movements,
    documents,
    catalogs: {
      paymentTypes: paymentTypes.map((row) => row.siigo),
      taxes: taxes.map((row) => row.siigo),
      documentTypes: documentTypes.map((row) => row.siigo),
    },
    ...(closing ? { counted: closing.counted, closedAt: closing.closedAt } : {}),
  });
}

/**
 * The report to show or print: a closed session's as stored when it closed (a reprint is a copy
 * of what was signed), an open one's as it stands now. Null for an unknown session.
 */
export async function sessionZReport(db: MostradorDB, sessionId: string): Promise<ZReport | null> {
  return db.transaction('r', zReportTables(db), async () => {
    const session = await db.cashSessions.get(sessionId);
    if (!session) return null;
    return session.closing?.report ?? computeSessionReport(db, session);
  });
}

/** Every session of this PC, the newest first (the open one, if any, among them). */
export function cashSessionHistory(db: MostradorDB): Promise<CashSessionRow[]> {
  return db.cashSessions.orderBy('openedAt').reverse().toArray();
}
