import { useState } from 'react';
import { useServices } from '../../app/services';

/**
 * Puts a refused document back in the queue (unchanged, or with a corrected body, which gets a
 * new Idempotency-Key) and wakes the outbox so it goes out now rather than at the next interval.
 */
export function useResend(documentId: string) {
  const { outbox } = useServices();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const resend = async (correctedBody?: unknown): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await outbox.resend(documentId, correctedBody);
      return true;
    } catch (cause) {
      setError(`No se pudo poner en cola de nuevo: ${cause instanceof Error ? cause.message : String(cause)}`);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { resend, busy, error };
}
