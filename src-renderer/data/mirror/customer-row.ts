import type { Customer } from '../../../src-shared/siigo';
import { identifierKey, indexTokens } from '../../../src-shared/search';
import type { CustomerRow } from './rows';

/**
 * Siigo's `name` is [first names, last names] for a person and [business name] for a company;
 * the display name joins the parts. The commercial name is searchable but shown apart.
 */
export function customerDisplayName(customer: Customer): string {
  return customer.name
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .join(' ');
}

/** `metadata.last_updated`, or `created` for a record never edited (Siigo leaves it null). */
export function lastChange(metadata: { created?: string | null; last_updated?: string | null } | null | undefined): string | null {
  return metadata?.last_updated ?? metadata?.created ?? null;
}

export function toCustomerRow(customer: Customer): CustomerRow {
  const commercialName = customer.commercial_name?.trim() || null;
  return {
    id: customer.id,
    identification: customer.identification,
    identificationKey: identifierKey(customer.identification),
    branchOffice: customer.branch_office ?? 0,
    name: customerDisplayName(customer),
    commercialName,
    active: customer.active ?? true,
    tokens: indexTokens([...customer.name, commercialName]),
    lastUpdated: lastChange(customer.metadata),
    siigo: customer,
  };
}
