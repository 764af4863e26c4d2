import { useLiveQuery } from 'dexie-react-hooks';
import type { QuotationCreate } from '../../../src-shared/siigo';
import { useApp } from '../../app/app-store';
import { useServices } from '../../app/services';
import { cartTotals, linesFromItems } from '../../forms/lines/cart-lines';
import { TotalsPanel } from '../../forms/lines/TotalsPanel';
import { Money } from '../../ui/Money';
import { StateBadge } from '../../ui/StateBadge';
import { displayDate } from './quotation-draft';

/** One quotation, read-only, with the one-step conversion to a sale. */
export function QuotationView({ documentId, onEdit }: { documentId: string; onEdit(): void }) {
  const { db } = useServices();
  const go = useApp((state) => state.go);
  const data = useLiveQuery(async () => ({ document: await db.documents.get(documentId), taxes: await db.taxes.toArray() }), [db, documentId]);
  if (!data) return <p className="muted">Cargando…</p>;
  const { document, taxes } = data;
  if (!document) return <p className="muted">La cotización ya no existe.</p>;
  const body = (document.body ?? {}) as Partial<QuotationCreate>;
  const lines = linesFromItems(body.items, taxes);
  const totals = cartTotals(lines);
  return (
    <article className="quotation-view panel" aria-labelledby="quotation-title">
      <header className="quotation-view-head">
        <h2 id="quotation-title">Cotización {document.siigo?.name ?? ''}</h2>
        <StateBadge document={document} />
      </header>
      <p>
        <strong>{document.summary.customerName ?? 'Sin cliente'}</strong>
        {body.customer ? <span className="muted"> · {body.customer.identification}</span> : null}
      </p>
      <p className="muted">Fecha {displayDate(body.date ?? document.createdAt.slice(0, 10))}{document.summary.label ? ` · ${document.summary.label}` : ''}</p>
      <table>
        <thead>
          <tr><th>Producto</th><th className="num">Cantidad</th><th className="num">Precio</th><th className="num">Total</th></tr>
        </thead>
        <tbody>
          {lines.map((line, i) => (
            <tr key={line.key}>
              <td>{line.description} <span className="muted small">{line.code}</span></td>
              <td className="num">{line.quantity}</td>
              <td className="num"><Money value={line.price} /></td>
              <td className="num"><Money value={totals.items[i]?.total ?? 0} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="quotation-view-totals"><TotalsPanel totals={totals} /></div>
      {body.observations && <p className="quotation-notes">{body.observations}</p>}
      <div className="form-actions">
        {document.state === 'draft' ? (
          <button type="button" className="btn btn-primary" onClick={onEdit}>Seguir editando</button>
        ) : (
          <button type="button" className="btn btn-primary" onClick={() => go('venta', document.id)}>Convertir en factura</button>
        )}
      </div>
    </article>
  );
}
