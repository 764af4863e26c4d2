import type { CallMeta } from '../../src-shared/ipc/contract';
import type { ConnectionService } from '../connection/connection-service';
import type { CompanyJournals } from '../journal/company-journals';
import { InvalidInputError, type CallOptions } from '../siigo';
import { headlessDesktop, type DesktopDeps } from '../desktop/headless';
import { accessKeyProof } from '../admin/access-key-proof';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { headlessSnapshotPaths, type SnapshotPaths } from '../snapshot/snapshot-paths';
import { createSnapshotService } from '../snapshot/snapshot-service';
import type { Handlers } from './dispatch';

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
}

function definedOnly(deps: Partial<DesktopDeps>): Partial<DesktopDeps> {
  return Object.fromEntries(
    (['shell', 'settings', 'diagnostics'] as const).filter((key) => deps[key] !== undefined).map((key) => [key, deps[key]]),
  );
}

const options = (meta: CallMeta): CallOptions => ({ priority: meta.priority ?? 'interactive' });

/**
 * The handler table: every contract channel mapped to the main-process service that answers it.
 * Mounted by the Electron IPC transport and, in the browser preview, by the HTTP bridge.
 */
export function createHandlers(
  deps: { connection: ConnectionService; journals: CompanyJournals; app: AppInfo; snapshotPaths?: SnapshotPaths } & Partial<DesktopDeps>,
): Handlers {
  const desktop: DesktopDeps =
    deps.shell && deps.settings && deps.diagnostics
      ? { shell: deps.shell, settings: deps.settings, diagnostics: deps.diagnostics }
      : { ...headlessDesktop(), ...definedOnly(deps) };
  // Every Siigo call names the company the window works on; main answers only for that company.
  const siigo = (meta: CallMeta) => deps.connection.client(meta.company);
  /** A write must say its company: a document is only ever sent where it belongs. */
  const siigoToWrite = (meta: CallMeta) => {
    if (meta.company === undefined) throw new InvalidInputError('A write to Siigo must name the company it belongs to.');
    return deps.connection.client(meta.company);
  };
  // Mirror snapshots: the administrator's, like the support export; files chosen in main's dialogs.
  const snapshots = createSnapshotService({
    paths: deps.snapshotPaths ?? headlessSnapshotPaths(join(tmpdir(), 'mostrador-bases')),
    company: () => deps.connection.identity().company,
    assertUnlocked: () => desktop.settings.admin.assertUnlocked(),
  });
  return {
    'app:info': async () => deps.app,
    'connection:get': () => deps.connection.info(),
    'connection:set': async (settings) => {
      // The connection is the administrator's: refused while the PIN guard is locked.
      desktop.settings.admin.assertUnlocked();
      return deps.connection.update(settings);
    },
    'connection:test': async (_input, meta) => {
      await (await siigo(meta)).testConnection(options(meta));
      return { ok: true, mode: (await deps.connection.info()).mode };
    },
    'connection:probe': async (_input, meta) => {
      await (await siigo(meta)).catalogs.documentTypes('FV', options(meta));
      return { ok: true };
    },
    'journal:append': async ({ entries }) => {
      await deps.journals.append(entries);
      return { ok: true };
    },
    'journal:read': ({ company }) => deps.journals.read(company),

    'customers:list': async (query, meta) => (await siigo(meta)).customers.list(query, options(meta)),
    'customers:get': async ({ id }, meta) => (await siigo(meta)).customers.get(id, options(meta)),
    'customers:create': async ({ body }, meta) => (await siigoToWrite(meta)).customers.create(body, options(meta)),
    'customers:update': async ({ id, body }, meta) => (await siigoToWrite(meta)).customers.update(id, body, options(meta)),

    'products:list': async (query, meta) => (await siigo(meta)).products.list(query, options(meta)),
    'products:get': async ({ id }, meta) => (await siigo(meta)).products.get(id, options(meta)),

    'invoices:create': async ({ body, idempotencyKey }, meta) =>
      (await siigoToWrite(meta)).invoices.create(body, { ...options(meta), idempotencyKey }),
    'invoices:get': async ({ id }, meta) => (await siigo(meta)).invoices.get(id, options(meta)),
    'invoices:list': async (query, meta) => (await siigo(meta)).invoices.list(query, options(meta)),
    'invoices:pdf': async ({ id }, meta) => (await siigo(meta)).invoices.pdf(id, options(meta)),
    'invoices:send-mail': async ({ id, body }, meta) => {
      await (await siigoToWrite(meta)).invoices.sendMail(id, body, options(meta));
      return { ok: true };
    },
    'invoices:stamp-errors': async ({ id }, meta) => (await siigo(meta)).invoices.stampErrors(id, options(meta)),

    'credit-notes:create': async ({ body, idempotencyKey }, meta) =>
      (await siigoToWrite(meta)).creditNotes.create(body, { ...options(meta), idempotencyKey }),
    'credit-notes:get': async ({ id }, meta) => (await siigo(meta)).creditNotes.get(id, options(meta)),
    'credit-notes:list': async (query, meta) => (await siigo(meta)).creditNotes.list(query, options(meta)),
    'credit-notes:pdf': async ({ id }, meta) => (await siigo(meta)).creditNotes.pdf(id, options(meta)),

    'quotations:create': async ({ body }, meta) => (await siigoToWrite(meta)).quotations.create(body, options(meta)),
    'quotations:get': async ({ id }, meta) => (await siigo(meta)).quotations.get(id, options(meta)),
    'quotations:list': async (query, meta) => (await siigo(meta)).quotations.list(query, options(meta)),
    'quotations:update': async ({ id, body }, meta) => (await siigoToWrite(meta)).quotations.update(id, body, options(meta)),

    'vouchers:create': async ({ body, idempotencyKey }, meta) =>
      (await siigoToWrite(meta)).vouchers.create(body, { ...options(meta), idempotencyKey }),
    'vouchers:get': async ({ id }, meta) => (await siigo(meta)).vouchers.get(id, options(meta)),
    'vouchers:list': async (query, meta) => (await siigo(meta)).vouchers.list(query, options(meta)),

    'catalogs:document-types': async ({ type }, meta) => (await siigo(meta)).catalogs.documentTypes(type, options(meta)),
    'catalogs:payment-types': async ({ documentType }, meta) =>
      (await siigo(meta)).catalogs.paymentTypes(documentType, options(meta)),
    'catalogs:taxes': async (_input, meta) => (await siigo(meta)).catalogs.taxes(options(meta)),
    'catalogs:users': async (_input, meta) => (await siigo(meta)).catalogs.users(options(meta)),
    'catalogs:warehouses': async (_input, meta) => (await siigo(meta)).catalogs.warehouses(options(meta)),
    'catalogs:price-lists': async (_input, meta) => (await siigo(meta)).catalogs.priceLists(options(meta)),
    'catalogs:cost-centers': async (_input, meta) => (await siigo(meta)).catalogs.costCenters(options(meta)),

    'settings:get': () => desktop.settings.get(),
    'settings:set': (update) => desktop.settings.set(update),
    'shell:sync-status': async (status) => {
      desktop.shell.syncStatus(status);
      return { ok: true };
    },
    'shell:dian-changes': async ({ changes }) => {
      desktop.shell.dianChanges(changes);
      return { ok: true };
    },
    'shell:needs-attention': async ({ documents }) => {
      desktop.shell.needsAttention(documents);
      return { ok: true };
    },
    'shell:open-external': async ({ url }) => ({ opened: await desktop.shell.openExternal(url) }),
    'shell:print': async (page) => ({ printed: await desktop.shell.print(page) }),
    'shell:printers': async () => ({ printers: await desktop.shell.printers() }),
    'shell:save-pdf': async (request) => desktop.shell.savePdf(request),
    'admin:status': async () => desktop.settings.admin.status(),
    'admin:unlock': ({ pin }) => desktop.settings.admin.unlock(pin),
    'admin:verify': async ({ pin }) => {
      await desktop.settings.admin.verify(pin);
      return { ok: true };
    },
    'admin:lock': async () => desktop.settings.admin.lock(),
    'admin:set-pin': ({ current, next }) => desktop.settings.admin.setPin(current, next),
    'admin:reset-pin': ({ accessKey }) => desktop.settings.admin.reset(accessKeyProof(deps.connection, accessKey)),
    'diagnostics:export': async ({ audit }) => {
      // The support bundle holds every document and customer: the administrator's, like the audit.
      desktop.settings.admin.assertUnlocked();
      return desktop.diagnostics.export(audit);
    },
    'snapshot:export-open': (input, meta) => snapshots.exportOpen(input, meta),
    'snapshot:export-write': async ({ session, table, rows }) => {
      await snapshots.exportWrite(session, table, rows);
      return { ok: true };
    },
    'snapshot:export-close': ({ session }) => snapshots.exportClose(session),
    'snapshot:import-open': ({ clave }, meta) => snapshots.importOpen(clave, meta),
    'snapshot:import-read': ({ session }) => snapshots.importRead(session),
    'snapshot:cancel': async ({ session }) => {
      await snapshots.cancel(session);
      return { ok: true };
    },
  };
}
