import { decimal, round, toFixedText, type Decimal } from './decimal';

/**
 * Pesos as a Colombian cashier reads them: "$ 1.234.567" (dot for thousands), with cents only
 * when there are any: "$ 1.234,50". Rounded to the cent first, exactly.
 */
export function formatCop(value: Decimal | number | string): string {
  const amount = typeof value === 'object' ? value : decimal(value);
  const text = toFixedText(round(amount, 2));
  const negative = text.startsWith('-');
  const [whole = '0', cents = '00'] = (negative ? text.slice(1) : text).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}$ ${grouped}${cents === '00' ? '' : `,${cents}`}`;
}
