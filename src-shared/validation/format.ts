/** Spanish (Colombia) wording shared by the validators' messages. */
import { type Decimal, toFixedText } from '../money/decimal';

export { formatCop } from '../money/format-cop';

/** "(línea 2)": lines are numbered from 1 for people, paths from 0 for code. */
export const line = (index: number): string => `(línea ${index + 1})`;

/** Ordinal position for repeated fields: "Forma de pago 2". */
export const nth = (label: string, index: number): string => `${label} ${index + 1}`;

/** A quantity as people write it in Colombia: decimal comma, no trailing zeros ("2,5"). */
export function formatQuantity(value: Decimal): string {
  const [whole = '0', fraction = ''] = toFixedText(value).split('.');
  const digits = fraction.replace(/0+$/, '');
  return digits ? `${whole},${digits}` : whole;
}
