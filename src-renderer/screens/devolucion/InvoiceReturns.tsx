import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useApp } from '../../app/app-store';
import { useServices } from '../../app/services';
import type { DocumentRow } from '../../data/outbox/rows';
import { documentStateLabel } from '../../ui/labels';
import { Money } from '../../ui/Money';
import { ReturnDialog } from './ReturnDialog';
import { creditedAmounts, creditNotesOf, totalsCatalogs } from '../../data/outbox/credit-notes';
import './devolucion.css';

/**
 * An invoice's returns in its detail: the credit notes made for it, what is left of it, and the
 * way to return more or annul it. A sent invoice cannot change in Siigo; a credit note is how it
 * is corrected.
 */
export function InvoiceReturns({ invoice }: { invoice: DocumentRow }) {
  const { db } = useServices();
  const go = useApp((state) => state.go);
  const [open, setOpen] = useState(false);
  const data = useLiveQuery(async () => {
    const notes = await creditNotesOf(db, invoice.id);
    return { notes, amounts: creditedAmounts(invoice.body, notes, await totalsCatalogs(db)) };
  }, [db, invoice]);
  if (!data) return null;
  return (
    <section className="credit-notes-of-invoice" aria-label="Devoluciones de la factura">
      <h3>Devoluciones</h3>
      {data.notes.length === 0 ? (
        <p className="muted">Sin devoluciones. Para corregir o anular una factura enviada se emite una nota crédito.</p>
      ) : (
        <>
          <ul>
            {data.notes.map((note) => (
              <li key={note.id}>
                <button type="button" className="link" onClick={() => go('documentos', note.id)}>
                  {note.siigo?.name ?? 'Nota crédito en cola'}
                </button>{' '}
                <Money value={note.summary.total ?? '0'} /> · {documentStateLabel(note).text}
              </li>
            ))}
          </ul>
          <p data-testid="invoice-remaining">
            Saldo vigente de la factura: <Money value={data.amounts.remaining} /> de <Money value={data.amounts.invoiced} />
          </p>
        </>
      )}
      <button type="button" className="btn" onClick={() => setOpen(true)}>
        Devolución o anulación
      </button>
      {open && <ReturnDialog invoice={invoice} onClose={() => setOpen(false)} />}
    </section>
  );
}
