import type { IssuePath, ValidationIssue } from '../../../src-shared/validation';
import { pathStartsWith } from '../issues';

/** The form's fields and the body paths whose issues each one shows. */
export type CustomerField =
  | 'idType' | 'identification' | 'firstNames' | 'lastNames' | 'businessName' | 'city' | 'address' | 'phone' | 'email'
  | 'vatResponsible' | 'responsibilities' | 'comments';

const FIELD_PATHS: Record<CustomerField, { under: IssuePath[]; exact?: IssuePath[] }> = {
  idType: { under: [['id_type'], ['person_type'], ['type']] },
  identification: { under: [['identification'], ['check_digit'], ['branch_office']] },
  firstNames: { under: [['name', 0], ['contacts', 0, 'first_name']], exact: [['name']] },
  lastNames: { under: [['name', 1], ['contacts', 0, 'last_name']] },
  businessName: { under: [['name', 0], ['contacts', 0, 'first_name']], exact: [['name']] },
  city: { under: [['address', 'city']] },
  address: { under: [['address', 'address'], ['address', 'postal_code']], exact: [['address']] },
  phone: { under: [['phones', 0], ['contacts', 0, 'phone']], exact: [['phones']] },
  email: { under: [['contacts', 0, 'email']] },
  vatResponsible: { under: [['vat_responsible']] },
  responsibilities: { under: [['fiscal_responsibilities']] },
  comments: { under: [['comments']] },
};

const samePath = (a: IssuePath, b: IssuePath) => a.length === b.length && pathStartsWith(a, b);

function belongs(issue: ValidationIssue, field: CustomerField): boolean {
  const { under, exact = [] } = FIELD_PATHS[field];
  return under.some((p) => pathStartsWith(issue.path, p)) || exact.some((p) => samePath(issue.path, p));
}

const isContactName = (issue: ValidationIssue) => issue.path[0] === 'contacts';

/**
 * The validation's message in the form's words. `validateCustomer` names Siigo's structure
 * ("Correo del contacto 1", "Teléfono 1 (número)", the city's DANE code); the form shows one
 * e-mail, one phone and a city by name, so their messages use the field's label instead.
 */
export function shopMessage(issue: ValidationIssue): string {
  const { path, message } = issue;
  const reason = message.slice(message.indexOf(':') + 1).trim();
  const under = (prefix: IssuePath) => pathStartsWith(path, prefix);
  if (under(['address', 'city'])) return 'Ciudad: escriba el nombre de la ciudad y elíjala de la lista';
  if (under(['contacts', 0, 'email'])) return `Correo electrónico: ${reason}`;
  if (under(['contacts', 0, 'phone']) || under(['phones', 0])) return `Teléfono: ${reason}`;
  if (under(['contacts', 0, 'first_name'])) return `Nombre: ${reason}`;
  if (under(['fiscal_responsibilities'])) return `Responsabilidades fiscales: ${reason}`;
  if (under(['contacts'])) return message.replace(/del contacto (\d+)/, 'del contacto $1 guardado en Siigo');
  if (under(['phones'])) return message.replace(/^Teléfono (\d+)/, 'Teléfono $1 guardado en Siigo');
  return message;
}

/** Messages to show under one field. The contact's name is copied from the customer's: one message is enough. */
export function fieldMessages(issues: readonly ValidationIssue[], field: CustomerField): string[] {
  const mine = issues.filter((issue) => belongs(issue, field));
  const own = mine.filter((issue) => !isContactName(issue) || field === 'phone' || field === 'email');
  return [...new Set((own.length > 0 ? own : mine).map(shopMessage))];
}

/** Issues no visible field shows (listed above the buttons), in the form's words. */
export function unplacedMessages(issues: readonly ValidationIssue[], person: boolean): string[] {
  const visible: CustomerField[] = [
    'idType', 'identification', 'city', 'address', 'phone', 'email', 'vatResponsible', 'responsibilities', 'comments',
    ...(person ? (['firstNames', 'lastNames'] as const) : (['businessName'] as const)),
  ];
  return issues.filter((issue) => !visible.some((field) => belongs(issue, field))).map(shopMessage);
}
