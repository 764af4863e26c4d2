import type { AppDefaults, AppSettingsUpdate, DesktopPreferences } from '../../src-shared/ipc/desktop';

/**
 * Which settings belong to the cashier of this PC ("Preferencias de esta caja") and which to the
 * administrator ("Administración", behind the PIN). Anything not listed as the cashier's is the
 * administrator's, so a field added later is guarded until someone decides otherwise.
 */
export const cashierDefaults = ['printerName', 'rollWidth', 'priceListId'] as const satisfies ReadonlyArray<keyof AppDefaults>;
export const cashierDesktop = ['startAtLogin', 'syncPaused'] as const satisfies ReadonlyArray<keyof DesktopPreferences>;

/** The administrator's fields an update touches (empty: the cashier may save it). */
export function adminFieldsIn(update: AppSettingsUpdate): string[] {
  const defaults = Object.keys(update.defaults ?? {}).filter((key) => !(cashierDefaults as readonly string[]).includes(key));
  const desktop = Object.keys(update.desktop ?? {}).filter((key) => !(cashierDesktop as readonly string[]).includes(key));
  return [...defaults.map((key) => `defaults.${key}`), ...desktop.map((key) => `desktop.${key}`)];
}
