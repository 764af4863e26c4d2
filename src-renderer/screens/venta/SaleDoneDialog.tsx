import { MissingIssuerNote } from '../../receipt/MissingIssuerNote';
import type { KeyboardEvent } from 'react';
import type { DocumentRow } from '../../data/outbox/rows';
import { SaleReceipt } from '../../receipt/SaleReceipt';
import { printReceipt } from '../../receipt/print-receipt';
import { Kbd } from '../../ui/Kbd';

/** After a confirm: the receipt (live; the original, not a copy), print it, start the next sale. */
export function SaleDoneDialog({ document, onClose }: { document: DocumentRow; onClose(): void }) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') onClose();
    if (event.key === 'F8') {
      event.preventDefault();
      void printReceipt();
    }
  };
  return (
    <div className="dialog-backdrop">
      <div role="dialog" aria-modal="true" aria-labelledby="sale-done-title" className="dialog panel sale-done" onKeyDown={onKeyDown}>
        <h2 id="sale-done-title" className="no-print">Venta confirmada</h2>
        <p className="muted no-print">
          Quedó guardada en este equipo y se envía a Siigo en orden; el recibo se actualiza solo con el número y el CUFE.
        </p>
        <div className="receipt-frame">
          <SaleReceipt document={document} />
        </div>
        <MissingIssuerNote />
        <div className="form-actions no-print">
          <button type="button" className="btn" onClick={() => void printReceipt()} aria-label="Imprimir recibo" aria-keyshortcuts="F8">
            Imprimir recibo <Kbd>F8</Kbd>
          </button>
          <button type="button" className="btn btn-primary" onClick={onClose} autoFocus aria-label="Nueva venta" aria-keyshortcuts="Enter">
            Nueva venta <Kbd>Enter</Kbd>
          </button>
        </div>
      </div>
    </div>
  );
}
