/**
 * POST /v1/quotations. No Idempotency-Key (FIELD-NOTES): an identical second POST creates a
 * second quotation, which is exactly the duplicate risk the client must handle. No stock effect.
 */
import { siigoError } from '../errors';
import { computeItems } from '../validation/document-items';
import { type Json, requireDate } from '../validation/fields';
import { resolveCostCenter, resolveCustomer, resolveDocumentType, resolveSeller } from '../validation/references';
import { toNumber } from '../decimal';
import { type SandboxContext, nowIso } from './context';
import type { Quotation } from './types';

export function createQuotation(ctx: SandboxContext, body: Json): Quotation {
  const { store } = ctx;
  const docType = resolveDocumentType(store, body, 'C');
  const date = requireDate(body['date'], 'date');
  const customer = resolveCustomer(store, body);
  const seller = resolveSeller(store, body['seller']);
  const costCenter = resolveCostCenter(store, body, docType);
  if (customer.contacts.length === 0) {
    throw siigoError(400, 'customer_settings', `The customer '${customer.identification}' doesn't have contacts`, ['customer']);
  }
  const computed = computeItems(store, body['items'], { allowWarehouse: false });
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
    seller: seller.id,
    total: toNumber(computed.total),
    observations: typeof body['observations'] === 'string' ? body['observations'] : '',
    items: computed.items,
    public_url: `${ctx.baseUrl()}/document?data=${id}`,
    metadata: { created: nowIso(ctx), last_updated: null },
  };
  store.addQuotation(quotation);
  return quotation;
}
