import type { MostradorDB } from '../../data/db';
import { customerItemFromDocument, customerItemFromRow, QUEUED_KEY_PREFIX, type CustomerItem } from './customer-item';

/**
 * The customer behind a list key or a `navigation.focusId`: a mirror id, `doc:<id>`, or the bare
 * id of a customer document (what another screen knows after "Nuevo cliente").
 */
export async function customerItemByKey(db: MostradorDB, key: string): Promise<CustomerItem | undefined> {
  const documentId = key.startsWith(QUEUED_KEY_PREFIX) ? key.slice(QUEUED_KEY_PREFIX.length) : key;
  if (!key.startsWith(QUEUED_KEY_PREFIX)) {
    const row = await db.customers.get(key);
    if (row) return customerItemFromRow(row);
  }
  const document = await db.documents.get(documentId);
  if (document?.kind !== 'customer') return undefined;
  // Once Siigo created it and the mirror has it, the mirrored record is the one to show.
  const mirrored = document.siigo ? await db.customers.get(document.siigo.id) : undefined;
  return mirrored ? customerItemFromRow(mirrored) : customerItemFromDocument(document);
}
