import { round, toFixedText, type Decimal } from '../../../src-shared/money/decimal';

/** An amount as prefilled in an input: "59500" or "59500,50" (no thousands dots to edit around). */
export function amountText(value: Decimal): string {
  const text = toFixedText(round(value, 2));
  return (text.endsWith('.00') ? text.slice(0, -3) : text).replace('.', ',');
}
