import { useState } from 'react';
import { AGING_BUCKETS, type AgingSort } from '../../../src-shared/receivables/aging';
import { bogotaDateTime } from '../../../src-shared/cash/bogota-time';
import { compare, ZERO } from '../../../src-shared/money/decimal';
import { Money } from '../../ui/Money';
import { QUEUED_KEY_PREFIX } from '../clientes/customer-item';
import { formatDate } from '../clientes/dates';
import { FailureExplanation } from '../documentos/FailureExplanation';
import type { ReceivableCustomer } from '../../data/mirror/receivables';
import { receivablesRows } from './receivables-rows';
import { useReceivables, type ReceivablesRefresh } from './use-receivables';

/** How current the view is: always the date of Siigo's data, and what the refresh is doing. */
export function receivablesStatusText(fetchedAt: string | null, refresh: ReceivablesRefresh): string {
  const as = fetchedAt ? `Datos de Siigo del ${bogotaDateTime(fetchedAt)}` : null;
  switch (refresh.state) {
    case 'loading':
      return as ? `${as} · actualizando…` : 'Consultando las facturas en Siigo…';
    case 'offline':
      return as ? `${as} (sin conexión)` : 'Sin conexión: aún no hay cuentas por cobrar guardadas en este equipo.';
    case 'error':
      return as ? `${as} (no se pudo actualizar)` : 'No se pudieron consultar las facturas.';
    case 'idle':
      return as ?? 'Aún no se han consultado las cuentas por cobrar.';
  }
}

/** The key the statement opens a customer by: mirrored, or created on this PC (`customerItemByKey`). */
const openKey = (customer: ReceivableCustomer): string | null =>
  customer.mirrorId ?? (customer.documentId ? `${QUEUED_KEY_PREFIX}${customer.documentId}` : null);

const overdueText = (days: number) => (days < 0 ? 'Por vencer' : days === 0 ? 'Vence hoy' : days === 1 ? 'Vencida hace 1 día' : `Vencida hace ${days} días`);

/**
 * Cuentas por cobrar: every customer with a balance, aged by due date (por vencer, 0-30, 31-60,
 * 61-90, más de 90 días vencidas, in Bogotá days), with totals per customer and for the view.
 * Built from Siigo's invoices as last fetched, less the receipts Siigo has not confirmed, plus
 * invoices made here: usable offline. A customer opens its statement.
 */
export function ReceivablesView({ onOpenCustomer }: { onOpenCustomer(customerKey: string): void }) {
  const { view, refresh, refreshNow } = useReceivables();
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<AgingSort>('total');
  const fetchedAt = view?.state.fetchedAt ?? null;
  const rows = view ? receivablesRows(view, search, sort) : [];
  const stale = refresh.state === 'offline' || refresh.state === 'error';
  return (
    <article className="panel receivables" aria-labelledby="receivables-title">
      <header className="detail-head">
        <h2 id="receivables-title">Cuentas por cobrar</h2>
        <button type="button" className="btn" onClick={refreshNow} disabled={refresh.state === 'loading'}>
          Actualizar
        </button>
      </header>
      <p role="status" className={stale ? 'receivables-status stale' : 'receivables-status muted'} data-testid="receivables-status">
        {receivablesStatusText(fetchedAt, refresh)}
      </p>
      {refresh.state === 'error' && <FailureExplanation failure={refresh.failure} />}
      {view && compare(view.pending, ZERO) > 0 && (
        <p className="pending-note small">
          Ya descontados <Money value={view.pending} /> en abonos registrados en este equipo, pendientes de confirmar en Siigo.
        </p>
      )}
      {view && compare(view.refused, ZERO) > 0 && (
        <p className="pending-note small" data-testid="receivables-refused">
          Descontados <Money value={view.refused} /> de recibos rechazados por Siigo: revíselos en Documentos.
        </p>
      )}
      <div className="receivables-controls">
        <label>
          Buscar cliente
          <input type="search" value={search} placeholder="Nombre, cédula o NIT" onChange={(event) => setSearch(event.target.value)} />
        </label>
        <label>
          Ordenar por
          <select value={sort} onChange={(event) => setSort(event.target.value as AgingSort)}>
            <option value="total">Mayor saldo</option>
            <option value="oldest">Deuda más antigua</option>
          </select>
        </label>
      </div>
      {!view ? (
        <p className="muted">Cargando…</p>
      ) : view.report.customers.length === 0 ? (
        <p className="muted">{fetchedAt ? 'Ningún cliente tiene saldo pendiente.' : 'Pulse Actualizar con conexión para traer las facturas de Siigo.'}</p>
      ) : (
        <div className="receivables-scroll">
          <table className="receivables-table" aria-label="Cuentas por cobrar por edades">
            <thead>
              <tr>
                <th>Cliente</th>
                {AGING_BUCKETS.map(({ bucket, label }) => (
                  <th key={bucket} className="num">
                    {label}
                  </th>
                ))}
                <th className="num">Total</th>
                <th>Vencimiento más antiguo</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ aging, customer }) => (
                <tr key={aging.customerKey} data-customer={customer.identification}>
                  <td>
                    {openKey(customer) ? (
                      <button type="button" className="link" onClick={() => onOpenCustomer(openKey(customer)!)}>
                        {customer.name}
                      </button>
                    ) : (
                      <span title="Cliente aún no sincronizado: su estado de cuenta se abre desde la búsqueda cuando llegue de Siigo">{customer.name}</span>
                    )}
                    <div className="muted small">
                      {customer.identification} · {aging.invoices === 1 ? '1 factura' : `${aging.invoices} facturas`}
                    </div>
                  </td>
                  {AGING_BUCKETS.map(({ bucket }) => (
                    <td key={bucket} className={`num ${bucket === 'over90' && compare(aging.buckets[bucket], ZERO) > 0 ? 'overdue-old' : ''}`}>
                      {compare(aging.buckets[bucket], ZERO) > 0 ? <Money value={aging.buckets[bucket]} /> : <span className="muted">—</span>}
                    </td>
                  ))}
                  <td className="num">
                    <strong>
                      <Money value={aging.total} />
                    </strong>
                  </td>
                  <td>
                    {formatDate(aging.oldestDueDate)}
                    <div className="muted small">{overdueText(aging.oldestDays)}</div>
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr data-testid="receivables-totals">
                <th>Total ({view.report.customers.length === 1 ? '1 cliente' : `${view.report.customers.length} clientes`})</th>
                {AGING_BUCKETS.map(({ bucket }) => (
                  <td key={bucket} className="num">
                    <Money value={view.report.totals[bucket]} />
                  </td>
                ))}
                <td className="num">
                  <Money value={view.report.total} />
                </td>
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </article>
  );
}
