import type { MostradorDB } from '../../data/db';
import { localReference } from '../../data/outbox/local-reference';
import type { DocumentRow } from '../../data/outbox/rows';

const squeeze = (text: string) => text.trim().toUpperCase().replace(/[\s]/g, '');


/**
 * The invoices made on this PC that a typed or scanned receipt number names: the Siigo name
 * ("FV-1-123"), the number alone ("123", when one invoice has it), or a provisional receipt's
 * reference. Drafts and discarded sales are never returned.
 */
export async function findInvoiceByNumber(db: MostradorDB, typed: string): Promise<DocumentRow[]> {
  const text = squeeze(typed);
  if (text === '') return [];
  const invoices = (await db.documents.where('kind').equals('invoice').toArray()).filter((doc) => doc.state !== 'draft' && doc.state !== 'discarded');
  const byName = invoices.filter((doc) => doc.siigo?.name && squeeze(doc.siigo.name) === text);
  if (byName.length > 0) return byName;
  if (/^\d+$/.test(text)) {
    const byNumber = invoices.filter((doc) => doc.siigo?.number === Number(text));
    if (byNumber.length > 0) return byNumber;
  }
  return text.length >= 6 ? invoices.filter((doc) => localReference(doc).endsWith(text)) : [];
}
