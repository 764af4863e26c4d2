import { useState } from 'react';
import { useServices } from '../../app/services';
import type { DocumentRow } from '../../data/outbox/rows';
import { FailureExplanation, failureOf } from './FailureExplanation';
import type { Failure } from '../../../src-shared/failure';

/**
 * The DIAN rejected an invoice Siigo had accepted. It already has its number in Siigo, so it is
 * not resent from here: Siigo Nube corrects and re-sends it (FIELD-NOTES: rejected invoices are
 * fixed and re-sent from Siigo Nube). The DIAN's errors can be fetched again from Siigo.
 */
export function DianRejection({ document }: { document: DocumentRow }) {
  const { bridge } = useServices();
  const [fresh, setFresh] = useState<string[] | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);
  const errors = fresh ?? document.dian?.errors ?? [];

  const refresh = async () => {
    if (!document.siigo) return;
    setBusy(true);
    setFailure(null);
    try {
      const answer = await bridge.invoke('invoices:stamp-errors', { id: document.siigo.id });
      setFresh(answer.errors.map((error) => (error.code ? `${error.message} (${error.code})` : error.message)));
    } catch (error) {
      setFailure(failureOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="attention dian-rejected" aria-labelledby="dian-title">
      <h3 id="dian-title">La DIAN rechazó esta factura</h3>
      <p>
        La factura ya existe en Siigo con el número {document.siigo?.name ?? ''}. Las facturas rechazadas por la DIAN se corrigen y se
        vuelven a enviar desde Siigo Nube, no desde Mostrador. Estos son los errores que reportó la DIAN:
      </p>
      {errors.length > 0 ? (
        <ul className="dian-errors">
          {errors.map((error, index) => (
            <li key={index}>{error}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">Siigo no informó el detalle del rechazo.</p>
      )}
      {document.siigo && (
        <div className="actions">
          <button type="button" className="btn" disabled={busy} onClick={() => void refresh()}>
            Consultar errores de la DIAN
          </button>
          {busy && <span className="muted">Consultando a Siigo…</span>}
        </div>
      )}
      {failure && <FailureExplanation failure={failure} title="No se pudieron consultar los errores:" />}
    </section>
  );
}
