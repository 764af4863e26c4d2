import type { ZReport } from '../../../src-shared/cash/z-report-types';
import { movementKindLabels } from '../../../src-shared/cash/z-report-labels';
import { Money } from '../../ui/Money';
import { formatDateTime } from '../documentos/format';

/** The running figures of an open session: what came in and went out, per payment method. */
export function ZReportFigures({ report }: { report: ZReport }) {
  return (
    <div className="caja-figures">
      <dl className="caja-summary" aria-label="Resumen de la caja">
        <dt>Base inicial</dt>
        <dd><Money value={report.openingFloat} /></dd>
        <dt>Ventas ({report.sales.count})</dt>
        <dd><Money value={report.sales.total} /></dd>
        <dt>Devoluciones ({report.returns.count})</dt>
        <dd><Money value={report.returns.total} /></dd>
        {report.receipts && (
          <>
            <dt>Recibos de caja ({report.receipts.count})</dt>
            <dd><Money value={report.receipts.total} /></dd>
          </>
        )}
        <dt className="strong">Venta neta</dt>
        <dd className="strong"><Money value={report.net} /></dd>
      </dl>
      <table aria-label="Formas de pago">
        <thead>
          <tr>
            <th>Forma de pago</th>
            <th className="num">Ventas</th>
            <th className="num">Devoluciones</th>
            <th className="num">Recibos</th>
            <th className="num">Esperado</th>
          </tr>
        </thead>
        <tbody>
          {report.payments.map((line) => (
            <tr key={line.paymentTypeId ?? 'cash'}>
              <td>
                {line.name}
                {line.kind === 'credit' && <span className="muted small"> (crédito, no se cuenta)</span>}
              </td>
              <td className="num"><Money value={line.sales} /></td>
              <td className="num"><Money value={line.returns} /></td>
              <td className="num"><Money value={line.receipts} /></td>
              <td className="num strong"><Money value={line.expected} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.cashMovements.length > 0 && (
        <table aria-label="Movimientos de efectivo">
          <thead>
            <tr>
              <th>Hora</th>
              <th>Movimiento</th>
              <th>Motivo</th>
              <th className="num">Valor</th>
            </tr>
          </thead>
          <tbody>
            {report.cashMovements.map((movement, i) => (
              <tr key={i}>
                <td>{formatDateTime(movement.at)}</td>
                <td>{movementKindLabels[movement.kind]}</td>
                <td>{movement.reason}</td>
                <td className="num"><Money value={movement.kind === 'out' ? `-${movement.amount}` : movement.amount} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.pending.length > 0 && (
        <p className="muted" data-testid="caja-pending">
          {report.pending.length === 1 ? '1 documento aún no llega a Siigo.' : `${report.pending.length} documentos aún no llegan a Siigo.`} Se listan en el informe Z.
        </p>
      )}
    </div>
  );
}
