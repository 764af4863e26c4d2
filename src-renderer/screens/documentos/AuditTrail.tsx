import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../app/services';
import { auditEventLabel } from './audit-labels';
import { formatDateTime } from './format';

/** The document's history, oldest first: every transition with what was sent and what came back. */
export function AuditTrail({ documentId }: { documentId: string }) {
  const { db } = useServices();
  const rows = useLiveQuery(() => db.audit.where('documentId').equals(documentId).sortBy('seq'), [db, documentId]);
  return (
    <section className="audit" aria-labelledby="audit-title">
      <h3 id="audit-title">Historial (auditoría)</h3>
      {rows && rows.length === 0 && <p className="muted">Sin movimientos registrados.</p>}
      {rows && rows.length > 0 && (
        <table aria-labelledby="audit-title">
          <thead>
            <tr>
              <th scope="col">Hora</th>
              <th scope="col">Evento</th>
              <th scope="col">Detalle</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.seq}>
                <td className="nowrap">{formatDateTime(row.at)}</td>
                <td>{auditEventLabel(row.event)}</td>
                <td className="audit-detail">{row.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
