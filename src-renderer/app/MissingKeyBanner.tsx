import { useApp } from './app-store';
import { useOutboxCounts } from './outbox-counts';
import { useServices } from './services';

const pendingDocuments = (n: number) => (n === 1 ? '1 documento pendiente' : `${n.toLocaleString('es-CO')} documentos pendientes`);

/** Shown only while the company's access key is missing: what waits for it, and where to enter it. */
export function MissingKeyBanner() {
  const { db, company } = useServices();
  const counts = useOutboxCounts(db);
  const waiting = counts ? counts.pending + counts.needsAttention : 0;
  return (
    <div role="alert" className="error-banner" data-testid="missing-key">
      {waiting > 0
        ? `${pendingDocuments(waiting)} de ${company.name}: ingrese la llave de acceso para enviarlos.`
        : `Falta la llave de acceso de ${company.name}: ingrésela para enviar documentos.`}{' '}
      <button type="button" className="link" onClick={() => useApp.getState().go('ajustes')}>
        Ir a Ajustes
      </button>
    </div>
  );
}
