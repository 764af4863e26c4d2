import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { defaultConnection, type ConnectionSettingsStore, type StoredConnection } from '../connection/settings';
import type { SettingsPersistence } from '../settings/settings-store';

/** Connection settings in a JSON file (the browser preview's stand-in for electron-store). */
export function fileConnectionSettings(path: string): ConnectionSettingsStore {
  return {
    load() {
      try {
        const stored = JSON.parse(readFileSync(path, 'utf8')) as { connection?: StoredConnection };
        return { ...defaultConnection, ...stored.connection };
      } catch {
        return { ...defaultConnection };
      }
    },
    save(connection) {
      mkdirSync(dirname(path), { recursive: true });
      // Write-then-rename: a crash never leaves half a file.
      writeFileSync(`${path}.tmp`, JSON.stringify({ connection }, null, 2), { mode: 0o600 });
      renameSync(`${path}.tmp`, path);
    },
  };
}

/**
 * The whole settings document in the same JSON file (defaults, preferences and the
 * administrator's PIN hash, besides the connection), for `openSettings`: what the desktop app
 * keeps in electron-store. A file written by `fileConnectionSettings` (`{ connection }`) reads as
 * settings version 1 and is migrated; once the preview opens its settings this way, its
 * connection must be saved through `openSettings(...).connectionStore()`, not
 * `fileConnectionSettings`, which would write back only the connection.
 */
export function fileSettingsPersistence(path: string): SettingsPersistence {
  return {
    read() {
      try {
        return JSON.parse(readFileSync(path, 'utf8')) as unknown;
      } catch {
        return undefined;
      }
    },
    write(document) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(`${path}.tmp`, JSON.stringify(document, null, 2), { mode: 0o600 });
      renameSync(`${path}.tmp`, path);
    },
  };
}
