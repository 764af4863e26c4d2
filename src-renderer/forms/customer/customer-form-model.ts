import type { ContactWrite, CustomerCreate } from '../../../src-shared/siigo';
import { NIT_ID_TYPE, fiscalDefaults, nitCheckDigit, readIdentificationInput } from '../../../src-shared/validation';
import { cityByCode, cityOfAddress, DEFAULT_CITY_CODE, type City } from './cities';
import { phoneDigits, writeBodyOf, type CustomerRecord } from './customer-record';

/** What the customer form holds while typed: plain texts, turned into Siigo's body on submit. */
export interface CustomerFormState {
  personType: 'Person' | 'Company';
  idType: string;
  identification: string;
  firstNames: string;
  lastNames: string;
  businessName: string;
  commercialName: string;
  /** Chosen from the list by name; null while what is typed names no city. */
  city: City | null;
  address: string;
  phone: string;
  email: string;
  comments: string;
  vatResponsible: boolean;
  responsibilities: string[];
  /** The fiscal fields were chosen by hand (or come from a saved customer): a change of person type keeps them. */
  fiscalChosen: boolean;
}

/** The id types a counter sees most, first; the rest of Siigo's list follows in the select. */
export const COMMON_ID_TYPES = ['13', '31', '22', '41', '12', '42', '47', '48'];

/**
 * The form's fields from a customer: a saved one being edited (mirror record or queued body), or
 * the few fields another screen already knows (the identification typed in a search).
 */
export function formStateFrom(initial: Partial<CustomerCreate> | CustomerRecord = {}): CustomerFormState {
  const base = 'identification' in initial && 'name' in initial && 'person_type' in initial && initial.person_type ? writeBodyOf(initial as CustomerRecord) : null;
  const known: Partial<CustomerCreate> = base ?? (initial as Partial<CustomerCreate>);
  const personType = known.person_type ?? (known.id_type === NIT_ID_TYPE ? 'Company' : 'Person');
  const idType = known.id_type ?? (personType === 'Company' ? NIT_ID_TYPE : '13');
  const contact = known.contacts?.[0];
  const defaults = fiscalDefaults(personType, idType);
  const codes = known.fiscal_responsibilities?.map((r) => r.code) ?? [];
  return {
    personType,
    idType,
    identification: known.identification ?? '',
    firstNames: personType === 'Person' ? (known.name?.[0] ?? '') : '',
    lastNames: personType === 'Person' ? (known.name?.[1] ?? '') : '',
    businessName: personType === 'Company' ? (known.name?.[0] ?? '') : '',
    commercialName: known.commercial_name ?? '',
    city: known.address ? cityOfAddress(known.address.city) : (cityByCode(DEFAULT_CITY_CODE) ?? null),
    address: known.address?.address ?? '',
    phone: known.phones?.[0]?.number ?? contact?.phone?.number ?? '',
    email: contact?.email ?? '',
    comments: known.comments ?? '',
    vatResponsible: base ? (base.vat_responsible ?? false) : defaults.vatResponsible,
    responsibilities: codes.length > 0 ? codes : defaults.responsibilities,
    fiscalChosen: base !== null,
  };
}

/** A change of person type or id type: the fiscal defaults follow unless they were chosen. */
export function withPersonType(state: CustomerFormState, personType: 'Person' | 'Company', idType: string): CustomerFormState {
  const next = { ...state, personType, idType };
  if (state.fiscalChosen) return next;
  const defaults = fiscalDefaults(personType, idType);
  return { ...next, vatResponsible: defaults.vatResponsible, responsibilities: defaults.responsibilities };
}

/**
 * The identification as typed, cleaned (see `readIdentificationInput`): what the field shows after
 * it is left and before it is saved. A wrong NIT check digit keeps the typed text and says why.
 */
export function cleanIdentification(state: CustomerFormState): { state: CustomerFormState; problem: string | null } {
  const reading = readIdentificationInput(state.idType, state.identification);
  return { state: { ...state, identification: reading.identification }, problem: reading.ok ? null : reading.message };
}

/** The DIAN check digit while a NIT is typed; null for other id types or an incomplete number. */
export function shownCheckDigit(state: Pick<CustomerFormState, 'idType' | 'identification'>): number | null {
  const nit = state.identification.trim();
  return state.idType === NIT_ID_TYPE && /^\d{1,15}$/.test(nit) ? nitCheckDigit(nit) : null;
}

/** People write phones with spaces, hyphens, dots and parentheses; Siigo takes digits only. */

