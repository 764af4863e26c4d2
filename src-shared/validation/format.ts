/** Spanish (Colombia) wording shared by the validators' messages. */
import { type Decimal, round, toFixedText } from '../money/decimal';

/** Pesos as a Colombian cashier reads them: $1.234.567,89 (dot for thousands, comma for cents). */
export function formatCop(value: Decimal): string {
  const text = toFixedText(round(value, 2));
  const negative = text.startsWith('-');
  const [whole = '0', cents = '00'] = (negative ? text.slice(1) : text).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}$${grouped},${cents}`;
}

/** "(línea 2)": lines are numbered from 1 for people, paths from 0 for code. */
export const line = (index: number): string => `(línea ${index + 1})`;

/** Ordinal position for repeated fields: "Forma de pago 2". */
export const nth = (label: string, index: number): string => `${label} ${index + 1}`;
