import type { SecretStorageInfo } from '../../src-shared/ipc/desktop';
import type { SafeStorageSecretStore } from './safe-storage-secret-store';
import type { SecretStore } from './secret-store';

export interface ChosenSecretStore {
  store: SecretStore;
  /** Where the access key is kept, for Ajustes (re-read: the fallback's state can change). */
  info(): SecretStorageInfo;
  /** The user changed "accept plain-text storage". */
  consentChanged(): void;
}

const keychainInfo: SecretStorageInfo = {
  kind: 'keychain',
  description: 'Llavero del sistema operativo',
  warning: null,
  canAcceptPlainText: false,
};

/** The OS keychain when keytar and the keychain work; otherwise the safeStorage fallback. */
export async function chooseSecretStore(deps: {
  keychain: () => Promise<SecretStore | null>;
  fallback: () => SafeStorageSecretStore;
}): Promise<ChosenSecretStore> {
  const keychain = await deps.keychain();
  if (keychain) return { store: keychain, info: () => keychainInfo, consentChanged: () => {} };
  const fallback = deps.fallback();
  return { store: fallback.store, info: fallback.info, consentChanged: fallback.consentChanged };
}
