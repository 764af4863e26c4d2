import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BridgeError, createBridgeClient, type BridgeClient } from '../../../src-shared/ipc/client';
import type { ConnectionStatus } from '../../../src-shared/ipc/contract';
import { createConnectionService, type ConnectionService } from '../../../src-main/connection/connection-service';
import { memorySecretStore } from '../../../src-main/connection/secret-store';
import { memoryConnectionSettings } from '../../../src-main/connection/settings';
import { connectionStatusTracker } from '../../../src-main/ipc/connection-status';
import { createDispatcher } from '../../../src-main/ipc/dispatch';
import { createHandlers } from '../../../src-main/ipc/handlers';
import { headlessDesktop } from '../../../src-main/shell/headless';
import { memoryJournal } from '../../../src-main/journal/outbox-journal';
import { startSandbox, type Sandbox } from '../../../src-main/sandbox';

let sandbox: Sandbox;
let connection: ConnectionService;
let bridge: BridgeClient;
let statuses: ConnectionStatus['state'][];
const wire: string[] = [];

/** A transport that serialises like a real one, and keeps every byte main sent to the window. */
function setup() {
  statuses = [];
  connection = createConnectionService({
    settings: memoryConnectionSettings(),
    secrets: memorySecretStore(),
    startDemo: async () => ({ url: sandbox.url, credentials: sandbox.credentials, close: async () => {} }),
    clientOptions: { retry: { maxAttempts: 2, baseDelayMs: 10, maxDelayMs: 20 } },
  });
  const handlers = createHandlers({
    connection,
    journal: memoryJournal(),
    app: { name: 'Mostrador', version: '0.0.0-test', platform: 'linux' },
    ...headlessDesktop(),
  });
  const dispatch = createDispatcher(handlers, connectionStatusTracker((state) => statuses.push(state)));
  bridge = createBridgeClient({
    invoke: async (channel, input, meta) => {
      const answer = JSON.stringify(await dispatch(channel, JSON.parse(JSON.stringify(input ?? null)) ?? undefined, meta));
      wire.push(answer);
      return JSON.parse(answer);
    },
    subscribe: () => () => {},
  });
}

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
afterEach(async () => {
  await connection?.close();
});
afterAll(async () => {
  await sandbox.close();
});

describe('bridge to the Siigo client', () => {
  it('runs in demo mode against the embedded sandbox when no credentials are set', async () => {
    setup();
    const info = await bridge.invoke('connection:get', undefined);
    expect(info.mode).toBe('demo');
    expect(info.hasAccessKey).toBe(false);
    await expect(bridge.invoke('connection:test', undefined)).resolves.toEqual({ ok: true, mode: 'demo' });
    const page = await bridge.invoke('customers:list', { page_size: 5 });
    expect(page.results).toHaveLength(5);
    expect(page.totalResults).toBeGreaterThanOrEqual(200);
    expect(page.hasNext).toBe(true);
    const taxes = await bridge.invoke('catalogs:taxes', undefined, { priority: 'background' });
    expect(taxes.some((tax) => tax.percentage === 19)).toBe(true);
    expect(statuses).toEqual(['online']);
  });

  it('refuses bad input before anything reaches Siigo, naming the field', async () => {
    setup();
    const before = sandbox.requests().length;
    const error = await bridge.invoke('customers:list', { page_size: 500 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BridgeError);
    expect((error as BridgeError).failure.kind).toBe('invalid_input');
    expect((error as BridgeError).failure.message).toContain('page_size');
    const unknown = await bridge.invoke('nope:nope' as 'app:info', undefined).catch((e: unknown) => e);
    expect((unknown as BridgeError).failure.kind).toBe('invalid_input');
    expect(sandbox.requests().length).toBe(before);
  });

  it("carries Siigo's rejection to the window with its error code", async () => {
    setup();
    const error = await bridge.invoke('customers:get', { id: 'no-such-customer' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BridgeError);
    const failure = (error as BridgeError).failure;
    expect(failure.kind).toBe('rejected');
    expect(failure.status).toBe(404);
    expect(failure.errors[0]?.Code).toBeTruthy();
  });

  it('uses real credentials once they are set, and never sends the access key back', async () => {
    setup();
    const info = await bridge.invoke('connection:set', {
      mode: 'siigo',
      baseUrl: sandbox.url,
      partnerId: 'MostradorTest',
      username: sandbox.credentials.username,
      accessKey: sandbox.credentials.access_key,
    });
    expect(info).toMatchObject({ mode: 'siigo', baseUrl: sandbox.url, hasAccessKey: true });
    await bridge.invoke('connection:test', undefined);
    await bridge.invoke('catalogs:document-types', { type: 'FV' });
    await bridge.invoke('catalogs:users', undefined);
    await bridge.invoke('products:list', { page_size: 3 });
    await bridge.invoke('connection:get', undefined);
    const partnerIds = new Set(sandbox.requests().slice(-5).map((request) => request.partnerId));
    expect(partnerIds).toEqual(new Set(['MostradorTest']));
    for (const answer of wire) expect(answer).not.toContain(sandbox.credentials.access_key);
  });

  it('reports a wrong access key as an auth failure and an unreachable Siigo as offline', async () => {
    setup();
    await bridge.invoke('connection:set', {
      mode: 'siigo',
      baseUrl: sandbox.url,
      partnerId: 'MostradorTest',
      username: sandbox.credentials.username,
      accessKey: 'wrong-key',
    });
    const denied = await bridge.invoke('connection:test', undefined).catch((e: unknown) => e);
    expect((denied as BridgeError).failure.kind).toBe('auth');
    await bridge.invoke('connection:set', {
      mode: 'siigo',
      baseUrl: 'http://127.0.0.1:9',
      partnerId: 'MostradorTest',
      username: sandbox.credentials.username,
      accessKey: 'any',
    });
    const offline = await bridge.invoke('catalogs:taxes', undefined).catch((e: unknown) => e);
    expect((offline as BridgeError).failure.kind).toBe('offline');
    expect(statuses).toEqual(['auth_error', 'offline']);
  });
});
