import type { Customer, CustomerCreate } from '../../../src-shared/siigo';
import type { CustomerRow } from '../../data/mirror/rows';
import type { DocumentRow } from '../../data/outbox/rows';

/** A customer as Siigo returned it (mirror) or as typed here and still queued (create body). */
export type CustomerRecord = Customer | CustomerCreate;

/**
 * One customer in lists and detail, whether it comes from the mirror or was created on this PC
 * and has not reached Siigo yet: both can be sold to and paid by, so screens treat them alike.
 */
export interface CustomerItem {
  /** Stable React key and focus id: the mirror id, or `doc:<documentId>` for a queued one. */
  key: string;
  mirrorId: string | null;
  /** The local customer document, when it was created here and is still queued. */
  document: DocumentRow | null;
  identification: string;
  branchOffice: number;
  name: string;
  commercialName: string | null;
  active: boolean;
  record: CustomerRecord;
}

export const QUEUED_KEY_PREFIX = 'doc:';

export function customerItemFromRow(row: CustomerRow): CustomerItem {
  return {
    key: row.id,
    mirrorId: row.id,
    document: null,
    identification: row.identification,
    branchOffice: row.branchOffice,
    name: row.name,
    commercialName: row.commercialName,
    active: row.active,
    record: row.siigo,
  };
}

export function customerItemFromDocument(document: DocumentRow): CustomerItem {
  const body = document.body as CustomerCreate;
  return {
    key: `${QUEUED_KEY_PREFIX}${document.id}`,
    mirrorId: null,
    document,
    identification: body.identification,
    branchOffice: body.branch_office ?? 0,
    name: body.name.join(' '),
    commercialName: body.commercial_name ?? null,
    active: body.active ?? true,
    record: body,
  };
}

/**
 * A customer document made here that still counts: confirmed and not discarded. Once sent it
 * stays listed until the mirror's next pull brings the Siigo record (callers drop it then).
 */
export function isLocalCustomer(document: DocumentRow): boolean {
  return document.kind === 'customer' && document.state !== 'discarded' && document.state !== 'draft';
}
