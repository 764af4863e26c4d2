import { useLiveQuery } from 'dexie-react-hooks';
import { useApp } from '../../app/app-store';
import { useServices } from '../../app/services';
import { kindLabel } from '../../ui/labels';
import { Money } from '../../ui/Money';
import { StateBadge } from '../../ui/StateBadge';
import { documentsForCustomer } from './customer-documents';
import type { CustomerItem } from './customer-item';
import { formatDate, formatDateTime } from './dates';

/** What this customer did with the shop: documents made here, and invoices as last fetched. */
export function CustomerHistory({ item }: { item: CustomerItem }) {
  const { db } = useServices();
  const go = useApp((state) => state.go);
  const documents = useLiveQuery(
    () => documentsForCustomer(db, item.identification, item.branchOffice),
    [db, item.identification, item.branchOffice],
  );
  const account = useLiveQuery(() => (item.mirrorId ? db.accounts.get(item.mirrorId) : undefined), [db, item.mirrorId]);
  return (
    <section aria-labelledby="history-title" className="history">
      <h3 id="history-title">Historial</h3>
      <h4>Documentos hechos en este equipo</h4>
      {documents && documents.length === 0 && <p className="muted">Ninguno.</p>}
      {documents && documents.length > 0 && (
        <table aria-label="Documentos del cliente">
          <thead>
            <tr>
              <th>Fecha</th>
              <th>Documento</th>
              <th>Número</th>
              <th className="num">Total</th>
              <th>Estado</th>
            </tr>
          </thead>
          <tbody>
            {documents.map((document) => (
              <tr key={document.id}>
                <td>{formatDateTime(document.createdAt)}</td>
                <td>
                  {kindLabel[document.kind]}
                  {document.summary.label && <div className="muted small">{document.summary.label}</div>}
                </td>
                <td>
                  <button type="button" className="link" onClick={() => go('documentos', document.id)}>
                    {document.siigo?.name ?? 'Sin número aún'}
                  </button>
                </td>
                <td className="num">{document.summary.total ? <Money value={document.summary.total} /> : '—'}</td>
                <td>
                  <StateBadge document={document} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h4>Facturas en Siigo</h4>
      {!account && <p className="muted">Estado de cuenta no consultado todavía. Ábralo en Cartera para traerlo de Siigo.</p>}
      {account && (
        <>
          <p className="muted">
            Estado de cuenta al {formatDateTime(account.fetchedAt)} · Saldo total <Money value={account.totalBalance} />
          </p>
          <table aria-label="Facturas del cliente">
            <thead>
              <tr>
                <th>Factura</th>
                <th>Fecha</th>
                <th className="num">Total</th>
                <th className="num">Saldo</th>
              </tr>
            </thead>
            <tbody>
              {[...account.invoices]
                .sort((a, b) => (a.date < b.date ? 1 : -1))
                .map((invoice) => (
                  <tr key={invoice.id}>
                    <td>{invoice.name}</td>
                    <td>{formatDate(invoice.date)}</td>
                    <td className="num">
                      <Money value={invoice.total} />
                    </td>
                    <td className="num">
                      <Money value={invoice.balance ?? 0} />
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
