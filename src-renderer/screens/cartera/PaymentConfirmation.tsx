import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { useApp } from '../../app/app-store';
import { useServices } from '../../app/services';
import { Money } from '../../ui/Money';
import { StateBadge } from '../../ui/StateBadge';

/** The receipt just confirmed, with its state as the outbox moves it (live from the document). */
export function PaymentConfirmation({ documentId, onNext }: { documentId: string; onNext(): void }) {
  const { db } = useServices();
  const go = useApp((state) => state.go);
  const document = useLiveQuery(() => db.documents.get(documentId), [db, documentId]);
  const next = useRef<HTMLButtonElement>(null);
  useEffect(() => next.current?.focus(), []);
  return (
    <section className="panel confirmation" role="status" aria-labelledby="confirmation-title">
      <h2 id="confirmation-title">Recibo de caja registrado</h2>
      {document && (
        <>
          <p>
            {document.summary.label} · {document.summary.customerName} ·{' '}
            {document.summary.total && <Money value={document.summary.total} />}
          </p>
          <p>
            Estado: <StateBadge document={document} />
            {document.siigo?.name ? ` · ${document.siigo.name}` : ' · Se enviará a Siigo en cuanto haya conexión.'}
          </p>
        </>
      )}
      <div className="actions">
        <button ref={next} type="button" className="btn btn-primary" onClick={onNext}>
          Volver al estado de cuenta
        </button>
        <button type="button" className="btn" onClick={() => go('documentos', documentId)}>
          Ver en Documentos
        </button>
      </div>
    </section>
  );
}
