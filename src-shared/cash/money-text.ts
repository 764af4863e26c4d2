import { round, toFixedText, type Decimal } from '../money/decimal';

/** The report's figures: plain decimal text with two decimals ("12345.60"), exact. */
export const moneyText = (value: Decimal): string => toFixedText(round(value, 2));
