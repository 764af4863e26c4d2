import { useId, useRef, useState, type FormEvent } from 'react';
import { useServices } from '../../app/services';
import { PinField } from '../ajustes/PinField';
import { usePinGuard } from '../ajustes/use-pin-guard';

/**
 * Discarding is final (the document will never reach Siigo), so it takes two steps and a reason,
 * which stays in the audit trail and main's journal for the accountant. With an administrator's
 * PIN set, an administrator authorises it: main checks the PIN before anything is discarded.
 */
export function DiscardForm({ documentId }: { documentId: string }) {
  const { outbox } = useServices();
  const pin = usePinGuard();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const errorId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < 3) {
      setError('Escriba el motivo del descarte (queda en la auditoría).');
      reasonRef.current?.focus();
      return;
    }
    setBusy(true);
    try {
      if (!(await pin.authorise())) return;
      await outbox.discard(documentId, reason.trim());
      setOpen(false);
    } catch (cause) {
      setError(`No se pudo descartar: ${cause instanceof Error ? cause.message : String(cause)}`);
    } finally {
      setBusy(false);
    }
  };

  if (!open) {
    return (
      <div className="actions">
        <button
          type="button"
          className="btn btn-danger"
          onClick={() => {
            setOpen(true);
            requestAnimationFrame(() => reasonRef.current?.focus());
          }}
        >
          Descartar
        </button>
      </div>
    );
  }
  return (
    <form className="discard" onSubmit={(event) => void submit(event)} noValidate>
      <p>El documento no se enviará a Siigo. Esta acción no se puede deshacer.</p>
      <label>
        Motivo del descarte
        <textarea
          ref={reasonRef}
          rows={2}
          value={reason}
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => {
            setReason(event.target.value);
            setError(null);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              setOpen(false);
            }
          }}
        />
      </label>
      {error && (
        <p id={errorId} role="alert" className="field-error">
          {error}
        </p>
      )}
      {pin.required && (
        <>
          <p className="muted">Descartar necesita la autorización de un administrador.</p>
          <PinField ref={pin.field.ref} value={pin.field.value} error={pin.field.error} onChange={pin.field.onChange} />
        </>
      )}
      <div className="actions">
        <button type="submit" className="btn btn-danger" disabled={busy}>
          Confirmar descarte
        </button>
        <button type="button" className="btn" onClick={() => setOpen(false)}>
          Cancelar
        </button>
      </div>
    </form>
  );
}
