import { add, decimal, ZERO, type Decimal } from '../money/decimal';
import { documentTotals, type DocumentTotals, type TotalsItem } from '../money/invoice-totals';

/**
 * What a Z report reads of a document made at the counter: the amounts of a queued body. Bodies
 * are Siigo's create bodies as stored (validated before they were queued), read defensively so a
 * malformed one costs its own figures, never the whole report.
 */

/** A line tax as the mirror's tax catalog has it (`/v1/taxes`); mirror rows' `siigo` fits. */
export interface CashTax {
  id: number;
  name: string;
  percentage: number | string;
}

/** Only how its `items[].discount` is read (a value, or a percentage); mirror rows' `siigo` fits. */
export interface CashDocumentType {
  id: number;
  discount_type?: string | null;
}

/** A tax applied on a document: its base and value, named as on the catalog ("IVA 19%"). */
export interface TaxFigure {
  name: string;
  percentage: string;
  base: Decimal;
  value: Decimal;
}

export interface DocumentFigures {
  total: Decimal;
  /** Per line tax; lines without taxes add their base to a "Sin impuestos" entry (percentage ''). */
  taxes: TaxFigure[];
}

export interface PaymentFigure {
  id: number | null;
  value: Decimal;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asId = (value: unknown): number | null => (typeof value === 'number' && Number.isInteger(value) ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : null);

/** An amount as stored (a JSON number or decimal text); zero when it is not one. */
export function amountOf(value: unknown): Decimal {
  if (typeof value !== 'number' && typeof value !== 'string') return ZERO;
  try {
    return decimal(value);
  } catch {
    return ZERO;
  }
}

const amountText = (value: unknown): string | number => (typeof value === 'number' || typeof value === 'string' ? value : 0);

/** The document type id of a body (`document.id`), which decides how discounts read and the numbering. */
export function documentTypeIdOf(body: unknown): number | null {
  return isObject(body) && isObject(body['document']) ? asId(body['document']['id']) : null;
}

export const UNTAXED = 'Sin impuestos';

/**
 * "IVA 19%": the catalog's name, which usually says its rate already; otherwise the rate is added
 * ("Impoconsumo" → "Impoconsumo 8%"), since two rates of one tax must not read as one line.
 */
function taxLabel(name: string, percentage: string): string {
  const compact = name.replace(/\s/g, '');
  const said = [percentage, percentage.replace('.', ',')].some((rate) => compact.includes(`${rate}%`));
  return said ? name : `${name} ${percentage.replace('.', ',')}%`;
}

/**
 * Total and taxes of a sale or credit note by Siigo's own formula (`documentTotals`); a line
 * priced with its taxes in (`taxed_price`, which wins over `price`) is split the way Siigo splits it.
 */
export function documentFigures(body: unknown, catalogs: { taxes: readonly CashTax[]; documentTypes: readonly CashDocumentType[] }): DocumentFigures {
  const items = isObject(body) ? asArray(body['items']).filter(isObject) : [];
  const documentTypeId = documentTypeIdOf(body);
  const percentageDiscount = catalogs.documentTypes.find((type) => type.id === documentTypeId)?.discount_type === 'Percentage';
  const lineTaxes = items.map((item) =>
    asArray(item['taxes']).filter(isObject).map((tax) => {
      const id = asId(tax['id']);
      const known = catalogs.taxes.find((row) => row.id === id);
      const percentage = String(known?.percentage ?? amountText(tax['percentage']));
      const name = known?.name ?? (typeof tax['name'] === 'string' ? tax['name'] : `Impuesto ${id ?? ''}`.trim());
      return { name, percentage };
    }),
  );
  const discountKind = percentageDiscount ? 'percentage' : 'value';
  const totalsItems = items.map((item, i): TotalsItem => {
    const taxed = item['taxed_price'] !== undefined && item['taxed_price'] !== null;
    const discount = item['discount'];
    return {
      quantity: amountText(item['quantity']),
      price: amountText(taxed ? item['taxed_price'] : item['price']),
      ...(typeof discount === 'number' && discount !== 0 ? { discount: { kind: discountKind, amount: discount } } : {}),
      taxes: (lineTaxes[i] ?? []).map((tax) => ({ percentage: tax.percentage })),
      taxIncluded: taxed,
    };
  });
  let totals: DocumentTotals;
  try {
    totals = documentTotals(totalsItems);
  } catch {
    return { total: ZERO, taxes: [] };
  }
  const byRate = new Map<string, TaxFigure>();
  const addTax = (name: string, percentage: string, base: Decimal, value: Decimal) => {
    const label = percentage === '' ? name : taxLabel(name, percentage);
    const entry = byRate.get(label) ?? { name: label, percentage, base: ZERO, value: ZERO };
    byRate.set(label, { ...entry, base: add(entry.base, base), value: add(entry.value, value) });
  };
  totals.items.forEach((line, i) => {
    const taxes = lineTaxes[i] ?? [];
    if (taxes.length === 0) addTax(UNTAXED, '', line.base, ZERO);
    taxes.forEach((tax, t) => addTax(tax.name, tax.percentage, line.base, line.taxes[t] ?? ZERO));
  });
  return { total: totals.total, taxes: [...byRate.values()] };
}

/** An invoice's or credit note's `payments[{id, value}]`. */
export function paymentsOf(body: unknown): PaymentFigure[] {
  if (!isObject(body)) return [];
  return asArray(body['payments'])
    .filter(isObject)
    .map((payment) => ({ id: asId(payment['id']), value: amountOf(payment['value']) }));
}

/** A recibo de caja's single `payment {id, value}` (a detailed voucher has none). */
export function voucherPaymentOf(body: unknown): PaymentFigure | null {
  if (!isObject(body) || !isObject(body['payment'])) return null;
  return { id: asId(body['payment']['id']), value: amountOf(body['payment']['value']) };
}
