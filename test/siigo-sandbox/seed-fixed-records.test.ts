import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEMO_IDS } from '../../src-main/siigo-sandbox/index';
import { isValidEan13 } from '../../src-main/siigo-sandbox/check-digits';
import { buildStore } from '../../src-main/siigo-sandbox/seed/index';

const NOW = new Date('2025-06-01T12:00:00Z');
const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

describe('sandbox seed: fixed records', () => {
  it('has the consumidor final as the last customer of every store, without changing the store size', () => {
    for (const customers of [1, 5, 200]) {
      const store = buildStore({ seed: 4, customers, products: 10 }, NOW);
      expect(store.customers).toHaveLength(customers);
      const last = store.customers.at(-1)!;
      expect(last).toMatchObject({
        type: 'Customer',
        person_type: 'Person',
        id_type: { code: '13', name: 'Cédula de ciudadanía' },
        identification: DEMO_IDS.consumidorFinal,
        name: ['Consumidor', 'final'],
        branch_office: 0,
        active: true,
        address: { city: { city_code: '11001', city_name: 'Bogotá' } },
        contacts: [{ first_name: 'Consumidor', email: expect.stringContaining('@') }],
      });
      expect(store.customerByIdentification('222222222222', 0)).toBe(last);
      expect(store.customers.filter((c) => c.identification === '222222222222')).toHaveLength(1);
      // List order is creation order: it is not older than the customer before it.
      if (customers > 1) expect(last.metadata.created >= store.customers.at(-2)!.metadata.created).toBe(true);
    }
  });

  it('ends every store of 7 or more products with the tax-included shelf products of DEMO_IDS', () => {
    const store = buildStore({ seed: 4, customers: 5, products: 40 }, NOW);
    expect(store.products).toHaveLength(40);
    const shelf = store.products.slice(-7);
    expect(shelf.map((p) => p.code)).toEqual(Object.values(DEMO_IDS.shelfProducts).map((s) => s.code));
    for (const [key, ids] of Object.entries(DEMO_IDS.shelfProducts)) {
      const product = store.productWithCode(ids.code)!;
      expect(product, key).toMatchObject({ active: true, type: 'Product', stock_control: true, tax_included: ids.taxIncluded });
      expect(product.additional_fields.barcode).toBe(ids.barcode);
      expect(isValidEan13(ids.barcode), key).toBe(true);
      expect(product.prices[0]!.price_list[0]!.value).toBe(ids.price);
      expect(product.warehouses[0]!.quantity).toBeGreaterThan(100);
    }
    const taxesOf = (key: keyof typeof DEMO_IDS.shelfProducts) => store.productWithCode(DEMO_IDS.shelfProducts[key].code)!.taxes.map((t) => t.id);
    const T = DEMO_IDS.taxes;
    expect(taxesOf('iva19At10000')).toEqual([T.iva19]);
    expect(taxesOf('iva19At4500')).toEqual([T.iva19]);
    expect(taxesOf('iva5At12500')).toEqual([T.iva5]);
    expect(taxesOf('impoconsumo8At2500')).toEqual([T.impoconsumo8]);
    expect(taxesOf('iva19Impoconsumo8At3800')).toEqual([T.iva19, T.impoconsumo8]);
    expect(taxesOf('excludedAt18000')).toEqual([]);
    expect(taxesOf('iva19PlusAt25000')).toEqual([T.iva19]);
    // Generated products are all priced before IVA: the mix is there.
    expect(store.products.slice(0, -7).every((p) => !p.tax_included)).toBe(true);
    // Barcodes stay unique.
    const barcodes = store.products.map((p) => p.additional_fields.barcode).filter(Boolean);
    expect(new Set(barcodes).size).toBe(barcodes.length);
    expect(buildStore({ seed: 4, customers: 5, products: 6 }, NOW).products.every((p) => !p.code.startsWith('MS-'))).toBe(true);
  });

  it('leaves every generated record as it was before the fixed ones existed', () => {
    // Digests of the default store (seed 1) taken before the consumidor final and the shelf
    // products were added: those now take the last slots, so everything before them is unchanged.
    const store = buildStore({ seed: 1, customers: 200, products: 500 }, NOW);
    expect(digest(store.products.slice(0, 493))).toBe('c49d08bcc1031e8d6a3cd6fe0bfdbaa5479a1b78b020affcea2c78538a411156');
    expect(digest(store.customers.slice(0, 199))).toBe('c283ec713598573577412c5369810472004d5514f8ebd7e9fceba7e9e11bea66');
  });
});
