/**
 * POST /v1/quotations. No Idempotency-Key (FIELD-NOTES): an identical second POST creates a
 * second quotation, which is exactly the duplicate risk the client must handle. No stock effect.
 */
import type { Json } from '../validation/fields';
import { toNumber } from '../decimal';
import { type SandboxContext, nowIso } from './context';
import { readQuotationBody } from './quotation-body';
import type { Quotation } from './types';

export function createQuotation(ctx: SandboxContext, body: Json): Quotation {
  const { store } = ctx;
  const { docType, date, customer, seller, costCenter, computed, observations } = readQuotationBody(ctx, body);
  const number = docType.consecutive++;
  const id = ctx.ids.uuid();
  const quotation: Quotation = {
    id,
    document: { id: docType.id },
    number,
    name: `${docType.type}-${docType.code}-${number}`,
    date,
    customer: { id: customer.id, identification: customer.identification, branch_office: customer.branch_office },
    ...(costCenter !== undefined ? { cost_center: costCenter } : {}),
    seller,
    total: toNumber(computed.total),
    observations,
    items: computed.items,
    public_url: `${ctx.baseUrl()}/document?data=${id}`,
    metadata: { created: nowIso(ctx), last_updated: null },
  };
  store.addQuotation(quotation);
  return quotation;
}
