import { MissingIssuerNote } from '../../receipt/MissingIssuerNote';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { useApp } from '../../app/app-store';
import { useServices } from '../../app/services';
import { LetterPrintButton } from '../../receipt/LetterPrintButton';
import { printReceipt } from '../../receipt/print-receipt';
import { VoucherReceipt } from '../../receipt/VoucherReceipt';
import { Money } from '../../ui/Money';
import { StateBadge } from '../../ui/StateBadge';

/**
 * The receipt just confirmed, with its state as the outbox moves it (live from the document), and
 * the recibo de caja to print for the customer: on the counter's roll, or on a letter page.
 */
export function PaymentConfirmation({ documentId, onNext }: { documentId: string; onNext(): void }) {
  const { db } = useServices();
  const go = useApp((state) => state.go);
  const document = useLiveQuery(() => db.documents.get(documentId), [db, documentId]);
  const next = useRef<HTMLButtonElement>(null);
  const roll = useRef<HTMLDivElement>(null);
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
      {document && (
        <>
          <div ref={roll} className="receipt-frame">
            <VoucherReceipt document={document} />
          </div>
          <MissingIssuerNote />
        </>
      )}
      <div className="actions">
        <button type="button" className="btn" onClick={() => void printReceipt(roll.current?.querySelector('.receipt-printable'))}>
          Imprimir en rollo
        </button>
        {document && <LetterPrintButton document={document} />}
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
