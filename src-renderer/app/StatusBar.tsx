import { useState } from 'react';
import { useApp } from './app-store';
import { DianNoticeList, DianNotices } from './DianNotices';
import { linkDescription } from './link-state';
import { useOutboxCounts } from './outbox-counts';
import { useServices } from './services';

const time = (iso: string | null) =>
  iso ? new Date(iso).toLocaleTimeString('es-CO', { hour: '2-digit', minute: '2-digit' }) : 'nunca';

/** What the outbox holds, counted from the database: never "Todo enviado" before it was counted. */
export function pendingText(counts: { pending: number; needsAttention: number } | undefined): string {
  if (!counts) return 'Contando documentos…';
  const pending = counts.pending === 0 ? (counts.needsAttention === 0 ? 'Todo enviado' : 'Nada en cola') : `${counts.pending.toLocaleString('es-CO')} por enviar`;
  return counts.needsAttention > 0 ? `${pending} · ${counts.needsAttention} requieren atención` : pending;
}

/**
 * Always visible: the company, the link to Siigo, what is waiting to be sent, the mirror's import
 * progress, and the DIAN's answers (in the bar's flow, so they never cover the screen).
 */
export function StatusBar() {
  const app = useApp();
  const { outbox, mirror } = app;
  const { outbox: outboxSync, pulls, db, company } = useServices();
  const counts = useOutboxCounts(db);
  const link = linkDescription(app);
  const importing = Object.values(mirror.progress).filter((p) => p && p.phase === 'full' && p.total !== null && p.done < (p.total ?? 0));
  const lastSync = time(outbox.lastSuccessAt ?? mirror.lastPullAt);
  /** The DIAN's notices, listed in full above the bar's line while open. */
  const [noticesOpen, setNoticesOpen] = useState(false);
  const closeNotices = () => setNoticesOpen(false);
  const syncNow = () => {
    void pulls.pullNow().catch(() => undefined);
    void outboxSync.trigger();
  };
  /** Ajustes turned DIAN sending off: said on every screen until it is on again. */
  const dianOff = app.settings?.defaults.sendToDian === false;
  return (
    <footer className="status-bar" aria-label="Sincronización">
      {noticesOpen && <DianNoticeList onClose={closeNotices} />}
      {dianOff && (
        <div role="alert" className="error-banner dian-off" data-testid="dian-off">
          Envío a la DIAN apagado: las facturas electrónicas quedan en Siigo sin enviarse a la DIAN. Actívelo en Ajustes › Administración.
        </div>
      )}
      {/* One line that never wraps: the texts shorten (full text on hover) before anything moves. */}
      <div className="status-line">
        <span className="status-text" data-testid="company-name" title="Empresa">
          {company.name}
        </span>
        <span className={link.online === null ? 'dot' : link.online ? 'dot dot-online' : 'dot dot-offline'} aria-hidden="true" />
        <span className="status-text" data-testid="link-state" title={link.text}>{link.text}</span>
        <span className="status-text status-pending" data-testid="pending-count">{pendingText(counts)}</span>
        <span className="status-text status-last-sync" title={`Última sincronización: ${lastSync}`}>Última sincronización: {lastSync}</span>
        {importing.map((p) => {
          const label = p!.entity === 'customers' ? 'clientes' : 'productos';
          return (
            <span key={p!.entity} className="import-progress">
              Importando {label} <progress max={p!.total ?? 0} value={p!.done} aria-label={`Importando ${label}`} /> {p!.done}/{p!.total}
            </span>
          );
        })}
        <DianNotices open={noticesOpen} onOpenChange={setNoticesOpen} />
        <button type="button" className="sync-now" onClick={syncNow} disabled={outbox.running || mirror.pulling}>
          {outbox.running || mirror.pulling ? 'Sincronizando…' : 'Sincronizar ahora'}
        </button>
      </div>
    </footer>
  );
}
