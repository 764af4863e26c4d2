import { useRef } from 'react';
import type { DocumentRow } from '../data/outbox/rows';
import { LetterVoucherReceipt } from './LetterVoucherReceipt';
import { printLetter } from './print-letter';

/**
 * "Imprimir en carta" for a recibo de caja: the letter page is drawn out of sight (its data loads
 * with the screen), and the button prints that page through the system dialog.
 */
export function LetterPrintButton({ document, copy }: { document: DocumentRow; copy?: boolean }) {
  const source = useRef<HTMLDivElement>(null);
  return (
    <>
      <button type="button" className="btn" onClick={() => printLetter(source.current?.querySelector('.receipt-letter-printable'))}>
        Imprimir en carta
      </button>
      <div ref={source} className="letter-source" hidden>
        <LetterVoucherReceipt document={document} copy={copy ?? false} />
      </div>
    </>
  );
}
