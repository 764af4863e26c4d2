import type { DocumentTotals } from '../../../src-shared/money/invoice-totals';
import { compare, ZERO } from '../../../src-shared/money/decimal';
import { Money } from '../../ui/Money';

/** Subtotal, discounts, taxes and the total, exactly as Siigo will compute them. */
export function TotalsPanel({ totals }: { totals: DocumentTotals }) {
  return (
    <dl className="totals" aria-label="Totales">
      <dt>Subtotal</dt>
      <dd><Money value={totals.subtotal} /></dd>
      {compare(totals.discount, ZERO) !== 0 && (
        <>
          <dt>Descuentos</dt>
          <dd><Money value={totals.discount} /></dd>
        </>
      )}
      <dt>Impuestos</dt>
      <dd><Money value={totals.tax} /></dd>
      <dt className="total-label">Total</dt>
      <dd className="total-value" data-testid="document-total"><Money value={totals.total} /></dd>
    </dl>
  );
}
