// Minimal valid documents that Blueprint fragments are merged into, and small builders for the
// focused tests.

export const minimalInvoiceCreate = {
  document: { id: 24446 },
  date: '2025-07-10',
  customer: { identification: '13832081', branch_office: 0 },
  seller: 629,
  items: [{ code: 'Item-1', quantity: 1, price: 1000, taxes: [{ id: 13156 }] }],
  payments: [{ id: 5636, value: 1190, due_date: '2025-08-10' }],
};

export const minimalInvoiceRead = {
  id: '63f918c2-ca65-4edc-a7db-66bcdd5159fb',
  document: { id: 24446 },
  number: 22,
  name: 'FV-2-22',
  date: '2025-07-10',
  customer: { id: '6b6ceb28-b2eb-4b98-b3dd-26648a933c81', identification: '13832081', branch_office: 0 },
  total: 1190,
  balance: 0,
};

export const minimalCustomerRead = {
  id: '6b6ceb28-b2eb-4b98-b3dd-26648a933c81',
  identification: '13832081',
  name: ['Marcos', 'Castillo'],
  metadata: { created: '2020-06-15T03:33:17.208Z', last_updated: null },
};

export const minimalCustomerCreate = {
  person_type: 'Person',
  id_type: '13',
  identification: '13832081',
  name: ['Marcos', 'Castillo'],
  address: { address: 'Cra. 18 #79A - 42', city: { country_code: 'Co', state_code: '19', city_code: '19001' } },
  contacts: [{ first_name: 'Marcos', email: 'marcos.castillo@contacto.com' }],
};

export const minimalProductRead = {
  id: '00584089-4ebc-49de-bf75-6a6cc968a96d',
  code: 'Item-1',
  name: 'Camiseta de algodón',
  prices: [{ currency_code: 'COP', price_list: [{ position: 1, name: 'Precio de venta 1', value: 12000 }] }],
};

/** `{...base, ...patch}` without the keys whose patch value is `undefined` (to drop a field). */
export function withChanges(base: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base, ...patch };
  for (const [key, value] of Object.entries(patch)) if (value === undefined) delete merged[key];
  return merged;
}
