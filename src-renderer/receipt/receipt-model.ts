import { isElectronic as isElectronicType } from '../../src-shared/validation';
import { UNTAXED } from '../../src-shared/cash/document-figures';
import { isCashType } from '../../src-shared/cash/payment-methods';
import { add, decimal, ZERO, type Decimal } from '../../src-shared/money/decimal';
import type { DocumentTotals } from '../../src-shared/money/invoice-totals';
import type { Issuer, RollWidth } from '../../src-shared/ipc/desktop';
import { creditNoteReasons } from '../../src-shared/siigo/credit-note';
import { nitCheckDigit } from '../../src-shared/validation/nit';
import type { DocumentTypeRow, PaymentTypeRow, TaxRow } from '../data/mirror/rows';
import type { DocumentRow } from '../data/outbox/rows';
import { CONSUMIDOR_FINAL_ID, CONSUMIDOR_FINAL_NAME } from '../forms/customer/consumidor-final';
import { cartTotals, linesFromItems, type CartLine } from '../forms/lines/cart-lines';
import { formatCop } from '../../src-shared/money/format-cop';

/**
 * What the roll documents print, computed from the stored document, the mirrored catalogs and
 * Ajustes. Pure, so the figures are tested without drawing anything.
 */

export interface ReceiptCatalogs {
  documentTypes: DocumentTypeRow[];
  paymentTypes: PaymentTypeRow[];
  taxes: TaxRow[];
}

/** What Ajustes says about the paper and who issues the documents. */
export interface RollSettings {
  issuer: Issuer;
  rollWidth: RollWidth;
}

export const EMPTY_ISSUER: Issuer = { name: '', nit: '', address: '', phone: '', resolution: '' };

export interface Heading {
  title: string;
  /** The Siigo number once created ("FV-1-123"), else null. */
  number: string | null;
  /** The plain status line the customer reads. */
  status: string;
  provisional: boolean;
}

export interface TaxByRate {
  /** "IVA 19%", "Impoconsumo 8%", or "Sin impuesto" for lines that carry none. */
  name: string;
  /** Σ bases of the lines the rate applies to. */
  base: Decimal;
  value: Decimal;
}

export interface Party {
  name: string;
  identification: string | null;
}

export interface PrintedLine {
  key: string;
  description: string;
  detail: string;
  total: Decimal;
}

/** The DIAN's key of an electronic document; the QR is printed only once the DIAN accepted it. */
export interface DianKey {
  code: string;
  accepted: boolean;
}

export const PROVISIONAL_DIAN = 'Comprobante provisional — pendiente de validación DIAN';
export const PROVISIONAL_SIIGO = 'Comprobante provisional — pendiente de registro en Siigo';

const BOGOTA = 'America/Bogota';

/**
 * "14/03/2026 3:07 p. m.": the moment at the counter, in Bogotá whatever the PC's zone. The time
 * and its "p. m." are held together (no-break spaces), so a narrow roll never ends a line at "p.".
 */
export function receiptDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const day = date.toLocaleDateString('es-CO', { timeZone: BOGOTA, day: '2-digit', month: '2-digit', year: 'numeric' });
  const time = date.toLocaleTimeString('es-CO', { timeZone: BOGOTA, hour: 'numeric', minute: '2-digit' });
  return `${day} ${time.replace(/\s+/g, '\u00a0')}`;
}

/**
 * The lines every document on the roll opens with: when, who served, and who it is for (a sale's
 * "Cliente", a receipt's "Recibido de"). Each receipt adds its own after them.
 */
export function partyFacts(
  view: { issuedAt: string; cashier: string | null; customer: { name: string; identification: string | null } | null },
  customerLabel = 'Cliente',
): Array<readonly [string, string] | null> {
  return [
    ['Fecha', receiptDateTime(view.issuedAt)],
    view.cashier ? ['Cajero', view.cashier] : null,
    view.customer ? [customerLabel, view.customer.name] : null,
    view.customer?.identification ? ['C.C./NIT', view.customer.identification] : null,
  ];
}

/** A calendar day ("2026-03-14") rearranged, never parsed, so no time zone can shift it. */
export function receiptDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : day;
}

/**
 * "900.123.456-7": grouped as Colombians write it, with the DIAN check digit, computed when the
 * NIT was typed without it (Ajustes refuses a wrong one).
 */
