import type { ConnectionSettingsStore } from '../connection/settings';
import { migrateSettings } from './migrations';
import { settingsDocumentSchema, storedConnectionSchema, type EncryptedSecret, type SettingsDocument } from './schema';

/** Where the settings document lives: electron-store in the app, memory in tests and the preview. */
export interface SettingsPersistence {
  read(): unknown;
  write(document: SettingsDocument): void;
}

export function memorySettingsPersistence(initial: unknown = undefined): SettingsPersistence & { current: unknown } {
  const box = {
    current: initial === undefined ? undefined : structuredClone(initial),
    read: () => structuredClone(box.current),
    write: (document: SettingsDocument) => {
      box.current = structuredClone(document);
    },
  };
  return box;
}

/**
 * The settings document in memory, migrated on open and written through on every change.
 * Invariant: what is written always parses with the current schema. `warn` hears what was found
 * damaged on open (default: the console; the app passes its log).
 */
export function openSettings(persistence: SettingsPersistence, warn: (message: string) => void = (message) => console.warn(message)) {
  const migrated = migrateSettings(persistence.read());
  for (const warning of migrated.warnings) warn(warning);
  let current = migrated.settings;
  if (migrated.changed) persistence.write(current);
  const listeners = new Set<(next: SettingsDocument, previous: SettingsDocument) => void>();

  const settings = {
    /** The version the file had when opened (1 for a file from before this module). */
    openedFromVersion: migrated.from,
    get(): SettingsDocument {
      return structuredClone(current);
    },
    update(change: (draft: SettingsDocument) => void): SettingsDocument {
      const draft = structuredClone(current);
      change(draft);
      const next = settingsDocumentSchema.parse(draft);
      const previous = current;
      current = next;
      persistence.write(next);
      for (const listener of listeners) listener(structuredClone(next), previous);
      return structuredClone(next);
    },
    onChange(listener: (next: SettingsDocument, previous: SettingsDocument) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /**
     * The connection part, as the connection service reads and writes it, and how many counters
     * share the account (the starting share of each new Siigo client's rate limiter).
     */
    connectionStore(): ConnectionSettingsStore & { countersSharingAccount: () => number } {
      return {
        countersSharingAccount: () => current.defaults.countersSharingAccount,
        load: () => ({ ...current.connection }),
        save: (connection) => {
          const parsed = storedConnectionSchema.parse(connection);
          settings.update((draft) => {
            draft.connection = parsed;
          });
        },
      };
    },
    /** The fallback secret entries (safeStorage ciphertext), never shown to the window. */
    secretEntries(): SecretEntries {
      return {
        read: () => ({ ...current.secrets }),
        write: (entries) => {
          settings.update((draft) => {
            draft.secrets = { ...entries };
          });
        },
      };
    },
  };
  return settings;
}
export type Settings = ReturnType<typeof openSettings>;

export interface SecretEntries {
  read(): Record<string, EncryptedSecret>;
  write(entries: Record<string, EncryptedSecret>): void;
}
