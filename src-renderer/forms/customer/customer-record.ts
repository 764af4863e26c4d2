import { customerTypes, type ContactWrite, type Customer, type CustomerCreate, type PhoneWrite } from '../../../src-shared/siigo';

/** A customer as Siigo returned it (mirror) or as typed here and still queued (create body). */
export type CustomerRecord = Customer | CustomerCreate;

type Nullable<T> = { [K in keyof T]?: T[K] | null };

const text = (value: string | null | undefined): string | undefined => (value == null || value.trim() === '' ? undefined : value);

/** A phone as people write it ("601-555 12 34", "(+57)") in the digits Siigo takes. */
export const phoneDigits = (phone: string): string => phone.replace(/[\s\-.()+]/g, '');

/**
 * A saved phone as a write body takes it. Siigo Nube accepts phones typed with dashes or spaces
 * that its API refuses; carried over unchanged they would block every edit of the customer
 * behind a field the form does not show, so they are written as digits.
 */
function phoneOf(phone: Nullable<PhoneWrite>): PhoneWrite {
  const out: PhoneWrite = {};
  for (const key of ['indicative', 'number', 'extension'] as const) {
    const value = text(phone[key]);
    if (value !== undefined) out[key] = phoneDigits(value);
  }
  return out;
}

function contactOf(contact: Nullable<ContactWrite> & { phone?: Nullable<PhoneWrite> | null }): ContactWrite {
  const out: ContactWrite = { first_name: contact.first_name ?? '' };
  const last = text(contact.last_name);
  const email = text(contact.email);
  const phone = contact.phone ? phoneOf(contact.phone) : undefined;
  if (last !== undefined) out.last_name = last;
  if (email !== undefined) out.email = email;
  if (phone?.number !== undefined) out.phone = phone;
  return out;
}

/**
 * A customer as a write body (`POST`/`PUT /v1/customers`): Siigo's read shape (`id_type` as an
 * object, names of city and responsibilities, nulls for empty fields) turned into the fields a
 * write takes, every one the customer has kept. Custom fields are left out: the PUT's field list
 * (05-clientes.md) has none.
 */
export function writeBodyOf(record: CustomerRecord): CustomerCreate {
  const idType = record.id_type as string | { code: string } | null | undefined;
  const personType = String(record.person_type ?? '').replace(/'/g, '').toLowerCase() === 'company' ? 'Company' : 'Person';
  const type = customerTypes.find((t) => t === record.type);
  const city = record.address?.city;
  const postal = text(record.address?.postal_code);
  const phones = (record.phones ?? []).map((p) => phoneOf(p as Nullable<PhoneWrite>)).filter((p) => p.number !== undefined);
  const related = record.related_users as { seller_id?: number | null; collector_id?: number | null } | null | undefined;
  const relatedUsers = {
    ...(typeof related?.seller_id === 'number' ? { seller_id: related.seller_id } : {}),
    ...(typeof related?.collector_id === 'number' ? { collector_id: related.collector_id } : {}),
  };
  const checkDigit = text(record.check_digit);
  const commercialName = text(record.commercial_name);
  const comments = text(record.comments);
  return {
    ...(type ? { type } : {}),
    person_type: personType,
    id_type: (typeof idType === 'string' ? idType : idType?.code) ?? '',
    identification: record.identification,
    ...(checkDigit !== undefined ? { check_digit: checkDigit } : {}),
    name: [...record.name],
    ...(commercialName !== undefined ? { commercial_name: commercialName } : {}),
    branch_office: record.branch_office ?? 0,
    ...(typeof record.active === 'boolean' ? { active: record.active } : {}),
    vat_responsible: record.vat_responsible ?? false,
    ...(record.fiscal_responsibilities ? { fiscal_responsibilities: record.fiscal_responsibilities.map((r) => ({ code: r.code })) } : {}),
    address: {
      address: record.address?.address ?? '',
      city: { country_code: city?.country_code ?? 'Co', state_code: city?.state_code ?? '', city_code: city?.city_code ?? '' },
      ...(postal !== undefined ? { postal_code: postal } : {}),
    },
    ...(phones.length > 0 ? { phones } : {}),
    contacts: (record.contacts ?? []).map((c) => contactOf(c as Nullable<ContactWrite>)),
    ...(comments !== undefined ? { comments } : {}),
    ...(Object.keys(relatedUsers).length > 0 ? { related_users: relatedUsers } : {}),
  };
}
