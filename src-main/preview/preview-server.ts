import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createConnectionService, type ConnectionService } from '../connection/connection-service';
import { memorySecretStore, type SecretStore } from '../connection/secret-store';
import { connectionStatusTracker } from '../ipc/connection-status';
import { createDispatcher } from '../ipc/dispatch';
import { createHandlers } from '../ipc/handlers';
import { headlessSnapshotPaths } from '../snapshot/snapshot-paths';
import { fileCompanyJournals } from '../journal/company-journals';
import { adoptLegacyJournal } from '../journal/legacy-journal';
import { startSandbox, type Sandbox, type SandboxOptions } from '../siigo-sandbox';
import type { RateLimitConfig } from '../siigo';
import { isLoopbackHost } from '../siigo-sandbox/http/loopback-host';
import { declaredTooLarge } from '../siigo-sandbox/http/bounded-body';
import { MAX_BRIDGE_BODY_BYTES, createBridgeHttp, sendTooLarge } from './bridge-http';
import { createSettingsService } from '../settings/settings-service';
import { openSettings } from '../settings/settings-store';
import { fileSettingsPersistence } from './file-settings';
import { sendJsonError } from './json-error';
import { setSecurityHeaders } from './security-headers';
import { createStaticFiles } from './static-files';

export interface PreviewOptions {
  /** 0 or absent: a free port. Always bound to 127.0.0.1. */
  port?: number;
  /**
   * Settings (`settings.json`: the connection, defaults, preferences, the administrator's PIN
   * hash) and the outbox journals live here (the desktop app uses its user data folder).
   */
  dataDir: string;
  /** The built renderer (electron-vite's out/renderer). */
  rendererDir: string;
  /** Options of the embedded sandbox used in demo mode. */
  sandbox?: SandboxOptions;
  envBaseUrl?: string;
  /**
   * Where access keys are kept (default: this process's memory, lost when it stops, as a desktop
   * app without a keychain). Tests pass one that outlives a restart, as the OS keychain does.
   */
  secrets?: SecretStore;
  /** The client's budget (default Siigo's 100/min); benchmarks raise it with the sandbox's. */
  clientRateLimit?: RateLimitConfig;
  log?: (line: string) => void;
}

export interface Preview {
  url: string;
  /** The demo-mode sandbox, started on first use. */
  sandbox(): Promise<Sandbox>;
  connection: ConnectionService;
  close(): Promise<void>;
}

/**
 * The browser preview: the renderer served to an ordinary browser, with the main-process services
 * (Siigo client, embedded sandbox, settings, journal) running in this Node process behind the
 * same handler table as Electron's IPC. Secrets are kept in memory only; the settings document is
 * the desktop app's, in a JSON file, so the PIN and the defaults survive a restart.
 */
export async function startPreview(options: PreviewOptions): Promise<Preview> {
  let sandbox: Promise<Sandbox> | null = null;
  const demo = () => (sandbox ??= startSandbox({ port: 0, ...options.sandbox }));
  // One document for everything, the connection included: a file written before as `{ connection }`
  // opens as settings version 1 and is migrated (see `fileSettingsPersistence`).
  const settings = openSettings(fileSettingsPersistence(join(options.dataDir, 'settings.json')), options.log);
  const connection = createConnectionService({
    settings: settings.connectionStore(),
    secrets: options.secrets ?? memorySecretStore(),
    envBaseUrl: options.envBaseUrl,
    startDemo: demo,
    clientOptions: {
      log: (entry) => options.log?.(JSON.stringify(entry)),
      ...(options.clientRateLimit ? { rateLimit: options.clientRateLimit } : {}),
    },
  });
  const journals = fileCompanyJournals(join(options.dataDir, 'journals'));
  await adoptLegacyJournal(join(options.dataDir, 'outbox-journal.jsonl'), connection.identity().company.id, journals);
  const handlers = createHandlers({
    connection,
    journals,
    settings: createSettingsService(settings, () => ({
      kind: 'session-only',
      description: 'Memoria (se pierde al cerrar)',
      warning: null,
      canAcceptPlainText: false,
    })),
    app: { name: 'Mostrador', version: process.env['npm_package_version'] ?? '0.0.0', platform: 'web' },
    // No dialogs here: snapshots are saved in, and opened from, the data folder's `bases`.
    snapshotPaths: headlessSnapshotPaths(join(options.dataDir, 'bases')),
  });
  let url = '';
  let emitStatus: (state: 'online' | 'offline' | 'auth_error' | 'rate_limited') => void = () => {};
  const dispatch = createDispatcher(handlers, connectionStatusTracker((state) => emitStatus(state)));
  const bridge = createBridgeHttp(dispatch, () => url);
  emitStatus = (state) => {
    const { mode, company } = connection.identity();
    bridge.emit('connection:status', { state, mode, company: company.id, at: new Date().toISOString() });
  };
  const files = createStaticFiles(options.rendererDir);
  const server = createServer((req, res) => {
    setSecurityHeaders(res);
    // Loopback names only: a DNS-rebound name would make another site same-origin with the preview.
    if (!isLoopbackHost(req.headers.host)) {
      return sendJsonError(res, 421, 'misdirected_request', 'La vista previa solo responde en 127.0.0.1 o localhost.', true);
    }
    // No route takes more than a bridge call; the bridge also counts the bytes of bodies without a length.
    if (declaredTooLarge(req, MAX_BRIDGE_BODY_BYTES)) return sendTooLarge(res);
    void bridge
      .handle(req, res)
      .then((handled) => (handled ? undefined : files(req, res)))
      .catch(() => {
        if (!res.headersSent) sendJsonError(res, 500, 'internal_error', 'Error interno de la vista previa.', true);
        else res.end();
      });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    sandbox: demo,
    connection,
    async close() {
      bridge.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await connection.close();
      if (sandbox) await (await sandbox).close();
    },
  };
}
