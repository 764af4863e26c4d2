import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileConnectionSettings, fileSettingsPersistence } from '../../../src-main/preview/file-settings';
import { SETTINGS_VERSION } from '../../../src-main/settings/schema';
import { createSettingsService } from '../../../src-main/settings/settings-service';
import { openSettings } from '../../../src-main/settings/settings-store';

const sessionOnly = () => ({ kind: 'session-only' as const, description: 'Memoria', warning: null, canAcceptPlainText: false });
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the browser preview’s settings file', () => {
  it('migrates the connection-only file and keeps the administrator’s PIN across a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mostrador-preview-settings-'));
    dirs.push(dir);
    const path = join(dir, 'settings.json');
    const connection = { mode: 'siigo' as const, baseUrl: 'https://api.siigo.com', partnerId: 'MiTienda', username: 'caja@tienda.co' };
    fileConnectionSettings(path).save(connection);

    const first = createSettingsService(openSettings(fileSettingsPersistence(path)), sessionOnly);
    await first.admin.setPin(undefined, '4821');
    const stored = JSON.parse(readFileSync(path, 'utf8')) as { version: number; connection: unknown; admin: { pin: unknown } };
    expect(stored.version).toBe(SETTINGS_VERSION);
    expect(stored.connection).toEqual(connection);
    expect(stored.admin.pin).not.toBeNull();
    expect(readFileSync(path, 'utf8')).not.toContain('4821');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    // The connection reader of the preview still finds its part.
    expect(fileConnectionSettings(path).load()).toEqual(connection);

    const restarted = createSettingsService(openSettings(fileSettingsPersistence(path)), sessionOnly);
    expect(restarted.admin.status()).toEqual({ pinSet: true, unlocked: false, retryAfterSeconds: null });
    expect((await restarted.admin.unlock('4821')).unlocked).toBe(true);
  });
});
