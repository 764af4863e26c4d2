import { toFixedText } from '../../../src-shared/money/decimal';
import type { QuotationCreate } from '../../../src-shared/siigo';
import type { MostradorDB } from '../../data/db';
import type { DocumentRow } from '../../data/outbox/rows';
import { resolveCustomer, type ChosenCustomer } from '../../forms/customer/chosen-customer';
import { cartTotals, linesFromItems, linesToItems, type CartLine, type DiscountKind } from '../../forms/lines/cart-lines';
import { draftPriceListOf } from '../venta/sale';

/** A quotation being typed. */
export interface QuotationDraft {
  customer: ChosenCustomer | null;
  lines: CartLine[];
  /**
   * yyyy-MM-dd. Siigo's quotation has no validity field: it is kept only in the local document
   * (its summary's label, see `validUntilOf`), printed on the quotation and never sent to Siigo.
   */
  validUntil: string;
  notes: string;
  /** The quotation's date (yyyy-MM-dd); today for a new one. */
  date: string;
  /** The seller (a Siigo user); null = Ajustes' default. */
  sellerId: number | null;
  /**
   * The price list new lines are priced from; null = Ajustes' default. Never sent (Siigo has no
   * such field): kept in the draft's body as Venta keeps a sale's (`draftBodyFrom`).
   */
  priceListId: number | null;
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

/** How long a new quotation is valid by default (the seller may change it). */
export const DEFAULT_VALIDITY_DAYS = 30;

export const emptyQuotation = (today: string): QuotationDraft => ({
  customer: null,
  lines: [],
  validUntil: addDays(today, DEFAULT_VALIDITY_DAYS),
  notes: '',
  date: today,
  sellerId: null,
  priceListId: null,
});

export type QuotationBody = Omit<QuotationCreate, 'customer' | 'seller' | 'document'> & Partial<Pick<QuotationCreate, 'customer' | 'seller' | 'document'>>;

/** Siigo's quotation body (the validity is not in it: Siigo has no such field). */
export function quotationBodyFrom(draft: QuotationDraft, settings: QuotationSettings): QuotationBody {
  const observations = draft.notes.trim();
  const seller = draft.sellerId ?? settings.sellerId;
  return {
    ...(settings.documentTypeId === null ? {} : { document: { id: settings.documentTypeId } }),
    date: draft.date || settings.today,
    ...(draft.customer ? { customer: { identification: draft.customer.identification, branch_office: draft.customer.branchOffice } } : {}),
    ...(settings.costCenterId === null ? {} : { cost_center: settings.costCenterId }),
    ...(seller === null ? {} : { seller }),
    ...(observations ? { observations } : {}),
    items: linesToItems(draft.lines, 'base-price'),
  };
}

/**
 * The whole quotation as Siigo must have it after an edit (`PUT` replaces it): what Siigo lets
 * change (date, seller, items, observations) from the draft; its type, number, customer, cost
 * center and currency as they were, since Siigo keeps those (see quotationUpdateSchema).
 */
export function quotationUpdateFrom(original: Partial<QuotationCreate>, draft: QuotationDraft, settings: QuotationSettings): QuotationBody {
  const { observations: _old, ...kept } = original;
  const edited = quotationBodyFrom(draft, settings);
  return {
    ...kept,
    date: edited.date,
    ...(edited.seller === undefined ? {} : { seller: edited.seller }),
    ...(edited.observations ? { observations: edited.observations } : {}),
    items: edited.items,
  };
}

export function quotationSummary(draft: QuotationDraft, discountKind: DiscountKind): DocumentRow['summary'] {
  return {
    ...(draft.customer ? { customerIdentification: draft.customer.identification, customerName: draft.customer.name } : {}),
    total: toFixedText(cartTotals(draft.lines, discountKind).total),
    // Always named, even empty: merged over the stored summary, an absent label would keep the old
    // date and a cleared "Válida hasta" would come back.
    label: draft.validUntil ? validityLabel(draft.validUntil) : undefined,
  };
}

/** The validity of a stored quotation (from its summary label), yyyy-MM-dd or ''. */
export function validUntilOf(document: Pick<DocumentRow, 'summary'>): string {
  const match = VALIDITY.exec(document.summary.label ?? '');
  return match ? `${match[3]}-${match[2]}-${match[1]}` : '';
}

/**
 * A stored quotation (a draft to keep editing, or the latest version of a confirmed one) back as
 * a draft. Quotations saved before the validity stayed local had it first in their observations:
 * it is taken out of them.
 */
export async function quotationDraftFrom(db: MostradorDB, document: Pick<DocumentRow, 'body' | 'summary'>): Promise<QuotationDraft> {
  const body = (document.body ?? {}) as Partial<QuotationCreate>;
  return {
    customer: await resolveCustomer(db, body.customer, document.summary.customerName),
    lines: linesFromItems(body.items, await db.taxes.toArray()),
    validUntil: validUntilOf(document),
    notes: notesOf(body),
    date: body.date ?? '',
    sellerId: body.seller ?? null,
    priceListId: draftPriceListOf(document.body),
  };
}

/** The observations as the seller wrote them (without an old validity line). */
export const notesOf = (body: Partial<QuotationCreate>): string => (body.observations ?? '').replace(VALIDITY, '');

/** Whether two bodies say the same, whatever the order of their keys (an edit that changes nothing Siigo keeps). */
export function sameBody(a: unknown, b: unknown): boolean {
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : value !== null && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).sort(([x], [y]) => x.localeCompare(y)).map(([k, v]) => [k, canonical(v)]))
        : value;
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

