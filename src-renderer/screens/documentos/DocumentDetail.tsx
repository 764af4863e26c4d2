import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useServices } from '../../app/services';
import type { DocumentRow } from '../../data/outbox/rows';
import { kindLabel } from '../../ui/labels';
import { Money } from '../../ui/Money';
import { StateBadge } from '../../ui/StateBadge';
import { AttentionPanel } from './AttentionPanel';
import { AuditTrail } from './AuditTrail';
import { DianRejection } from './DianRejection';
import { DiscardForm } from './DiscardForm';
import { documentFacts } from './document-facts';
import { FailureExplanation } from './FailureExplanation';
import { formatDateTime, formatDay } from './format';
import { InvoiceActions } from './InvoiceActions';
import { Reprint } from './Reprint';
import { mayDiscard } from '../../data/outbox/user-actions';
import { hasReceipt } from '../../receipt/DocumentReceipt';
import { CreditNoteFacts } from '../devolucion/CreditNoteFacts';
import { InvoiceReturns } from '../devolucion/InvoiceReturns';
import { QuotationOrigin } from '../cotizaciones/QuotationOrigin';

/** States the user may still discard from (the outbox allows no other). */
const discardable = new Set(['queued', 'retrying', 'needs_attention']);

/**
 * One document: its facts, what Siigo or the DIAN said, what can be done, and its history.
 * The panel stays one element while the document loads or changes, so focus and tests hold on to it.
 */
export function DocumentDetail({ documentId, onClose }: { documentId: string; onClose(): void }) {
  const { db } = useServices();
  // null: not on this PC (undefined is reserved for "still loading").
  const document = useLiveQuery(async () => (await db.documents.get(documentId)) ?? null, [db, documentId]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      onClose();
    }
  };
  return (
    <aside className="doc-detail panel" aria-label="Detalle del documento" onKeyDown={onKeyDown}>
      {document === null && (
        <>
          <p>Este documento no existe en este equipo.</p>
          <button type="button" className="btn" onClick={onClose}>
            Cerrar detalle
          </button>
        </>
      )}
      {document && <DocumentView document={document} onClose={onClose} />}
    </aside>
  );
}

function DocumentView({ document, onClose }: { document: DocumentRow; onClose(): void }) {
  const { db } = useServices();
  const operation = useLiveQuery(
    async () => (document.operationId ? ((await db.outbox.get(document.operationId)) ?? null) : null),
    [db, document.operationId],
  );
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Opening a document (Enter in the list) puts the keyboard in its detail.
  useEffect(() => headingRef.current?.focus(), [document.id]);
  const facts = documentFacts(document);
  const title = `${kindLabel[document.kind]} ${facts.number ?? '(sin número aún)'}`;
  return (
    <>
      <header className="doc-detail-head">
        <h2 ref={headingRef} tabIndex={-1}>
          {title}
        </h2>
        <StateBadge document={document} />
        <button type="button" className="btn close" onClick={onClose} aria-label="Cerrar detalle" title="Cerrar (Esc)">
          Cerrar
        </button>
      </header>
      <dl className="facts">
        <dt>Tipo</dt>
        <dd>{kindLabel[document.kind]}</dd>
        <dt>Número</dt>
        <dd>{facts.number ?? 'Se asigna cuando Siigo lo reciba'}</dd>
        <dt>Fecha</dt>
        <dd>{formatDay(facts.date)}</dd>
        {(facts.customerName ?? facts.customerIdentification) && (
          <>
            <dt>Cliente</dt>
            <dd>
              {facts.customerName}
              {facts.customerIdentification && <span className="muted"> · {facts.customerIdentification}</span>}
            </dd>
          </>
        )}
        {facts.total !== null && (
          <>
            <dt>Total</dt>
            <dd>
              <Money value={facts.total} />
            </dd>
          </>
        )}
        {document.dian?.status === 'Accepted' && document.dian.cufe && (
          <>
            <dt>CUFE</dt>
            <dd className="cufe">{document.dian.cufe}</dd>
          </>
        )}
        <dt>Creado en este equipo</dt>
        <dd>{formatDateTime(document.createdAt)}</dd>
      </dl>
      {document.origin && <QuotationOrigin quotationId={document.origin.quotationDocumentId} />}

      {document.state === 'needs_attention' && operation?.lastFailure && <AttentionPanel document={document} failure={operation.lastFailure} />}
      {document.state === 'retrying' && operation?.lastFailure && (
        <FailureExplanation
          failure={operation.lastFailure}
          kind={document.kind}
          title={`No se pudo enviar (intento ${operation.attempts}); Mostrador lo reintentará solo a las ${formatDateTime(new Date(operation.nextAttemptAt).toISOString())}.`}
        />
      )}
      {document.dian?.status === 'Rejected' && <DianRejection document={document} />}
      {document.kind === 'invoice' && document.siigo && <InvoiceActions document={document} />}
      {document.kind === 'invoice' && document.state !== 'draft' && document.state !== 'discarded' && <InvoiceReturns invoice={document} />}
      {document.kind === 'creditNote' && <CreditNoteFacts note={document} />}
      {hasReceipt(document) && document.state !== 'draft' && document.state !== 'discarded' && <Reprint document={document} />}
      {discardable.has(document.state) && operation && mayDiscard(operation) && <DiscardForm documentId={document.id} />}
      {discardable.has(document.state) && operation && !mayDiscard(operation) && (
        <p className="muted" data-testid="no-discard">
          Esta devolución pudo haber llegado a Siigo, que no permite borrar notas crédito: no se descarta, se reenvía con su misma clave hasta saberlo.
        </p>
      )}
      <AuditTrail documentId={document.id} />
    </>
  );
}
