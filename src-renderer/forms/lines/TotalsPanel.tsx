import type { DocumentTotals } from '../../../src-shared/money/invoice-totals';
import { compare, ZERO } from '../../../src-shared/money/decimal';
import { Money } from '../../ui/Money';

/**
 * Subtotal, discounts, taxes and the total, exactly as Siigo will compute them. The total is
 * never shown below zero: a discount larger than its line is flagged on the line (and screens
 * count it as the whole line, `linesForTotals`), and such a document cannot be confirmed.
 */
export function TotalsPanel({ totals }: { totals: DocumentTotals }) {
  const total = compare(totals.total, ZERO) < 0 ? ZERO : totals.total;
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
      <dd className="total-value" data-testid="document-total"><Money value={total} /></dd>
    </dl>
  );
}
