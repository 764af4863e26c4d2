import { CashRuleError, movementIssues } from '../../../src-shared/cash/cash-rules';
import { round, toFixedText, type Decimal } from '../../../src-shared/money/decimal';
import { formatCop } from '../../../src-shared/money/format-cop';
import type { MostradorDB } from '../db';
import { recordAudit } from '../outbox/audit';
import { newId } from '../outbox/ids';
import { CashSessionClosedError } from './errors';
import type { CashMovementRow } from './rows';

/**
 * Records cash put into (`in`) or taken out of (`out`) the drawer, with its reason, in the open
 * session: the check that the session is open, the movement and its audit line in one transaction.
 */
export async function recordCashMovement(
  db: MostradorDB,
  input: { sessionId: string; kind: 'in' | 'out'; amount: Decimal; reason: string },
  now: number = Date.now(),
): Promise<CashMovementRow> {
  const amount = toFixedText(round(input.amount, 2));
  const issues = movementIssues({ kind: input.kind, amount: { text: amount, value: input.amount }, reason: input.reason });
  if (issues.length > 0) throw new CashRuleError(issues);
  const at = new Date(now).toISOString();
  const movement: CashMovementRow = { id: newId(now), sessionId: input.sessionId, at, kind: input.kind, amount, reason: input.reason.trim() };
  await db.transaction('rw', db.cashSessions, db.cashMovements, db.audit, async () => {
    const session = await db.cashSessions.get(input.sessionId);
    if (session?.state !== 'open') throw new CashSessionClosedError(input.sessionId);
    await db.cashMovements.add(movement);
    await recordAudit(db, {
      at,
      documentId: input.sessionId,
      event: input.kind === 'in' ? 'cash-in' : 'cash-out',
      from: null,
      to: null,
      detail: `${input.kind === 'in' ? 'Entrada' : 'Salida'} de efectivo ${formatCop(input.amount)}: ${movement.reason}`,
    });
  });
  return movement;
}
