import { describe, expect, it } from 'vitest';
import { migrateSettings } from '../../../src-main/settings/migrations';
import { defaultSettings } from '../../../src-main/settings/schema';
import { createSettingsService } from '../../../src-main/settings/settings-service';
import { memorySettingsPersistence, openSettings } from '../../../src-main/settings/settings-store';
import { createConnectionService } from '../../../src-main/connection/connection-service';
import { memorySecretStore } from '../../../src-main/connection/secret-store';
import { sharedRateLimiters } from '../../../src-main/siigo';
import { startSandbox } from '../../../src-main/siigo-sandbox';

const sessionOnly = () => ({ kind: 'session-only' as const, description: 'Memoria', warning: null, canAcceptPlainText: false });

/** A version 4 file as the previous build wrote it: no `countersSharingAccount`. */
function v4File() {
  const settings = defaultSettings();
  const { countersSharingAccount: _dropped, ...defaults } = settings.defaults;
  return { ...settings, version: 4, defaults: { ...defaults, sellerId: 629, cashSessionRequired: true } };
}

describe('settings version 5: counters sharing the Siigo account', () => {
  it('migrates a version 4 file to one counter (the whole budget, as before), keeping the rest', () => {
    const raw = JSON.parse(JSON.stringify(v4File())) as unknown;
    const result = migrateSettings(raw);
    expect(result.from).toBe(4);
    expect(result.changed).toBe(true);
    expect(result.settings.version).toBe(5);
    expect(result.settings.defaults).toMatchObject({ countersSharingAccount: 1, sellerId: 629, cashSessionRequired: true });
    const file = memorySettingsPersistence(raw);
    openSettings(file);
    expect(file.current).toMatchObject({ version: 5, defaults: { countersSharingAccount: 1 } });
    expect(migrateSettings(file.current).changed).toBe(false);
  });

  it('a damaged value reads as one counter without losing the other defaults', () => {
    for (const value of [0, 21, 2.5, 'tres', null]) {
      const damaged = { ...defaultSettings(), defaults: { ...defaultSettings().defaults, countersSharingAccount: value, sellerId: 630 } };
      const { settings } = migrateSettings(damaged);
      expect(settings.defaults.countersSharingAccount).toBe(1);
      expect(settings.defaults.sellerId).toBe(630);
    }
  });

  it('is the administrator’s: refused while the PIN guard is locked; saved once unlocked', async () => {
    const file = memorySettingsPersistence(v4File());
    const service = createSettingsService(openSettings(file), sessionOnly);
    await service.admin.setPin(undefined, '4821');
    service.admin.lock();
    await expect(service.set({ defaults: { countersSharingAccount: 3 } })).rejects.toMatchObject({ code: 'admin_locked' });
    expect((await service.get()).defaults.countersSharingAccount).toBe(1);
    await service.admin.unlock('4821');
    expect((await service.set({ defaults: { countersSharingAccount: 3 } })).defaults.countersSharingAccount).toBe(3);
    expect(file.current).toMatchObject({ defaults: { countersSharingAccount: 3 } });
  });

  it('the next Siigo client’s limiter starts at that share of the budget', async () => {
    const settings = openSettings(memorySettingsPersistence(v4File()));
    settings.update((draft) => {
      draft.defaults.countersSharingAccount = 4;
    });
    const demo = await startSandbox({ port: 0, size: { customers: 5, products: 5 } });
    const connection = createConnectionService({
      settings: settings.connectionStore(),
      secrets: memorySecretStore(),
      startDemo: async () => demo,
      clientOptions: { rateLimit: { requests: 100, windowMs: 60_000 } },
    });
    try {
      const client = await connection.client();
      await client.catalogs.taxes(); // the company's limiter is made at the first request
      const limiter = sharedRateLimiters.forCompany(demo.url, demo.credentials.username, { requests: 1, windowMs: 1 });
      expect(limiter.config.startingShare).toBe(4);
      expect(limiter.snapshot().allowance).toBe(25);
    } finally {
      await connection.close();
      await demo.close();
    }
  });
});
