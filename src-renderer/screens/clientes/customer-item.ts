import type { CustomerCreate } from '../../../src-shared/siigo';
import type { CustomerRecord } from '../../forms/customer/customer-record';
import type { CustomerRow } from '../../data/mirror/rows';
import type { DocumentRow, UpdateTarget } from '../../data/outbox/rows';

export type { CustomerRecord };

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
  /** What the customer is, or will be once this PC's edits reach Siigo (they overlay the mirror's record). */
  record: CustomerRecord;
  /** The record an edit of this customer replaces. */
  target: UpdateTarget;
  /** This PC's edit not yet in Siigo whose content `record` shows (queued, being sent, or refused). */
  pendingEdit: DocumentRow | null;
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
    target: { siigoId: row.id, documentId: null },
    pendingEdit: null,
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
    target: { siigoId: document.siigo?.id ?? null, documentId: document.id },
    pendingEdit: null,
  };
}

/** The item showing an edit's body: names and flags as the edit leaves them. */
export function withEditBody(item: CustomerItem, body: CustomerCreate, pendingEdit: DocumentRow | null): CustomerItem {
  return {
    ...item,
    name: body.name.filter(Boolean).join(' '),
    commercialName: body.commercial_name ?? null,
    active: body.active ?? true,
    record: body,
    pendingEdit,
  };
}

/**
 * A customer document made here that still counts: confirmed and not discarded. Once sent it
 * stays listed until the mirror's next pull brings the Siigo record (callers drop it then).
 */
export function isLocalCustomer(document: DocumentRow): boolean {
  return document.kind === 'customer' && document.state !== 'discarded' && document.state !== 'draft';
}
