import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { defaultConnection, type ConnectionSettingsStore, type StoredConnection } from '../connection/settings';

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
