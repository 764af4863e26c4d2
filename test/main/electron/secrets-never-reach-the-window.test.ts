import { siigoCompanyId } from '../../../src-shared/company';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invokeChannels, type InvokeChannel } from '../../../src-shared/ipc/channels';
import type { BridgeResult } from '../../../src-shared/ipc/contract';
import { createConnectionService, type ConnectionService } from '../../../src-main/connection/connection-service';
import { registeringSecretStore } from '../../../src-main/connection/registering-secret-store';
import { memorySecretStore } from '../../../src-main/connection/secret-store';
import { createRedactor } from '../../../src-main/diagnostics/redact';
import { createRotatingLog } from '../../../src-main/diagnostics/rotating-log';
import { createSupportExporter } from '../../../src-main/diagnostics/support-export';
import { createDispatcher, type Dispatch } from '../../../src-main/ipc/dispatch';
import { createHandlers } from '../../../src-main/ipc/handlers';
import { memoryCompanyJournals } from '../../../src-main/journal/company-journals';
import { startSandbox, DEMO_IDS, type Sandbox } from '../../../src-main/siigo-sandbox';
import { bogotaToday } from '../../../src-main/siigo-sandbox/clock';
import { createSettingsService } from '../../../src-main/settings/settings-service';
import { memorySettingsPersistence, openSettings } from '../../../src-main/settings/settings-store';
import { createShellController } from '../../../src-main/desktop/shell-controller';
import { toNumber } from '../../../src-shared/money/decimal';
import { documentTotals } from '../../../src-shared/money/invoice-totals';
import { invoiceBody, newCustomerBody, quotationBody, seeded, sellableProducts, voucherBody } from '../../renderer/support/documents';

/**
 * The renderer must never obtain the access key or the token. Every contract channel is called
 * through the real dispatcher and handlers, against the sandbox behind a recording proxy that
 * captures the token actually used on the wire; no answer, failure, notification, log line or
 * support export may contain either.
 */
let sandbox: Sandbox;
let proxy: Server;
let proxyUrl = '';
let dir = '';
const wireTokens = new Set<string>();

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, size: { customers: 20, products: 40 }, rateLimit: { requests: 6000, windowMs: 60_000 } });
  const upstream = new URL(sandbox.url);
  proxy = createServer((req, res) => {
    const auth = req.headers['authorization'];
    if (auth) wireTokens.add(auth.replace(/^Bearer\s+/i, ''));
    const forward = request(
      { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          const body = Buffer.concat(chunks);
          if (req.url?.startsWith('/auth')) {
            const token = (JSON.parse(body.toString() || '{}') as { access_token?: string }).access_token;
            if (token) wireTokens.add(token);
          }
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          res.end(body);
        });
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  dir = mkdtempSync(join(tmpdir(), 'mostrador-secrets-'));
});

