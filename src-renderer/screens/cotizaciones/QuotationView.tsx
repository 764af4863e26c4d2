import { useState } from 'react';
import { useApp } from '../../app/app-store';
import { cartTotals, linesFromItems } from '../../forms/lines/cart-lines';
import { TotalsPanel } from '../../forms/lines/TotalsPanel';
import { Money } from '../../ui/Money';
import { documentNumber } from '../../receipt/receipt-model';
import { LifeBadge } from './LifeBadge';
import { displayDate, notesOf } from './quotation-draft';
import { mayEditQuotation } from './quotation-life';
import { QuotationShare } from './QuotationShare';
import { useQuotation } from './use-quotation';
import { useQuotationSettings } from './use-quotation-settings';

/**
 * One quotation as it is now (pending edits included), what became of it, and what can be done:
 * edit it, convert it into a sale once (then open that invoice), print, save or send it.
 */
export function QuotationView({ documentId, onEdit }: { documentId: string; onEdit(): void }) {
  const go = useApp((state) => state.go);
  const state = useQuotation(documentId);
  const settings = useQuotationSettings();
  const [sharing, setSharing] = useState(false);
  if (state === undefined || !settings) return <p className="muted">Cargando…</p>;
  if (state === null) return <p className="muted">La cotización ya no existe.</p>;
  const { quotation, version, link, life, taxes, sellerName } = state;
  const { body, summary } = version;
  const lines = linesFromItems(body.items, taxes);
  // The type's discount kind, as the editor and the list total it: a 10 may be 10% or $ 10.
  const totals = cartTotals(lines, settings.discountKind);
  const notes = notesOf(body);
  const invoiceName = link.invoice ? (documentNumber(link.invoice) ?? 'sin número aún') : null;
  const editable = mayEditQuotation(life);
  return (
    <article className="quotation-view panel" aria-labelledby="quotation-title">
      <header className="quotation-view-head">
        <h2 id="quotation-title">Cotización {documentNumber(quotation) ?? ''}</h2>
        <LifeBadge life={life} />
      </header>
      {version.pendingChanges && (
        <p className="quotation-pending" role="status" data-testid="pending-changes">
          Cambios pendientes de enviar a Siigo
          {version.pendingEditIds.length > 0 && (
            <>
              {' · '}
              <button type="button" className="link" onClick={() => go('documentos', version.pendingEditIds.at(-1))}>Ver en Documentos</button>
            </>
          )}
        </p>
      )}
      {quotation.state === 'needs_attention' && (
        <p className="quotation-pending" role="alert" data-testid="refused-quotation">
          Siigo no aceptó la cotización: corríjala o descártela en Documentos.{' '}
          <button type="button" className="link" onClick={() => go('documentos', quotation.id)}>Ver en Documentos</button>
        </p>
      )}
      {version.refusedEditIds.length > 0 && (
        <p className="quotation-pending" role="alert" data-testid="refused-changes">
          Siigo no aceptó los cambios: en Siigo sigue la cotización anterior. Corríjalos o descártelos en Documentos.{' '}
          <button type="button" className="link" onClick={() => go('documentos', version.refusedEditIds.at(-1))}>Ver en Documentos</button>
        </p>
      )}
      {link.invoice && (
        <p className="quotation-invoice" data-testid="quotation-invoice">
          Facturada en{' '}
          <button type="button" className="link" onClick={() => go('documentos', link.invoice!.id)}>
            la factura {invoiceName}
          </button>
        </p>
      )}
      {life === 'vencida' && (
        <p className="quotation-pending" data-testid="expired">Venció el {displayDate(version.validUntil)}: confirme precios con el cliente antes de facturarla, o edítela con una nueva fecha de validez.</p>
      )}
      {!link.invoice && link.openSale && (
        <p className="muted" data-testid="open-sale">Hay una venta de esta cotización abierta en Venta, sin confirmar.</p>
      )}
      <p>
        <strong>{summary.customerName ?? 'Sin cliente'}</strong>
        {body.customer ? <span className="muted"> · {body.customer.identification}</span> : null}
      </p>
      <p className="muted">
        Fecha {displayDate(body.date ?? quotation.createdAt.slice(0, 10))}
        {version.validUntil ? ` · Válida hasta ${displayDate(version.validUntil)}` : ''}
        {sellerName ? ` · Vendedor ${sellerName}` : ''}
      </p>
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
      {notes && <p className="quotation-notes">{notes}</p>}
      <div className="form-actions">
        {quotation.state === 'draft' ? (
          <button type="button" className="btn btn-primary" onClick={onEdit}>Seguir editando</button>
        ) : (
          <>
            {link.invoice ? (
              <button type="button" className="btn btn-primary" onClick={() => go('documentos', link.invoice!.id)}>Ver factura {invoiceName}</button>
            ) : (
              <button type="button" className="btn btn-primary" disabled={life === 'descartada'} onClick={() => go('venta', link.openSale?.id ?? quotation.id)}>
                Convertir en factura
              </button>
            )}
            <button
              type="button"
              className="btn"
              disabled={!editable}
              title={editable ? undefined : life === 'facturada' ? 'Ya se facturó: no se puede editar' : 'Descartada: no se puede editar'}
              onClick={onEdit}
            >
              Editar
            </button>
            <button type="button" className="btn" onClick={() => setSharing(true)}>Imprimir, PDF o correo</button>
          </>
        )}
      </div>
      {life === 'facturada' && <p className="muted small">Ya se facturó: no se puede editar ni convertir otra vez.</p>}
      {sharing && <QuotationShare state={state} discountKind={settings.discountKind} onClose={() => setSharing(false)} />}
    </article>
  );
}
