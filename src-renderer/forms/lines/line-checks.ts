import { compare, decimal, multiply, round, subtract, toFixedText, ZERO, type Decimal } from '../../../src-shared/money/decimal';
import { formatCop } from '../../../src-shared/money/format-cop';
import { parseAmount } from '../parse-amount';
import { unreadableFields, type CartLine, type DiscountKind } from './cart-lines';

/** The amounts of a line the cashier types. */
export type LineField = 'quantity' | 'price' | 'discount';

export const LINE_FIELD_LABELS: Readonly<Record<LineField, string>> = { quantity: 'Cantidad', price: 'Precio unitario', discount: 'Descuento' };

const HUNDRED = decimal(100);

/** quantity × price, or null while either is unreadable. */
function lineValue(line: CartLine): Decimal | null {
  const quantity = parseAmount(line.quantity);
  const price = parseAmount(line.price);
  return quantity && price ? multiply(quantity, price) : null;
}

/**
 * A discount the line cannot carry: in pesos, more than quantity × price (to the cent, as Siigo
 * rounds); as a percentage, more than 100. Siigo refuses it, and on screen it would turn the
 * line, and maybe the sale, negative.
 */
export function discountTooLarge(line: CartLine, kind: DiscountKind): boolean {
  const discount = parseAmount(line.discount);
  if (!discount) return false;
  if (kind === 'percentage') return compare(discount, HUNDRED) > 0;
  const value = lineValue(line);
  return value !== null && compare(round(subtract(value, discount), 2), ZERO) < 0;
}

/**
 * What is wrong with a line's amounts as typed, by field, before anything is checked against
 * Siigo's rules: a text that is not a number, an empty quantity or price, a discount larger than
 * the line. Each message names its field, since the cart shows them under the line.
 */
export function lineProblems(line: CartLine, kind: DiscountKind): Partial<Record<LineField, string>> {
  const problems: Partial<Record<LineField, string>> = {};
  for (const field of unreadableFields(line)) {
    problems[field] = line[field].trim() === '' ? `${LINE_FIELD_LABELS[field]}: es obligatorio` : `${LINE_FIELD_LABELS[field]}: escriba un número`;
  }
  if (!problems.discount && discountTooLarge(line, kind)) {
    const value = lineValue(line);
    problems.discount = kind === 'percentage' || !value
      ? 'Descuento: el porcentaje no puede pasar de 100'
      : `Descuento: no puede ser mayor que el valor de la línea (${formatCop(value)})`;
  }
  return problems;
}

export const hasLineProblems = (line: CartLine, kind: DiscountKind): boolean => Object.keys(lineProblems(line, kind)).length > 0;

/**
 * The lines as the totals on screen count them: a discount larger than its line counts as the
 * whole line, so no line and no total is ever shown below zero while the cashier fixes it (the
 * sale cannot be confirmed meanwhile).
 */
export function linesForTotals(lines: readonly CartLine[], kind: DiscountKind): readonly CartLine[] {
  if (!lines.some((line) => discountTooLarge(line, kind))) return lines;
  return lines.map((line) => {
    if (!discountTooLarge(line, kind)) return line;
    const cap = kind === 'percentage' ? HUNDRED : lineValue(line);
    // Written with a decimal comma, as parseAmount reads "1.000" as a thousand.
    return cap ? { ...line, discount: toFixedText(cap).replace('.', ',') } : line;
  });
}
