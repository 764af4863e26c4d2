import { add, compare, decimal, toFixedText, toNumber, type Decimal } from '../../../src-shared/money/decimal';
import { documentTotals, itemTotals, type DocumentTotals, type TotalsItem } from '../../../src-shared/money/invoice-totals';
import type { QuotationItemWrite } from '../../../src-shared/siigo';

/** A line as sent: a quotation item, or an invoice/credit-note item priced with its taxes in (`taxed_price`). */
export type DocumentItemWrite = Omit<QuotationItemWrite, 'price'> & { price?: number; taxed_price?: number };
import type { TaxRow } from '../../data/mirror/rows';
import { salePrice, type SaleItem } from '../../data/mirror/sale-item';
import { parseAmount } from '../parse-amount';

/** A tax of a line as shown and computed (the body sends only its id). */
export interface LineTax {
  id: number;
  name: string;
  percentage: number;
}

/**
 * One line of a sale or quotation being edited. Amounts are kept as the text typed (so "2," is
 * not lost while typing) and read with `parseAmount` when totals or the body are computed.
 */
export interface CartLine {
  /** Stable key for React and for focusing the line after a scan. */
  key: string;
  code: string;
  description: string;
  quantity: string;
  price: string;
  /** A value in pesos, or a percentage when the document type's discount_type is Percentage. */
  discount: string;
  taxes: LineTax[];
  /**
   * The price typed is the shelf price with the taxes in it (Siigo's `tax_included` products):
   * the buyer pays exactly quantity × price − discount, and the invoice sends it as `taxed_price`.
   */
  taxIncluded?: boolean;
}

export type DiscountKind = 'value' | 'percentage';

let keyCounter = 0;
export const newLineKey = (): string => `l${Date.now().toString(36)}${(keyCounter++).toString(36)}`;

export function lineFromProduct(product: SaleItem, priceListPosition: number): CartLine {
  return {
    key: newLineKey(),
    code: product.code,
    description: product.name,
    quantity: '1',
    price: String(salePrice(product, priceListPosition)),
    discount: '',
    taxes: product.taxes.map((tax) => ({ ...tax })),
    ...(product.taxIncluded ? { taxIncluded: true } : {}),
  };
}

/**
 * The lines priced again for another price list (positions as in `salePrice`). A line whose price
 * is still its product's price in the list it was priced from takes the new list's price; a price
 * the cashier typed stays, and so does a line whose product is not known (`itemOf` gives
 * undefined). Quantities and discounts never change.
 */
export function repriceLines(lines: readonly CartLine[], itemOf: (code: string) => SaleItem | undefined, fromPosition: number, toPosition: number): CartLine[] {
  return lines.map((line) => {
    const item = itemOf(line.code);
    const typed = parseAmount(line.price);
    if (!item || !typed || compare(typed, decimal(salePrice(item, fromPosition))) !== 0) return line;
    const price = String(salePrice(item, toPosition));
    return price === line.price ? line : { ...line, price };
  });
}

/** Adds a product; the same product again (a repeated scan) adds one to its quantity instead. */
export function addLine(lines: readonly CartLine[], line: CartLine): { lines: CartLine[]; key: string } {
  const existing = lines.find((l) => l.code === line.code);
  if (!existing) return { lines: [...lines, line], key: line.key };
  const quantity = parseAmount(existing.quantity);
  const next = quantity ? toFixedText(add(quantity, decimal(1))) : '1';
  return { lines: lines.map((l) => (l === existing ? { ...l, quantity: next } : l)), key: existing.key };
}

/** The fields of a line that do not read as numbers, to flag before anything is sent. */
export function unreadableFields(line: CartLine): Array<'quantity' | 'price' | 'discount'> {
  const bad: Array<'quantity' | 'price' | 'discount'> = [];
  if (!parseAmount(line.quantity)) bad.push('quantity');
  if (!parseAmount(line.price)) bad.push('price');
  if (line.discount.trim() !== '' && !parseAmount(line.discount)) bad.push('discount');
  return bad;
}

