import { compare, toFixedText, ZERO } from '../../../src-shared/money/decimal';
import type { ValidationIssue } from '../../../src-shared/validation';
import type { PaymentTypeRow } from '../../data/mirror/rows';
import { parseAmount } from '../../forms/parse-amount';
import type { ReturnableLine } from './returnable';

const amountText = (text: string) => text.replace('.', ',');

/**
 * What the return form can tell before Siigo's rules run: quantities that do not read or exceed
 * what is left of their line, nothing chosen, and a refund method or note type the company's
 * Siigo does not offer, an annulment that leaves something out. Paths: `['lines', index]`,
 * `['refund']`, `['reason']`, `[]`.
 */
export function quantityIssues(
  lines: readonly ReturnableLine[],
  quantities: ReadonlyMap<number, string>,
  refundType: PaymentTypeRow | undefined,
  noteTypeId: number | null,
  annulment = false,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  let any = false;
  let whole = true;
  for (const entry of lines) {
    const typed = (quantities.get(entry.index) ?? '').trim();
    if (typed === '') {
      whole = false;
      continue;
    }
    const quantity = parseAmount(typed);
    if (!quantity || compare(quantity, ZERO) < 0) {
      issues.push({ path: ['lines', entry.index], code: 'invalid', message: 'Cantidad a devolver: escriba un número, por ejemplo 1 o 0,5' });
    } else if (compare(quantity, entry.remaining) > 0) {
      issues.push({ path: ['lines', entry.index], code: 'too_many', message: `Cantidad a devolver: como máximo ${amountText(toFixedText(entry.remaining))}` });
    } else if (compare(quantity, ZERO) > 0) {
      any = true;
    }
    if (!quantity || compare(quantity, entry.sold) !== 0 || compare(entry.returned, ZERO) !== 0) whole = false;
  }
  // The DIAN's reason 2 annuls the whole invoice: every unit, and no earlier return.
  if (annulment && !whole) {
    issues.push({ path: ['reason'], code: 'invalid_value', message: 'Motivo: «Anulación» devuelve la factura completa; para devolver una parte elija «Devolución parcial»' });
  }
  if (!any && issues.length === 0) issues.push({ path: [], code: 'required', message: 'Escriba la cantidad a devolver de al menos un producto' });
  if (!refundType) issues.push({ path: ['refund'], code: 'missing', message: 'Forma de devolución: Siigo no tiene una forma de pago para notas crédito de este tipo; revísela en Siigo Nube' });
  if (noteTypeId === null) issues.push({ path: [], code: 'missing', message: 'No hay un tipo de nota crédito activo en Siigo para esta factura' });
  return issues;
}
