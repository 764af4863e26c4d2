import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileSettingsPersistence } from '../../../src-main/preview/file-settings';
import { startPreview, type Preview } from '../../../src-main/preview/preview-server';
import { SETTINGS_VERSION } from '../../../src-main/settings/schema';
import { createSettingsService } from '../../../src-main/settings/settings-service';
import { openSettings } from '../../../src-main/settings/settings-store';
import { PAGE, bridgeHeaders } from './support';

const sessionOnly = () => ({ kind: 'session-only' as const, description: 'Memoria', warning: null, canAcceptPlainText: false });
const dirs: string[] = [];
const previews: Preview[] = [];
afterEach(async () => {
  for (const preview of previews.splice(0)) await preview.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'mostrador-preview-settings-'));
  dirs.push(dir);
  return dir;
};

/** What older previews wrote to settings.json: the connection alone. */
const connection = { mode: 'siigo' as const, baseUrl: 'https://api.siigo.com', partnerId: 'MiTienda', username: 'caja@tienda.co' };
const writeOldPreviewFile = (path: string) => writeFileSync(path, JSON.stringify({ connection }, null, 2));

/** A call to the preview's bridge, as its page makes it: the value, or the refusal's code. */
async function call(preview: Preview, channel: string, input?: unknown): Promise<{ ok: true; value: unknown } | { ok: false; code: string | undefined }> {
  const response = await fetch(`${preview.url}/bridge/invoke`, { method: 'POST', headers: bridgeHeaders(preview.url), body: JSON.stringify({ channel, input, meta: {} }) });
  const answer = (await response.json()) as { ok: boolean; value?: unknown; failure?: { errors: Array<{ Code: string }> } };
  return answer.ok ? { ok: true, value: answer.value } : { ok: false, code: answer.failure?.errors[0]?.Code };
}

describe('the browser preview’s settings file', () => {
  it('migrates the connection-only file and keeps the administrator’s PIN across a restart', async () => {
    const path = join(tempDir(), 'settings.json');
    writeOldPreviewFile(path);

    const first = createSettingsService(openSettings(fileSettingsPersistence(path)), sessionOnly);
    await first.admin.setPin(undefined, '4821');
    const stored = JSON.parse(readFileSync(path, 'utf8')) as { version: number; connection: unknown; admin: { pin: unknown } };
    expect(stored.version).toBe(SETTINGS_VERSION);
    expect(stored.connection).toEqual(connection);
    expect(stored.admin.pin).not.toBeNull();
    expect(readFileSync(path, 'utf8')).not.toContain('4821');
    expect(statSync(path).mode & 0o777).toBe(0o600);

    const restarted = createSettingsService(openSettings(fileSettingsPersistence(path)), sessionOnly);
    expect(restarted.admin.status()).toEqual({ pinSet: true, unlocked: false, retryAfterSeconds: null });
    expect((await restarted.admin.unlock('4821')).unlocked).toBe(true);
  });

  it('the preview keeps the PIN, the preferences and the defaults in <dataDir>/settings.json, and reads an older preview’s file', async () => {
    const dir = tempDir();
    const dataDir = join(dir, 'data');
    const rendererDir = join(dir, 'renderer');
    mkdirSync(dataDir);
    mkdirSync(rendererDir);
    writeFileSync(join(rendererDir, 'index.html'), PAGE);
    writeOldPreviewFile(join(dataDir, 'settings.json'));

    const first = await startPreview({ dataDir, rendererDir });
    previews.push(first);
    // The older file's connection is the one in use.
    expect(await call(first, 'connection:get')).toMatchObject({ ok: true, value: { mode: 'siigo', partnerId: 'MiTienda', username: 'caja@tienda.co' } });
    expect(await call(first, 'settings:set', { defaults: { sellerId: 629, rollWidth: '58' }, desktop: { syncPaused: true } })).toMatchObject({ ok: true });
    expect(await call(first, 'admin:set-pin', { next: '4821' })).toMatchObject({ ok: true, value: { pinSet: true } });
    await first.close();
    previews.pop();

    const second = await startPreview({ dataDir, rendererDir });
    previews.push(second);
    expect(await call(second, 'admin:status')).toEqual({ ok: true, value: { pinSet: true, unlocked: false, retryAfterSeconds: null } });
    expect(await call(second, 'settings:get')).toMatchObject({ ok: true, value: { defaults: { sellerId: 629, rollWidth: '58' }, desktop: { syncPaused: true } } });
    expect(await call(second, 'settings:set', { defaults: { sendToDian: false } })).toEqual({ ok: false, code: 'admin_locked' });
    expect(await call(second, 'connection:get')).toMatchObject({ ok: true, value: { partnerId: 'MiTienda' } });
    expect(readFileSync(join(dataDir, 'settings.json'), 'utf8')).not.toContain('4821');
  });
});
