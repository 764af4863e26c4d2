import type { KindTotal, ShownTotals } from '../../../src-shared/documents/shown-totals';
import { Money } from '../../ui/Money';

const plural = (count: number, one: string, many: string) => `${count.toLocaleString('es-CO')} ${count === 1 ? one : many}`;

function Part({ total, one, many, sign = '' }: { total: KindTotal; one: string; many: string; sign?: string }) {
  if (total.count === 0) return null;
  return (
    <span className="doc-total-part">
      {plural(total.count, one, many)} {sign}
      <Money value={total.total} />
    </span>
  );
}

/**
 * One line with what the filter shows: how many, sales (invoices less credit notes), recibos de
 * caja apart, and quotations apart (they sell nothing yet). `totals` undefined while counting.
 */
export function DocumentTotals({ totals }: { totals: ShownTotals | undefined }) {
  if (!totals) return <p className="doc-totals muted" aria-live="polite">Sumando…</p>;
  const sales = totals.invoices.count + totals.creditNotes.count > 0;
  return (
    <p className="doc-totals" aria-label="Totales de lo mostrado" aria-live="polite">
      <strong>{plural(totals.count, 'documento', 'documentos')}</strong>
      <Part total={totals.invoices} one="factura" many="facturas" />
      <Part total={totals.creditNotes} one="nota crédito" many="notas crédito" sign="−" />
      {sales && (
        <span className="doc-total-part">
          Ventas netas <Money value={totals.netSales} />
        </span>
      )}
      <Part total={totals.vouchers} one="recibo de caja" many="recibos de caja" />
      <Part total={totals.quotations} one="cotización (aparte)" many="cotizaciones (aparte)" />
      {totals.unsummed > 0 && (
        <span className="doc-total-part muted">{plural(totals.unsummed, 'borrador o descartado, no sumado', 'borradores o descartados, no sumados')}</span>
      )}
    </p>
  );
}
