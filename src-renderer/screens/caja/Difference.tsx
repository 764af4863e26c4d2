import { compare, decimal, ZERO, type Decimal } from '../../../src-shared/money/decimal';
import { formatCop } from '../../../src-shared/money/format-cop';

/**
 * A count against what was expected, in the cashier's words: below is a shortage (faltante),
 * above a surplus (sobrante). The sign alone is easy to misread at closing time.
 */
export function differenceText(value: Decimal | string): string {
  const amount = typeof value === 'string' ? decimal(value) : value;
  const sign = compare(amount, ZERO);
  if (sign === 0) return 'Sin diferencia';
  return `${sign < 0 ? 'Faltante' : 'Sobrante'} ${formatCop(sign < 0 ? { units: -amount.units, scale: amount.scale } : amount)}`;
}

export function Difference({ value }: { value: Decimal | string | null }) {
  if (value === null) return <span className="muted">—</span>;
  const amount = typeof value === 'string' ? decimal(value) : value;
  const tone = compare(amount, ZERO) === 0 ? 'ok' : 'bad';
  return <span className={`money caja-difference ${tone}`}>{differenceText(amount)}</span>;
}
