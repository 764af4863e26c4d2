import { useLiveQuery } from 'dexie-react-hooks';
import { colombiaToday } from '../../../src-shared/validation';
import { useApp } from '../../app/app-store';
import { useServices } from '../../app/services';
import type { DocumentRow } from '../../data/outbox/rows';
import { dianWindow } from './dian-window';

/** A credit note's detail: the invoice it corrects, and the DIAN's window while it is still on this PC. */
export function CreditNoteFacts({ note }: { note: DocumentRow }) {
  const { db } = useServices();
  const go = useApp((state) => state.go);
  const invoiceId = note.refs.find((ref) => ref.use === 'invoice-id')?.documentId;
  const invoice = useLiveQuery(async () => (invoiceId ? ((await db.documents.get(invoiceId)) ?? null) : null), [db, invoiceId]);
  const electronic = (note.body as { stamp?: { send?: boolean } }).stamp?.send === true;
  const deadline = dianWindow(colombiaToday(new Date(note.createdAt)), colombiaToday(new Date()));
  return (
    <section aria-label="Factura corregida">
      {invoice && (
        <p>
          Corrige la factura{' '}
          <button type="button" className="link" onClick={() => go('documentos', invoice.id)}>
            {invoice.siigo?.name ?? 'en cola'}
          </button>
        </p>
      )}
      {electronic && note.state !== 'sent' && note.state !== 'discarded' && deadline.warn && (
        <p className="notice" role="alert" data-testid="dian-window">
          {deadline.closed
            ? 'Pasaron más de 10 días desde esta devolución: la DIAN puede rechazar la nota crédito por extemporánea. Envíela cuanto antes.'
            : `Quedan ${deadline.daysLeft} día(s) para que la DIAN reciba esta nota crédito: conecte el equipo para enviarla.`}
        </p>
      )}
    </section>
  );
}
