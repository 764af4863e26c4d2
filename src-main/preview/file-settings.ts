import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SettingsPersistence } from '../settings/settings-store';

/**
 * The browser preview's settings document in a JSON file (the connection, defaults, preferences
 * and the administrator's PIN hash), for `openSettings`: what the desktop app keeps in
 * electron-store. A file from older previews, which kept only `{ connection }` there, reads as
 * settings version 1 and is migrated, connection kept; the connection is saved through
 * `openSettings(...).connectionStore()`, so every write keeps the whole document.
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
      // Write-then-rename: a crash never leaves half a file (and with it, no PIN). Owner-only: it holds the PIN's hash.
      writeFileSync(`${path}.tmp`, JSON.stringify(document, null, 2), { mode: 0o600 });
      renameSync(`${path}.tmp`, path);
    },
  };
}
