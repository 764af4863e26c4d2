import type { CashSessionRow } from '../../data/cash/rows';
import { Money } from '../../ui/Money';
import { formatDateTime } from '../documentos/format';
import { Difference } from './Difference';
import { useSessionHistory } from './use-cash-session';

/** The sessions closed on this PC, newest first, each opening its stored Z report. */
export function SessionHistory({ selectedId, onOpen }: { selectedId: string | null; onOpen(session: CashSessionRow): void }) {
  const sessions = useSessionHistory()?.filter((session) => session.state === 'closed');
  return (
    <section className="panel" aria-labelledby="history-title">
      <h2 id="history-title">Cajas cerradas</h2>
      {!sessions ? null : sessions.length === 0 ? (
        <p className="muted">Aún no se ha cerrado ninguna caja en este equipo.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Apertura</th>
              <th>Cierre</th>
              <th>Cajero</th>
              <th className="num">Venta neta</th>
              <th className="num">Diferencia</th>
              <th>
                <span className="sr-only">Informe</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((session) => (
              <tr key={session.id} className={session.id === selectedId ? 'chosen' : undefined}>
                <td>{formatDateTime(session.openedAt)}</td>
                <td>{formatDateTime(session.closedAt)}</td>
                <td>{session.cashier.name}</td>
                <td className="num">{session.closing ? <Money value={session.closing.report.net} /> : '—'}</td>
                <td className="num">
                  <Difference value={session.closing?.difference ?? null} />
                </td>
                <td>
                  <button type="button" className="btn" aria-label={`Ver informe Z del ${formatDateTime(session.openedAt)}`} onClick={() => onOpen(session)}>
                    Ver informe
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
