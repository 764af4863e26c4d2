import type { MostradorDB } from '../../data/db';
import { customerByIdentification } from '../../data/mirror/lookups';
import { identifierKey } from '../../../src-shared/search';
import { pathOf } from './document-facts';

function firstEmail(contacts: unknown): string | null {
  if (!Array.isArray(contacts)) return null;
  for (const contact of contacts) {
    const email = pathOf(contact, 'email');
    if (typeof email === 'string' && email.includes('@')) return email;
  }
  return null;
}

/**
 * Where to send an invoice by default: the customer's first contact e-mail from the mirror, else
 * from a customer created on this PC and not yet pulled back (its queued body has the contacts).
 */
export async function customerEmail(db: MostradorDB, identification: string | null, branchOffice: number): Promise<string | null> {
  if (!identification) return null;
  const mirrored = await customerByIdentification(db, identification, branchOffice);
  const fromMirror = firstEmail(mirrored?.siigo.contacts);
  if (fromMirror) return fromMirror;
  const key = identifierKey(identification);
  const local = await db.documents
    .where('kind')
    .equals('customer')
    .filter((document) => identifierKey(String(pathOf(document.body, 'identification') ?? '')) === key)
    .last();
  return firstEmail(pathOf(local?.body, 'contacts'));
}
