import { useLiveQuery } from 'dexie-react-hooks';
import { colombiaToday } from '../../../src-shared/validation';
import { useApp } from '../../app/app-store';
import { useServices } from '../../app/services';
import { invoiceIdOf } from '../../data/outbox/credit-notes';
import type { DocumentRow } from '../../data/outbox/rows';
import { formatDay } from '../documentos/format';
import { dianDeadline, dianWindow } from './dian-window';

/**
 * A credit note's detail: the invoice it corrects and, for an electronic note the DIAN has not
 * accepted, the DIAN's 10-day window from its date. A note still on this PC is dated the day it
 * reaches Siigo (prepare-body.ts), so the window only runs once it is there: a rejected note must
 * be corrected and sent again from Siigo Nube within it.
 */
export function CreditNoteFacts({ note }: { note: DocumentRow }) {
  const { db } = useServices();
  const go = useApp((state) => state.go);
  const invoiceId = invoiceIdOf(note);
  const invoice = useLiveQuery(async () => (invoiceId ? ((await db.documents.get(invoiceId)) ?? null) : null), [db, invoiceId]);
  const body = note.body as { date?: string; stamp?: { send?: boolean } };
  const electronic = body.stamp?.send === true;
  const open = electronic && note.state === 'sent' && note.dian !== null && note.dian.status !== 'Accepted' && typeof body.date === 'string';
  const deadline = open ? dianWindow(body.date!, colombiaToday(new Date())) : null;
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
      {electronic && note.state !== 'sent' && note.state !== 'discarded' && (
        <p className="muted small">Se envía a la DIAN con la fecha del día en que llegue a Siigo.</p>
      )}
      {deadline && (deadline.warn || note.dian?.status === 'Rejected') && (
        <p className="notice" role="alert" data-testid="dian-window">
          {deadline.closed
            ? `Pasaron los 10 días que da la DIAN desde el ${formatDay(body.date!)}: consulte con su contador cómo corregir esta devolución.`
            : `La DIAN recibe esta nota crédito hasta el ${formatDay(dianDeadline(body.date!))} (quedan ${deadline.daysLeft} día(s)): si la rechazó, corríjala y reenvíela desde Siigo Nube antes.`}
        </p>
      )}
    </section>
  );
}
