import type { AppSettings, AppSettingsUpdate, SecretStorageInfo } from '../../src-shared/ipc/desktop';
import type { Settings } from './settings-store';

/** `settings:get` / `settings:set` for the window: app defaults and desktop preferences, never secrets. */
export interface SettingsService {
  get(): Promise<AppSettings>;
  set(update: AppSettingsUpdate): Promise<AppSettings>;
}

/**
 * Builds the window's view of the settings explicitly, field by field: the document also holds
 * the fallback secret entries, which must never be spread into an answer.
 */
export function createSettingsService(settings: Settings, secretStorage: () => SecretStorageInfo): SettingsService {
  const view = (): AppSettings => {
    const { defaults, desktop } = settings.get();
    return {
      defaults,
      desktop: { startAtLogin: desktop.startAtLogin, syncPaused: desktop.syncPaused, allowPlainTextSecrets: desktop.allowPlainTextSecrets },
      secretStorage: secretStorage(),
    };
  };
  return {
    get: async () => view(),
    async set(update) {
      settings.update((draft) => {
        if (update.defaults) {
          const { documentTypes, issuer, ...rest } = update.defaults;
          draft.defaults = {
            ...draft.defaults,
            ...rest,
            documentTypes: { ...draft.defaults.documentTypes, ...documentTypes },
            issuer: { ...draft.defaults.issuer, ...issuer },
          };
        }
        if (update.desktop) draft.desktop = { ...draft.desktop, ...update.desktop };
      });
      return view();
    },
  };
}
