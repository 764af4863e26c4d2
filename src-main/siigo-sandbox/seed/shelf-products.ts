/**
 * Fixed, named, barcoded products whose list price is the shelf price with its taxes included
 * (`tax_included: true`), as Colombian shops price them, plus one priced before IVA for contrast.
 * Their codes and barcodes are in DEMO_IDS.shelfProducts so app tests can scan them. They take
 * the last slots of the product list, so the generated products before them stay as they were.
 */
import type { Catalogs, Product } from '../domain/types';
import { DEMO_IDS } from './catalogs';

type ShelfKey = keyof typeof DEMO_IDS.shelfProducts;

const t = DEMO_IDS.taxes;
const SHELF: ReadonlyArray<{ key: ShelfKey; name: string; brand: string; taxIds: number[]; classification: Product['tax_classification'] }> = [
  { key: 'iva19At10000', name: 'Cuaderno argollado 100 hojas', brand: 'Norma', taxIds: [t.iva19], classification: 'Taxed' },
  { key: 'iva19At4500', name: 'Gaseosa cola 1,5 L', brand: 'Postobón', taxIds: [t.iva19], classification: 'Taxed' },
  { key: 'iva5At12500', name: 'Café molido 500 g', brand: 'Sello Rojo', taxIds: [t.iva5], classification: 'Taxed' },
  { key: 'impoconsumo8At2500', name: 'Empanada de carne', brand: 'Casera', taxIds: [t.impoconsumo8], classification: 'Taxed' },
  { key: 'iva19Impoconsumo8At3800', name: 'Cerveza lata 330 ml', brand: 'Bavaria', taxIds: [t.iva19, t.impoconsumo8], classification: 'Taxed' },
  { key: 'excludedAt18000', name: 'Huevos AA x 30', brand: 'Kikes', taxIds: [], classification: 'Excluded' },
  { key: 'iva19PlusAt25000', name: 'Martillo de uña 16 oz', brand: 'Truper', taxIds: [t.iva19], classification: 'Taxed' },
];

export const SHELF_PRODUCT_COUNT = SHELF.length;

/** The shelf products, with ids from `uuid` and creation times from `createdAt(index)`. */
export function shelfProducts(catalogs: Catalogs, uuid: () => string, createdAt: (index: number) => number): Product[] {
  const [main, downtown] = catalogs.warehouses.filter((w) => w.active);
  const listNames = new Map(catalogs.priceLists.map((p) => [p.position, p.name]));
  return SHELF.map((entry, index) => {
    const ids = DEMO_IDS.shelfProducts[entry.key];
    const taxes = entry.taxIds.map((id) => {
      const tax = catalogs.taxes.find((x) => x.id === id);
      if (!tax) throw new Error(`seed tax ${id} missing`);
      return { id: tax.id, name: tax.name, type: tax.type, percentage: tax.percentage };
    });
    const warehouses = [main, downtown].flatMap((w, i) => (w ? [{ id: w.id, name: w.name, quantity: i === 0 ? 500 : 120 }] : []));
    return {
      id: uuid(),
      code: ids.code,
      name: entry.name,
      account_group: { id: DEMO_IDS.accountGroups.products, name: 'Productos' },
      type: 'Product',
      stock_control: true,
      active: true,
      tax_classification: entry.classification,
      tax_included: ids.taxIncluded,
      tax_consumption_value: 0,
      taxes,
      prices: [{
        currency_code: 'COP',
        price_list: [1, 2, 3].map((position) => ({
          position,
          name: listNames.get(position) ?? `Precio de venta ${position}`,
          value: position === 1 ? ids.price : Math.round((ids.price * (1 - (position - 1) * 0.08)) / 50) * 50,
        })),
      }],
      unit: { code: '94', name: 'Unidad' },
      unit_label: 'unidad',
      reference: `REF-${ids.code}`,
      description: entry.name,
      additional_fields: { barcode: ids.barcode, brand: entry.brand, tariff: '', model: '' },
      available_quantity: warehouses.reduce((sum, w) => sum + w.quantity, 0),
      warehouses,
      metadata: { created: new Date(createdAt(index)).toISOString(), last_updated: null },
    };
  });
}
