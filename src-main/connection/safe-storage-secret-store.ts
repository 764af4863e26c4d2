import type { SecretStorageInfo } from '../../src-shared/ipc/desktop';
import type { SecretEntries } from '../settings/settings-store';
import type { SecretStore } from './secret-store';

/** Electron's `safeStorage`, as much of it as the fallback store needs (a fake in tests). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only: 'basic_text' means no keyring, i.e. obfuscation with a hard-coded key. */
  getSelectedStorageBackend?(): string;
}

export interface SafeStorageSecretStoreOptions {
  safeStorage: SafeStorageLike;
  platform: NodeJS.Platform;
  entries: SecretEntries;
  /** The user accepted the plain-text backend in Ajustes (read on every call: it can change). */
  allowPlainText: () => boolean;
}

type Mode = 'encrypted' | 'plain-text' | 'refused-plain-text' | 'unavailable';

/**
 * The fallback when the OS keychain cannot be used: the access key encrypted with Electron
 * safeStorage inside the settings file. On Linux, safeStorage without a keyring silently uses a
 * hard-coded key ('basic_text'); that is refused unless the user accepts it, and meanwhile the
 * key is kept for this session only (memory). Accepting later moves session keys to the file.
 */
export function createSafeStorageSecretStore(options: SafeStorageSecretStoreOptions) {
  const session = new Map<string, string>();
  const backend = (): string =>
    options.platform === 'linux' ? (options.safeStorage.getSelectedStorageBackend?.() ?? 'unknown') : options.platform;

  const mode = (): Mode => {
    if (!options.safeStorage.isEncryptionAvailable()) return 'unavailable';
    if (backend() !== 'basic_text') return 'encrypted';
    return options.allowPlainText() ? 'plain-text' : 'refused-plain-text';
  };
  const persistent = () => mode() === 'encrypted' || mode() === 'plain-text';

  function writeToFile(account: string, secret: string): void {
    const data = options.safeStorage.encryptString(secret).toString('base64');
    options.entries.write({ ...options.entries.read(), [account]: { backend: backend(), data } });
  }

  function readFromFile(account: string): string | null {
    const entry = options.entries.read()[account];
    if (!entry) return null;
    // Written under the refused backend before the user withdrew consent: do not use it.
    if (entry.backend === 'basic_text' && mode() !== 'plain-text') return null;
    try {
      return options.safeStorage.decryptString(Buffer.from(entry.data, 'base64'));
    } catch {
      return null;
    }
  }

  const store: SecretStore = {
    get description() {
      return info().description;
    },
    async get(account) {
      return session.get(account) ?? (persistent() ? readFromFile(account) : null);
    },
    async set(account, secret) {
      if (persistent()) {
        writeToFile(account, secret);
        session.delete(account);
      } else {
        session.set(account, secret);
      }
    },
    async delete(account) {
      session.delete(account);
      const entries = options.entries.read();
      if (account in entries) {
        delete entries[account];
        options.entries.write(entries);
      }
    },
  };

  function info(): SecretStorageInfo {
    switch (mode()) {
      case 'encrypted':
        return {
          kind: 'encrypted-file',
          description: 'Archivo de ajustes cifrado por el sistema',
          warning: 'El llavero del sistema no está disponible: la clave de acceso se guarda cifrada en el archivo de ajustes de este equipo.',
          canAcceptPlainText: false,
        };
      case 'plain-text':
        return {
          kind: 'plain-text-file',
          description: 'Archivo de ajustes sin cifrado fuerte (aceptado)',
          warning: 'Este equipo no tiene llavero: la clave de acceso se guarda en el archivo de ajustes solo ofuscada, como usted aceptó.',
          canAcceptPlainText: true,
        };
      case 'refused-plain-text':
        return {
          kind: 'session-only',
          description: 'Memoria (se pierde al cerrar)',
          warning:
            'Este equipo no tiene un llavero seguro: la clave de acceso solo se conserva mientras la aplicación esté abierta. Puede aceptar guardarla sin cifrado fuerte.',
          canAcceptPlainText: true,
        };
      case 'unavailable':
        return {
          kind: 'session-only',
          description: 'Memoria (se pierde al cerrar)',
          warning: 'No hay llavero ni cifrado disponibles: la clave de acceso solo se conserva mientras la aplicación esté abierta.',
          canAcceptPlainText: false,
        };
    }
  }

  return {
    store,
    info,
    /**
     * Call after `allowPlainText` changes. Accepted: keys typed this session move to the file.
     * Withdrawn: plain-text entries leave the file and are kept for this session only.
     */
    consentChanged(): void {
      if (persistent()) {
        for (const [account, secret] of session) writeToFile(account, secret);
        session.clear();
        return;
      }
      if (!options.safeStorage.isEncryptionAvailable()) return;
      const entries = options.entries.read();
      const kept: typeof entries = {};
      for (const [account, entry] of Object.entries(entries)) {
        if (entry.backend !== 'basic_text') {
          kept[account] = entry;
          continue;
        }
        try {
          session.set(account, options.safeStorage.decryptString(Buffer.from(entry.data, 'base64')));
        } catch {
          // Unreadable: dropping it only means typing the key again.
        }
      }
      options.entries.write(kept);
    },
  };
}
export type SafeStorageSecretStore = ReturnType<typeof createSafeStorageSecretStore>;
