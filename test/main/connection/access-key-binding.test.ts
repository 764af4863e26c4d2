import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConnectionService, type ConnectionService } from '../../../src-main/connection/connection-service';
import { memorySecretStore, secretAccount, type SecretStore } from '../../../src-main/connection/secret-store';
import { memoryConnectionSettings, type ConnectionSettingsStore } from '../../../src-main/connection/settings';
import type { Sandbox } from '../../../src-main/siigo-sandbox';
import { SIIGO_ADDRESS_NOT_HTTPS, siigoCompanyId } from '../../../src-shared/company';
import type { Failure } from '../../../src-shared/failure';
import type { ConnectionSettings } from '../../../src-shared/ipc/contract';
import { recordingProxy, rejectionOf, sandbox, type RecordingProxy } from '../siigo/support';

/**
 * The access key only ever goes to the address and user it was saved for. A recording proxy in
 * front of the sandbox (a real loopback HTTP server on another port) stands for "the new
 * address": it forwards to the same Siigo, so the old key WOULD work there, and records every
 * request it receives.
 */
const partnerId = 'MostradorTest';
const oldKey = 'clave-guardada-de-la-caja';

let sb: Sandbox | undefined;
let proxy: RecordingProxy | undefined;
let service: ConnectionService | undefined;
afterEach(async () => {
  await service?.close();
  await proxy?.close();
  await sb?.close();
  service = proxy = sb = undefined;
});

interface Setup {
  settings: ConnectionSettingsStore;
  secrets: SecretStore;
  service: ConnectionService;
  username: string;
}

type Urls = { sandboxUrl: string; proxyUrl: string };

/**
 * A real company saved at `savedUrl`, its key stored under its own account (SIIGO_API_URL's when
 * `envUrl` gives one); the sandbox accepts `oldKey`.
 */
async function saved(savedUrl: (urls: Urls) => string, envUrl?: (urls: Urls) => string): Promise<Setup> {
  sb = await sandbox({ credentials: { username: 'caja@tienda.co', access_key: oldKey } });
  proxy = await recordingProxy(sb.url);
  const urls = { sandboxUrl: sb.url, proxyUrl: proxy.url };
  const username = sb.credentials.username;
  const baseUrl = savedUrl(urls);
  const envBaseUrl = envUrl?.(urls);
  const settings = memoryConnectionSettings({ mode: 'siigo', baseUrl, partnerId, username });
  const secrets = memorySecretStore();
  await secrets.set(secretAccount(envBaseUrl ?? baseUrl, username), oldKey);
  service = createConnectionService({
    settings,
    secrets,
    envBaseUrl,
    startDemo: () => Promise.reject(new Error('demo is not part of these tests')),
    clientOptions: { retry: { maxAttempts: 1 } },
  });
  return { settings, secrets, service, username };
}

const real = (baseUrl: string, username: string, accessKey?: string): ConnectionSettings => ({
  mode: 'siigo',
  baseUrl,
  partnerId,
  username,
  ...(accessKey === undefined ? {} : { accessKey }),
});

/** Nothing reached the new address, and above all not the saved key. */
function expectNothingSentTo(server: RecordingProxy): void {
  expect(server.received.filter((request) => request.body.includes(oldKey))).toEqual([]);
  expect(server.received).toEqual([]);
}

async function expectKeyAskedAgain(setup: Setup, next: ConnectionSettings): Promise<void> {
  const before = setup.settings.load();
  const error = await rejectionOf(setup.service.update(next));
  const failure: Failure = error.toFailure();
  expect(failure.kind).toBe('auth');
  expect(failure.errors.map((entry) => entry.Message)).toEqual([
    'Llave de acceso: ingrésela de nuevo, porque la dirección de la API o el usuario API cambiaron.',
  ]);
  expect(setup.settings.load()).toEqual(before);
}

