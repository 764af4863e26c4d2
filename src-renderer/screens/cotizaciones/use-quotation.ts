import { useLiveQuery } from 'dexie-react-hooks';
import { colombiaToday } from '../../../src-shared/validation';
import { useServices } from '../../app/services';
import type { TaxRow } from '../../data/mirror/rows';
import type { DocumentRow } from '../../data/outbox/rows';
import { quotationLife, type QuotationLife } from './quotation-life';
import { quotationLink, type QuotationLink } from './quotation-link';
import { quotationVersion, type QuotationVersion } from './quotation-version';

export interface QuotationState {
  quotation: DocumentRow;
  version: QuotationVersion;
  link: QuotationLink;
  life: QuotationLife;
  taxes: TaxRow[];
  /** The seller's name from the mirrored users, when known. */
  sellerName: string | null;
}

export const sellerNameOf = (user: { siigo: { first_name?: string | null; last_name?: string | null; username?: string | null } } | undefined): string | null =>
  user ? [user.siigo.first_name, user.siigo.last_name].filter(Boolean).join(' ') || user.siigo.username || null : null;

/** One quotation with what became of it, kept current; undefined while loading, null when it is not on this PC. */
export function useQuotation(documentId: string): QuotationState | null | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const quotation = await db.documents.get(documentId);
    if (!quotation) return null;
    const [version, link, taxes] = await Promise.all([quotationVersion(db, quotation), quotationLink(db, quotation), db.taxes.toArray()]);
    const seller = version.body.seller != null ? await db.users.get(version.body.seller) : undefined;
    const life = quotationLife(quotation, { validUntil: version.validUntil, invoice: link.invoice, refusedEdit: version.refusedEditIds.length > 0 }, colombiaToday(new Date()));
    return { quotation, version, link, life, taxes, sellerName: sellerNameOf(seller) };
  }, [db, documentId]);
}
