import { useState } from 'react';
import './caja.css';
import { OpenSessionForm } from './OpenSessionForm';
import { SessionHistory } from './SessionHistory';
import { SessionPanel } from './SessionPanel';
import { useOpenSession, useZReport } from './use-cash-session';
import { ZReportDocument } from './ZReportDocument';

/**
 * Caja: the cash session (turno) of this PC. With none open, "Abrir caja"; with one open, its
 * running figures, cash in and out, and "Cerrar caja", which ends in the Z report to print and
 * export. Past sessions keep their Z reports, reprinted as copies.
 */
export function CajaScreen() {
  const session = useOpenSession();
  const [shown, setShown] = useState<{ sessionId: string; copy: boolean } | null>(null);
  const report = useZReport(shown?.sessionId ?? null);

  return (
    <section className="screen caja" aria-labelledby="screen-title">
      <h1 id="screen-title">Caja</h1>
      {shown && report && (
        <section className="panel" aria-labelledby="shown-report-title">
          <div className="caja-session-head">
            <h2 id="shown-report-title">{shown.copy ? 'Informe Z (copia)' : 'Caja cerrada: informe Z'}</h2>
            <button type="button" className="btn" onClick={() => setShown(null)}>
              Ocultar informe
            </button>
          </div>
          <ZReportDocument report={report} copy={shown.copy} />
        </section>
      )}
      {session === undefined ? null : session ? (
        <SessionPanel key={session.id} session={session} onClosed={(sessionId) => setShown({ sessionId, copy: false })} />
      ) : (
        <OpenSessionForm />
      )}
      <SessionHistory selectedId={shown?.sessionId ?? null} onOpen={(closed) => setShown({ sessionId: closed.id, copy: true })} />
    </section>
  );
}
