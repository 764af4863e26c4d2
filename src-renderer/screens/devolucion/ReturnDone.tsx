import { MissingIssuerNote } from '../../receipt/MissingIssuerNote';
import type { KeyboardEvent } from 'react';
import type { DocumentRow } from '../../data/outbox/rows';
import { CreditNoteReceipt } from '../../receipt/CreditNoteReceipt';
import { printReceipt } from '../../receipt/print-receipt';
import { Kbd } from '../../ui/Kbd';

/** After a return is registered: its receipt (live: the number and CUDE arrive by themselves), print, close. */
export function ReturnDone({ note, onClose }: { note: DocumentRow; onClose(): void }) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    }
    if (event.key === 'F8') {
      event.preventDefault();
      void printReceipt();
    }
  };
  return (
    <div className="dialog-backdrop">
      <div role="dialog" aria-modal="true" aria-labelledby="return-done-title" className="dialog panel sale-done" onKeyDown={onKeyDown}>
        <h2 id="return-done-title" className="no-print">Devolución registrada</h2>
        <p className="muted no-print">La nota crédito quedó guardada en este equipo y se envía a Siigo en orden.</p>
        <div className="receipt-frame">
          <CreditNoteReceipt document={note} />
        </div>
        <MissingIssuerNote />
        <div className="form-actions no-print">
          <button type="button" className="btn" onClick={() => void printReceipt()} aria-label="Imprimir comprobante de devolución" aria-keyshortcuts="F8">
            Imprimir comprobante <Kbd>F8</Kbd>
          </button>
          <button type="button" className="btn btn-primary" onClick={onClose} autoFocus>
            Cerrar
          </button>
        </div>
      </div>
    </div>
  );
}
