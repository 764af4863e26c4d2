import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import type { SafeStorageLike } from '../../../src-main/connection/safe-storage-secret-store';

/** Electron's safeStorage needs Electron; this AES-256-GCM stand-in behaves the same for the store. */
export function fakeSafeStorage(options: { backend?: string; available?: boolean } = {}) {
  const key = scryptSync('fake-os-key', 'salt', 32);
  const state = { backend: options.backend ?? 'gnome_libsecret', available: options.available ?? true };
  const storage: SafeStorageLike = {
    isEncryptionAvailable: () => state.available,
    encryptString(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decryptString(data) {
      const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, 12));
      decipher.setAuthTag(data.subarray(12, 28));
      return Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString('utf8');
    },
    getSelectedStorageBackend: () => state.backend,
  };
  return { storage, state };
}
