import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConnectionService, type ConnectionService } from '../../../src-main/connection/connection-service';
import { createSafeStorageSecretStore } from '../../../src-main/connection/safe-storage-secret-store';
import { legacySecretAccount, memorySecretStore, savedAccessKey, secretAccount, type SecretStore } from '../../../src-main/connection/secret-store';
import { memoryConnectionSettings } from '../../../src-main/connection/settings';
import type { Sandbox } from '../../../src-main/siigo-sandbox';
import { memorySettingsPersistence, openSettings } from '../../../src-main/settings/settings-store';
import { recordingProxy, rejectionOf, sandbox, type RecordingProxy } from '../siigo/support';
import { fakeSafeStorage } from '../keychain/fake-safe-storage';

/** Earlier versions kept the key under `user@host`; this version moves it once to the company's own account. */
const username = 'caja@tienda.co';
const accessKey = 'clave-de-una-version-anterior';

let sb: Sandbox | undefined;
let proxy: RecordingProxy | undefined;
let service: ConnectionService | undefined;
afterEach(async () => {
  await service?.close();
  await proxy?.close();
  await sb?.close();
  service = proxy = sb = undefined;
});

function serviceFor(baseUrl: string, secrets: SecretStore, envBaseUrl?: string): ConnectionService {
  service = createConnectionService({
    settings: memoryConnectionSettings({ mode: 'siigo', baseUrl, partnerId: 'MostradorTest', username }),
    secrets,
    envBaseUrl,
    startDemo: () => Promise.reject(new Error('demo is not part of these tests')),
    clientOptions: { retry: { maxAttempts: 1 } },
  });
  return service;
}

/** Wraps a store to count its writes. */
function counting(store: SecretStore) {
  return { store, set: vi.spyOn(store, 'set'), delete: vi.spyOn(store, 'delete') };
}

describe('moving an access key saved by an earlier version', () => {
  it('names the account by scheme, host, port, path and user, as the company id does', () => {
    expect(secretAccount('HTTPS://API.siigo.com:443/', 'Caja@Tienda.co')).toBe('siigo|https://api.siigo.com|caja@tienda.co');
    expect(secretAccount('http://127.0.0.1:41234/v0', username)).toBe('siigo|http://127.0.0.1:41234/v0|caja@tienda.co');
    expect(secretAccount('https://api.siigo.com', username)).not.toBe(secretAccount('http://api.siigo.com', username));
    expect(secretAccount('https://api.siigo.com', username)).not.toBe(secretAccount('https://api.siigo.com:8443', username));
    expect(legacySecretAccount('https://api.siigo.com', username)).toBe('caja@tienda.co@api.siigo.com');
  });

  it('moves it once, for the saved loopback address, and the company keeps working with it', async () => {
    sb = await sandbox({ credentials: { username, access_key: accessKey } });
    const { store, set, delete: remove } = counting(memorySecretStore());
    await store.set(legacySecretAccount(sb.url, username), accessKey);
    set.mockClear();
    const connection = serviceFor(sb.url, store);

    expect(await connection.info()).toMatchObject({ mode: 'siigo', hasAccessKey: true, needsAccessKey: false });
    expect(await store.get(secretAccount(sb.url, username))).toBe(accessKey);
    expect(await store.get(legacySecretAccount(sb.url, username))).toBeNull();
    await (await connection.client()).testConnection();
    await connection.info();
    expect(set.mock.calls).toEqual([[secretAccount(sb.url, username), accessKey]]);
    expect(remove.mock.calls).toEqual([[legacySecretAccount(sb.url, username)]]);
  });

  it('two reads at the first start (status and first login) both find the key while it moves', async () => {
    const store = memorySecretStore();
    const legacy = legacySecretAccount('https://api.siigo.com', username);
    await store.set(legacy, accessKey);
    // The worst interleaving: the second read looks at the old entry only after the first has
    // moved the key and deleted it.
    let moved: () => void = () => {};
    const deleted = new Promise<void>((resolve) => (moved = resolve));
    const first: SecretStore = { ...store, delete: async (account) => (await store.delete(account), moved()) };
    const second: SecretStore = { ...store, get: async (account) => (account === legacy && (await deleted), store.get(account)) };
    const keys = await Promise.all([savedAccessKey(first, 'https://api.siigo.com', username), savedAccessKey(second, 'https://api.siigo.com', username)]);
    expect(keys).toEqual([accessKey, accessKey]);
    expect(await store.get(secretAccount('https://api.siigo.com', username))).toBe(accessKey);
  });

  it('moves it for a saved https address', async () => {
    const store = memorySecretStore();
    await store.set(legacySecretAccount('https://api.siigo.com', username), accessKey);
    expect(await serviceFor('https://api.siigo.com', store).info()).toMatchObject({ hasAccessKey: true });
    expect(await store.get(secretAccount('https://api.siigo.com', username))).toBe(accessKey);
    expect(await store.get(legacySecretAccount('https://api.siigo.com', username))).toBeNull();
  });

  it('leaves it where it is for a saved plain-http address of another computer: the user types it for https', async () => {
    const store = memorySecretStore();
    await store.set(legacySecretAccount('http://siigo.tienda.co', username), accessKey);
    const connection = serviceFor('http://siigo.tienda.co', store);
    expect(await connection.info()).toMatchObject({ mode: 'siigo', hasAccessKey: false, needsAccessKey: true });
    expect(await store.get(legacySecretAccount('http://siigo.tienda.co', username))).toBe(accessKey);
    expect(await store.get(secretAccount('http://siigo.tienda.co', username))).toBeNull();
    expect(await store.get(secretAccount('https://siigo.tienda.co', username))).toBeNull();
    // And the client for that address refuses before it would read any key.
    const error = await rejectionOf((await connection.client()).testConnection());
    expect(error.kind).toBe('invalid_input');
  });

  it('never moves an old entry to an address being typed: only the saved connection’s own', async () => {
    sb = await sandbox({ credentials: { username, access_key: accessKey } });
    proxy = await recordingProxy(sb.url);
    const store = memorySecretStore();
    // An earlier version used http://127.0.0.1:<proxy port> with this key; https://api.siigo.com is saved now.
    await store.set(legacySecretAccount(proxy.url, username), accessKey);
    const connection = serviceFor('https://api.siigo.com', store);
    const error = await rejectionOf(connection.update({ mode: 'siigo', baseUrl: proxy.url, partnerId: 'MostradorTest', username }));
    expect(error.kind).toBe('auth');
    expect(proxy.received).toEqual([]);
    expect(await store.get(secretAccount(proxy.url, username))).toBeNull();
  });

  it('moves it inside the settings file when the keychain is not available (safeStorage)', async () => {
    sb = await sandbox({ credentials: { username, access_key: accessKey } });
    const file = memorySettingsPersistence();
    const settings = openSettings(file);
    const fallback = createSafeStorageSecretStore({
      safeStorage: fakeSafeStorage().storage,
      platform: 'linux',
      entries: settings.secretEntries(),
      allowPlainText: () => false,
    });
    await fallback.store.set(legacySecretAccount(sb.url, username), accessKey);
    const connection = serviceFor(sb.url, fallback.store);
    expect(await connection.info()).toMatchObject({ hasAccessKey: true });
    await (await connection.client()).testConnection();
    expect(Object.keys(settings.secretEntries().read())).toEqual([secretAccount(sb.url, username)]);
    expect(JSON.stringify(file.current)).not.toContain(accessKey);
  });
});
