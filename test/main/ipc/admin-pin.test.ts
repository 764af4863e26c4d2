import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BridgeError, createBridgeClient, type BridgeClient } from '../../../src-shared/ipc/client';
import { createConnectionService, type ConnectionService } from '../../../src-main/connection/connection-service';
import { memorySecretStore } from '../../../src-main/connection/secret-store';
import { memoryConnectionSettings } from '../../../src-main/connection/settings';
import { headlessDesktop } from '../../../src-main/desktop/headless';
import { createDispatcher } from '../../../src-main/ipc/dispatch';
import { createHandlers } from '../../../src-main/ipc/handlers';
import { memoryCompanyJournals } from '../../../src-main/journal/company-journals';
import { startSandbox, type Sandbox } from '../../../src-main/siigo-sandbox';

const PIN = '482193';

let sandbox: Sandbox;
let connection: ConnectionService;
let bridge: BridgeClient;
/** Every byte main answered, to prove the PIN never comes back. */
let wire: string[];

/** Main's real handler table behind a transport that serialises like IPC. */
function setup() {
  wire = [];
  connection = createConnectionService({
    settings: memoryConnectionSettings(),
    secrets: memorySecretStore(),
    startDemo: async () => ({ url: sandbox.url, credentials: sandbox.credentials, close: async () => {} }),
    clientOptions: { retry: { maxAttempts: 2, baseDelayMs: 10, maxDelayMs: 20 } },
  });
  const dispatch = createDispatcher(
    createHandlers({ connection, journals: memoryCompanyJournals(), app: { name: 'Mostrador', version: '0.0.0-test', platform: 'linux' }, ...headlessDesktop() }),
  );
  bridge = createBridgeClient({
    invoke: async (channel, input, meta) => {
      const answer = JSON.stringify(await dispatch(channel, JSON.parse(JSON.stringify(input ?? null)) ?? undefined, meta));
      wire.push(answer);
      return JSON.parse(answer);
    },
    subscribe: () => () => {},
  });
}

/** The Spanish refusal of a call, by its code. */
async function refused(call: Promise<unknown>): Promise<{ code: string | undefined; message: string }> {
  const error = await call.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof BridgeError)) throw new Error('the call went through');
  return { code: error.failure.errors[0]?.Code, message: error.failure.message };
}

const realAccount = () => ({ mode: 'siigo' as const, baseUrl: sandbox.url, partnerId: 'MostradorTest', username: sandbox.credentials.username });

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
afterEach(async () => {
  await connection?.close();
});
afterAll(async () => {
  await sandbox.close();
});

