import type { AppSettings, AppSettingsUpdate, SecretStorageInfo } from '../../src-shared/ipc/desktop';
import { createAdminGuard, type AdminGuard } from '../admin/admin-guard';
import { adminFieldsIn } from './admin-fields';
import type { Settings } from './settings-store';

/**
 * `settings:get` / `settings:set` for the window: app defaults and desktop preferences, never
 * secrets; and the administrator's PIN guard, whose hash lives in the same document.
 */
export interface SettingsService {
  get(): Promise<AppSettings>;
  /** Refused (`admin_locked`, nothing changed) when it touches an administrator's field while the PIN guard is locked. */
  set(update: AppSettingsUpdate): Promise<AppSettings>;
  admin: AdminGuard;
}

/**
 * Builds the window's view of the settings explicitly, field by field: the document also holds
 * the fallback secret entries, which must never be spread into an answer.
 */
export function createSettingsService(settings: Settings, secretStorage: () => SecretStorageInfo, now: () => number = Date.now): SettingsService {
  const admin = createAdminGuard(
    {
      read: () => settings.get().admin.pin,
      write: (pin) => {
        settings.update((draft) => {
          draft.admin.pin = pin;
        });
      },
    },
    now,
  );
  const view = (): AppSettings => {
    const { defaults, desktop } = settings.get();
    return {
      defaults,
      desktop: { startAtLogin: desktop.startAtLogin, syncPaused: desktop.syncPaused, allowPlainTextSecrets: desktop.allowPlainTextSecrets },
      secretStorage: secretStorage(),
      // Whether there is a PIN, never its hash.
      admin: { pinSet: admin.status().pinSet },
    };
  };
  return {
    // `admin:status` is what the window asks, about once a minute, while someone works in an
    // unlocked Administración: so asking renews main's unlock (a locked guard stays locked), and
    // an administrator typing a long form is not locked out by main's own limit.
    admin: { ...admin, status: admin.renew },
    get: async () => view(),
    async set(update) {
      if (adminFieldsIn(update).length > 0) admin.assertUnlocked();
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
