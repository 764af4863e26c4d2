import type { SecretStore } from './secret-store';

/**
 * Passes every secret it reads or writes into `known`, so the log and the support export can
 * redact its exact value wherever it turns up (defence in depth; nothing logs it on purpose).
 */
export function registeringSecretStore(store: SecretStore, known: Set<string>): SecretStore {
  return {
    get description() {
      return store.description;
    },
    async get(account) {
      const secret = await store.get(account);
      if (secret) known.add(secret);
      return secret;
    },
    async set(account, secret) {
      known.add(secret);
      await store.set(account, secret);
    },
    delete: (account) => store.delete(account),
  };
}
