import { describe, expect, it } from 'vitest';
import { chooseSecretStore } from '../../../src-main/connection/choose-secret-store';
import { loadKeytarSecretStore } from '../../../src-main/connection/keytar-secret-store';
import { createSafeStorageSecretStore } from '../../../src-main/connection/safe-storage-secret-store';
import { memorySecretStore } from '../../../src-main/connection/secret-store';
import { memorySettingsPersistence, openSettings } from '../../../src-main/settings/settings-store';
import { fakeSafeStorage } from './fake-safe-storage';

const account = 'caja@api.siigo.com';
const accessKey = 'NjY2ZmRhYTQtYWNjZXNzLWtleS1vZi10aGUtY29tcGFueQ==';

function setup(backend = 'gnome_libsecret', platform: NodeJS.Platform = 'linux') {
  const file = memorySettingsPersistence();
  const settings = openSettings(file);
  const safe = fakeSafeStorage({ backend });
  const open = () =>
    createSafeStorageSecretStore({
      safeStorage: safe.storage,
      platform,
      entries: openSettings(memorySettingsPersistence(file.current)).secretEntries(),
      allowPlainText: () => settings.get().desktop.allowPlainTextSecrets,
    });
  const store = createSafeStorageSecretStore({
    safeStorage: safe.storage,
    platform,
    entries: settings.secretEntries(),
    allowPlainText: () => settings.get().desktop.allowPlainTextSecrets,
  });
  const accept = (value: boolean) => {
    settings.update((draft) => {
      draft.desktop.allowPlainTextSecrets = value;
    });
    store.consentChanged();
  };
  return { file, settings, store, open, accept, safe };
}

describe('safeStorage fallback in the settings file', () => {
  it('stores, reads, replaces and deletes a key encrypted, and a new instance reads it', async () => {
    const { file, store, open } = setup();
    await store.store.set(account, accessKey);
    expect(JSON.stringify(file.current)).not.toContain(accessKey);
    expect(await open().store.get(account)).toBe(accessKey);
    await store.store.set(account, 'otra-clave-de-acceso');
    expect(await open().store.get(account)).toBe('otra-clave-de-acceso');
    await store.store.delete(account);
    expect(await open().store.get(account)).toBeNull();
    expect(store.info()).toMatchObject({ kind: 'encrypted-file', canAcceptPlainText: false });
    expect(store.info().warning).toContain('llavero del sistema no está disponible');
  });

  it('refuses the basic_text backend on Linux: session only until the user accepts', async () => {
    const { file, store, open, accept } = setup('basic_text');
    await store.store.set(account, accessKey);
    expect(await store.store.get(account)).toBe(accessKey);
    expect(JSON.stringify(file.current)).not.toContain('"data"');
    expect(await open().store.get(account)).toBeNull();
    expect(store.info()).toMatchObject({ kind: 'session-only', canAcceptPlainText: true });

    accept(true);
    expect(store.info().kind).toBe('plain-text-file');
    expect(await open().store.get(account)).toBe(accessKey);

    accept(false);
    expect(await store.store.get(account)).toBe(accessKey);
    expect(await open().store.get(account)).toBeNull();
    expect(JSON.stringify(file.current)).not.toContain('basic_text');
  });

  it('keeps the key for the session only when encryption is unavailable', async () => {
    const { store, safe, open } = setup('gnome_libsecret', 'win32');
    safe.state.available = false;
    await store.store.set(account, accessKey);
    expect(await store.store.get(account)).toBe(accessKey);
    expect(await open().store.get(account)).toBeNull();
    expect(store.info()).toMatchObject({ kind: 'session-only', canAcceptPlainText: false });
  });

  it('is chosen only when the keychain is unavailable, and says so', async () => {
    const { store } = setup();
    const unavailable = await chooseSecretStore({
      keychain: () => loadKeytarSecretStore({ load: () => Promise.reject(new Error('no keytar')) }),
      fallback: () => store,
    });
    expect(unavailable.info().kind).toBe('encrypted-file');
    const noSecretService = await loadKeytarSecretStore({
      load: async () => ({
        getPassword: () => Promise.reject(new Error('The name org.freedesktop.secrets was not provided')),
        setPassword: async () => {},
        deletePassword: async () => true,
      }),
    });
    expect(noSecretService).toBeNull();
    const hanging = await loadKeytarSecretStore({
      probeTimeoutMs: 50,
      load: async () => ({ getPassword: () => new Promise(() => {}), setPassword: async () => {}, deletePassword: async () => true }),
    });
    expect(hanging).toBeNull();
    const keychain = await chooseSecretStore({ keychain: async () => memorySecretStore(), fallback: () => store });
    expect(keychain.info()).toMatchObject({ kind: 'keychain', warning: null });
  });
});
