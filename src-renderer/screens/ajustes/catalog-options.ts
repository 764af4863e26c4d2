import type { MostradorDB } from '../../data/db';
import type { CatalogRow } from '../../data/mirror/rows';

export interface CatalogOption {
  id: number;
  label: string;
  active: boolean;
}

/** Every catalog Ajustes offers, as label lists read from the mirror. */
export interface CatalogOptions {
  invoiceTypes: CatalogOption[];
  quotationTypes: CatalogOption[];
  receiptTypes: CatalogOption[];
  sellers: CatalogOption[];
  warehouses: CatalogOption[];
  costCenters: CatalogOption[];
  priceLists: CatalogOption[];
  paymentTypes: CatalogOption[];
}

const join = (...parts: Array<string | null | undefined>) => parts.filter((part) => part && part.trim() !== '').join(' ');

function options<T>(rows: ReadonlyArray<CatalogRow<T>>, label: (siigo: T) => string): CatalogOption[] {
  return rows
    .map((row) => ({ id: row.id, active: row.active, label: label(row.siigo) || `#${row.id}` }))
    .sort((a, b) => a.label.localeCompare(b.label, 'es'));
}

export async function catalogOptions(db: MostradorDB): Promise<CatalogOptions> {
  const [documentTypes, users, warehouses, costCenters, priceLists, paymentTypes] = await Promise.all([
    db.documentTypes.toArray(),
    db.users.toArray(),
    db.warehouses.toArray(),
    db.costCenters.toArray(),
    db.priceLists.toArray(),
    db.paymentTypes.toArray(),
  ]);
  const documentType = (type: string) =>
    options(
      documentTypes.filter((row) => row.type === type),
      (siigo) => join(siigo.code ? `${siigo.code} ·` : null, siigo.name ?? siigo.description, siigo.electronic_type && siigo.electronic_type !== 'NoElectronic' ? '(electrónica)' : null),
    );
  return {
    invoiceTypes: documentType('FV'),
    quotationTypes: documentType('C'),
    receiptTypes: documentType('RC'),
    sellers: options(users, (siigo) => join(siigo.first_name, siigo.last_name) || (siigo.username ?? '')),
    warehouses: options(warehouses, (siigo) => siigo.name ?? ''),
    costCenters: options(costCenters, (siigo) => join(siigo.code, '·', siigo.name)),
    priceLists: options(priceLists, (siigo) => join(siigo.position != null ? `${siigo.position}.` : null, siigo.name)),
    paymentTypes: options(
      paymentTypes.filter((row) => row.documentTypes.includes('FV')),
      (siigo) => siigo.name,
    ),
  };
}
