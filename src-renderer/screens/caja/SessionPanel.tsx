import { useState } from 'react';
import type { CashSessionRow } from '../../data/cash/rows';
import { formatDateTime } from '../documentos/format';
import { CashMovementForm, movementTitles } from './CashMovementForm';
import { CloseSessionForm } from './CloseSessionForm';
import { useZReport } from './use-cash-session';
import { ZReportFigures } from './ZReportFigures';

type Task = { kind: 'figures' } | { kind: 'movement'; movement: 'in' | 'out' } | { kind: 'closing' };

/** The open session: its running figures, cash in and out, and closing. */
export function SessionPanel({ session, onClosed }: { session: CashSessionRow; onClosed(sessionId: string): void }) {
  const report = useZReport(session.id);
  const [task, setTask] = useState<Task>({ kind: 'figures' });
  const back = () => setTask({ kind: 'figures' });

  return (
    <section className="panel caja-session" aria-labelledby="session-title">
      <div className="caja-session-head">
        <div>
          <h2 id="session-title">Caja abierta</h2>
          <p className="muted" data-testid="caja-cashier">
            {session.cashier.name} · desde {formatDateTime(session.openedAt)}
          </p>
        </div>
        {task.kind !== 'closing' && (
          <div className="actions">
            <button type="button" className="btn" onClick={() => setTask({ kind: 'movement', movement: 'in' })}>
              {movementTitles.in}
            </button>
            <button type="button" className="btn" onClick={() => setTask({ kind: 'movement', movement: 'out' })}>
              {movementTitles.out}
            </button>
            <button type="button" className="btn btn-primary" onClick={() => setTask({ kind: 'closing' })} disabled={!report}>
              Cerrar caja
            </button>
          </div>
        )}
      </div>
      {task.kind === 'movement' && <CashMovementForm key={task.movement} sessionId={session.id} kind={task.movement} onDone={back} />}
      {report && task.kind === 'closing' && (
        <CloseSessionForm
          sessionId={session.id}
          report={report}
          onCancel={back}
          onClosed={() => onClosed(session.id)}
        />
      )}
      {report && task.kind !== 'closing' && <ZReportFigures report={report} />}
    </section>
  );
}
