import { decimal, type Decimal } from '../../src-shared/money/decimal';

/**
 * Reads an amount as a Colombian cashier types it: "1.500" is fifteen hundred (dot groups
 * thousands), "2,5" is two and a half (comma is the decimal mark), "$ 12.000" works too. A lone
 * dot followed by other than three digits ("2.5") is read as a decimal point, since a scanner
 * or a number pad sends that. Null when the text is not a number.
 */
export function parseAmount(text: string): Decimal | null {
  let clean = text.replace(/[$\s]/g, '');
  if (clean === '') return null;
  if (clean.includes(',')) clean = clean.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(clean)) clean = clean.replace(/\./g, '');
  if (!/^-?\d+(\.\d+)?$/.test(clean)) return null;
  return decimal(clean);
}
