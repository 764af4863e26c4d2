/**
 * A customer (tercero) created offline, checked with the field rules of 05-clientes.md before it
 * is queued. One rule is the app's own: at least one contact. Siigo accepts a customer without
 * contacts, but every invoice or quotation for it then fails with `customer_settings`, hours
 * later; so the customer is stopped here, with that code.
 */
import type { CatalogRow, CityLookup } from './context';
import {
  EMAIL_PATTERN, NAME_PATTERN, type Json, isMissing, isObject, readArray, readInteger, readObject, readOptionalInteger,
  readOptionalString, readString,
} from './fields';
import { nth } from './format';
import { ID_TYPES, NIT_ID_TYPE, checkDigitProblem, identificationProblem } from './identification';
import { wrongCheckDigitMessage } from './identification-input';
import { IssueList, type IssuePath, type ValidationResult } from './result';

export const MAX_CONTACTS = 10;
const CUSTOMER_TYPES: ReadonlySet<string> = new Set(['Customer', 'Supplier', 'Other']);

/** Fiscal responsibilities listed in 05-clientes.md. */
export const FISCAL_RESPONSIBILITIES: ReadonlyMap<string, string> = new Map([
  ['R-99-PN', 'No aplica - Otros'],
  ['O-13', 'Gran contribuyente'],
  ['O-15', 'Autorretenedor'],
  ['O-23', 'Agente de retención IVA'],
  ['O-47', 'Régimen simple de tributación'],
]);

export interface CustomerContext {
  /** Sellers and collectors (`related_users`); unchecked when absent. */
  users?: readonly CatalogRow[];
  /** DANE cities the mirror knows; without it only the codes' shape is checked. */
  cities?: CityLookup;
  /** Whether a customer with this identification and branch office already exists. */
  exists?: (identification: string, branchOffice: number) => boolean;
}

export function validateCustomer(body: unknown, context: CustomerContext = {}): ValidationResult {
  const issues = new IssueList();
  const customer = readObject(issues, body, [], 'Cliente');
  if (customer) checkCustomer(issues, customer, context);
  return issues.result();
}

export function checkCustomer(issues: IssueList, body: Json, context: CustomerContext): void {
  const type = readOptionalString(issues, body['type'], ['type'], 'Tipo de tercero');
  if (type !== undefined && !CUSTOMER_TYPES.has(type)) {
    issues.add(['type'], 'invalid_type', 'Tipo de tercero: debe ser cliente (Customer), proveedor (Supplier) u otro (Other)');
  }
  const personTypeText = readString(issues, body['person_type'], ['person_type'], 'Tipo de persona')?.toLowerCase();
  const personType = personTypeText === 'person' ? 'Person' : personTypeText === 'company' ? 'Company' : undefined;
  if (personTypeText !== undefined && !personType) {
    issues.add(['person_type'], 'invalid_type', 'Tipo de persona: debe ser persona natural (Person) o empresa (Company)');
  }
  checkIdentification(issues, body, context);
  checkName(issues, body['name'], personType);
  checkFiscalResponsibilities(issues, body['fiscal_responsibilities']);
  checkAddress(issues, body['address'], context.cities);
  if (!isMissing(body['phones'])) {
    readArray(issues, body['phones'], ['phones'], 'Teléfonos')?.forEach((p, i) => checkPhone(issues, p, ['phones', i], nth('Teléfono', i), true));
  }
  checkContacts(issues, body['contacts']);
  const comments = readOptionalString(issues, body['comments'], ['comments'], 'Observaciones');
  if (comments !== undefined && comments.length > 4000) issues.add(['comments'], 'length_max', 'Observaciones: máximo 4.000 caracteres');
  checkRelatedUsers(issues, body['related_users'], context.users);
}

