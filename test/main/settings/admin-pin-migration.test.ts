import { describe, expect, it } from 'vitest';
import { UNLOCKED_FOR_MS } from '../../../src-main/admin/admin-guard';
import { hashPin } from '../../../src-main/admin/pin-hash';
import { UNREADABLE_PIN_WARNING, migrateSettings } from '../../../src-main/settings/migrations';
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
    expect(result.settings.version).toBe(5);
    expect(result.settings.admin).toEqual({ pin: null });
    expect(result.settings.defaults).toMatchObject({ sellerId: 629, sendToDian: false });
    expect(result.settings.defaults.issuer.name).toBe('Tienda La 80');
    expect(result.settings.connection.username).toBe('caja@tienda.co');
    expect(result.settings.desktop.startAtLogin).toBe(true);
    // Written back once as version 4.
    const file = memorySettingsPersistence(raw);
    openSettings(file);
    expect(file.current).toMatchObject({ version: 5, admin: { pin: null } });
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

  it('a file whose PIN entry is damaged reads as a PIN that cannot be checked (never as no PIN), the rest kept', async () => {
    const pin = await hashPin('4821');
    for (const admin of [{ pin: { ...pin, N: 'many' } }, { pin: 'x' }, 'garbage', null]) {
      const damaged = { ...defaultSettings(), defaults: { ...defaultSettings().defaults, sellerId: 630 }, admin };
      const { settings, warnings } = migrateSettings(damaged);
      expect(settings.admin.pin).toEqual({ unreadable: true });
      expect(settings.defaults.sellerId).toBe(630);
      expect(warnings).toEqual([UNREADABLE_PIN_WARNING]);
    }

    // Opened by main: logged (nothing of the entry in the log), locked, and the guarded changes refused.
    const logged: string[] = [];
    const file = memorySettingsPersistence({ ...defaultSettings(), admin: { pin: { ...pin, N: 'many' } } });
    const service = createSettingsService(openSettings(file, (message) => logged.push(message)), sessionOnly);
    expect(logged).toEqual([UNREADABLE_PIN_WARNING]);
    expect(logged.join()).not.toContain(pin.hash);
    expect(service.admin.status()).toEqual({ pinSet: true, unlocked: false, retryAfterSeconds: null });
    expect((await service.get()).admin).toEqual({ pinSet: true });
    await expect(service.set({ defaults: { sendToDian: false } })).rejects.toMatchObject({ code: 'admin_locked' });
    await expect(service.admin.unlock('4821')).rejects.toMatchObject({ code: 'admin_pin_unreadable' });
    // Written back marked, so it stays locked after a restart too.
    expect(migrateSettings(file.current).settings.admin.pin).toEqual({ unreadable: true });
    // The reset (the access key, checked by the caller) removes it; then a new PIN works.
    expect((await service.admin.reset(async () => true)).pinSet).toBe(false);
    await service.admin.setPin(undefined, '5555');
    expect((await service.admin.unlock('5555')).unlocked).toBe(true);
  });

  it('a version 4 file that lost its admin section is locked too; a version 3 file (never had one) has no PIN', () => {
    const { admin: _admin, ...rest } = defaultSettings();
    expect(migrateSettings(rest).settings.admin).toEqual({ pin: { unreadable: true } });
    const v3 = migrateSettings(v3File());
    expect(v3.settings.admin).toEqual({ pin: null });
    expect(v3.warnings).toEqual([]);
  });
});

describe('main’s unlock while an administrator works in Ajustes', () => {
  it('the window asking for the status (admin:status) renews it; a window that stops asking is locked out', async () => {
    let t = 1_000_000;
    const service = createSettingsService(openSettings(memorySettingsPersistence()), sessionOnly, () => t);
    await service.admin.setPin(undefined, '4821');
    await service.admin.unlock('4821');
    // Twenty minutes typing a long form: the window asks once a minute.
    for (let minute = 0; minute < 20; minute++) {
      t += 60_000;
      expect(service.admin.status().unlocked).toBe(true);
    }
    expect((await service.set({ defaults: { sendToDian: false } })).defaults.sendToDian).toBe(false);
    t += UNLOCKED_FOR_MS;
    expect(service.admin.status().unlocked).toBe(false);
    await expect(service.set({ defaults: { sendToDian: true } })).rejects.toMatchObject({ code: 'admin_locked' });
  });
});
