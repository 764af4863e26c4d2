import { formatDateTime } from '../clientes/dates';
import { FailureExplanation } from '../documentos/FailureExplanation';
import type { AccountRefresh } from './use-statement';

/** Says how current the statement is, so nobody collects on stale balances unknowingly. */
export function statementStatusText(refresh: AccountRefresh, fetchedAt: string | null): string {
  const as = fetchedAt ? `Estado de cuenta al ${formatDateTime(fetchedAt)}` : null;
  switch (refresh.state) {
    case 'loading':
      return as ? `${as} · actualizando…` : 'Consultando el estado de cuenta en Siigo…';
    case 'fresh':
      return as ?? 'Estado de cuenta actualizado';
    case 'offline':
      return as ? `${as} (sin conexión)` : 'Sin conexión: no hay estado de cuenta guardado de este cliente; solo se ven sus facturas en cola.';
    case 'error':
      return as ? `${as} (no se pudo actualizar)` : 'No se pudo consultar el estado de cuenta.';
    case 'local-only':
      return 'Cliente creado en este equipo, aún no está en Siigo: solo se ven sus facturas en cola.';
  }
}

export function StatementStatus({ refresh, fetchedAt, onRefresh }: { refresh: AccountRefresh; fetchedAt: string | null; onRefresh(): void }) {
  const stale = refresh.state === 'offline' || refresh.state === 'error';
  return (
    <div className="statement-status">
      <p role="status" className={stale ? 'stale' : 'muted'}>
        {statementStatusText(refresh, fetchedAt)}
      </p>
      {refresh.state === 'error' && <FailureExplanation failure={refresh.failure} />}
      {refresh.state !== 'local-only' && (
        <button type="button" className="btn" onClick={onRefresh} disabled={refresh.state === 'loading'}>
          Actualizar estado de cuenta
        </button>
      )}
    </div>
  );
}
