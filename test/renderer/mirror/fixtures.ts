import type { Customer, Product } from '../../../src-shared/siigo';
import { toCustomerRow } from '../../../src-renderer/data/mirror/customer-row';
import { toProductRow } from '../../../src-renderer/data/mirror/product-row';
import type { CustomerRow, ProductRow } from '../../../src-renderer/data/mirror/rows';

const created = '2025-01-01T00:00:00.000Z';

export function customerRow(id: string, identification: string, name: string[], extra: Partial<Customer> = {}): CustomerRow {
  return toCustomerRow({
    id,
    identification,
    name,
    person_type: name.length === 2 ? 'Person' : 'Company',
    branch_office: 0,
    active: true,
    metadata: { created, last_updated: null },
    ...extra,
  });
}

export function productRow(id: string, code: string, name: string, extra: Partial<Product> = {}): ProductRow {
  return toProductRow({ id, code, name, active: true, metadata: { created, last_updated: null }, ...extra });
}
