import { useRef, useState } from 'react';
import { zReportCsv, zReportFileName } from '../../../src-shared/cash/z-report-csv';
import type { ZReport } from '../../../src-shared/cash/z-report-types';
import { printReceipt } from '../../receipt/print-receipt';
import { ZReportReceipt } from '../../receipt/ZReportReceipt';
import { downloadText } from '../documentos/download';

/**
 * A Z report on screen as it prints on the roll, with "Imprimir" and "Exportar CSV" (for the
 * accountant; the CSV carries its own BOM). A reprint of a closed session is marked as a copy.
 */
export function ZReportDocument({ report, copy }: { report: ZReport; copy: boolean }) {
  const roll = useRef<HTMLDivElement>(null);
  const [note, setNote] = useState<string | null>(null);

  const exportCsv = () => {
    const name = zReportFileName(report);
    downloadText(name, zReportCsv(report), 'text/csv;charset=utf-8');
    setNote(`Se descargó ${name}.`);
  };

  return (
    <section className="caja-report" aria-label="Informe Z">
      <div className="actions no-print">
        <button type="button" className="btn btn-primary" onClick={() => void printReceipt(roll.current?.querySelector('.receipt-printable'))}>
          {copy ? 'Reimprimir (copia)' : 'Imprimir'}
        </button>
        <button type="button" className="btn" onClick={exportCsv}>
          Exportar CSV
        </button>
        {note && (
          <span className="muted" role="status">
            {note}
          </span>
        )}
      </div>
      <div ref={roll} className="caja-roll">
        <ZReportReceipt report={report} copy={copy} />
      </div>
    </section>
  );
}
