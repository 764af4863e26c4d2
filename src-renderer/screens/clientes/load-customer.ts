import type { CustomerCreate } from '../../../src-shared/siigo';
import type { MostradorDB } from '../../data/db';
import { editsOf } from '../../data/outbox/queue-update';
import type { DocumentRow } from '../../data/outbox/rows';
import { customerItemFromDocument, customerItemFromRow, QUEUED_KEY_PREFIX, withEditBody, type CustomerItem } from './customer-item';

/**
 * The customer with this PC's edits over it. The newest edit shows while it has not reached
 * Siigo (marked pending); once sent, the mirror holds Siigo's answer and is shown (a customer
 * not in the mirror keeps showing the edit). An edit folded into a creation still queued is
 * already that creation's body.
 */
async function withEdits(db: MostradorDB, item: CustomerItem, mirroredAt: string | null): Promise<CustomerItem> {
  return overlayEdit(item, (await editsOf(db, item.target)).filter((edit) => edit.state !== 'discarded' && edit.state !== 'draft').at(-1), mirroredAt);
}

/** `item` as `last` (its newest edit that counts) leaves it; see `withEdits`. */
export function overlayEdit(item: CustomerItem, last: DocumentRow | undefined, mirroredAt: string | null): CustomerItem {
  if (!last) return item;
  const body = last.body as CustomerCreate;
  if (last.state !== 'sent') return withEditBody(item, body, last);
  // Sent: the replay wrote Siigo's answer into the mirror, which then has the newest record
  // (comparing Siigo's clock with this PC's would hide later changes made in Siigo Nube).
  return mirroredAt !== null ? item : withEditBody(item, body, null);
}

/**
 * The customer behind a list key or a `navigation.focusId`: a mirror id, `doc:<id>`, or the bare
 * id of a customer document (what another screen knows after "Nuevo cliente").
 */
export async function customerItemByKey(db: MostradorDB, key: string): Promise<CustomerItem | undefined> {
  const documentId = key.startsWith(QUEUED_KEY_PREFIX) ? key.slice(QUEUED_KEY_PREFIX.length) : key;
  if (!key.startsWith(QUEUED_KEY_PREFIX)) {
    const row = await db.customers.get(key);
    if (row) return withEdits(db, customerItemFromRow(row), row.lastUpdated);
  }
  const document = await db.documents.get(documentId);
  if (document?.kind !== 'customer') return undefined;
  // Once Siigo created it and the mirror has it, the mirrored record is the one to show.
  const mirrored = document.siigo ? await db.customers.get(document.siigo.id) : undefined;
  return mirrored ? withEdits(db, customerItemFromRow(mirrored), mirrored.lastUpdated) : withEdits(db, customerItemFromDocument(document), null);
}
