import { useLiveQuery } from 'dexie-react-hooks';
import type { BridgeClient } from '../../../src-shared/ipc/client';
import type { AppDefaults, AppSettings } from '../../../src-shared/ipc/desktop';
import { useApp } from '../../app/app-store';
import { useDefaults, type DocumentDefaults, type StoredDefaults } from '../../app/defaults';
import { useServices } from '../../app/services';
import type { PriceListRow } from '../../data/mirror/rows';

/**
 * Where Ajustes keeps the defaults for new documents: main's settings (`settings:get` /
 * `settings:set`, settings.json in the desktop app, memory in the browser preview). This is the
 * only module that knows, so moving them elsewhere changes one file.
 */

/** The settings as main has them; Ajustes loads them itself if the shell has not yet. */
export async function loadSettings(bridge: BridgeClient): Promise<AppSettings> {
  const settings = await bridge.invoke('settings:get', undefined);
  useApp.getState().set({ settings });
  return settings;
}

export async function saveDefaults(bridge: BridgeClient, defaults: AppDefaults): Promise<AppSettings> {
  const { printerName: _printer, ...chosen } = defaults;
  const settings = await bridge.invoke('settings:set', { defaults: chosen });
  useApp.getState().set({ settings });
  return settings;
}

/**
 * Main stores catalog ids, null meaning "automatic"; `resolveDefaults` takes what was chosen and
 * fills the rest. Prices are read by price-list position, so the chosen list becomes its position.
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
  set('sellerId', chosen(defaults.sellerId));
  set('warehouseId', chosen(defaults.warehouseId));
  set('costCenterId', chosen(defaults.costCenterId));
  set('paymentTypeId', chosen(defaults.paymentTypeId));
  const position = priceLists.find((list) => list.id === defaults.priceListId)?.siigo.position;
  set('priceListPosition', position ?? undefined);
  return stored;
}

/** The defaults chosen in Ajustes, for `useDefaults(stored)`. Undefined until settings load. */
export function useStoredDefaults(): StoredDefaults | undefined {
  const { db } = useServices();
  const defaults = useApp((state) => state.settings?.defaults);
  const priceLists = useLiveQuery(() => db.priceLists.toArray(), [db]);
  if (!defaults || !priceLists) return undefined;
  return toStoredDefaults(defaults, priceLists);
}

/** What a new sale, quotation or payment starts with: Ajustes' choices, completed from the mirror. */
export function useDocumentDefaults(): DocumentDefaults | undefined {
  const stored = useStoredDefaults();
  const resolved = useDefaults(stored);
  // Before the settings arrive, resolving would ignore the user's choices: report "loading".
  return stored ? resolved : undefined;
}
