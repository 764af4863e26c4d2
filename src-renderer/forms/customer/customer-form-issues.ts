import type { IssuePath, ValidationIssue } from '../../../src-shared/validation';
import { pathStartsWith } from '../issues';

/** The form's fields and the body paths whose issues each one shows. */
export type CustomerField = 'idType' | 'identification' | 'firstNames' | 'lastNames' | 'businessName' | 'city' | 'address' | 'phone' | 'email';

const FIELD_PATHS: Record<CustomerField, { under: IssuePath[]; exact?: IssuePath[] }> = {
  idType: { under: [['id_type'], ['person_type'], ['type']] },
  identification: { under: [['identification'], ['check_digit'], ['branch_office']] },
  firstNames: { under: [['name', 0], ['contacts', 0, 'first_name']], exact: [['name']] },
  lastNames: { under: [['name', 1], ['contacts', 0, 'last_name']] },
  businessName: { under: [['name', 0], ['contacts', 0, 'first_name']], exact: [['name']] },
  city: { under: [['address', 'city']] },
  address: { under: [['address', 'address'], ['address', 'postal_code']], exact: [['address']] },
  phone: { under: [['phones'], ['contacts', 0, 'phone']] },
  email: { under: [['contacts', 0, 'email']] },
};

const samePath = (a: IssuePath, b: IssuePath) => a.length === b.length && pathStartsWith(a, b);

function belongs(issue: ValidationIssue, field: CustomerField): boolean {
  const { under, exact = [] } = FIELD_PATHS[field];
  return under.some((p) => pathStartsWith(issue.path, p)) || exact.some((p) => samePath(issue.path, p));
}

const isContactName = (issue: ValidationIssue) => issue.path[0] === 'contacts';

/** Messages to show under one field. The contact's name is copied from the customer's: one message is enough. */
export function fieldMessages(issues: readonly ValidationIssue[], field: CustomerField): string[] {
  const mine = issues.filter((issue) => belongs(issue, field));
  const own = mine.filter((issue) => !isContactName(issue) || field === 'phone' || field === 'email');
  return (own.length > 0 ? own : mine).map((issue) => issue.message);
}

/** Issues no visible field shows (listed above the buttons). */
export function unplacedIssues(issues: readonly ValidationIssue[], person: boolean): ValidationIssue[] {
  const visible: CustomerField[] = ['idType', 'identification', 'city', 'address', 'phone', 'email', ...(person ? (['firstNames', 'lastNames'] as const) : (['businessName'] as const))];
  return issues.filter((issue) => !visible.some((field) => belongs(issue, field)));
}
