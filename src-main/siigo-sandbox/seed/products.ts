/**
 * Seed products and services for a Colombian hardware-and-grocery shop: IVA 19%, 5%, exempt 0%,
 * excluded (no tax), Impoconsumo 8%, some with IVA plus Impoconsumo; stock spread over several
 * warehouses; EAN-13 barcodes (prefix 770, Colombia) with a correct check digit; three price
 * lists; every ~29th product inactive.
 */
import { ean13CheckDigit } from '../check-digits';
import type { Prng } from '../prng';
import type { Catalogs, Product, ProductTax, Tax } from '../domain/types';
import { DEMO_IDS } from './catalogs';
import { type TimeSpan, slotTime } from './customers';

const GOODS = [
  'Martillo de uña', 'Destornillador de pala', 'Alicate universal', 'Cinta métrica 5 m', 'Tornillo drywall',
  'Puntilla con cabeza', 'Cemento gris 50 kg', 'Pintura vinilo blanco', 'Brocha de 2"', 'Rodillo de felpa',
  'Tubo PVC ½"', 'Codo PVC ½"', 'Llave de paso', 'Bombillo LED 9 W', 'Extensión eléctrica 3 m', 'Candado de bronce',
  'Guantes de carnaza', 'Arroz Diana 500 g', 'Aceite de girasol 1 L', 'Café molido 250 g', 'Panela redonda',
  'Chocolate de mesa', 'Azúcar 1 kg', 'Leche entera 1 L', 'Huevos AA x 30', 'Gaseosa 1,5 L', 'Cerveza lata 330 ml',
  'Aguardiente 375 ml', 'Jabón de barra', 'Detergente en polvo', 'Papel higiénico x 4', 'Cuaderno cosido',
];
const SERVICES = ['Instalación eléctrica', 'Corte de madera', 'Domicilio', 'Mantenimiento de herramienta', 'Asesoría técnica'];
const BRANDS = ['Truper', 'Stanley', 'Pintuco', 'Argos', 'Pavco', 'Diana', 'Colombina', 'Alpina', 'Bavaria', 'Genérico'];
const SIZES = ['', ' pequeño', ' mediano', ' grande', ' x 6', ' x 12', ' premium', ' económico'];

type TaxProfile = { classification: Product['tax_classification']; taxIds: number[] };

function taxProfile(rng: Prng, service: boolean): TaxProfile {
  const t = DEMO_IDS.taxes;
  const r = rng.next();
  if (service) return r < 0.8 ? { classification: 'Taxed', taxIds: [t.iva19] } : { classification: 'Excluded', taxIds: [] };
  if (r < 0.6) return { classification: 'Taxed', taxIds: [t.iva19] };
  if (r < 0.72) return { classification: 'Taxed', taxIds: [t.iva5] };
  if (r < 0.8) return { classification: 'Exempt', taxIds: [t.iva0] };
  if (r < 0.9) return { classification: 'Excluded', taxIds: [] };
  if (r < 0.95) return { classification: 'Taxed', taxIds: [t.impoconsumo8] };
  return { classification: 'Taxed', taxIds: [t.iva19, t.impoconsumo8] };
}

export function seedProducts(count: number, rng: Prng, span: TimeSpan, catalogs: Catalogs): Product[] {
  const taxById = new Map<number, Tax>(catalogs.taxes.map((t) => [t.id, t]));
  const productTaxCache = new Map<number, ProductTax>();
  const productTax = (id: number): ProductTax => {
    let cached = productTaxCache.get(id);
    if (!cached) {
      const tax = taxById.get(id);
      if (!tax) throw new Error(`seed tax ${id} missing`);
      cached = { id: tax.id, name: tax.name, type: tax.type, percentage: tax.percentage };
      productTaxCache.set(id, cached);
    }
    return cached;
  };
  const activeWarehouses = catalogs.warehouses.filter((w) => w.active);
  const listNames = new Map(catalogs.priceLists.map((p) => [p.position, p.name]));
  const productsGroup = { id: DEMO_IDS.accountGroups.products, name: 'Productos' };
  const servicesGroup = { id: DEMO_IDS.accountGroups.services, name: 'Servicios' };
  const unitGoods = { code: '94', name: 'Unidad' };
  const unitService = { code: 'E48', name: 'Unidad de servicio' };
  const out: Product[] = [];
  for (let i = 0; i < count; i++) {
    const createdMs = slotTime(span, count, i);
    const service = rng.chance(0.1);
    const name = service ? rng.pick(SERVICES) : `${rng.pick(GOODS)}${rng.pick(SIZES)}`;
    const profile = taxProfile(rng, service);
    const basePrice = service ? rng.int(20, 400) * 500 : rng.int(8, 3000) * 50;
    const warehouses = service
      ? []
      : activeWarehouses
          .filter((_, index) => index === 0 || rng.chance(0.5))
          .map((w) => ({ id: w.id, name: w.name, quantity: rng.int(0, 250) }));
    const body12 = `770${String(rng.int(0, 999_999_999)).padStart(9, '0')}`;
    const updated = rng.chance(0.15) ? createdMs + rng.int(1, 20) * 86_400_000 : null;
    out.push({
      id: rng.uuid(),
      code: service ? `SRV-${String(i + 1).padStart(5, '0')}` : `P${String(i + 1).padStart(5, '0')}`,
      name,
      account_group: service ? servicesGroup : productsGroup,
      type: service ? 'Service' : 'Product',
      stock_control: !service,
      active: i % 29 !== 28,
      tax_classification: profile.classification,
      tax_included: false,
      tax_consumption_value: 0,
      taxes: profile.taxIds.map(productTax),
      prices: [{
        currency_code: 'COP',
        price_list: [1, 2, 3].map((position) => ({
          position,
          name: listNames.get(position) ?? `Precio de venta ${position}`,
          value: Math.round((basePrice * (1 - (position - 1) * 0.08)) / 50) * 50,
        })),
      }],
      unit: service ? unitService : unitGoods,
      unit_label: service ? 'servicio' : 'unidad',
      reference: `REF${rng.int(1000, 99999)}`,
      description: name,
      additional_fields: {
        barcode: service ? '' : `${body12}${ean13CheckDigit(body12)}`,
        brand: service ? '' : rng.pick(BRANDS),
        tariff: '',
        model: '',
      },
      available_quantity: warehouses.reduce((sum, w) => sum + w.quantity, 0),
      warehouses,
      metadata: {
        created: new Date(createdMs).toISOString(),
        last_updated: updated !== null && updated <= span.toMs ? new Date(updated).toISOString() : null,
      },
    });
  }
  return out;
}
