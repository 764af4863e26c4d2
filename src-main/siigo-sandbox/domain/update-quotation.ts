/**
 * PUT /v1/quotations/{id} (07-cotizaciones.md, "Editar Cotización"): a whole replacement checked
 * by the creation's rules. The document type, number, customer and currency are not editable:
 * a different value is 400 `non_editable` naming the field (00-overview.md: "cuando se cambian
 * datos que NO son editables"), checked before anything else so the refusal names the locked field
 * rather than a rule the new value happens to break. A refusal changes nothing. Date, seller, cost
 * center, items and observations are replaced; the total is recomputed; id, name, number,
 * customer and `metadata.created` are kept. No Idempotency-Key: sending the same PUT twice leaves
 * the same quotation.
 */
import { badRequest } from '../errors';
import { type Json, isMissing, optionalInteger, requireInteger, requireObject, requireString } from '../validation/fields';
import { toNumber } from '../decimal';
import { type SandboxContext, nowIso } from './context';
import { readQuotationBody } from './quotation-body';
import type { Quotation } from './types';

/**
 * The company's local currency. Quotations created here are all in it (creation ignores
 * `currency`, as for a company without foreign currency), so that is the original's currency.
 */
const LOCAL_CURRENCY = 'COP';

function nonEditable(field: string, value: unknown): never {
  throw badRequest.invalid(
    'non_editable',
    field,
    `The field ${field} is not editable: '${String(value)}' is not the value of the original quotation`,
  );
}

function refuseLockedChanges(previous: Quotation, body: Json): void {
  const document = requireObject(body['document'], 'document');
  const documentId = requireInteger(document['id'], 'document.id');
  if (documentId !== previous.document.id) nonEditable('document.id', documentId);

  const number = optionalInteger(body['number'], 'number');
  if (number !== undefined && number !== previous.number) nonEditable('number', number);

  const customer = requireObject(body['customer'], 'customer');
  const identification = requireString(customer['identification'], 'customer.identification');
  if (identification !== previous.customer.identification) nonEditable('customer.identification', identification);
  // Optional, 0 when absent (as on creation): leaving it out on a branch-1 quotation is a change.
  const branch = optionalInteger(customer['branch_office'], 'customer.branch_office') ?? 0;
  if (branch !== previous.customer.branch_office) nonEditable('customer.branch_office', branch);

  if (!isMissing(body['currency'])) {
    const currency = requireObject(body['currency'], 'currency');
    const code = requireString(currency['code'], 'currency.code');
    if (code.toUpperCase() !== LOCAL_CURRENCY) nonEditable('currency.code', code);
  }
}

export function updateQuotation(ctx: SandboxContext, previous: Quotation, body: Json): Quotation {
  refuseLockedChanges(previous, body);
  const { date, seller, costCenter, computed, observations } = readQuotationBody(ctx, body);
  const at = nowIso(ctx);
  const next: Quotation = {
    id: previous.id,
    document: previous.document,
    number: previous.number,
    name: previous.name,
    date,
    customer: previous.customer,
    ...(costCenter !== undefined ? { cost_center: costCenter } : {}),
    seller,
    total: toNumber(computed.total),
    observations,
    items: computed.items,
    public_url: previous.public_url,
    metadata: { created: previous.metadata.created, last_updated: at },
  };
  ctx.store.replaceQuotation(previous, next);
  ctx.store.updatedLog.push({ resource: 'quotations', id: next.id, at });
  return next;
}