describe('the administrator’s PIN, enforced in main', () => {
  it('refuses connection:set and the administrator’s settings while locked, accepts them unlocked', async () => {
    setup();
    expect(await bridge.invoke('admin:status', undefined)).toEqual({ pinSet: false, unlocked: true, retryAfterSeconds: null });
    expect(await bridge.invoke('admin:set-pin', { next: PIN })).toEqual({ pinSet: true, unlocked: false, retryAfterSeconds: null });
    expect((await bridge.invoke('settings:get', undefined)).admin).toEqual({ pinSet: true });

    // A window that skips the lock still cannot connect another account or change the DIAN box.
    const connect = await refused(bridge.invoke('connection:set', { ...realAccount(), accessKey: sandbox.credentials.access_key }));
    expect(connect.code).toBe('admin_locked');
    expect(connect.message).toMatch(/^Ajustes de administración bloqueados: .*“Desbloquear”.* No se cambió nada\.$/);
    expect((await bridge.invoke('connection:get', undefined)).mode).toBe('demo');
    expect((await refused(bridge.invoke('settings:set', { defaults: { sendToDian: false } }))).code).toBe('admin_locked');
    expect((await refused(bridge.invoke('settings:set', { defaults: { issuer: { name: 'Otra' } } }))).code).toBe('admin_locked');
    expect((await refused(bridge.invoke('settings:set', { desktop: { allowPlainTextSecrets: true } }))).code).toBe('admin_locked');
    // One administrator's field among the cashier's refuses the whole update.
    expect((await refused(bridge.invoke('settings:set', { defaults: { rollWidth: '58', costCenterId: 3 } }))).code).toBe('admin_locked');
    const settings = await bridge.invoke('settings:get', undefined);
    expect(settings.defaults).toMatchObject({ sendToDian: true, rollWidth: '80', costCenterId: null });
    expect(settings.defaults.issuer.name).toBe('');

    // The cashier's preferences stay open.
    const prefs = await bridge.invoke('settings:set', { defaults: { rollWidth: '58', printerName: 'EPSON', priceListId: 2 }, desktop: { startAtLogin: true, syncPaused: true } });
    expect(prefs.defaults).toMatchObject({ rollWidth: '58', printerName: 'EPSON', priceListId: 2 });

    // A wrong PIN unlocks nothing.
    expect((await refused(bridge.invoke('admin:unlock', { pin: '000000' }))).code).toBe('admin_wrong_pin');
    expect((await refused(bridge.invoke('settings:set', { defaults: { sendToDian: false } }))).code).toBe('admin_locked');

    expect(await bridge.invoke('admin:unlock', { pin: PIN })).toEqual({ pinSet: true, unlocked: true, retryAfterSeconds: null });
    expect((await bridge.invoke('settings:set', { defaults: { sendToDian: false } })).defaults.sendToDian).toBe(false);
    const connected = await bridge.invoke('connection:set', { ...realAccount(), accessKey: sandbox.credentials.access_key });
    expect(connected.mode).toBe('siigo');

    await bridge.invoke('admin:lock', undefined);
    expect((await refused(bridge.invoke('connection:set', { mode: 'demo' }))).code).toBe('admin_locked');
    expect((await bridge.invoke('connection:get', undefined)).mode).toBe('siigo');

    // The PIN never came back from main, in an answer or a refusal.
    expect(wire.join('\n')).not.toContain(PIN);
  });

  it('refuses the support bundle (every document and customer) while locked', async () => {
    setup();
    const audit = [{ seq: 1, at: '2026-12-05T10:00:00.000Z', kind: 'sent' }];
    await bridge.invoke('admin:set-pin', { next: PIN });
    expect((await refused(bridge.invoke('diagnostics:export', { audit }))).code).toBe('admin_locked');
    await bridge.invoke('admin:unlock', { pin: PIN });
    expect((await bridge.invoke('diagnostics:export', { audit })).bytes).toBeGreaterThan(0);
  });

  it('checks the PIN for one action without unlocking, and makes guessing wait', async () => {
    setup();
    await bridge.invoke('admin:set-pin', { next: PIN });
    expect(await bridge.invoke('admin:verify', { pin: PIN })).toEqual({ ok: true });
    expect((await bridge.invoke('admin:status', undefined)).unlocked).toBe(false);
    for (let i = 0; i < 4; i++) expect((await refused(bridge.invoke('admin:verify', { pin: String(1000 + i) }))).code).toBe('admin_wrong_pin');
    expect(await refused(bridge.invoke('admin:unlock', { pin: '9999' }))).toEqual({
      code: 'admin_wait',
      message: 'Demasiados intentos equivocados. Espere 30 segundos y vuelva a intentarlo.',
    });
    expect((await refused(bridge.invoke('admin:unlock', { pin: PIN }))).code).toBe('admin_wait');
    expect((await bridge.invoke('admin:status', undefined)).retryAfterSeconds).toBeGreaterThan(25);
  });

  it('removes a forgotten PIN with the connected company’s access key, checked with Siigo', async () => {
    setup();
    await bridge.invoke('connection:set', { ...realAccount(), accessKey: sandbox.credentials.access_key });
    await bridge.invoke('admin:set-pin', { next: PIN });
    const wrong = await refused(bridge.invoke('admin:reset-pin', { accessKey: 'no-es-la-llave' }));
    expect(wrong.code).toBe('admin_wrong_key');
    expect(wrong.message).not.toContain('no-es-la-llave');
    expect((await bridge.invoke('admin:status', undefined)).pinSet).toBe(true);
    expect(await bridge.invoke('admin:reset-pin', { accessKey: sandbox.credentials.access_key })).toEqual({ pinSet: false, unlocked: true, retryAfterSeconds: null });
    expect(wire.join('\n')).not.toContain(sandbox.credentials.access_key);
  });

  it('in demo mode, where there is no company to protect, removes it without a key', async () => {
    setup();
    await bridge.invoke('admin:set-pin', { next: PIN });
    expect((await bridge.invoke('admin:reset-pin', { accessKey: '' })).pinSet).toBe(false);
  });
});
