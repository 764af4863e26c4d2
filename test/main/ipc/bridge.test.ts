import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BridgeError, createBridgeClient, type BridgeClient } from '../../../src-shared/ipc/client';
import type { ConnectionStatus } from '../../../src-shared/ipc/contract';
import { createConnectionService, type ConnectionService } from '../../../src-main/connection/connection-service';
import { memorySecretStore } from '../../../src-main/connection/secret-store';
import { memoryConnectionSettings } from '../../../src-main/connection/settings';
import { connectionStatusTracker } from '../../../src-main/ipc/connection-status';
import { createDispatcher } from '../../../src-main/ipc/dispatch';
import { createHandlers } from '../../../src-main/ipc/handlers';
import { headlessDesktop } from '../../../src-main/desktop/headless';
import { memoryCompanyJournals } from '../../../src-main/journal/company-journals';
import { DEMO_IDS, startSandbox, type Sandbox } from '../../../src-main/siigo-sandbox';
import { newCustomerBody } from '../../renderer/support/documents';

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
    journals: memoryCompanyJournals(),
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
    const before = sandbox.requestCount();
    const error = await bridge.invoke('customers:list', { page_size: 500 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BridgeError);
    expect((error as BridgeError).failure.kind).toBe('invalid_input');
    expect((error as BridgeError).failure.message).toContain('page_size');
    const unknown = await bridge.invoke('nope:nope' as 'app:info', undefined).catch((e: unknown) => e);
    expect((unknown as BridgeError).failure.kind).toBe('invalid_input');
    // A body is parsed once, here, before the Siigo client sees it.
    const emptyInvoice = { document: { id: 1 }, date: '2026-12-05', customer: { identification: '1' }, seller: 1, items: [], payments: [] };
    const company = (await bridge.invoke('connection:get', undefined)).company.id;
    const refused = await bridge.invoke('invoices:create', { body: emptyInvoice, idempotencyKey: 'K1' }, { company }).catch((e: unknown) => e);
    expect((refused as BridgeError).failure.kind).toBe('invalid_input');
    expect((refused as BridgeError).failure.message).toContain('items');
    expect(sandbox.requestCount()).toBe(before);
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

  it('refuses a wrong access key and an unreachable Siigo when connecting, and changes nothing', async () => {
    setup();
    const before = await bridge.invoke('connection:get', undefined);
    const denied = await bridge
      .invoke('connection:set', { mode: 'siigo', baseUrl: sandbox.url, partnerId: 'MostradorTest', username: sandbox.credentials.username, accessKey: 'wrong-key' })
      .catch((e: unknown) => e);
    expect((denied as BridgeError).failure.kind).toBe('auth');
    const offline = await bridge
      .invoke('connection:set', { mode: 'siigo', baseUrl: 'http://127.0.0.1:9', partnerId: 'MostradorTest', username: sandbox.credentials.username, accessKey: 'any' })
      .catch((e: unknown) => e);
    expect((offline as BridgeError).failure.kind).toBe('offline');
    // Still the demo company, with no key stored for the refused account.
    expect(await bridge.invoke('connection:get', undefined)).toEqual(before);
    expect(before).toMatchObject({ mode: 'demo', company: { id: 'demo' }, hasAccessKey: false, needsAccessKey: false });
  });

  it('answers only for the company connected, and refuses a write that names none', async () => {
    setup();
    const demo = (await bridge.invoke('connection:get', undefined)).company.id;
    const before = sandbox.requestCount();
    const other = await bridge.invoke('catalogs:taxes', undefined, { company: 'siigo|https://api.siigo.com|otra@empresa.co' }).catch((e: unknown) => e);
    expect((other as BridgeError).failure.kind).toBe('wrong_company');
    const anonymous = await bridge.invoke('customers:create', { body: newCustomerBody(31) }).catch((e: unknown) => e);
    expect((anonymous as BridgeError).failure.kind).toBe('invalid_input');
    expect(sandbox.requestCount()).toBe(before);
    await expect(bridge.invoke('catalogs:taxes', undefined, { company: demo })).resolves.not.toHaveLength(0);
  });

  it('creates a credit note for an invoice like an invoice: company required, same key same note', async () => {
    setup();
    const company = (await bridge.invoke('connection:get', undefined)).company.id;
    const customer = sandbox.store.customers.find((c) => c.active && c.contacts.length > 0 && c.branch_office === 0)!;
    const product = sandbox.store.products.find((p) => p.active)!;
    const line = { code: product.code, quantity: 1, price: 1000, taxes: [{ id: DEMO_IDS.taxes.iva19 }] };
    const today = new Date(Date.now() - 5 * 3600_000).toISOString().slice(0, 10);
    const invoice = await bridge.invoke('invoices:create', {
      body: {
        document: { id: DEMO_IDS.documentTypes.fvPaper }, date: today, customer: { identification: customer.identification, branch_office: 0 },
        seller: DEMO_IDS.users.main, items: [line], payments: [{ id: DEMO_IDS.paymentTypes.cash, value: 1190 }],
      },
      idempotencyKey: 'BRIDGEINV1',
    }, { company });
    const body = {
      document: { id: DEMO_IDS.documentTypes.creditNotePaper }, date: today, invoice: invoice.id, reason: 1 as const,
      items: [line], payments: [{ id: DEMO_IDS.paymentTypes.cash, value: 1190 }],
    };
    const anonymous = await bridge.invoke('credit-notes:create', { body, idempotencyKey: 'BRIDGENC1' }).catch((e: unknown) => e);
    expect((anonymous as BridgeError).failure.kind).toBe('invalid_input');
    const note = await bridge.invoke('credit-notes:create', { body, idempotencyKey: 'BRIDGENC1' }, { company });
    const again = await bridge.invoke('credit-notes:create', { body, idempotencyKey: 'BRIDGENC1' }, { company });
    expect(again.id).toBe(note.id);
    expect(note).toMatchObject({ total: 1190, invoice: { id: invoice.id } });
    expect((await bridge.invoke('credit-notes:get', { id: note.id })).name).toBe(note.name);
    expect((await bridge.invoke('credit-notes:list', { page_size: 100 })).results.map((n) => n.id)).toContain(note.id);
    expect((await bridge.invoke('credit-notes:pdf', { id: note.id })).base64).not.toBe('');
  });

  it('stays on a real company whose key is missing: nothing reaches demo, and it says so', async () => {
    statuses = [];
    const settings = memoryConnectionSettings({ mode: 'siigo', baseUrl: 'https://api.siigo.com', partnerId: 'MostradorTest', username: 'caja@tienda.co' });
    const demoStarted: string[] = [];
    connection = createConnectionService({
      settings,
      secrets: memorySecretStore(),
      startDemo: async () => {
        demoStarted.push('demo');
        return { url: sandbox.url, credentials: sandbox.credentials, close: async () => {} };
      },
    });
    const before = sandbox.requestCount();
    const info = await connection.info();
    expect(info).toMatchObject({ mode: 'siigo', needsAccessKey: true, hasAccessKey: false, company: { name: 'caja@tienda.co · api.siigo.com' } });
    const client = await connection.client(info.company.id);
    await expect(client.catalogs.taxes()).rejects.toMatchObject({ kind: 'auth' });
    expect(demoStarted).toEqual([]);
    expect(sandbox.requestCount()).toBe(before);
  });
});
