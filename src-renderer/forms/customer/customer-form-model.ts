import type { CustomerCreate } from '../../../src-shared/siigo';
import { NIT_ID_TYPE, nitCheckDigit } from '../../../src-shared/validation';
import { cityByCode, DEFAULT_CITY_CODE } from './cities';

/** What the customer form holds while typed: plain texts, turned into Siigo's body on submit. */
export interface CustomerFormState {
  personType: 'Person' | 'Company';
  idType: string;
  identification: string;
  firstNames: string;
  lastNames: string;
  businessName: string;
  commercialName: string;
  cityCode: string;
  address: string;
  phone: string;
  email: string;
}

/** The id types a counter sees most, first; the rest of Siigo's list follows in the select. */
export const COMMON_ID_TYPES = ['13', '31', '22', '41', '12', '42', '47', '48'];

export function formStateFrom(initial: Partial<CustomerCreate> = {}): CustomerFormState {
  const personType = initial.person_type ?? (initial.id_type === NIT_ID_TYPE ? 'Company' : 'Person');
  const contact = initial.contacts?.[0];
  return {
    personType,
    idType: initial.id_type ?? (personType === 'Company' ? NIT_ID_TYPE : '13'),
    identification: initial.identification ?? '',
    firstNames: personType === 'Person' ? (initial.name?.[0] ?? '') : '',
    lastNames: personType === 'Person' ? (initial.name?.[1] ?? '') : '',
    businessName: personType === 'Company' ? (initial.name?.[0] ?? '') : '',
    commercialName: initial.commercial_name ?? '',
    cityCode: initial.address?.city.city_code ?? DEFAULT_CITY_CODE,
    address: initial.address?.address ?? '',
    phone: initial.phones?.[0]?.number ?? contact?.phone?.number ?? '',
    email: contact?.email ?? '',
  };
}

/** The DIAN check digit while a NIT is typed; null for other id types or an incomplete number. */
export function shownCheckDigit(state: Pick<CustomerFormState, 'idType' | 'identification'>): number | null {
  const nit = state.identification.trim();
  return state.idType === NIT_ID_TYPE && /^\d{1,15}$/.test(nit) ? nitCheckDigit(nit) : null;
}

/**
 * Siigo's create body. Blank required fields are sent blank on purpose: `validateCustomer`
 * then names each one in Spanish. The contact (Siigo refuses invoices for customers without
 * one) is the customer itself, with the e-mail where the electronic invoice goes.
 */
export function customerBodyFrom(state: CustomerFormState): CustomerCreate {
  const city = cityByCode(state.cityCode);
  const person = state.personType === 'Person';
  const name = person ? [state.firstNames.trim(), state.lastNames.trim()] : [state.businessName.trim()];
  const checkDigit = shownCheckDigit(state);
  const phone = state.phone.replace(/[\s-]/g, '');
  const email = state.email.trim();
  const contactFirst = (person ? state.firstNames : state.businessName).trim().slice(0, 50);
  const contactLast = person ? state.lastNames.trim().slice(0, 50) : '';
  return {
    type: 'Customer',
    person_type: state.personType,
    id_type: state.idType,
    identification: state.identification.trim(),
    ...(checkDigit === null ? {} : { check_digit: String(checkDigit) }),
    name,
    ...(!person && state.commercialName.trim() ? { commercial_name: state.commercialName.trim() } : {}),
    branch_office: 0,
    fiscal_responsibilities: [{ code: 'R-99-PN' }],
    address: {
      address: state.address.trim(),
      city: { country_code: 'Co', state_code: city?.stateCode ?? '', city_code: city?.cityCode ?? '' },
    },
    ...(phone ? { phones: [{ indicative: '57', number: phone }] } : {}),
    contacts: [
      {
        first_name: contactFirst,
        ...(contactLast ? { last_name: contactLast } : {}),
        ...(email ? { email } : {}),
        ...(phone ? { phone: { indicative: '57', number: phone } } : {}),
      },
    ],
  };
}

/** The customer's display name, as the mirror derives it. */
export function customerDisplayName(body: Pick<CustomerCreate, 'name'>): string {
  return body.name.filter(Boolean).join(' ');
}
