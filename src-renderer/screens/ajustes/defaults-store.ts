import type { BridgeClient } from '../../../src-shared/ipc/client';
import type { AppDefaults, AppSettings, AppSettingsUpdate } from '../../../src-shared/ipc/desktop';
import { useApp } from '../../app/app-store';

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

/**
 * Saves some of the defaults: each section of Ajustes sends only its own fields, so saving one
 * never puts back what another section had before it was saved.
 */
export async function saveDefaults(bridge: BridgeClient, defaults: NonNullable<AppSettingsUpdate['defaults']>): Promise<AppSettings> {
  const settings = await bridge.invoke('settings:set', { defaults });
  useApp.getState().set({ settings });
  return settings;
}

/**
 * The fields of "Valores predeterminados de los documentos", all the administrator's: the DIAN
 * box saves on its own (it asks first), the price list is the cashier's (Preferencias), the
 * receipt's fields are in Recibo.
 */
export function documentDefaults(defaults: AppDefaults): NonNullable<AppSettingsUpdate['defaults']> {
  const { documentTypes, sellerId, warehouseId, costCenterId, paymentTypeId, sendByEmail } = defaults;
  return { documentTypes, sellerId, warehouseId, costCenterId, paymentTypeId, sendByEmail };
}

/** Saves the cashier's preferences: printer, roll, the counter's price list, start at login. */
export async function savePreferences(bridge: BridgeClient, update: AppSettingsUpdate): Promise<AppSettings> {
  const settings = await bridge.invoke('settings:set', update);
  useApp.getState().set({ settings });
  return settings;
}
