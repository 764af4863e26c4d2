/**
 * Resolves ids and codes sent in documents against the company's catalogs, with Siigo's codes:
 * unknown → `invalid_reference`, inactive → `parameter_inactive`, document type of another kind →
 * `invalid_document`, unknown cost center → `invalid_cost_center` (its own documented code).
 */
import { badRequest, siigoError } from '../errors';
import type { SandboxStore } from '../domain/store';
import type { Customer, DocumentType, PaymentType, Tax, User } from '../domain/types';
import { type Json, optionalInteger, requireInteger, requireObject, requireString } from './fields';

export function resolveDocumentType(store: SandboxStore, body: Json, expected: DocumentType['type']): DocumentType {
  const document = requireObject(body['document'], 'document');
  const id = requireInteger(document['id'], 'document.id');
  const docType = store.catalogs.documentTypes.find((d) => d.id === id);
  if (!docType) throw badRequest.reference('document.id', id);
  if (docType.type !== expected) {
    throw siigoError(400, 'invalid_document', `The document type ${id} is not a ${expected} document type`, ['document.id']);
  }
  if (!docType.active) throw badRequest.inactive('document.id', id);
  return docType;
}

export function resolveCustomer(store: SandboxStore, body: Json, field = 'customer'): Customer {
  const ref = requireObject(body[field], field);
  const identification = requireString(ref['identification'], `${field}.identification`);
  const branch = optionalInteger(ref['branch_office'], `${field}.branch_office`) ?? 0;
  const customer = store.customerByIdentification(identification, branch);
  if (!customer) throw badRequest.reference(`${field}.identification`, `${identification}-${branch}`);
  if (!customer.active) throw badRequest.inactive(`${field}.identification`, identification);
  return customer;
}

export function resolveSeller(store: SandboxStore, value: unknown, field = 'seller'): User {
  const id = requireInteger(value, field);
  const user = store.catalogs.users.find((u) => u.id === id);
  if (!user) throw badRequest.reference(field, id);
  if (!user.active) throw badRequest.inactive(field, id);
  return user;
}

export function resolveCostCenter(store: SandboxStore, body: Json, docType: DocumentType): number | undefined {
  const id = optionalInteger(body['cost_center'], 'cost_center');
  if (id === undefined) {
    if (docType.cost_center_mandatory) throw badRequest.required('cost_center');
    return undefined;
  }
  const center = store.catalogs.costCenters.find((c) => c.id === id);
  if (!center) throw siigoError(400, 'invalid_cost_center', `The cost center '${id}' doesn't exist`, ['cost_center']);
  if (!center.active) throw badRequest.inactive('cost_center', id);
  return id;
}

export function resolvePaymentType(store: SandboxStore, value: unknown, field: string, documentKind: 'FV' | 'RC' | 'NC'): PaymentType {
  const id = requireInteger(value, field);
  const allowed = store.catalogs.paymentTypesByDocument[documentKind];
  const payment = store.catalogs.paymentTypes.find((p) => p.id === id);
  if (!payment) throw badRequest.reference(field, id);
  if (!allowed.includes(id)) {
    throw siigoError(400, 'invalid_payment', `The payment type '${id}' is not valid for ${documentKind} documents`, [field]);
  }
  if (!payment.active) throw badRequest.inactive(field, id);
  return payment;
}

export function resolveTax(store: SandboxStore, value: unknown, field: string): Tax {
  const id = requireInteger(value, field);
  const tax = store.catalogs.taxes.find((t) => t.id === id);
  if (!tax) throw badRequest.reference(field, id);
  if (!tax.active) throw badRequest.inactive(field, id);
  return tax;
}
