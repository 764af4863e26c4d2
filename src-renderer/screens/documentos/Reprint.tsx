import { useEffect, useRef, useState } from 'react';
import type { DocumentRow } from '../../data/outbox/rows';
import { DocumentReceipt } from '../../receipt/DocumentReceipt';
import { LetterPrintButton } from '../../receipt/LetterPrintButton';
import { printReceipt } from '../../receipt/print-receipt';

/**
 * Reprints a document's roll receipt (sale, credit note, cash receipt) as it is now: Siigo
 * number, DIAN state, CUFE and QR. A reprint is marked COPIA; only the print right after the sale
 * is the original. The receipt reads its catalogs first, so printing waits until it is drawn.
 * A recibo de caja also prints on a letter page ("Imprimir en carta").
 */
export function Reprint({ document }: { document: DocumentRow }) {
  const [showing, setShowing] = useState(false);
  const [printed, setPrinted] = useState(false);
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!showing || printed) return;
    let frame = 0;
    const printWhenDrawn = () => {
      const receipt = container.current?.querySelector('.receipt-printable');
      if (receipt) {
        setPrinted(true);
        void printReceipt(receipt);
      } else frame = requestAnimationFrame(printWhenDrawn);
    };
    frame = requestAnimationFrame(printWhenDrawn);
    return () => cancelAnimationFrame(frame);
  }, [showing, printed]);

  return (
    <section className="reprint" aria-label="Recibo">
      <div className="actions">
        <button
          type="button"
          className="btn"
          onClick={() => {
            setPrinted(false);
            setShowing(true);
          }}
        >
          {document.kind === 'voucher' ? 'Imprimir en rollo' : 'Reimprimir recibo'}
        </button>
        {document.kind === 'voucher' && <LetterPrintButton document={document} copy />}
        {showing && (
          <button type="button" className="btn" onClick={() => setShowing(false)}>
            Ocultar recibo
          </button>
        )}
      </div>
      {showing && (
        <div ref={container} className="reprint-preview">
          <DocumentReceipt document={document} copy />
        </div>
      )}
    </section>
  );
}
