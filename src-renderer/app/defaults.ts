import { isCashType } from '../../src-shared/cash/payment-methods';
import { useLiveQuery } from 'dexie-react-hooks';
import type { AppDefaults } from '../../src-shared/ipc/desktop';
import type { MostradorDB } from '../data/db';
import type { PriceListRow } from '../data/mirror/rows';
import { useApp } from './app-store';
import { useServices } from './services';

/** What a new sale, quotation or payment starts with. Chosen in Ajustes; sensible when not. */
export interface DocumentDefaults {
  invoiceDocumentTypeId: number | null;
  quotationDocumentTypeId: number | null;
  receiptDocumentTypeId: number | null;
  /** The note type for returns; an electronic one first, as for invoices (a return then picks the type matching its invoice). */
  creditNoteDocumentTypeId: number | null;
  sellerId: number | null;
  warehouseId: number | null;
  costCenterId: number | null;
  /** Position of the price list used for prices (1 = the product's first list). */
  priceListPosition: number;
  /** The payment method offered first (cash at a counter). */
  paymentTypeId: number | null;
  sendToDian: boolean;
  sendByEmail: boolean;
}

export type StoredDefaults = Partial<DocumentDefaults>;

const isActive = (row: { active: boolean }) => row.active;

/**
 * Fills what Ajustes did not choose from the mirrored catalogs: the first active electronic
 * invoice type (else any invoice type), quotation and receipt types, the first active seller and
 * a cash payment method. A stored choice that no longer exists or is inactive is replaced too.
 */
export async function resolveDefaults(db: MostradorDB, stored: StoredDefaults = {}): Promise<DocumentDefaults> {
  const [documentTypes, users, paymentTypes, warehouses, costCenters] = await Promise.all([
    db.documentTypes.toArray(),
    db.users.toArray(),
    db.paymentTypes.toArray(),
    db.warehouses.toArray(),
    db.costCenters.toArray(),
  ]);
  const pick = <T extends { id: number; active: boolean }>(rows: T[], chosen: number | null | undefined, prefer?: (row: T) => boolean) => {
    const active = rows.filter(isActive);
    if (chosen != null && active.some((row) => row.id === chosen)) return chosen;
    return (prefer ? active.find(prefer) : undefined)?.id ?? active[0]?.id ?? null;
  };
  const ofType = (type: string) => documentTypes.filter((row) => row.type === type);
  return {
    invoiceDocumentTypeId: pick(ofType('FV'), stored.invoiceDocumentTypeId, (row) => (row.siigo.electronic_type ?? 'NoElectronic') !== 'NoElectronic'),
    quotationDocumentTypeId: pick(ofType('C'), stored.quotationDocumentTypeId),
    receiptDocumentTypeId: pick(ofType('RC'), stored.receiptDocumentTypeId),
    creditNoteDocumentTypeId: pick(ofType('NC'), stored.creditNoteDocumentTypeId, (row) => (row.siigo.electronic_type ?? 'NoElectronic') !== 'NoElectronic'),
    sellerId: pick(users, stored.sellerId),
    warehouseId: pick(warehouses, stored.warehouseId) ?? null,
    costCenterId: stored.costCenterId === null ? null : pick(costCenters, stored.costCenterId),
    priceListPosition: stored.priceListPosition ?? 1,
    paymentTypeId: pick(
      paymentTypes.filter((row) => row.documentTypes.includes('FV')),
      stored.paymentTypeId,
      (row) => isCashType(row.siigo),
    ),
    sendToDian: stored.sendToDian ?? true,
    sendByEmail: stored.sendByEmail ?? false,
  };
}

/**
 * Ajustes' choices (main's settings store catalog ids, null meaning "automatic") in the shape
 * `resolveDefaults` takes. Prices are read by price-list position, so the chosen list becomes its
 * position.
 */
export function toStoredDefaults(defaults: AppDefaults, priceLists: readonly PriceListRow[]): StoredDefaults {
  const stored: StoredDefaults = { sendToDian: defaults.sendToDian, sendByEmail: defaults.sendByEmail };
  const chosen = (value: number | null) => (value === null ? undefined : value);
  const set = <K extends keyof StoredDefaults>(key: K, value: StoredDefaults[K] | undefined) => {
    if (value !== undefined) stored[key] = value;
  };
  set('invoiceDocumentTypeId', chosen(defaults.documentTypes.invoice));
  set('quotationDocumentTypeId', chosen(defaults.documentTypes.quotation));
  set('receiptDocumentTypeId', chosen(defaults.documentTypes.receipt));
  set('creditNoteDocumentTypeId', chosen(defaults.documentTypes.creditNote));
  set('sellerId', chosen(defaults.sellerId));
  set('warehouseId', chosen(defaults.warehouseId));
  set('costCenterId', chosen(defaults.costCenterId));
  set('paymentTypeId', chosen(defaults.paymentTypeId));
  const position = priceLists.find((list) => list.id === defaults.priceListId)?.siigo.position;
  set('priceListPosition', position ?? undefined);
  return stored;
}

/**
 * The defaults for new documents: Ajustes' choices (or `stored`, when given) completed from the
 * mirror, kept current as catalogs or settings change. Undefined while loading.
 */
export function useDefaults(stored?: StoredDefaults): DocumentDefaults | undefined {
  const { db } = useServices();
  const settings = useApp((state) => state.settings);
  return useLiveQuery(
    async () => resolveDefaults(db, stored ?? (settings ? toStoredDefaults(settings.defaults, await db.priceLists.toArray()) : {})),
    [db, JSON.stringify(stored ?? null), settings],
  );
}
