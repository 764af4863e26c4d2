import { useState } from 'react';
import type { Failure } from '../../../src-shared/failure';
import { isDefiniteRefusal } from '../../../src-shared/outbox/retry-schedule';
import { useApp } from '../../app/app-store';
import type { DocumentRow } from '../../data/outbox/rows';
import { CustomerFix } from './CustomerFix';
import { useResend } from './use-resend';

/**
 * How a refused document is fixed depends on what it is: an invoice is corrected in Venta (which
 * loads it and resends), a customer in the customer form, and a payment or quotation is resent
 * as it is once the cause was fixed (often in Siigo Nube: an inactive seller, a blocked date).
 * A correction (a new Idempotency-Key) is offered only after a definite refusal: when the last
 * attempt may have landed, the only way on is resending with the same key.
 */
export function FixAndResend({ document, failure }: { document: DocumentRow; failure: Failure }) {
  const go = useApp((state) => state.go);
  const { resend, busy, error } = useResend(document.id);
  const [editingCustomer, setEditingCustomer] = useState(false);
  const canCorrect = isDefiniteRefusal(failure) && (document.kind === 'invoice' || document.kind === 'customer');

  if (editingCustomer) return <CustomerFix document={document} onDone={() => setEditingCustomer(false)} />;
  return (
    <div className="actions">
      {canCorrect && (
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => (document.kind === 'invoice' ? go('venta', document.id) : setEditingCustomer(true))}
        >
          Corregir y reenviar
        </button>
      )}
      <button type="button" className={canCorrect ? 'btn' : 'btn btn-primary'} disabled={busy} onClick={() => void resend()}>
        Reenviar sin cambios
      </button>
      {busy && <span className="muted">Poniendo en cola…</span>}
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
