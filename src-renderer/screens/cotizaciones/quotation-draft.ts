import { toFixedText } from '../../../src-shared/money/decimal';
import type { QuotationCreate } from '../../../src-shared/siigo';
import type { MostradorDB } from '../../data/db';
import type { DocumentRow } from '../../data/outbox/rows';
import { resolveCustomer, type ChosenCustomer } from '../../forms/customer/chosen-customer';
import { salePrice, type SaleItem } from '../../data/mirror/sale-item';
import { cartTotals, lineFromProduct, linesFromItems, linesToItems, type CartLine, type DiscountKind } from '../../forms/lines/cart-lines';

/** A line priced from a price list: the product's prices, and the price the list gave it. */
export interface ListedPrice {
  prices: SaleItem['prices'];
  price: string;
}

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
  /** The price list new lines are priced from; null = Ajustes' default. Not sent (Siigo has no such field). */
  priceListId: number | null;
  /** Lines priced from the list, by line key; a line whose price the seller typed is not (or no longer) here. */
  listed: Record<string, ListedPrice>;
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
  listed: {},
});

/** A product as a new line at the list's price, remembered as list-priced. */
export function lineFromList(product: SaleItem, position: number): { line: CartLine; listed: ListedPrice } {
  const line = lineFromProduct(product, position);
  return { line, listed: { prices: product.prices, price: line.price } };
}

/**
 * The lines after choosing another price list: a line still at the price its list gave it takes
 * the new list's price; a line whose price the seller typed keeps it (and one loaded from a saved
 * quotation, whose origin is unknown, too).
 */
export function repriceLines(draft: Pick<QuotationDraft, 'lines' | 'listed'>, position: number): Pick<QuotationDraft, 'lines' | 'listed'> {
  const listed: Record<string, ListedPrice> = {};
  const lines = draft.lines.map((line) => {
    const from = draft.listed[line.key];
    if (!from || from.price !== line.price) return line;
    const price = String(salePrice({ code: line.code, name: line.description, prices: from.prices, taxes: [], taxIncluded: false }, position));
    listed[line.key] = { prices: from.prices, price };
    return price === line.price ? line : { ...line, price };
  });
  return { lines, listed };
}

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
    ...(draft.validUntil ? { label: validityLabel(draft.validUntil) } : {}),
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
    priceListId: null,
    listed: {},
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

