import type { Product } from '../../../src-shared/siigo';
import { identifierKey, indexTokens } from '../../../src-shared/search';
import { lastChange } from './customer-row';
import type { ProductRow } from './rows';

/**
 * Tokens: name words plus brand and reference, the other things a shopkeeper calls a product by.
 * Not the description (long text would multiply index entries for little benefit) and not the
 * code (the index files it as the product's key).
 */
export function toProductRow(product: Product): ProductRow {
  const extra = product.additional_fields;
  const barcode = extra?.barcode ? identifierKey(extra.barcode) : '';
  return {
    id: product.id,
    code: product.code,
    codeKey: identifierKey(product.code),
    barcode: barcode === '' ? null : barcode,
    name: product.name.trim(),
    active: product.active ?? true,
    tokens: indexTokens([product.name, extra?.brand, product.reference]),
    lastUpdated: lastChange(product.metadata),
    siigo: product,
  };
}
