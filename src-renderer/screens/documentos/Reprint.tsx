import { useEffect, useRef, useState } from 'react';
import type { DocumentRow } from '../../data/outbox/rows';
import { printReceipt } from '../../receipt/print-receipt';
import { Receipt } from '../../receipt/Receipt';

/**
 * Reprints a sale's receipt with the shared Receipt (it shows the Siigo number, DIAN state and
 * CUFE as they are now). The receipt reads its catalogs first, so printing waits until it is drawn.
 */
export function Reprint({ document }: { document: DocumentRow }) {
  const [showing, setShowing] = useState(false);
  const [printed, setPrinted] = useState(false);
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!showing || printed) return;
    let frame = 0;
    const printWhenDrawn = () => {
      if (container.current?.querySelector('.receipt-printable')) {
        setPrinted(true);
        printReceipt();
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
          Reimprimir recibo
        </button>
        {showing && (
          <button type="button" className="btn" onClick={() => setShowing(false)}>
            Ocultar recibo
          </button>
        )}
      </div>
      {showing && (
        <div ref={container} className="reprint-preview">
          <Receipt document={document} />
        </div>
      )}
    </section>
  );
}
