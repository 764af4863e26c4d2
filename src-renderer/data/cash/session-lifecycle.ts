import { CashRuleError, countIssues, openingIssues, typedAmount } from '../../../src-shared/cash/cash-rules';
import type { Cashier, CountedAmount } from '../../../src-shared/cash/session-types';
import { round, toFixedText, type Decimal } from '../../../src-shared/money/decimal';
import { formatCop } from '../../../src-shared/money/format-cop';
import type { MostradorDB } from '../db';
import { recordAudit } from '../outbox/audit';
import { newId } from '../outbox/ids';
import { CashSessionClosedError, CashSessionOpenError } from './errors';
import type { CashSessionRow } from './rows';
import { computeSessionReport, zReportTables } from './z-report-data';

const cents = (value: Decimal) => toFixedText(round(value, 2));

/**
 * Opens a cash session on this PC with the cashier (a Siigo user) and the opening float. The
 * check that none is open and the new row share one transaction, so two windows cannot both
 * open one. The audit trail records it under the session's id.
 */
export async function startCashSession(
  db: MostradorDB,
  input: { cashier: Cashier; openingFloat: Decimal },
  now: number = Date.now(),
): Promise<CashSessionRow> {
  const issues = openingIssues({ cashier: input.cashier, openingFloat: { text: cents(input.openingFloat), value: input.openingFloat } });
  if (issues.length > 0) throw new CashRuleError(issues);
  const at = new Date(now).toISOString();
  const session: CashSessionRow = {
    id: newId(now),
    state: 'open',
    cashier: { id: input.cashier.id, name: input.cashier.name.trim() },
    openedAt: at,
    openingFloat: cents(input.openingFloat),
    closedAt: null,
    closing: null,
  };
  await db.transaction('rw', db.cashSessions, db.audit, async () => {
    const open = await db.cashSessions.where('state').equals('open').first();
    if (open) throw new CashSessionOpenError(open.id);
    await db.cashSessions.add(session);
    await recordAudit(db, {
      at,
      documentId: session.id,
      event: 'cash-opened',
      from: null,
      to: 'open',
      detail: `Caja abierta por ${session.cashier.name} con base inicial ${formatCop(input.openingFloat)}`,
    });
  });
  return session;
}

/**
 * Closes the open session with what was counted per payment method: the Z report is computed
 * and stored with the session in the same transaction as the check that it is still open, so
 * what was printed is what stays. Every counted method (all but credit) needs its figure.
 */
export async function closeCashSession(
  db: MostradorDB,
  sessionId: string,
  counted: readonly CountedAmount[],
  now: number = Date.now(),
): Promise<CashSessionRow> {
  const closedAt = new Date(now).toISOString();
  return db.transaction('rw', [...zReportTables(db), db.audit], async () => {
    const session = await db.cashSessions.get(sessionId);
    if (session?.state !== 'open') throw new CashSessionClosedError(sessionId);
    const report = await computeSessionReport(db, session, { counted, closedAt });
    const issues = countIssues(
      report.payments
        .filter((line) => line.kind !== 'credit')
        .map((line) => ({
          paymentTypeId: line.paymentTypeId,
          name: line.name,
          counted: typedAmount(counted.find((entry) => entry.paymentTypeId === line.paymentTypeId)?.amount),
        })),
    );
    if (issues.length > 0) throw new CashRuleError(issues);
    const difference = report.totals.difference ?? '0.00';
    const closed: CashSessionRow = { ...session, state: 'closed', closedAt, closing: { counted: [...counted], difference, report } };
    await db.cashSessions.put(closed);
    const lines = report.payments
      .filter((line) => line.counted !== null)
      .map((line) => `${line.name}: esperado ${formatCop(line.expected)}, contado ${formatCop(line.counted ?? '0')}, diferencia ${formatCop(line.difference ?? '0')}`);
    await recordAudit(db, { at: closedAt, documentId: sessionId, event: 'cash-closed', from: 'open', to: 'closed', detail: `Caja cerrada. ${lines.join(' · ')}` });
    return closed;
  });
}
