/**
 * Resolves the ids and codes a document names against the mirrored catalogs, with Siigo's codes:
 * unknown → `invalid_reference`, inactive → `parameter_inactive`, a document type of another
 * kind → `invalid_document`, an unknown cost center → `invalid_cost_center` (its own code), a
 * payment type not offered for the document kind → `invalid_payment`. The order of the checks is
 * Siigo's, so the code matches what Siigo would answer.
 */
import {
  type CatalogRow, type CustomerLookup, type CustomerRow, type DocumentKind, type DocumentTypeRow, type PaymentDocumentKind,
  type PaymentTypeRow, type TaxRow, isActive,
} from './context';
import { type Json, isMissing, readInteger, readObject, readOptionalInteger, readString, required } from './fields';
import { line } from './format';
import type { IssueList, IssuePath } from './result';

const KIND_NAMES: Record<DocumentKind, string> = {
  FV: 'factura de venta',
  C: 'cotización',
  RC: 'recibo de caja',
  NC: 'nota crédito',
};

export function resolveDocumentType(issues: IssueList, body: Json, rows: readonly DocumentTypeRow[], kind: DocumentKind): DocumentTypeRow | undefined {
  const label = 'Tipo de comprobante';
  const document = readObject(issues, body['document'], ['document'], label);
  if (!document) return undefined;
  const id = readInteger(issues, document['id'], ['document', 'id'], label);
  if (id === undefined) return undefined;
  const row = rows.find((d) => d.id === id);
  if (!row) {
    issues.add(['document', 'id'], 'invalid_reference', `${label}: no existe el comprobante ${id}`);
    return undefined;
  }
  if (row.type !== kind) {
    issues.add(['document', 'id'], 'invalid_document', `${label}: el comprobante ${id} no es de ${KIND_NAMES[kind]}`);
    return undefined;
  }
  if (!isActive(row)) {
    issues.add(['document', 'id'], 'parameter_inactive', `${label}: el comprobante ${id} está inactivo`);
    return undefined;
  }
  return row;
}

export function resolveCustomerRef(issues: IssueList, value: unknown, customers: CustomerLookup): CustomerRow | undefined {
  const ref = readObject(issues, value, ['customer'], 'Cliente');
  if (!ref) return undefined;
  const identification = readString(issues, ref['identification'], ['customer', 'identification'], 'Cliente (identificación)');
  const branch = readOptionalInteger(issues, ref['branch_office'], ['customer', 'branch_office'], 'Sucursal del cliente') ?? 0;
  if (identification === undefined) return undefined;
  const customer = customers(identification, branch);
  const who = branch === 0 ? identification : `${identification} sucursal ${branch}`;
  if (!customer) {
    issues.add(['customer', 'identification'], 'invalid_reference', `Cliente: no existe un cliente con identificación ${who}`);
    return undefined;
  }
  if (!isActive(customer)) {
    issues.add(['customer', 'identification'], 'parameter_inactive', `Cliente: el cliente ${who} está inactivo`);
    return undefined;
  }
  return customer;
}

/** A catalog entry by id (sellers, warehouses, taxes): exists and is active. */
export function resolveCatalogId<Row extends CatalogRow>(
  issues: IssueList, value: unknown, path: IssuePath, label: string, rows: readonly Row[],
): Row | undefined {
  const id = readInteger(issues, value, path, label);
  if (id === undefined) return undefined;
  const row = rows.find((r) => r.id === id);
  if (!row) {
    issues.add(path, 'invalid_reference', `${label}: no existe (${id})`);
    return undefined;
  }
  if (!isActive(row)) {
    issues.add(path, 'parameter_inactive', `${label}: ${row.name ?? id} está inactivo`);
    return undefined;
  }
  return row;
}

export const resolveSeller = (issues: IssueList, value: unknown, path: IssuePath, users: readonly CatalogRow[]) =>
  resolveCatalogId(issues, value, path, typeof path[1] === 'number' ? `Vendedor ${line(path[1])}` : 'Vendedor', users);

export const resolveTax = (issues: IssueList, value: unknown, path: IssuePath, label: string, taxes: readonly TaxRow[]) =>
  resolveCatalogId(issues, value, path, label, taxes);

/** The cost center: required when the document type says so; `invalid_cost_center` if unknown. */
export function resolveCostCenter(issues: IssueList, body: Json, docType: DocumentTypeRow | undefined, rows: readonly CatalogRow[]): void {
  const label = 'Centro de costos';
  if (isMissing(body['cost_center'])) {
    if (docType?.cost_center_mandatory) required(issues, ['cost_center'], label);
    return;
  }
  const id = readInteger(issues, body['cost_center'], ['cost_center'], label);
  if (id === undefined) return;
  const row = rows.find((c) => c.id === id);
  if (!row) issues.add(['cost_center'], 'invalid_cost_center', `${label}: no existe (${id})`);
  else if (!isActive(row)) issues.add(['cost_center'], 'parameter_inactive', `${label}: ${row.name ?? id} está inactivo`);
}

export function resolvePaymentType(
  issues: IssueList, value: unknown, path: IssuePath, label: string, rows: readonly PaymentTypeRow[], kind: PaymentDocumentKind,
): PaymentTypeRow | undefined {
  const id = readInteger(issues, value, path, label);
  if (id === undefined) return undefined;
  const row = rows.find((p) => p.id === id);
  if (!row) {
    issues.add(path, 'invalid_reference', `${label}: no existe (${id})`);
    return undefined;
  }
  if (!row.documents.includes(kind)) {
    issues.add(path, 'invalid_payment', `${label}: «${row.name}» no se puede usar en ${KIND_NAMES[kind]}`);
    return undefined;
  }
  if (!isActive(row)) {
    issues.add(path, 'parameter_inactive', `${label}: «${row.name}» está inactiva`);
    return undefined;
  }
  return row;
}

/** The document's own `number`: required when the document type has manual numbering. */
export function checkManualNumber(issues: IssueList, body: Json, docType: DocumentTypeRow | undefined): void {
  const label = 'Número del comprobante';
  if (isMissing(body['number'])) {
    if (docType?.automatic_number === false) required(issues, ['number'], label);
    return;
  }
  const n = readInteger(issues, body['number'], ['number'], label);
  if (n !== undefined && n <= 0) issues.add(['number'], 'invalid_value', `${label}: debe ser mayor que cero`);
}
