import Store from 'electron-store';
import type { SettingsPersistence } from '../settings/settings-store';

/**
 * The settings document in `settings.json` in the user data folder (the same file the
 * connection was stored in before the settings module: version 1, migrated on open). Only the
 * owner may read it: it can hold the safeStorage fallback's ciphertext.
 */
export function electronSettingsPersistence(): SettingsPersistence {
  const store = new Store<Record<string, unknown>>({ name: 'settings', configFileMode: 0o600, clearInvalidConfig: true });
  return {
    read: () => store.store,
    write: (document) => {
      store.store = document as unknown as Record<string, unknown>;
    },
  };
}
