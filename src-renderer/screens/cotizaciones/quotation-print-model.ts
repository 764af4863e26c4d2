import { add, compare, ZERO, type Decimal } from '../../../src-shared/money/decimal';
import { formatCop } from '../../../src-shared/money/format-cop';
import type { Issuer } from '../../../src-shared/ipc/desktop';
import type { QuotationCreate } from '../../../src-shared/siigo';
import type { TaxRow } from '../../data/mirror/rows';
import type { DocumentRow } from '../../data/outbox/rows';
import { cartTotals, linesFromItems, type DiscountKind } from '../../forms/lines/cart-lines';
import { documentNumber, nitText, quantityText } from '../../receipt/receipt-model';
import { displayDate, notesOf } from './quotation-draft';

/** What the printed quotation says, computed once for the page. */
export interface QuotationPrint {
  issuer: { name: string; lines: string[] };
  number: string | null;
  date: string;
  validUntil: string | null;
  customer: { name: string; identification: string | null };
  seller: string | null;
  lines: Array<{ key: string; code: string; description: string; quantity: string; price: string; discount: string | null; taxes: string; total: string }>;
  /** Whether any line has a discount (else the column is left out). */
  discounts: boolean;
  subtotal: string;
  discount: string | null;
  taxes: Array<{ name: string; base: string; value: string }>;
  total: string;
  notes: string;
}

const taxName = (tax: { name: string; percentage: number }) => (/\d\s*%/.test(tax.name) ? tax.name : `${tax.name} ${String(tax.percentage).replace('.', ',')}%`);

/**
 * The quotation as the customer receives it: Ajustes' issuer (name, NIT with its check digit,
 * address, phone), Siigo's number once it has one, date and validity, customer and seller,
 * lines, taxes by rate, totals (Siigo's formula, as on screen) and the observations.
 */
export function quotationPrint(input: {
  quotation: Pick<DocumentRow, 'siigo' | 'createdAt'>;
  body: Partial<QuotationCreate>;
  summary: DocumentRow['summary'];
  validUntil: string;
  sellerName: string | null;
  taxes: readonly TaxRow[];
  issuer: Issuer;
  /** The quotation type's discount kind (Ajustes): required, as a percentage read as pesos prints another total. */
  discountKind: DiscountKind;
}): QuotationPrint {
  const { body, issuer, discountKind } = input;
  const lines = linesFromItems(body.items, input.taxes);
  const totals = cartTotals(lines, discountKind);
  const byRate = new Map<string, { base: Decimal; value: Decimal }>();
  lines.forEach((line, i) => {
    const item = totals.items[i];
    line.taxes.forEach((tax, t) => {
      const name = taxName(tax);
      const known = byRate.get(name) ?? { base: ZERO, value: ZERO };
      byRate.set(name, { base: add(known.base, item?.base ?? ZERO), value: add(known.value, item?.taxes[t] ?? ZERO) });
    });
  });
  const discountOf = (text: string) => (text.trim() === '' || Number(text.replace(',', '.')) === 0 ? null : discountKind === 'percentage' ? `${text.replace('.', ',')}%` : formatCop(text));
  const printed = lines.map((line, i) => ({
    key: line.key,
    code: line.code,
    description: line.description,
    quantity: quantityText(line.quantity),
    price: formatCop(line.price),
    discount: discountOf(line.discount),
    taxes: line.taxes.map(taxName).join(', '),
    total: formatCop(totals.items[i]?.total ?? ZERO),
  }));
  return {
    issuer: {
      name: issuer.name || 'Nombre del negocio (escríbalo en Ajustes › Recibo)',
      lines: [issuer.nit ? `NIT ${nitText(issuer.nit)}` : '', issuer.address, issuer.phone ? `Tel. ${issuer.phone}` : ''].filter(Boolean),
    },
    number: documentNumber(input.quotation),
    date: displayDate(body.date ?? input.quotation.createdAt.slice(0, 10)),
    validUntil: input.validUntil ? displayDate(input.validUntil) : null,
    customer: { name: input.summary.customerName ?? body.customer?.identification ?? 'Sin cliente', identification: body.customer?.identification ?? input.summary.customerIdentification ?? null },
    seller: input.sellerName,
    lines: printed,
    discounts: printed.some((line) => line.discount !== null),
    subtotal: formatCop(totals.subtotal),
    discount: compare(totals.discount, ZERO) === 0 ? null : formatCop(totals.discount),
    taxes: [...byRate.entries()].map(([name, { base, value }]) => ({ name, base: formatCop(base), value: formatCop(value) })),
    total: formatCop(compare(totals.total, ZERO) < 0 ? ZERO : totals.total),
    notes: notesOf(body),
  };
}

/** A file name Windows and the customer's mail accept: "Cotizacion C-1-23 Ferreteria El Tornillo.pdf". */
export function quotationFileName(number: string | null, customerName: string | null): string {
  const plain = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9 ._-]+/g, ' ').replace(/\s+/g, ' ').trim();
  const name = ['Cotizacion', number ?? 'sin numero', customerName ?? ''].map(plain).filter(Boolean).join(' ').slice(0, 120);
  return `${name}.pdf`;
}
