/**
 * Document-level withholdings of invoices and credit notes: ReteIVA on the IVA, ReteICA on the
 * subtotal (00-overview.md, `invalid_retentions`). They reduce what the customer pays, so payments
 * must equal total − retentions. Autorretención is the seller's own obligation and does not.
 */
import { siigoError } from '../errors';
import { type Decimal, ZERO, mul, round, shift, toDecimal, toNumber } from '../decimal';
import type { SandboxStore } from '../domain/store';
import type { Tax } from '../domain/types';
import { isMissing, isObject, requireArray } from './fields';
import { resolveTax } from './references';

export interface RetentionLine {
  /** What it takes off the payments (zero for Autorretención). */
  exact: Decimal;
  out: { id: number; name: string; type: Tax['type']; percentage: number; value: number };
}

export function documentRetentions(store: SandboxStore, raw: unknown, subtotal: Decimal, ivaTotal: Decimal): RetentionLine[] {
  if (isMissing(raw)) return [];
  const list = requireArray(raw, 'retentions');
  const seen = new Set<string>();
  return list.map((entry, i) => {
    const field = `retentions[${i}].id`;
    const tax = resolveTax(store, isObject(entry) ? entry['id'] : undefined, field);
    if (tax.type !== 'ReteIVA' && tax.type !== 'ReteICA' && tax.type !== 'Autorretencion') {
      throw siigoError(400, 'invalid_retentions', `The tax '${tax.id}' is not a retention`, [field]);
    }
    if (seen.has(tax.type)) throw siigoError(400, 'invalid_retentions', `The retention type ${tax.type} is repeated`, [field]);
    seen.add(tax.type);
    const basis = tax.type === 'ReteIVA' ? ivaTotal : subtotal;
    const value = round(shift(mul(basis, toDecimal(tax.percentage)), 2), 2);
    return {
      exact: tax.type === 'Autorretencion' ? ZERO : value,
      out: { id: tax.id, name: tax.name, type: tax.type, percentage: tax.percentage, value: toNumber(value) },
    };
  });
}
