import type { TypedAmount } from '../../../src-shared/cash/cash-rules';
import { round, toFixedText } from '../../../src-shared/money/decimal';
import { parseAmount } from '../../forms/parse-amount';

/** An amount field's text with its value read the Colombian way ("50.000", "50000,50"). */
export const typed = (text: string): TypedAmount => ({ text, value: parseAmount(text) });

/** Decimal text with two decimals, as sessions store amounts; null when the text is not a number. */
export function storedAmount(text: string): string | null {
  const value = parseAmount(text);
  return value ? toFixedText(round(value, 2)) : null;
}