function totalsItem(line: CartLine, discountKind: DiscountKind): TotalsItem {
  const zero = '0';
  const discount = parseAmount(line.discount);
  return {
    quantity: text(parseAmount(line.quantity)) ?? zero,
    price: text(parseAmount(line.price)) ?? zero,
    discount: discount ? { kind: discountKind, amount: text(discount) ?? zero } : undefined,
    taxes: line.taxes.map((tax) => ({ percentage: tax.percentage })),
    ...(line.taxIncluded ? { taxIncluded: true } : {}),
  };
}

const text = (value: Decimal | null): string | undefined => (value ? toFixedText(value) : undefined);

/** Siigo's totals of the lines (unreadable amounts count as zero until fixed). */
export function cartTotals(lines: readonly CartLine[], discountKind: DiscountKind = 'value'): DocumentTotals {
  return documentTotals(lines.map((line) => totalsItem(line, discountKind)));
}

/**
 * The lines as Siigo document items (`items[{code, description, quantity, price | taxed_price,
 * discount?, taxes[{id}]}]`). A tax-included line goes out with `taxed_price`, from which Siigo
 * derives the base (invoices). Quotations have no `taxed_price` in Siigo's API: `'base-price'`
 * sends such a line's unit base instead (its total may then differ by a cent). Credit notes'
 * items are documented with a required `price`: `'taxed-and-base-price'` sends both.
 */
export function linesToItems(lines: readonly CartLine[], taxedLines?: 'taxed-price' | 'taxed-and-base-price'): DocumentItemWrite[];
export function linesToItems(lines: readonly CartLine[], taxedLines: 'base-price'): QuotationItemWrite[];
export function linesToItems(lines: readonly CartLine[], taxedLines: 'taxed-price' | 'taxed-and-base-price' | 'base-price' = 'taxed-price'): DocumentItemWrite[] {
  return lines.map((line) => {
    const discount = parseAmount(line.discount);
    const price = parseAmount(line.price) ?? { units: 0n, scale: 0 };
    const unitBase = () => toNumber(itemTotals({ quantity: 1, price: toFixedText(price), taxIncluded: true, taxes: line.taxes.map((tax) => ({ percentage: tax.percentage })) }).base);
    const priced = !line.taxIncluded
      ? { price: toNumber(price) }
      : taxedLines === 'taxed-price'
        ? { taxed_price: toNumber(price) }
        : taxedLines === 'base-price'
          ? { price: unitBase() }
          : { price: unitBase(), taxed_price: toNumber(price) };
    return {
      code: line.code,
      description: line.description,
      quantity: toNumber(parseAmount(line.quantity) ?? { units: 0n, scale: 0 }),
      ...priced,
      ...(discount && discount.units !== 0n ? { discount: toNumber(discount) } : {}),
      taxes: line.taxes.map((tax) => ({ id: tax.id })),
    };
  });
}

/** Lines back from a stored body (a draft, a quotation, an invoice to fix); taxes named from the catalog. */
export function linesFromItems(items: readonly Partial<DocumentItemWrite>[] | undefined, taxCatalog: readonly TaxRow[]): CartLine[] {
  const byId = new Map(taxCatalog.map((row) => [row.id, row.siigo]));
  return (items ?? []).map((item) => ({
    key: newLineKey(),
    code: item.code ?? '',
    description: item.description ?? item.code ?? '',
    quantity: item.quantity === undefined ? '1' : String(item.quantity),
    price: String(item.taxed_price ?? item.price ?? 0),
    ...(item.taxed_price !== undefined ? { taxIncluded: true } : {}),
    discount: item.discount === undefined ? '' : String(item.discount),
    taxes: (item.taxes ?? []).map((tax) => {
      const known = byId.get(tax.id);
      return { id: tax.id, name: known?.name ?? tax.name ?? `Impuesto ${tax.id}`, percentage: Number(known?.percentage ?? tax.percentage ?? 0) };
    }),
  }));
}