const sameName = (a: { first_name: string; last_name?: string }, b: { first_name: string; last_name?: string }) =>
  a.first_name === b.first_name.trim() && (a.last_name ?? '') === (b.last_name ?? '').trim();

/** What a saved customer has beyond the form's fields, carried into its replacement body. */
function withoutFormFields(base: CustomerCreate | null): Partial<CustomerCreate> {
  if (!base) return {};
  const kept: Partial<CustomerCreate> = { ...base };
  for (const key of ['check_digit', 'commercial_name', 'comments', 'phones'] as const) delete kept[key];
  return kept;
}

/** The customer's name as the contact's: the contact of a customer created here is the customer itself. */
function contactName(body: Pick<CustomerCreate, 'person_type' | 'name'>): { first_name: string; last_name?: string } {
  const [first = '', last = ''] = body.name;
  const firstName = first.trim().slice(0, 50);
  const lastName = body.person_type === 'Person' ? last.trim().slice(0, 50) : '';
  return { first_name: firstName, ...(lastName ? { last_name: lastName } : {}) };
}

/**
 * Siigo's body for the form: a new customer's create body, or, given the saved customer (`base`),
 * the whole replacement body of a PUT. A PUT blanks whatever it omits, so every field the form
 * does not show (more phones and contacts, the postal code, seller and collector, active) is
 * carried over from `base` unchanged. The first contact is the one whose e-mail receives the
 * electronic invoice: it takes the form's e-mail, and its name and phone follow the customer's
 * while they were the customer's own (as this form creates them); a named contact person keeps
 * theirs. Blank required fields are sent blank on purpose: `validateCustomer` then names each one.
 */
export function customerBodyFrom(state: CustomerFormState, base: CustomerCreate | null = null): CustomerCreate {
  const person = state.personType === 'Person';
  const name = person ? [state.firstNames.trim(), state.lastNames.trim()] : [state.businessName.trim()];
  const identification = state.identification.trim();
  const checkDigit = shownCheckDigit(state);
  const phone = phoneDigits(state.phone);
  const email = state.email.trim();
  const comments = state.comments.trim();
  const commercialName = state.commercialName.trim();
  const [basePhone, ...otherPhones] = base?.phones ?? [];
  const [baseContact, ...otherContacts] = base?.contacts ?? [];
  const newPhone = phone ? { ...basePhone, indicative: basePhone?.indicative ?? '57', number: phone } : undefined;
  const contact: ContactWrite = { ...(baseContact ?? { first_name: '' }) };
  const followsCustomer = !base || !baseContact || sameName(contactName(base), baseContact);
  if (followsCustomer) {
    const own = contactName({ person_type: state.personType, name });
    contact.first_name = own.first_name;
    if (own.last_name) contact.last_name = own.last_name;
    else delete contact.last_name;
  }
  if (email) contact.email = email;
  else delete contact.email;
  if (!baseContact?.phone || baseContact.phone.number === basePhone?.number) {
    if (newPhone) contact.phone = newPhone;
    else delete contact.phone;
  }
  const phones = [...(newPhone ? [newPhone] : []), ...otherPhones];
  const city = state.city;
  // The id type and identification of a saved customer are its key in Siigo: the form keeps them.
  const keepDigit = base && base.id_type !== NIT_ID_TYPE && base.check_digit !== undefined && base.identification === identification ? base.check_digit : undefined;
  return {
    ...withoutFormFields(base),
    type: base?.type ?? 'Customer',
    person_type: state.personType,
    id_type: state.idType,
    identification,
    ...(checkDigit !== null ? { check_digit: String(checkDigit) } : keepDigit !== undefined ? { check_digit: keepDigit } : {}),
    name,
    // A person's commercial name is not in the form but Siigo may have one ("Tienda Doña Rosa"):
    // a PUT would empty it, so a saved one is kept.
    ...((!person || base?.commercial_name) && commercialName ? { commercial_name: commercialName } : {}),
    branch_office: base?.branch_office ?? 0,
    vat_responsible: state.vatResponsible,
    fiscal_responsibilities: state.responsibilities.map((code) => ({ code })),
    address: {
      ...base?.address,
      address: state.address.trim(),
      city: { country_code: city?.countryCode ?? 'Co', state_code: city?.stateCode ?? '', city_code: city?.cityCode ?? '' },
    },
    ...(phones.length > 0 ? { phones } : {}),
    contacts: [contact, ...otherContacts],
    ...(comments ? { comments } : {}),
  };
}

/** The customer's display name, as the mirror derives it. */
export function customerDisplayName(body: Pick<CustomerCreate, 'name'>): string {
  return body.name.filter(Boolean).join(' ');
}
