/**
 * The outbox is the only copy of unsent documents: ask the browser not to evict this origin's
 * storage under pressure. Resolves to whether the browser granted it (false where unsupported).
 */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage?.persist) return false;
  if (await storage.persisted?.()) return true;
  return storage.persist();
}

/** The disk (or the browser's quota for us) is full: nothing was saved, nothing was lost. */
export class StorageFullError extends Error {
  constructor() {
    super('No hay espacio para guardar en este equipo. El documento sigue en pantalla: libere espacio en el disco y vuelva a intentarlo.');
    this.name = 'StorageFullError';
  }
}

/** Dexie wraps IndexedDB's QuotaExceededError; recognise it however it arrives. */
export function isQuotaExceeded(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { inner?: unknown }).inner) {
    if ((e as { name?: unknown }).name === 'QuotaExceededError') return true;
  }
  return false;
}
