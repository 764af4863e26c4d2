/**
 * Reads and checks a quotation body (07-cotizaciones.md, "Crear Cotización"), shared by POST and
 * PUT so an edit is held to exactly the creation's rules. No effect on the store.
 */
import { siigoError } from '../errors';
import { type ComputedItems, computeItems } from '../validation/document-items';
import { type Json, requireDate } from '../validation/fields';
import { resolveCostCenter, resolveCustomer, resolveDocumentType, resolveSeller } from '../validation/references';
import type { SandboxContext } from './context';
import type { Customer, DocumentType } from './types';

export interface QuotationBody {
  docType: DocumentType;
  date: string;
  customer: Customer;
  seller: number;
  costCenter: number | undefined;
  computed: ComputedItems;
  observations: string;
}

export function readQuotationBody(ctx: SandboxContext, body: Json): QuotationBody {
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
  return {
    docType,
    date,
    customer,
    seller: seller.id,
    costCenter,
    computed,
    observations: typeof body['observations'] === 'string' ? body['observations'] : '',
  };
}
