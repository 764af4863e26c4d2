import type { AppSettings, AppSettingsUpdate, RollWidth } from '../../../src-shared/ipc/desktop';

/** "Preferencias de esta caja" as typed: what the cashier of this PC may change without the PIN. */
export interface PreferencesForm {
  /** '' asks at each print (the system dialog). */
  printerName: string;
  rollWidth: RollWidth;
  /** null: the product's first price list. */
  priceListId: number | null;
  startAtLogin: boolean;
}

export const preferencesFormOf = (settings: AppSettings): PreferencesForm => ({
  printerName: settings.defaults.printerName ?? '',
  rollWidth: settings.defaults.rollWidth,
  priceListId: settings.defaults.priceListId,
  startAtLogin: settings.desktop.startAtLogin,
});

/** Only the cashier's fields, so main saves them whether or not Administración is locked. */
export function preferencesUpdate(form: PreferencesForm): AppSettingsUpdate {
  return {
    defaults: { printerName: form.printerName.trim() || null, rollWidth: form.rollWidth, priceListId: form.priceListId },
    desktop: { startAtLogin: form.startAtLogin },
  };
}
