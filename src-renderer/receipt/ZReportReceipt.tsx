import { movementKindLabels, pendingStateLabel, rangeKindLabels } from '../../src-shared/cash/z-report-labels';
import type { ZReport } from '../../src-shared/cash/z-report-types';
import { formatCop } from '../../src-shared/money/format-cop';
import { useRollSettings } from './receipt-data';
import { receiptDateTime } from './receipt-model';
import { Amounts, Facts, Footer, IssuerHeader, Roll, Section, TaxesByRate } from './roll';

/** Returns and cash taken out print as negative amounts (the report gives them as positive text). */
const minus = (amount: string) => (amount.startsWith('-') ? amount.slice(1) : `-${amount}`);
const isZero = (amount: string) => /^-?0*(\.0*)?$/.test(amount);

/** A count below what was expected is a shortage (faltante); above, a surplus (sobrante). */
function differenceLabel(difference: string): string {
  if (isZero(difference)) return 'Diferencia';
  return difference.startsWith('-') ? 'Faltante' : 'Sobrante';
}

const rangeText = (range: ZReport['ranges'][number]) => {
  const numbers = range.first === null ? 'sin número aún' : range.first === range.last ? `${range.first}` : `${range.first}–${range.last}`;
  return `${rangeKindLabels[range.kind]} ${range.prefix ? `${range.prefix} ` : ''}${numbers}`;
};

/**
 * The Z report (informe de cierre de caja) on the roll: what the session sold and returned, the
 * taxes by rate, per payment method what should be in the drawer against what was counted, the
 * cash movements, the number ranges used and what Siigo has not accepted yet. The figures come
 * computed (`computeZReport`, src-shared/cash/z-report.ts); this only lays them out.
 */
export function ZReportReceipt({ report, copy }: { report: ZReport; copy?: boolean }) {
  const { issuer, rollWidth } = useRollSettings();
  return (
    <Roll label="Informe Z" width={rollWidth} copy={copy}>
      <IssuerHeader issuer={issuer} />
      <div className="receipt-heading">
        <h2>INFORME Z · Cierre de caja</h2>
        <p className={report.closedAt ? 'receipt-status' : 'receipt-status provisional'} data-testid="receipt-status">
          {report.closedAt ? 'Caja cerrada' : 'Caja abierta — informe parcial'}
        </p>
      </div>
      <Facts
        testId="z-session"
        rows={[
          ['Cajero', report.cashier.name],
          ['Apertura', receiptDateTime(report.openedAt)],
          report.closedAt ? ['Cierre', receiptDateTime(report.closedAt)] : null,
          ['Sesión', report.sessionId],
        ]}
      />
      <Amounts
        testId="z-summary"
        rows={[
          { label: 'Base inicial', value: report.openingFloat },
          { label: `Ventas (${report.sales.count})`, value: report.sales.total },
          { label: `Devoluciones (${report.returns.count})`, value: minus(report.returns.total) },
          { label: 'VENTA NETA', value: report.net, strong: true },
          report.receipts.count > 0 ? { label: `Recibos de caja (${report.receipts.count})`, value: report.receipts.total } : null,
        ]}
      />
      {report.taxes.length > 0 && (
        <Section title="Impuestos">
          <TaxesByRate taxes={report.taxes} />
        </Section>
      )}
      <Section title="Formas de pago" testId="z-payments">
        {report.payments.map((payment) => (
          <div key={`${payment.paymentTypeId ?? 'none'}-${payment.name}`} className="receipt-block" data-testid="z-payment">
            <p className="receipt-block-title">
              {payment.name}
              {payment.kind === 'credit' ? ' (a crédito, no entra a caja)' : ''}
            </p>
            <Amounts
              rows={[
                !isZero(payment.sales) && { label: 'Ventas', value: payment.sales },
                !isZero(payment.returns) && { label: 'Devoluciones', value: minus(payment.returns) },
                !isZero(payment.receipts) && { label: 'Recibos de caja', value: payment.receipts },
                { label: payment.kind === 'cash' ? 'Esperado en caja' : 'Esperado', value: payment.expected, strong: true },
                payment.counted !== null && { label: 'Contado', value: payment.counted },
                payment.difference !== null && { label: differenceLabel(payment.difference), value: payment.difference },
              ]}
            />
          </div>
        ))}
        <Amounts
          testId="z-totals"
          rows={[
            { label: 'Total esperado', value: report.totals.expected, strong: true },
            report.totals.counted !== null && { label: 'Total contado', value: report.totals.counted },
            report.totals.difference !== null && { label: differenceLabel(report.totals.difference), value: report.totals.difference, strong: true },
          ]}
        />
      </Section>
      {report.cashMovements.length > 0 && (
        <Section title="Movimientos de efectivo" testId="z-movements">
          <Amounts
            rows={[
              ...report.cashMovements.map((movement) => ({
                label: `${receiptDateTime(movement.at)} ${movementKindLabels[movement.kind]}: ${movement.reason}`,
                value: movement.kind === 'out' ? minus(movement.amount) : movement.amount,
              })),
              { label: 'Total entradas', value: report.cashIn },
              { label: 'Total salidas', value: minus(report.cashOut) },
            ]}
          />
        </Section>
      )}
      {report.ranges.length > 0 && (
        <Section title="Documentos" testId="z-ranges">
          <Facts rows={report.ranges.map((range) => [rangeText(range), `${range.count}${range.pending > 0 ? ` (${range.pending} sin número)` : ''}`] as const)} />
        </Section>
      )}
      {report.pending.length > 0 && (
        <Section title="Pendientes de Siigo" testId="z-pending">
          <p className="receipt-status provisional">{report.pending.length} documento(s) aún sin aceptar en Siigo</p>
          <Facts rows={report.pending.map((doc) => [`${doc.label} · ${pendingStateLabel(doc.state)}`, formatCop(doc.total)] as const)} />
        </Section>
      )}
      <Footer>
        <p>Firma del cajero</p>
        <p>______________________</p>
      </Footer>
    </Roll>
  );
}
