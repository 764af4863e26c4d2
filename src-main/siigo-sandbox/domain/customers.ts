/**
 * POST and PUT /v1/customers, with the field rules of 05-clientes.md. PUT replaces the whole
 * customer ("debe enviar igual los campos como en su creación porque remplaza los datos").
 * No Idempotency-Key: a second customer with the same identification + branch_office is
 * `already_exists` (00-overview.md).
 */
import { badRequest, siigoError } from '../errors';
import { nitCheckDigit } from '../check-digits';
import { CITY_BY_CODE, FISCAL_RESPONSIBILITIES, ID_TYPES, NUMERIC_ID_TYPES, type CityRef } from '../seed/colombia';
import {
  IDENTIFICATION_PATTERN, type Json, isMissing, isObject, optionalInteger, optionalString, requireArray, requireEmail,
  requireObject, requireString,
} from '../validation/fields';
import { type SandboxContext, nowIso } from './context';
import type { Contact, Customer, Phone } from './types';

const MAX_CONTACTS = 10;
const CUSTOMER_TYPES: ReadonlySet<string> = new Set(['Customer', 'Supplier', 'Other']);

/** Validates a customer body into a record without id/metadata. */
function readCustomer(ctx: SandboxContext, body: Json): Omit<Customer, 'id' | 'metadata'> {
  const type = optionalString(body['type'], 'type') ?? 'Customer';
  if (!CUSTOMER_TYPES.has(type)) throw badRequest.invalid('invalid_type', 'type', `The type '${type}' is not valid`);
  const personTypeRaw = requireString(body['person_type'], 'person_type').toLowerCase();
  if (personTypeRaw !== 'person' && personTypeRaw !== 'company') {
    throw badRequest.invalid('invalid_type', 'person_type', `The person_type '${personTypeRaw}' is not valid, use Person or Company`);
  }
  const personType = personTypeRaw === 'person' ? 'Person' : 'Company';
  const idType = requireString(body['id_type'], 'id_type');
  const idTypeName = ID_TYPES[idType];
  if (!idTypeName) throw badRequest.reference('id_type', idType);
  const identification = requireString(body['identification'], 'identification');
  const numeric = NUMERIC_ID_TYPES.has(idType);
  if (
    identification.length > 50 ||
    (numeric ? !/^\d{3,13}$/.test(identification) : !IDENTIFICATION_PATTERN.test(identification) || identification.length > 20)
  ) {
    throw badRequest.invalid('invalid_identification', 'identification', `The identification '${identification}' is not valid for id_type ${idType}`);
  }
  let checkDigit = optionalString(body['check_digit'], 'check_digit');
  if (idType === '31') {
    const expected = String(nitCheckDigit(identification));
    if (checkDigit !== undefined && checkDigit !== expected) {
      throw badRequest.invalid('invalid_identification', 'check_digit', `The check_digit '${checkDigit}' doesn't match the NIT ${identification}`);
    }
    checkDigit = expected;
  } else if (checkDigit !== undefined && !/^\d$/.test(checkDigit)) {
    throw badRequest.invalid('invalid_identification', 'check_digit', 'The check_digit must be a digit from 0 to 9');
  }

  const name = requireArray(body['name'], 'name').map((n, i) => requireString(n, `name[${i}]`));
  if (name.length === 0) throw badRequest.required('name');
  if ((personType === 'Person' && name.length !== 2) || (personType === 'Company' && name.length !== 1)) {
    throw siigoError(400, 'invalid_array', personType === 'Person'
      ? "A 'Person' name must have two elements: names and last names"
      : "A 'Company' name must have one element", ['name']);
  }
  name.forEach((n, i) => {
    if (n.length > 100) throw siigoError(400, 'length_max', `The field name[${i}] allows up to 100 characters`, [`name[${i}]`]);
  });

  const branch = optionalInteger(body['branch_office'], 'branch_office') ?? 0;
  if (branch < 0 || branch > 999) throw badRequest.invalid('invalid_value', 'branch_office', 'The branch_office must be between 0 and 999');

  // `fiscal_responsibilities.code` is required (05-clientes.md): absent, the list takes Siigo's
  // usual R-99-PN; present, it must name at least one code of the table, each one checked.
  const fiscalRaw = isMissing(body['fiscal_responsibilities']) ? undefined : requireArray(body['fiscal_responsibilities'], 'fiscal_responsibilities');
  if (fiscalRaw?.length === 0) throw badRequest.required('fiscal_responsibilities[0].code');
  const fiscal = fiscalRaw === undefined
    ? [{ code: 'R-99-PN', name: FISCAL_RESPONSIBILITIES['R-99-PN'] ?? '' }]
    : fiscalRaw.map((f, i) => {
        const code = requireString(isObject(f) ? f['code'] : undefined, `fiscal_responsibilities[${i}].code`);
        const label = FISCAL_RESPONSIBILITIES[code];
        if (label === undefined) throw badRequest.reference(`fiscal_responsibilities[${i}].code`, code);
        return { code, name: label };
      });

  const address = requireObject(body['address'], 'address');
  const street = requireString(address['address'], 'address.address');
  if (street.length > 256) throw siigoError(400, 'length_max', 'The field address.address allows up to 256 characters', ['address.address']);
  const city = requireObject(address['city'], 'address.city');
  const countryCode = requireString(city['country_code'], 'address.city.country_code');
  const stateCode = requireString(city['state_code'], 'address.city.state_code');
  const cityCode = requireString(city['city_code'], 'address.city.city_code');
  let cityRef: CityRef | undefined;
  if (countryCode.toUpperCase() === 'CO') {
    cityRef = CITY_BY_CODE.get(cityCode);
    if (!cityRef || cityRef.state_code !== stateCode) throw badRequest.reference('address.city.city_code', cityCode);
  } else {
    cityRef = { country_code: countryCode, country_name: '', state_code: stateCode, state_name: '', city_code: cityCode, city_name: '' };
  }
  const postal = optionalString(address['postal_code'], 'address.postal_code');

  const phones = isMissing(body['phones']) ? [] : requireArray(body['phones'], 'phones').map((p, i) => readPhone(p, `phones[${i}]`));
  const contactsRaw = isMissing(body['contacts']) ? [] : requireArray(body['contacts'], 'contacts');
  if (contactsRaw.length > MAX_CONTACTS) {
    throw siigoError(400, 'invalid_array', `The contacts array allows up to ${MAX_CONTACTS} contacts`, ['contacts']);
  }
  const contacts = contactsRaw.map((c, i) => readContact(c, `contacts[${i}]`));

  const related = isObject(body['related_users']) ? body['related_users'] : undefined;
  const relatedUsers: Customer['related_users'] = {};
  for (const key of ['seller_id', 'collector_id'] as const) {
    const id = related ? optionalInteger(related[key], `related_users.${key}`) : undefined;
    if (id === undefined) continue;
    if (!ctx.store.catalogs.users.some((u) => u.id === id)) throw badRequest.reference(`related_users.${key}`, id);
    relatedUsers[key] = id;
  }

  return {
    type: type as Customer['type'],
    person_type: personType,
    id_type: { code: idType, name: idTypeName },
    identification,
    ...(checkDigit !== undefined ? { check_digit: checkDigit } : {}),
    name,
    commercial_name: optionalString(body['commercial_name'], 'commercial_name') ?? '',
    branch_office: branch,
    active: body['active'] === undefined ? true : body['active'] === true,
    vat_responsible: body['vat_responsible'] === true,
    fiscal_responsibilities: fiscal,
    address: { address: street, city: cityRef, ...(postal !== undefined ? { postal_code: postal } : {}) },
    phones,
    contacts,
    comments: optionalString(body['comments'], 'comments') ?? '',
    related_users: relatedUsers,
  };
}