/** Id type, identification, check digit, branch office and uniqueness. */
function checkIdentification(issues: IssueList, body: Json, context: CustomerContext): void {
  const idTypeCode = readString(issues, body['id_type'], ['id_type'], 'Tipo de identificación');
  const idType = idTypeCode === undefined ? undefined : ID_TYPES.get(idTypeCode);
  if (idTypeCode !== undefined && !idType) issues.add(['id_type'], 'invalid_reference', `Tipo de identificación: el código ${idTypeCode} no existe`);
  const label = idTypeCode === NIT_ID_TYPE ? 'NIT' : 'Identificación';
  const identification = readString(issues, body['identification'], ['identification'], label);
  let valid = identification !== undefined;
  if (identification !== undefined && identification.length > 50) {
    issues.add(['identification'], 'invalid_identification', `${label}: máximo 50 caracteres`);
    valid = false;
  } else if (identification !== undefined && idType) {
    const problem = identificationProblem(idType, identification);
    if (problem) issues.add(['identification'], 'invalid_identification', `${label}: ${problem}`);
    valid = !problem;
  }
  const checkDigit = readOptionalString(issues, body['check_digit'], ['check_digit'], `Dígito de verificación`);
  if (checkDigit !== undefined && identification !== undefined && idTypeCode !== undefined && idType && valid) {
    const problem = checkDigitProblem(idTypeCode, identification, checkDigit);
    // A NIT's wrong digit names the NIT and both digits, as the form says it when typed.
    const nitMessage = () => `${label}: ${lowerFirst(wrongCheckDigitMessage(identification, checkDigit))}`;
    if (problem) issues.add(['check_digit'], 'invalid_identification', idTypeCode === NIT_ID_TYPE ? nitMessage() : `${label}: ${problem}`);
  }
  const branch = readOptionalInteger(issues, body['branch_office'], ['branch_office'], 'Sucursal') ?? 0;
  if (branch < 0 || branch > 999) issues.add(['branch_office'], 'invalid_value', 'Sucursal: debe ser un número entre 0 y 999');
  if (identification !== undefined && valid && context.exists?.(identification, branch)) {
    issues.add(['identification'], 'already_exists', `${label}: ya existe un cliente con ${identification}${branch ? ` en la sucursal ${branch}` : ''}`);
  }
}

