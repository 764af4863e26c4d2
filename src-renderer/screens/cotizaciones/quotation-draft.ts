import { toFixedText } from '../../../src-shared/money/decimal';
import type { QuotationCreate } from '../../../src-shared/siigo';
import type { MostradorDB } from '../../data/db';
import type { DocumentRow } from '../../data/outbox/rows';
import { resolveCustomer, type ChosenCustomer } from '../../forms/customer/chosen-customer';
import { cartTotals, linesFromItems, linesToItems, type CartLine, type DiscountKind } from '../../forms/lines/cart-lines';

/** A quotation being typed. */
export interface QuotationDraft {
  customer: ChosenCustomer | null;
  lines: CartLine[];
  /** yyyy-MM-dd. Siigo quotations have no such field: it goes to the summary and the observations. */
  validUntil: string;
  notes: string;
}

export interface QuotationSettings {
  documentTypeId: number | null;
  sellerId: number | null;
  costCenterId: number | null;
  today: string;
  discountKind: DiscountKind;
}

const VALIDITY = /^Válida hasta (\d{2})\/(\d{2})\/(\d{4})\s*\n?/;

export const displayDate = (iso: string): string => {
  const [y, m, d] = iso.split('-');
  return y && m && d ? `${d}/${m}/${y}` : iso;
};

export const validityLabel = (validUntil: string): string => `Válida hasta ${displayDate(validUntil)}`;

/** Today plus `days`, as yyyy-MM-dd (dates are calendar days; no time zone arithmetic needed). */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export const emptyQuotation = (today: string): QuotationDraft => ({ customer: null, lines: [], validUntil: addDays(today, 15), notes: '' });

export type QuotationBody = Omit<QuotationCreate, 'customer' | 'seller' | 'document'> & Partial<Pick<QuotationCreate, 'customer' | 'seller' | 'document'>>;

/** Siigo's quotation body; the validity is written first in `observations`. */
export function quotationBodyFrom(draft: QuotationDraft, settings: QuotationSettings): QuotationBody {
  const observations = [draft.validUntil ? validityLabel(draft.validUntil) : '', draft.notes.trim()].filter(Boolean).join('\n');
  return {
    ...(settings.documentTypeId === null ? {} : { document: { id: settings.documentTypeId } }),
    date: settings.today,
    ...(draft.customer ? { customer: { identification: draft.customer.identification, branch_office: draft.customer.branchOffice } } : {}),
    ...(settings.costCenterId === null ? {} : { cost_center: settings.costCenterId }),
    ...(settings.sellerId === null ? {} : { seller: settings.sellerId }),
    ...(observations ? { observations } : {}),
    items: linesToItems(draft.lines, 'base-price'),
  };
}

export function quotationSummary(draft: QuotationDraft, discountKind: DiscountKind): DocumentRow['summary'] {
  return {
    ...(draft.customer ? { customerIdentification: draft.customer.identification, customerName: draft.customer.name } : {}),
    total: toFixedText(cartTotals(draft.lines, discountKind).total),
    ...(draft.validUntil ? { label: validityLabel(draft.validUntil) } : {}),
  };
}

/** The validity of a stored quotation (from its summary label), yyyy-MM-dd or ''. */
export function validUntilOf(document: Pick<DocumentRow, 'summary'>): string {
  const match = VALIDITY.exec(document.summary.label ?? '');
  return match ? `${match[3]}-${match[2]}-${match[1]}` : '';
}

/** A stored quotation (a draft to keep editing) back as a draft. */
export async function quotationDraftFrom(db: MostradorDB, document: DocumentRow): Promise<QuotationDraft> {
  const body = (document.body ?? {}) as Partial<QuotationCreate>;
  return {
    customer: await resolveCustomer(db, body.customer, document.summary.customerName),
    lines: linesFromItems(body.items, await db.taxes.toArray()),
    validUntil: validUntilOf(document),
    notes: (body.observations ?? '').replace(VALIDITY, ''),
  };
}