function readPhone(raw: unknown, field: string): Phone {
  const p = requireObject(raw, field);
  const out: Phone = { number: requireString(p['number'], `${field}.number`) };
  for (const key of ['indicative', 'number', 'extension'] as const) {
    const value = key === 'number' ? out.number : optionalString(p[key], `${field}.${key}`);
    if (value === undefined) continue;
    if (!/^\d{1,10}$/.test(value)) throw badRequest.invalid('invalid_value', `${field}.${key}`, `The field ${field}.${key} must be numeric, up to 10 digits`);
    if (key !== 'number') out[key] = value;
  }
  return out;
}

function readContact(raw: unknown, field: string): Contact {
  const c = requireObject(raw, field);
  const contact: Contact = { first_name: requireString(c['first_name'], `${field}.first_name`) };
  const last = optionalString(c['last_name'], `${field}.last_name`);
  if (last !== undefined) contact.last_name = last;
  if (!isMissing(c['email'])) contact.email = requireEmail(c['email'], `${field}.email`);
  if (isObject(c['phone'])) contact.phone = readPhone({ number: '0', ...c['phone'] }, `${field}.phone`);
  return contact;
}

export function createCustomer(ctx: SandboxContext, body: Json): Customer {
  const data = readCustomer(ctx, body);
  if (ctx.store.customerByIdentification(data.identification, data.branch_office)) {
    throw siigoError(400, 'already_exists', `The customer with identification '${data.identification}' and branch office ${data.branch_office} already exists`, ['identification']);
  }
  const customer: Customer = { id: ctx.ids.uuid(), ...data, metadata: { created: nowIso(ctx), last_updated: null } };
  ctx.store.addCustomer(customer);
  return customer;
}

export function updateCustomer(ctx: SandboxContext, previous: Customer, body: Json): Customer {
  const data = readCustomer(ctx, body);
  const clash = ctx.store.customerByIdentification(data.identification, data.branch_office);
  if (clash && clash.id !== previous.id) {
    throw siigoError(400, 'already_exists', `The customer with identification '${data.identification}' and branch office ${data.branch_office} already exists`, ['identification']);
  }
  const at = nowIso(ctx);
  const next: Customer = { id: previous.id, ...data, metadata: { created: previous.metadata.created, last_updated: at } };
  ctx.store.replaceCustomer(previous, next);
  ctx.store.updatedLog.push({ resource: 'customers', id: next.id, at });
  return next;
}