afterAll(async () => {
  await new Promise((resolve) => proxy.close(resolve));
  await sandbox.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Main as the desktop app wires it, minus Electron: real settings, log, export and shell logic. */
function main(): { dispatch: Dispatch; connection: ConnectionService; shown: string[]; commands: string[] } {
  const known = new Set<string>();
  const redactor = createRedactor(() => known);
  const log = createRotatingLog({ dir: join(dir, 'logs'), redactor });
  const settings = openSettings(memorySettingsPersistence());
  const connection = createConnectionService({
    settings: settings.connectionStore(),
    secrets: registeringSecretStore(memorySecretStore(), known),
    startDemo: async () => ({ url: sandbox.url, credentials: sandbox.credentials, close: async () => {} }),
    clientOptions: {
      rateLimit: { requests: 6000, windowMs: 60_000 },
      retry: { maxAttempts: 2, baseDelayMs: 5, maxDelayMs: 10 },
      log: ({ level, msg, ...fields }) => log.log(level, msg, fields),
    },
  });
  const shown: string[] = [];
  const commands: string[] = [];
  const shell = createShellController({
    tray: { update: (state, menu) => shown.push(JSON.stringify({ state, menu })) },
    notify: (notification) => shown.push(JSON.stringify(notification)),
    command: (command) => commands.push(JSON.stringify(command)),
    showWindow: () => {},
    quit: () => {},
    paused: () => settings.get().desktop.syncPaused,
    setPaused: () => {},
    openExternal: async () => {},
    coalesceMs: 0,
  });
  const settingsService = createSettingsService(settings, () => ({ kind: 'keychain', description: 'Llavero', warning: null, canAcceptPlainText: false }));
  const handlers = createHandlers({
    connection,
    journals: memoryCompanyJournals(),
    app: { name: 'Mostrador', version: 'test', platform: 'linux' },
    shell,
    settings: settingsService,
    diagnostics: createSupportExporter({
      dir: () => join(dir, 'exports'),
      logs: () => log.read(),
      context: async () => ({ connection: await connection.info(), settings: await settingsService.get() }),
      redactor,
    }),
  });
  return { dispatch: createDispatcher(handlers), connection, shown, commands };
}

describe('secrets never reach the window', () => {
  it('no contract channel answers with the access key or the token', async () => {
    const { dispatch, connection, shown, commands } = main();
    const accessKey = sandbox.credentials.access_key;
    const username = sandbox.credentials.username;
    const set = await dispatch('connection:set', { mode: 'siigo', baseUrl: proxyUrl, partnerId: 'MostradorTest', username, accessKey });
    expect(set).toMatchObject({ ok: true, value: { mode: 'siigo', hasAccessKey: true } });

    const products = sellableProducts(sandbox);
    const customer = sandbox.store.customers.find((c) => c.active) ?? sandbox.store.customers[0]!;
    const today = bogotaToday(new Date());
    const random = seeded(7);
    const ids: Partial<Record<'customer' | 'product' | 'invoice' | 'quotation' | 'voucher' | 'creditNote', string>> = {};
    let soldLine = { code: '', price: 0, taxes: [] as Array<{ id: number }> };
    let due = { prefix: 'FV', consecutive: 1 };
    const key = () => `K${Date.now()}${Math.floor(random() * 1e6)}`;
    const company = siigoCompanyId(proxyUrl, username);
    // A snapshot's clave is a secret too: the access key typed as one must come back nowhere.
    const sessions = { export: '', import: '' };

    // One valid input per channel; typed by channel so a new channel cannot be forgotten here.
    const inputs: Record<InvokeChannel, () => unknown> = {
      'app:info': () => undefined,
      'connection:get': () => undefined,
      'connection:set': () => ({ mode: 'siigo', baseUrl: proxyUrl, partnerId: 'MostradorTest', username }),
      'connection:test': () => undefined,
      'connection:probe': () => undefined,
      'journal:append': () => ({ entries: [{ company, at: new Date().toISOString(), event: 'queued', operationId: 'op1', documentId: 'doc1', data: { note: 'x' } }] }),
      'journal:read': () => ({ company }),
      'customers:list': () => ({ page_size: 2 }),
      'customers:get': () => ({ id: ids.customer }),
      'customers:create': () => ({ body: newCustomerBody(4242) }),
      'customers:update': () => ({ id: ids.customer, body: { ...newCustomerBody(4243), identification: customer.identification } }),
      'products:list': () => ({ page_size: 2 }),
      'products:get': () => ({ id: ids.product }),
      'invoices:create': () => {
        // A paper invoice: a credit note to it needs no DIAN answer first.
        const { body } = invoiceBody(customer, products, random, today, DEMO_IDS.documentTypes.fvPaper);
        const first = body.items[0]!;
        soldLine = { code: first.code, price: first.price ?? 0, taxes: (first.taxes ?? []).map((tax) => ({ id: tax.id })) };
        return { body, idempotencyKey: key() };
      },
      'invoices:get': () => ({ id: ids.invoice }),
      'invoices:list': () => ({ page_size: 2 }),
      'invoices:pdf': () => ({ id: ids.invoice }),
      'invoices:send-mail': () => ({ id: ids.invoice, body: { mail_to: 'cliente@ejemplo.co' } }),
      'invoices:stamp-errors': () => ({ id: ids.invoice }),
      'quotations:create': () => ({ body: quotationBody(customer, products, random, today, 'Prueba') }),
      'quotations:get': () => ({ id: ids.quotation }),
      'quotations:list': () => ({ page_size: 2 }),
      'quotations:update': () => ({ id: ids.quotation, body: quotationBody(customer, products, random, today, 'Editada') }),
      'vouchers:create': () => {
        const body = voucherBody(customer, 1000, today);
        if (body.type !== 'DebtPayment') throw new Error('expected a debt payment');
        return { body: { ...body, items: body.items.map((item) => ({ ...item, due: { ...item.due, ...due } })) }, idempotencyKey: key() };
      },
      'vouchers:get': () => ({ id: ids.voucher }),
      'credit-notes:create': () => {
        const percentages = new Map(sandbox.store.catalogs.taxes.map((tax) => [tax.id, tax.percentage]));
        const total = toNumber(documentTotals([{ quantity: 1, price: soldLine.price, taxes: soldLine.taxes.map((tax) => ({ percentage: percentages.get(tax.id) ?? 0 })) }]).total);
        return {
          body: {
            document: { id: DEMO_IDS.documentTypes.creditNotePaper },
            date: today,
            invoice: ids.invoice,
            reason: 1,
            items: [{ code: soldLine.code, quantity: 1, price: soldLine.price, taxes: soldLine.taxes }],
            payments: [{ id: DEMO_IDS.paymentTypes.cash, value: total }],
          },
          idempotencyKey: key(),
        };
      },
      'credit-notes:get': () => ({ id: ids.creditNote }),
      'credit-notes:list': () => ({ page_size: 2 }),
      'credit-notes:pdf': () => ({ id: ids.creditNote }),
      'vouchers:list': () => ({ page_size: 2 }),
      'catalogs:document-types': () => ({ type: 'FV' }),
      'catalogs:payment-types': () => ({ documentType: 'FV' }),
      'catalogs:taxes': () => undefined,
      'catalogs:users': () => undefined,
      'catalogs:warehouses': () => undefined,
      'catalogs:price-lists': () => undefined,
      'catalogs:cost-centers': () => undefined,
      'settings:get': () => undefined,
      'settings:set': () => ({ defaults: { sellerId: DEMO_IDS.users.main }, desktop: { syncPaused: false } }),
      'shell:sync-status': () => ({ mode: 'siigo', reachable: true, running: false, pending: 0, needsAttention: 1, lastSuccessAt: null, lastReport: { sent: 3, failed: 0, paused: null } }),
      'shell:dian-changes': () => ({ changes: [{ documentId: 'd1', name: 'FV-1-1', status: 'Rejected', cufe: null, errors: ['Regla 90'] }] }),
      'shell:needs-attention': () => ({ documents: [{ documentId: 'd2', name: null, reason: 'Cliente inexistente' }] }),
      'shell:open-external': () => ({ url: 'https://siigonube.siigo.com/' }),
      'shell:print': () => undefined,
      'shell:printers': () => undefined,
      'admin:status': () => undefined,
      'admin:unlock': () => ({ pin: '4821' }),
      'admin:verify': () => ({ pin: '4821' }),
      'admin:lock': () => undefined,
      'admin:set-pin': () => ({ current: '4821', next: null }),
      'admin:reset-pin': () => ({ accessKey }),
      'shell:save-pdf': () => ({ fileName: 'Cotizacion.pdf', pageSize: 'Letter' }),
      'diagnostics:export': () => ({ audit: [{ at: new Date().toISOString(), action: 'connection.set', detail: { accessKey, username } }] }),
      'snapshot:export-open': () => ({ clave: accessKey, confirm: accessKey, content: { schemaVersion: 6, counts: { customers: 1 }, checkpoints: [] } }),
      'snapshot:export-write': () => ({ session: sessions.export, table: 'customers', rows: [{ id: 'c1', name: 'Cliente' }] }),
      'snapshot:export-close': () => ({ session: sessions.export }),
      'snapshot:import-open': () => ({ clave: accessKey }),
      'snapshot:import-read': () => ({ session: sessions.import }),
      'snapshot:cancel': () => ({ session: sessions.import }),
    };

    // An administrator's PIN set and unlocked: every guarded channel answers, and admin:set-pin removes it.
    expect(await dispatch('admin:set-pin', { next: '4821' })).toMatchObject({ ok: true });
    expect(await dispatch('admin:unlock', { pin: '4821' })).toMatchObject({ ok: true, value: { unlocked: true } });
    const answers: Array<[string, BridgeResult]> = [];
    for (const channel of invokeChannels) {
      const result = await dispatch(channel, inputs[channel](), { priority: 'interactive', company });
      answers.push([channel, result]);
      if (!result.ok) continue;
      const value = result.value as { results?: Array<{ id: string }>; id?: string; path?: string; name?: string };
      if (channel === 'customers:list') ids.customer = value.results?.[0]?.id;
      if (channel === 'products:list') ids.product = value.results?.[0]?.id;
      if (channel === 'invoices:create') {
        ids.invoice = value.id;
        // A voucher pays a due named like the invoice: prefix "FV-1", consecutive 13 for "FV-1-13".
        const name = value.name ?? '';
        due = { prefix: name.slice(0, name.lastIndexOf('-')), consecutive: Number(name.slice(name.lastIndexOf('-') + 1)) };
      }
      if (channel === 'quotations:create') ids.quotation = value.id;
      if (channel === 'vouchers:create') ids.voucher = value.id;
      if (channel === 'credit-notes:create') ids.creditNote = value.id;
      if (channel === 'snapshot:export-open') sessions.export = (value as { session?: string }).session ?? '';
      if (channel === 'snapshot:import-open') sessions.import = (value as { session?: string }).session ?? '';
      if (channel === 'diagnostics:export' && value.path) answers.push(['diagnostics:export (file)', { ok: true, value: readFileSync(value.path, 'utf8') }]);
      // The same channel with junk carrying the secret as a value: the failure must not echo it.
      // (Key names are echoed by design, "Unrecognized key: …"; the window knows what it sent.)
      answers.push([`${channel} (junk)`, await dispatch(channel, { junk: accessKey, nested: { accessKey } })]);
    }
    // A rejected login must not echo the key it was given either.
    await dispatch('connection:set', { mode: 'siigo', baseUrl: proxyUrl, partnerId: 'MostradorTest', username, accessKey: `${accessKey}x` });
    answers.push(['connection:test (wrong key)', await dispatch('connection:test', undefined)]);

    const failures = answers.filter(([, result]) => !result.ok).map(([channel]) => channel);
    expect(failures.filter((channel) => !channel.endsWith('(junk)') && !channel.includes('wrong key'))).toEqual([]);
    expect(wireTokens.size).toBeGreaterThan(0);
    const secrets = [accessKey, `${accessKey}x`, ...wireTokens];
    const logs = readdirSync(join(dir, 'logs')).map((file) => readFileSync(join(dir, 'logs', file), 'utf8'));
    for (const [channel, result] of answers) {
      const text = JSON.stringify(result);
      for (const secret of secrets) expect(text.includes(secret), `${channel} leaked a secret`).toBe(false);
    }
    for (const text of [...shown, ...commands, ...logs]) for (const secret of secrets) expect(text).not.toContain(secret);
    await connection.close();
  });
});
