import { useApp } from './app-store';
import { useServices } from './services';

const time = (iso: string | null) =>
  iso ? new Date(iso).toLocaleTimeString('es-CO', { hour: '2-digit', minute: '2-digit' }) : 'nunca';

/** Always visible: the link to Siigo, what is waiting to be sent, the mirror's import progress. */
export function StatusBar() {
  const { outbox, mirror, link } = useApp();
  const { outbox: outboxSync, pulls } = useServices();
  const online = link === null ? outbox.reachable : link === 'online';
  const importing = Object.values(mirror.progress).filter((p) => p && p.phase === 'full' && p.total !== null && p.done < (p.total ?? 0));
  const syncNow = () => {
    void pulls.pullNow().catch(() => undefined);
    void outboxSync.trigger();
  };
  return (
    <footer className="status-bar" aria-label="Sincronización">
      <span className={online ? 'dot dot-online' : 'dot dot-offline'} aria-hidden="true" />
      <span data-testid="link-state">{online ? 'En línea' : 'Sin conexión con Siigo'}</span>
      <span data-testid="pending-count">
        {outbox.pending === 0 ? 'Todo enviado' : `${outbox.pending} por enviar`}
        {outbox.needsAttention > 0 ? ` · ${outbox.needsAttention} requieren atención` : ''}
      </span>
      <span>Última sincronización: {time(outbox.lastSuccessAt ?? mirror.lastPullAt)}</span>
      {importing.map((p) => {
        const label = p!.entity === 'customers' ? 'clientes' : 'productos';
        return (
          <span key={p!.entity} className="import-progress">
            Importando {label} <progress max={p!.total ?? 0} value={p!.done} aria-label={`Importando ${label}`} /> {p!.done}/{p!.total}
          </span>
        );
      })}
      <button type="button" className="sync-now" onClick={syncNow} disabled={outbox.running || mirror.pulling}>
        {outbox.running || mirror.pulling ? 'Sincronizando…' : 'Sincronizar ahora'}
      </button>
    </footer>
  );
}
