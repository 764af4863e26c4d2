import { CSV_BOM, csvHeader, csvLine, csvText, numberCell, textCell, type Cell } from '../csv/excel-csv';
import { bogotaDateTime } from './bogota-time';
import { movementKindLabels, pendingStateLabel, rangeKindLabels } from './z-report-labels';
import type { ZReport } from './z-report-types';

/**
 * The Z report as a CSV file for Excel in Colombia (the conventions are in `../csv/excel-csv.ts`):
 * one section per table, each with a title line and its Spanish headers, separated by a blank line.
 */
export { CSV_BOM };

const t = textCell;
const n = numberCell;

function section(title: string, headers: readonly string[], rows: ReadonlyArray<readonly Cell[]>): string[] {
  return [csvText(title), csvHeader(headers), ...rows.map(csvLine)];
}

export function zReportCsv(report: ZReport): string {
  const sections = [
    section('Informe Z', ['Dato', 'Valor'], [
      [t('Sesión'), t(report.sessionId)],
      [t('Cajero'), t(report.cashier.name)],
      [t('Apertura'), t(bogotaDateTime(report.openedAt))],
      [t('Cierre'), t(report.closedAt ? bogotaDateTime(report.closedAt) : 'Caja abierta')],
      [t('Base inicial'), n(report.openingFloat)],
    ]),
    section('Ventas y devoluciones', ['Concepto', 'Cantidad', 'Total'], [
      [t('Ventas'), report.sales.count, n(report.sales.total)],
      [t('Devoluciones'), report.returns.count, n(report.returns.total)],
      [t('Ventas netas'), t(''), n(report.net)],
      [t('Recibos de caja'), report.receipts.count, n(report.receipts.total)],
    ]),
    section('Impuestos', ['Impuesto', 'Base', 'Valor'], report.taxes.map((tax) => [t(tax.name), n(tax.base), n(tax.value)])),
    section(
      'Formas de pago',
      ['Forma de pago', 'Ventas', 'Devoluciones', 'Recibos de caja', 'Esperado', 'Contado', 'Diferencia'],
      [
        ...report.payments.map((p) => [t(p.name), n(p.sales), n(p.returns), n(p.receipts), n(p.expected), n(p.counted), n(p.difference)]),
        ...(report.totals ? [[t('Total'), t(''), t(''), t(''), n(report.totals.expected), n(report.totals.counted), n(report.totals.difference)]] : []),
      ],
    ),
    section('Movimientos de efectivo', ['Fecha', 'Tipo', 'Valor', 'Motivo'], report.cashMovements.map((m) => [t(bogotaDateTime(m.at)), t(movementKindLabels[m.kind]), n(m.amount), t(m.reason)])),
    section(
      'Documentos por numeración',
      ['Tipo', 'Prefijo', 'Desde', 'Hasta', 'Cantidad', 'Sin número'],
      report.ranges.map((r) => [t(rangeKindLabels[r.kind]), t(r.prefix), r.first === null ? t('') : r.first, r.last === null ? t('') : r.last, r.count, r.pending]),
    ),
    section('Documentos pendientes', ['Documento', 'Tipo', 'Estado', 'Total'], report.pending.map((d) => [t(d.label), t(rangeKindLabels[d.kind]), t(pendingStateLabel(d.state)), n(d.total)])),
  ];
  return CSV_BOM + sections.map((lines) => lines.join('\r\n')).join('\r\n\r\n') + '\r\n';
}

/** "informe-z-2025-03-14-0800.csv": the day and hour it opened, in Bogotá, so files sort by date. */
export function zReportFileName(report: ZReport): string {
  const stamp = bogotaDateTime(report.openedAt);
  const [day = '', time = ''] = stamp.split(' ');
  const [d, m, y] = day.split('/');
  return `informe-z-${y}-${m}-${d}-${time.replace(':', '')}.csv`;
}