export function nitText(nit: string): string {
  const match = /^(\d{1,15})(?:-(\d))?$/.exec(nit.trim());
  if (!match) return nit;
  const digits = match[1]!;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${grouped}-${match[2] ?? nitCheckDigit(digits)}`;
}

/** A quantity as printed for the customer: "2,5" (Colombian decimal comma). */
export const quantityText = (quantity: string) => quantity.replace('.', ',');

/** How a document is named to the customer and the seller: Siigo's number ("FV-1-45"), null before it has one. */
export const documentNumber = (document: Pick<DocumentRow, 'siigo'>) =>
  document.siigo ? document.siigo.name ?? ([document.siigo.prefix, document.siigo.number].filter((part) => part != null && part !== '').join('-') || null) : null;

function headingOf(document: DocumentRow, title: string, electronic: boolean, registered: string): Heading {
  const number = documentNumber(document);
  if (!document.siigo) return { title, number: null, status: electronic ? PROVISIONAL_DIAN : PROVISIONAL_SIIGO, provisional: true };
  if (!electronic) return { title, number, status: registered, provisional: false };
  if (document.dian?.status === 'Accepted') return { title, number, status: 'Validada por la DIAN', provisional: false };
  if (document.dian?.status === 'Rejected') return { title, number, status: 'Rechazada por la DIAN — no es válida', provisional: true };
  return { title, number, status: 'Pendiente de validación DIAN', provisional: true };
}

/** A mirrored type that is electronic (a missing one is not). */
const isElectronic = (type: DocumentTypeRow | undefined): boolean => type !== undefined && isElectronicType(type.siigo);

function dianKeyOf(document: DocumentRow): DianKey | null {
  const code = document.dian?.cufe;
  return code ? { code, accepted: document.dian?.status === 'Accepted' } : null;
}

/**
 * The customer as printed. The DIAN's generic final consumer prints as "Consumidor final" with
 * its 222222222222, whatever name the customer list gives it.
 */
function partyOf(document: DocumentRow, customer: unknown): Party | null {
  const fromBody = typeof customer === 'object' && customer !== null && 'identification' in customer ? String((customer as { identification: unknown }).identification) : null;
  const identification = document.summary.customerIdentification ?? fromBody;
  if (identification === CONSUMIDOR_FINAL_ID) return { name: CONSUMIDOR_FINAL_NAME, identification };
  if (document.summary.customerName) return { name: document.summary.customerName, identification };
  return identification ? { name: identification, identification: null } : null;
}

const paymentName = (catalogs: ReceiptCatalogs, id: number | undefined) =>
  catalogs.paymentTypes.find((type) => type.id === id)?.siigo.name ?? (id === undefined ? 'Forma de pago' : `Forma de pago ${id}`);

const counterAmount = (value: string | null | undefined): Decimal | null => {
  if (value == null || value === '') return null;
  try {
    return decimal(value);
  } catch {
    return null;
  }
};

interface Priced {
  lines: PrintedLine[];
  totals: DocumentTotals;
  taxes: TaxByRate[];
}

/**
 * Lines, Siigo's totals and the taxes grouped by rate, from a body's items. Items priced with
 * their taxes in (`taxed_price`) are read by `linesFromItems`, so their base comes out of the
 * same formula the sale used.
 */
function pricedItems(items: unknown, taxCatalog: readonly TaxRow[], percentageDiscount: boolean): Priced {
  const cartLines: CartLine[] = linesFromItems(Array.isArray(items) ? (items as Parameters<typeof linesFromItems>[0]) : [], taxCatalog);
  const totals = cartTotals(cartLines, percentageDiscount ? 'percentage' : 'value');
  const byRate = new Map<string, TaxByRate>();
  const addTo = (name: string, base: Decimal, value: Decimal) => {
    const known = byRate.get(name);
    byRate.set(name, known ? { name, base: add(known.base, base), value: add(known.value, value) } : { name, base, value });
  };
  cartLines.forEach((line, i) => {
    const item = totals.items[i];
    if (!item) return;
    if (line.taxes.length === 0) addTo(UNTAXED, item.base, ZERO);
    line.taxes.forEach((tax, t) => {
      const name = /\d\s*%/.test(tax.name) ? tax.name : `${tax.name} ${String(tax.percentage).replace('.', ',')}%`;
      addTo(name, item.base, item.taxes[t] ?? ZERO);
    });
  });
  const lines = cartLines.map((line, i) => {
    const discount = line.discount.trim();
    const discountText = discount === '' || Number(discount) === 0 ? '' : percentageDiscount ? ` − desc. ${discount.replace('.', ',')}%` : ` − desc. ${formatCop(discount)}`;
    return {
      key: line.key,
      description: line.description,
      detail: `${quantityText(line.quantity)} × ${formatCop(line.price)}${discountText}`,
      total: totals.items[i]?.total ?? ZERO,
    };
  });
  return { lines, totals, taxes: [...byRate.values()] };
}

// ---------------------------------------------------------------------------------------------
// Sale (factura de venta)

export interface SaleView {
  heading: Heading;
  electronic: boolean;
  /** When it was confirmed at the counter. */
  issuedAt: string;
  cashier: string | null;
  customer: Party | null;
  lines: PrintedLine[];
  totals: DocumentTotals;
  taxes: TaxByRate[];
  payments: Array<{ name: string; value: number; dueDate: string | null }>;
  cashReceived: Decimal | null;
  change: Decimal | null;
  dian: DianKey | null;
  observations: string | null;
}

interface InvoiceBodyLike {
  document?: { id?: number };
  customer?: unknown;
  items?: unknown;
  payments?: Array<{ id?: number; value?: number; due_date?: string }>;
  observations?: string;
}

export function saleView(document: DocumentRow, catalogs: ReceiptCatalogs): SaleView {
  const body = (document.body ?? {}) as InvoiceBodyLike;
  const type = catalogs.documentTypes.find((t) => t.id === body.document?.id);
  const electronic = isElectronic(type);
  const priced = pricedItems(body.items, catalogs.taxes, type?.siigo.discount_type === 'Percentage');
  return {
    heading: headingOf(document, type?.siigo.name ?? 'Factura de venta', electronic, 'Registrada en Siigo'),
    electronic,
    issuedAt: document.createdAt,
    cashier: document.counter?.cashier?.name ?? null,
    customer: partyOf(document, body.customer),
    ...priced,
    payments: (body.payments ?? []).map((p) => ({ name: paymentName(catalogs, p.id), value: p.value ?? 0, dueDate: p.due_date ?? null })),
    cashReceived: counterAmount(document.counter?.cashReceived),
    change: counterAmount(document.counter?.change),
    dian: dianKeyOf(document),
    observations: body.observations?.trim() || null,
  };
}

// ---------------------------------------------------------------------------------------------
// Credit note (nota crédito)

export interface CreditNoteView {
  heading: Heading;
  electronic: boolean;
  issuedAt: string;
  cashier: string | null;
  customer: Party | null;
  /** The invoice it corrects, by its number when this PC knows it. */
  invoice: string | null;
  reason: string | null;
  lines: PrintedLine[];
  totals: DocumentTotals;
  taxes: TaxByRate[];
  /** How the money goes back: "Devolución en efectivo", "Saldo a favor"… */
  refunds: Array<{ method: string; value: number }>;
  dian: DianKey | null;
  observations: string | null;
}

interface CreditNoteBodyLike {
  document?: { id?: number };
  invoice?: string;
  reason?: number | string;
  items?: unknown;
  payments?: Array<{ id?: number; value?: number }>;
  observations?: string;
}

/**
 * How a credit note's payment line gives the money back. A payment type that carries a due date
 * is the customer's account (cartera): the note leaves a balance in their favour instead of cash.
 */
export function refundMethod(paymentType: PaymentTypeRow | undefined): string {
  if (!paymentType) return 'Devolución';
  if (paymentType.siigo.due_date) return 'Saldo a favor';
  if (isCashType(paymentType.siigo)) return 'Devolución en efectivo';
  return `Devolución por ${paymentType.siigo.name.toLowerCase()}`;
}

export function creditNoteReasonText(reason: unknown): string | null {
  if (reason === undefined || reason === null || reason === '') return null;
  const code = Number(reason);
  return (creditNoteReasons as Record<number, string>)[code] ?? `Motivo ${String(reason)}`;
}

/** `invoice` is the corrected invoice's label, found by the caller (local document or Siigo id). */
export function creditNoteView(document: DocumentRow, catalogs: ReceiptCatalogs, invoice: string | null): CreditNoteView {
  const body = (document.body ?? {}) as CreditNoteBodyLike;
  const type = catalogs.documentTypes.find((t) => t.id === body.document?.id);
  const electronic = isElectronic(type);
  const priced = pricedItems(body.items, catalogs.taxes, type?.siigo.discount_type === 'Percentage');
  return {
    heading: headingOf(document, type?.siigo.name ?? 'Nota crédito', electronic, 'Registrada en Siigo'),
    electronic,
    issuedAt: document.createdAt,
    cashier: document.counter?.cashier?.name ?? null,
    customer: partyOf(document, null),
    invoice: invoice ?? body.invoice ?? null,
    reason: creditNoteReasonText(body.reason),
    ...priced,
    refunds: (body.payments ?? []).map((p) => ({ method: refundMethod(catalogs.paymentTypes.find((t) => t.id === p.id)), value: p.value ?? 0 })),
    dian: dianKeyOf(document),
    observations: body.observations?.trim() || null,
  };
}

// ---------------------------------------------------------------------------------------------
// Cash receipt (recibo de caja)

export interface VoucherView {
  heading: Heading;
  issuedAt: string;
  cashier: string | null;
  customer: Party | null;
  /** "Pago de facturas", "Anticipo"… */
  concept: string;
  /** What it pays: invoices (by number and instalment) or accounting lines. */
  paid: Array<{ label: string; value: number }>;
  value: Decimal;
  method: string | null;
  cashReceived: Decimal | null;
  change: Decimal | null;
  observations: string | null;
}

interface VoucherBodyLike {
  document?: { id?: number };
  type?: string;
  customer?: unknown;
  items?: Array<{ due?: { prefix?: string; consecutive?: number; quote?: number }; value?: number; description?: string; account?: { code?: string; movement?: string } }>;
  payment?: { id?: number; value?: number };
  observations?: string;
}

const concepts: Record<string, string> = { DebtPayment: 'Pago de facturas', AdvancePayment: 'Anticipo', Detailed: 'Recibo de caja' };

/**
 * `invoices` names the local invoices a payment of a queued invoice refers to (by document id):
 * until the outbox sends that invoice the body holds a placeholder instalment.
 */
export function voucherView(document: DocumentRow, catalogs: ReceiptCatalogs, invoices: ReadonlyMap<string, string>): VoucherView {
  const body = (document.body ?? {}) as VoucherBodyLike;
  const type = catalogs.documentTypes.find((t) => t.id === body.document?.id);
  const items = body.items ?? [];
  const refOf = (index: number) => document.refs.find((ref) => ref.use === 'invoice-due' && ref.path[0] === 'items' && ref.path[1] === index);
  const paid =
    body.type === 'Detailed'
      ? items.filter((item) => item.account?.movement !== 'Debit').map((item) => ({ label: item.description ?? item.account?.code ?? 'Concepto', value: item.value ?? 0 }))
      : items.map((item, index) => {
          const ref = refOf(index);
          const due = item.due;
          const named = ref ? (invoices.get(ref.documentId) ?? 'Factura pendiente de número') : due ? `${due.prefix ?? ''}-${due.consecutive ?? ''}` : 'Factura';
          return { label: due && (due.quote ?? 1) > 1 ? `${named} cuota ${due.quote}` : named, value: item.value ?? 0 };
        });
  const value = body.payment?.value !== undefined ? decimal(body.payment.value) : paid.reduce((sum, p) => add(sum, decimal(p.value)), ZERO);
  return {
    heading: headingOf(document, type?.siigo.name ?? 'Recibo de caja', false, 'Registrado en Siigo'),
    issuedAt: document.createdAt,
    cashier: document.counter?.cashier?.name ?? null,
    customer: partyOf(document, body.customer),
    concept: concepts[body.type ?? ''] ?? 'Recibo de caja',
    paid,
    value,
    method: body.payment ? paymentName(catalogs, body.payment.id) : null,
    cashReceived: counterAmount(document.counter?.cashReceived),
    change: counterAmount(document.counter?.change),
    observations: body.observations?.trim() || null,
  };
}
