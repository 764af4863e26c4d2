import { add, ZERO, type Decimal } from '../../src-shared/money/decimal';
import type { InvoiceCreate } from '../../src-shared/siigo';
import type { DocumentTypeRow, PaymentTypeRow, TaxRow } from '../data/mirror/rows';
import type { DocumentRow } from '../data/outbox/rows';
import { cartTotals, linesFromItems, type CartLine } from '../forms/lines/cart-lines';

export interface ReceiptView {
  title: string;
  /** The Siigo number once created ("FV-1-123"), else null. */
  number: string | null;
  /** The plain status line the customer reads. */
  status: string;
  provisional: boolean;
  cufe: string | null;
  date: string;
  customer: string | null;
  lines: Array<{ line: CartLine; total: Decimal }>;
  totals: ReturnType<typeof cartTotals>;
  /** Tax totals by tax name (IVA 19%, Impoconsumo 8%…). */
  taxes: Array<{ name: string; value: Decimal }>;
  payments: Array<{ name: string; value: number; dueDate: string | null }>;
}

export const PROVISIONAL_DIAN = 'Comprobante provisional — pendiente de validación DIAN';

function statusOf(document: DocumentRow, electronic: boolean): { status: string; provisional: boolean } {
  if (!document.siigo) {
    return { status: electronic ? PROVISIONAL_DIAN : 'Comprobante provisional — pendiente de registro en Siigo', provisional: true };
  }
  if (!electronic) return { status: 'Registrada en Siigo', provisional: false };
  if (document.dian?.status === 'Accepted') return { status: 'Validada por la DIAN', provisional: false };
  if (document.dian?.status === 'Rejected') return { status: 'Rechazada por la DIAN — no es válida como factura', provisional: true };
  return { status: 'Pendiente de validación DIAN', provisional: true };
}

/** Everything the receipt prints, from the document and the mirrored catalogs. */
export function receiptView(document: DocumentRow, catalogs: { documentTypes: DocumentTypeRow[]; paymentTypes: PaymentTypeRow[]; taxes: TaxRow[] }): ReceiptView {
  const body = (document.body ?? {}) as Partial<InvoiceCreate>;
  const docType = catalogs.documentTypes.find((t) => t.id === body.document?.id);
  const electronic = (docType?.siigo.electronic_type ?? 'NoElectronic') !== 'NoElectronic';
  const lines = linesFromItems(body.items, catalogs.taxes);
  const totals = cartTotals(lines, docType?.siigo.discount_type === 'Percentage' ? 'percentage' : 'value');
  const taxSums = new Map<string, Decimal[]>();
  lines.forEach((line, i) => line.taxes.forEach((tax, t) => {
    const value = totals.items[i]?.taxes[t];
    if (value) taxSums.set(tax.name, [...(taxSums.get(tax.name) ?? []), value]);
  }));
  const number = document.siigo ? (document.siigo.name ?? [document.siigo.prefix, document.siigo.number].filter(Boolean).join('-')) : null;
  return {
    title: docType?.siigo.name ?? 'Factura de venta',
    number: number || null,
    ...statusOf(document, electronic),
    cufe: document.dian?.cufe ?? null,
    date: body.date ?? document.createdAt.slice(0, 10),
    customer: document.summary.customerName
      ? `${document.summary.customerName} · ${document.summary.customerIdentification ?? ''}`
      : (body.customer && 'identification' in body.customer ? body.customer.identification : null),
    lines: lines.map((line, i) => ({ line, total: totals.items[i]?.total ?? totals.total })),
    totals,
    taxes: [...taxSums].map(([name, values]) => ({ name, value: values.reduce(add, ZERO) })),
    payments: (body.payments ?? []).map((p) => ({
      name: catalogs.paymentTypes.find((t) => t.id === p.id)?.siigo.name ?? `Forma de pago ${p.id}`,
      value: p.value,
      dueDate: p.due_date ?? null,
    })),
  };
}