function checkName(issues: IssueList, raw: unknown, personType: 'Person' | 'Company' | undefined): void {
  const list = readArray(issues, raw, ['name'], 'Nombre');
  if (!list) return;
  if (list.length === 0) {
    issues.add(['name'], 'parameter_required', 'Nombre: es obligatorio');
    return;
  }
  const expected = personType === 'Person' ? 2 : personType === 'Company' ? 1 : undefined;
  if (expected !== undefined && list.length !== expected) {
    issues.add(['name'], 'invalid_array', personType === 'Person'
      ? 'Nombre: una persona natural lleva dos partes, nombres y apellidos'
      : 'Nombre: una empresa lleva una sola parte, la razón social');
  }
  list.forEach((part, i) => {
    const label = personType === 'Company' ? 'Razón social' : i === 0 ? 'Nombres' : i === 1 ? 'Apellidos' : nth('Nombre', i);
    const text = readString(issues, part, ['name', i], label);
    if (text === undefined) return;
    if (text.length > 100) issues.add(['name', i], 'length_max', `${label}: máximo 100 caracteres`);
    else if (!NAME_PATTERN.test(text)) issues.add(['name', i], 'invalid_name', `${label}: tiene caracteres no permitidos (por ejemplo ' ! ¿ < > =)`);
  });
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** Absent, Siigo takes R-99-PN; present, each entry's code is required (05-clientes.md), so an empty list is refused. */
function checkFiscalResponsibilities(issues: IssueList, raw: unknown): void {
  if (isMissing(raw)) return;
  const list = readArray(issues, raw, ['fiscal_responsibilities'], 'Responsabilidades fiscales');
  if (list?.length === 0) {
    issues.add(['fiscal_responsibilities'], 'parameter_required', 'Responsabilidades fiscales: elija al menos una (R-99-PN «No aplica – Otros» si ninguna aplica)');
  }
  list?.forEach((entry, i) => {
    const path = ['fiscal_responsibilities', i, 'code'];
    const label = nth('Responsabilidad fiscal', i);
    const code = readString(issues, isObject(entry) ? entry['code'] : undefined, path, label);
    if (code !== undefined && !FISCAL_RESPONSIBILITIES.has(code)) {
      issues.add(path, 'invalid_reference', `${label}: el código ${code} no existe (use R-99-PN, O-13, O-15, O-23 u O-47)`);
    }
  });
}

function checkAddress(issues: IssueList, raw: unknown, cities: CityLookup | undefined): void {
  const address = readObject(issues, raw, ['address'], 'Dirección');
  if (!address) return;
  const street = readString(issues, address['address'], ['address', 'address'], 'Dirección');
  if (street !== undefined && street.length > 256) issues.add(['address', 'address'], 'length_max', 'Dirección: máximo 256 caracteres');
  const postal = readOptionalString(issues, address['postal_code'], ['address', 'postal_code'], 'Código postal');
  if (postal !== undefined && (postal.length > 10 || /\s/.test(postal))) {
    issues.add(['address', 'postal_code'], postal.length > 10 ? 'length_max' : 'invalid_value', 'Código postal: máximo 10 caracteres, sin espacios');
  }
  const city = readObject(issues, address['city'], ['address', 'city'], 'Ciudad');
  if (!city) return;
  const country = readString(issues, city['country_code'], ['address', 'city', 'country_code'], 'País de la dirección');
  const state = readString(issues, city['state_code'], ['address', 'city', 'state_code'], 'Departamento de la dirección');
  const cityCode = readString(issues, city['city_code'], ['address', 'city', 'city_code'], 'Ciudad de la dirección');
  if (country === undefined || state === undefined || cityCode === undefined || country.toUpperCase() !== 'CO') return;
  // DANE: the municipality code is the department's two digits followed by three more.
  const shaped = /^\d{2}$/.test(state) && /^\d{5}$/.test(cityCode) && cityCode.startsWith(state);
  if (!shaped || (cities && !cities({ country_code: country, state_code: state, city_code: cityCode }))) {
    issues.add(['address', 'city', 'city_code'], 'invalid_reference', `Ciudad de la dirección: no existe la ciudad ${cityCode} en el departamento ${state}`);
  }
}

function checkPhone(issues: IssueList, raw: unknown, path: IssuePath, label: string, numberRequired: boolean): void {
  const phone = readObject(issues, raw, path, label);
  if (!phone) return;
  const parts = [['indicative', 'indicativo'], ['number', 'número'], ['extension', 'extensión']] as const;
  for (const [key, name] of parts) {
    const value = key === 'number' && numberRequired
      ? readString(issues, phone[key], [...path, key], `${label} (${name})`)
      : readOptionalString(issues, phone[key], [...path, key], `${label} (${name})`);
    if (value !== undefined && !/^\d{1,10}$/.test(value)) {
      issues.add([...path, key], 'invalid_value', `${label} (${name}): solo números, máximo 10 dígitos, sin espacios`);
    }
  }
}

function checkContacts(issues: IssueList, raw: unknown): void {
  const list = isMissing(raw) ? [] : readArray(issues, raw, ['contacts'], 'Contactos');
  if (!list) return;
  if (list.length === 0) {
    issues.add(['contacts'], 'customer_settings', 'Contactos: agregue al menos un contacto; sin contactos Siigo rechaza las facturas de este cliente');
  }
  if (list.length > MAX_CONTACTS) issues.add(['contacts'], 'invalid_array', `Contactos: máximo ${MAX_CONTACTS} por cliente`);
  list.forEach((entry, i) => {
    const label = nth('Contacto', i);
    const contact = readObject(issues, entry, ['contacts', i], label);
    if (!contact) return;
    const at = (field: string) => ['contacts', i, field];
    const first = readString(issues, contact['first_name'], at('first_name'), `Nombres del ${label.toLowerCase()}`);
    if (first !== undefined && first.length > 50) issues.add(at('first_name'), 'length_max', `Nombres del ${label.toLowerCase()}: máximo 50 caracteres`);
    const last = readOptionalString(issues, contact['last_name'], at('last_name'), `Apellidos del ${label.toLowerCase()}`);
    if (last !== undefined && last.length > 50) issues.add(at('last_name'), 'length_max', `Apellidos del ${label.toLowerCase()}: máximo 50 caracteres`);
    const email = readOptionalString(issues, contact['email'], at('email'), `Correo del ${label.toLowerCase()}`);
    if (email !== undefined && email.length > 100) issues.add(at('email'), 'length_max', `Correo del ${label.toLowerCase()}: máximo 100 caracteres`);
    else if (email !== undefined && !EMAIL_PATTERN.test(email)) issues.add(at('email'), 'invalid_email', `Correo del ${label.toLowerCase()}: «${email}» no es un correo válido`);
    if (isObject(contact['phone'])) checkPhone(issues, contact['phone'], at('phone'), `Teléfono del ${label.toLowerCase()}`, false);
  });
}

function checkRelatedUsers(issues: IssueList, raw: unknown, users: readonly CatalogRow[] | undefined): void {
  if (!isObject(raw) || !users) return;
  for (const [key, label] of [['seller_id', 'Vendedor asignado'], ['collector_id', 'Cobrador asignado']] as const) {
    if (isMissing(raw[key])) continue;
    const id = readInteger(issues, raw[key], ['related_users', key], label);
    if (id !== undefined && !users.some((u) => u.id === id)) issues.add(['related_users', key], 'invalid_reference', `${label}: no existe el usuario ${id}`);
  }
}
