import { formatCop } from '../../src-shared/money/format-cop';
import type { Decimal } from '../../src-shared/money/decimal';

/** An amount in pesos, "$ 1.234.567", aligned for columns of figures. */
export function Money({ value, className }: { value: Decimal | number | string; className?: string }) {
  return <span className={`money ${className ?? ''}`}>{formatCop(value)}</span>;
}