describe('a saved access key is bound to its address and user', () => {
  it('is not sent when only the scheme changes (https → http on the same host and port)', async () => {
    const setup = await saved(({ proxyUrl }) => proxyUrl.replace('http:', 'https:'));
    await expectKeyAskedAgain(setup, real(proxy!.url, setup.username));
    expectNothingSentTo(proxy!);
  });

  it('is not sent when the port changes', async () => {
    const setup = await saved(({ sandboxUrl }) => sandboxUrl);
    await expectKeyAskedAgain(setup, real(proxy!.url, setup.username));
    expectNothingSentTo(proxy!);
  });

  it('is not sent when the host changes (localhost → 127.0.0.1, same port)', async () => {
    const setup = await saved(({ proxyUrl }) => proxyUrl.replace('127.0.0.1', 'localhost'));
    await expectKeyAskedAgain(setup, real(proxy!.url, setup.username));
    expectNothingSentTo(proxy!);
  });

  it('is not sent when the path changes', async () => {
    const setup = await saved(({ proxyUrl }) => `${proxyUrl}/otra-ruta`);
    await expectKeyAskedAgain(setup, real(proxy!.url, setup.username));
    expectNothingSentTo(proxy!);
  });

  it('is not sent for another API user at the same address', async () => {
    const setup = await saved(({ proxyUrl }) => proxyUrl);
    await expectKeyAskedAgain(setup, real(proxy!.url, 'otra-caja@tienda.co'));
    expectNothingSentTo(proxy!);
  });

  it('is used for the same account however it is typed (case, trailing slash, default port)', async () => {
    const setup = await saved(({ proxyUrl }) => proxyUrl);
    const info = await setup.service.update(real(`${proxy!.url.toUpperCase()}/`, setup.username));
    expect(info.company.id).toBe(siigoCompanyId(proxy!.url, setup.username));
    expect(proxy!.received.filter((request) => request.path === '/auth').map((request) => JSON.parse(request.body) as unknown)).toEqual([
      { username: setup.username, access_key: oldKey },
    ]);
  });

  it('the key typed for the new address is what goes there, saved under the new account; the old one stays with its own', async () => {
    const setup = await saved(({ proxyUrl }) => proxyUrl.replace('http:', 'https:'));
    const info = await setup.service.update(real(proxy!.url, setup.username, oldKey));
    expect(info).toMatchObject({ mode: 'siigo', hasAccessKey: true, baseUrl: proxy!.url });
    expect(await setup.secrets.get(secretAccount(proxy!.url, setup.username))).toBe(oldKey);
    expect(await setup.secrets.get(secretAccount(proxy!.url.replace('http:', 'https:'), setup.username))).toBe(oldKey);
    expect(proxy!.received.map((request) => request.path)).toEqual(['/auth', '/v1/taxes']);
  });


  it('back in demo mode, Ajustes is told the saved company, and reconnecting it needs no key typed', async () => {
    const setup = await saved(({ proxyUrl }) => proxyUrl);
    expect((await setup.service.info()).savedAccount).toBeNull();
    const demo = await sandbox();
    const inDemo = createConnectionService({ settings: setup.settings, secrets: setup.secrets, startDemo: async () => demo });
    // "Volver al modo demostración" keeps the saved company's address and user.
    expect(await inDemo.update({ mode: 'demo' })).toMatchObject({
      mode: 'demo',
      baseUrl: demo.url,
      savedAccount: { baseUrl: proxy!.url, username: setup.username, hasAccessKey: true },
    });
    await inDemo.close();
    const info = await setup.service.update(real(proxy!.url, setup.username));
    expect(info).toMatchObject({ mode: 'siigo', hasAccessKey: true });
    expect(proxy!.received.filter((request) => request.path === '/auth')).toHaveLength(1);
  });
});

describe('plain http to another computer is refused by main too', () => {
  it('update refuses it before reading or storing any key (the bridge schema already does)', async () => {
    const setup = await saved(({ sandboxUrl }) => sandboxUrl);
    const get = vi.spyOn(setup.secrets, 'get');
    const set = vi.spyOn(setup.secrets, 'set');
    for (const [baseUrl, accessKey] of [
      ['http://api.siigo.com', undefined],
      ['http://api.siigo.com', 'clave-nueva'],
    ] as const) {
      const error = await rejectionOf(setup.service.update(real(baseUrl, setup.username, accessKey)));
      expect(error.toFailure()).toMatchObject({ kind: 'invalid_input', errors: [{ Code: 'invalid_url', Message: SIIGO_ADDRESS_NOT_HTTPS }] });
    }
    expect(get).not.toHaveBeenCalled();
    expect(set).not.toHaveBeenCalled();
  });

  it('SIIGO_API_URL over plain http to another computer: every call and update fail naming it, the key is never sent', async () => {
    const setup = await saved(({ sandboxUrl }) => sandboxUrl, () => 'http://siigo-proxy.tienda.co:8080');
    const client = await rejectionOf(setup.service.client());
    expect(client.toFailure()).toMatchObject({ kind: 'invalid_input', errors: [{ Code: 'invalid_url' }] });
    expect(client.message).toMatch(/SIIGO_API_URL/);
    expect(client.errors[0]?.Message).toMatch(/^SIIGO_API_URL .*debe empezar por https:\/\//);
    const update = await rejectionOf(setup.service.update(real(sb!.url, setup.username, oldKey)));
    expect(update.message).toMatch(/SIIGO_API_URL/);
    // Still the company the user chose: nothing falls back to demo.
    expect(setup.service.identity().mode).toBe('siigo');
  });

  it('SIIGO_API_URL to this computer over http works as before', async () => {
    const setup = await saved(({ sandboxUrl }) => sandboxUrl, ({ proxyUrl }) => proxyUrl);
    const info = await setup.service.update(real(sb!.url, setup.username, oldKey));
    expect(info.baseUrl).toBe(proxy!.url);
    expect(proxy!.received.map((request) => request.path)).toEqual(['/auth', '/v1/taxes']);
  });
});
