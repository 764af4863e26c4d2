import { useState } from 'react';
import { useApp } from '../../app/app-store';
import { useOutboxCounts } from '../../app/outbox-counts';
import { useServices } from '../../app/services';
import { pendingText } from '../../app/StatusBar';
import { formatDateTime } from '../documentos/format';
import { linkDescription } from '../../app/link-state';
import { MirrorTable } from './MirrorTable';
import './sincronizacion.css';

/** The detail behind the status bar: the link, the outbox, the mirror, and "Sincronizar ahora". */
export function SincronizacionScreen() {
  const app = useApp();
  const { outbox, mirror, showNeedingAttention } = app;
  const { outbox: outboxSync, pulls, db, company } = useServices();
  const counts = useOutboxCounts(db);
  const [pullFailed, setPullFailed] = useState(false);
  const link = linkDescription(app);
  const busy = outbox.running || mirror.pulling;
  const paused = app.settings?.desktop.syncPaused ?? false;

  const syncNow = () => {
    setPullFailed(false);
    pulls.pullNow().catch(() => setPullFailed(true));
    void outboxSync.trigger();
  };

  return (
    <section className="screen sincronizacion" aria-labelledby="screen-title">
      <h1 id="screen-title">Sincronización</h1>
      <div className="sync-cards">
        <div className="panel sync-card" aria-labelledby="link-title" role="group">
          <h2 id="link-title">Conexión</h2>
          <p className="sync-big">
            <span className={link.online === null ? 'dot' : link.online ? 'dot dot-online' : 'dot dot-offline'} aria-hidden="true" /> {link.text}
          </p>
          <p data-testid="sync-company">Empresa: {company.name}</p>
          {link.detail && <p className="muted">{link.detail}</p>}
          {paused && <p className="field-error">La sincronización está pausada desde el menú de la bandeja del sistema.</p>}
        </div>
        <div className="panel sync-card" aria-labelledby="outbox-title" role="group">
          <h2 id="outbox-title">Documentos por enviar</h2>
          <p className="sync-big" data-testid="sync-pending">
            {counts ? pendingText({ pending: counts.pending, needsAttention: 0 }) : pendingText(undefined)}
          </p>
          <p data-testid="sync-attention">
            {!counts || counts.needsAttention === 0 ? (
              'Ninguno requiere atención.'
            ) : (
              <button type="button" className="link" onClick={showNeedingAttention}>
                {counts.needsAttention === 1 ? 'Ver el documento que requiere atención' : `Ver los ${counts.needsAttention} documentos que requieren atención`}
              </button>
            )}
          </p>
          {outbox.journalBehind && (
            <p className="field-error" role="alert" data-testid="journal-behind">
              La copia de respaldo de los documentos está atrasada: los documentos están guardados en este equipo y la copia se completará sola.
            </p>
          )}
          {outbox.lastReport && (
            <p className="muted">
              Último envío: {outbox.lastReport.sent} enviados{outbox.lastReport.failed > 0 ? `, ${outbox.lastReport.failed} con error` : ''}.
            </p>
          )}
        </div>
        <div className="panel sync-card" aria-labelledby="last-title" role="group">
          <h2 id="last-title">Última sincronización</h2>
          <dl className="facts">
            <dt>Envío de documentos</dt>
            <dd>{formatDateTime(outbox.lastSuccessAt)}</dd>
            <dt>Datos de Siigo</dt>
            <dd>{formatDateTime(mirror.lastPullAt)}</dd>
          </dl>
          <div className="actions">
            <button type="button" className="btn btn-primary" onClick={syncNow} disabled={busy}>
              Sincronizar ahora
            </button>
            {busy && (
              <span className="muted" role="status">
                Sincronizando…
              </span>
            )}
          </div>
          {(pullFailed || mirror.error) && !busy && (
            <p className="field-error" role="alert">
              No se pudieron actualizar todos los datos de Siigo; se reintentará solo.
            </p>
          )}
        </div>
      </div>
      <MirrorTable />
    </section>
  );
}
