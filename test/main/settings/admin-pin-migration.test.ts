import { describe, expect, it } from 'vitest';
import { hashPin } from '../../../src-main/admin/pin-hash';
import { migrateSettings } from '../../../src-main/settings/migrations';
import { defaultSettings, settingsDocumentSchema } from '../../../src-main/settings/schema';
import { createSettingsService } from '../../../src-main/settings/settings-service';
import { memorySettingsPersistence, openSettings } from '../../../src-main/settings/settings-store';

const sessionOnly = () => ({ kind: 'session-only' as const, description: 'Memoria', warning: null, canAcceptPlainText: false });

/** A version 3 file as the previous build wrote it: no `admin` section. */
function v3File() {
  const { admin: _admin, ...rest } = defaultSettings();
  return {
    ...rest,
    version: 3,
    connection: { mode: 'siigo', baseUrl: 'https://api.siigo.com', partnerId: 'MiTienda', username: 'caja@tienda.co' },
    defaults: { ...rest.defaults, sellerId: 629, sendToDian: false, issuer: { ...rest.defaults.issuer, name: 'Tienda La 80' } },
    desktop: { startAtLogin: true, syncPaused: false, allowPlainTextSecrets: false },
  };
}

describe('settings version 4: the administrator’s PIN', () => {
  it('migrates a version 3 file with no PIN (everything stays open), keeping the rest', () => {
    const raw = JSON.parse(JSON.stringify(v3File())) as unknown;
    const result = migrateSettings(raw);
    expect(result.from).toBe(3);
    expect(result.changed).toBe(true);
    expect(result.settings.version).toBe(4);
    expect(result.settings.admin).toEqual({ pin: null });
    expect(result.settings.defaults).toMatchObject({ sellerId: 629, sendToDian: false });
    expect(result.settings.defaults.issuer.name).toBe('Tienda La 80');
    expect(result.settings.connection.username).toBe('caja@tienda.co');
    expect(result.settings.desktop.startAtLogin).toBe(true);
    // Written back once as version 4.
    const file = memorySettingsPersistence(raw);
    openSettings(file);
    expect(file.current).toMatchObject({ version: 4, admin: { pin: null } });
    expect(migrateSettings(file.current).changed).toBe(false);
  });

  it('keeps the PIN’s hash across a restart, and the window’s view never carries it', async () => {
    const file = memorySettingsPersistence(v3File());
    const service = createSettingsService(openSettings(file), sessionOnly);
    await service.admin.setPin(undefined, '4821');
    const stored = (file.current as { admin: { pin: { hash: string; salt: string } } }).admin.pin;
    expect(settingsDocumentSchema.shape.admin.parse({ pin: stored })).toBeTruthy();
    expect(JSON.stringify(file.current)).not.toContain('4821');

    const reopened = createSettingsService(openSettings(memorySettingsPersistence(file.current)), sessionOnly);
    expect(reopened.admin.status()).toEqual({ pinSet: true, unlocked: false, retryAfterSeconds: null });
    expect((await reopened.admin.unlock('4821')).unlocked).toBe(true);
    const view = JSON.stringify(await reopened.get());
    expect(view).toContain('"admin":{"pinSet":true}');
    expect(view).not.toContain(stored.hash);
    expect(view).not.toContain(stored.salt);
  });

  it('a file whose PIN entry is damaged reads as no PIN, the rest kept', async () => {
    const pin = await hashPin('4821');
    const damaged = { ...defaultSettings(), defaults: { ...defaultSettings().defaults, sellerId: 630 }, admin: { pin: { ...pin, N: 'many' } } };
    const { settings } = migrateSettings(damaged);
    expect(settings.admin.pin).toBeNull();
    expect(settings.defaults.sellerId).toBe(630);
  });
});
