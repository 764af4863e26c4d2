import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createConnectionService } from '../../src-main/connection/connection-service';
import { memorySecretStore } from '../../src-main/connection/secret-store';
import { connectionStatusTracker } from '../../src-main/ipc/connection-status';
import { createDispatcher } from '../../src-main/ipc/dispatch';
import { createHandlers } from '../../src-main/ipc/handlers';
import { fileJournal } from '../../src-main/journal/outbox-journal';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../src-main/sandbox';
import type { RateLimitConfig } from '../../src-main/siigo';
import { createBridgeHttp } from '../../src-main/web/bridge-http';
import { fileConnectionSettings } from '../../src-main/web/file-settings';
import { createStaticFiles } from '../../src-main/web/static-files';

export interface BenchServer {
  url: string;
  sandbox: Sandbox;
  close(): Promise<void>;
}

/**
 * The browser preview (`startPreview`) assembled from the same parts, with one difference: the
 * Siigo client is given the sandbox's raised rate limit (the preview always uses Siigo's
 * 100/min), so a first sync of 150,000 rows runs in seconds and stays limiter-bound.
 */
export async function startBenchServer(options: { dataDir: string; siteDir: string; sandbox: SandboxOptions & { rateLimit: RateLimitConfig } }): Promise<BenchServer> {
  const sandbox = await startSandbox({ port: 0, ...options.sandbox });
  const connection = createConnectionService({
    settings: fileConnectionSettings(join(options.dataDir, 'settings.json')),
    secrets: memorySecretStore(),
    startDemo: () => Promise.resolve(sandbox),
    clientOptions: { rateLimit: options.sandbox.rateLimit },
  });
  const handlers = createHandlers({
    connection,
    journal: fileJournal(join(options.dataDir, 'outbox-journal.jsonl')),
    app: { name: 'Mostrador', version: 'bench', platform: 'web' },
  });
  let url = '';
  let emitStatus: (state: 'online' | 'offline' | 'auth_error' | 'rate_limited') => void = () => {};
  const dispatch = createDispatcher(handlers, connectionStatusTracker((state) => emitStatus(state)));
  const bridge = createBridgeHttp(dispatch, () => url);
  emitStatus = (state) => {
    void connection.info().then((info) => bridge.emit('connection:status', { state, mode: info.mode, at: new Date().toISOString() }));
  };
  const files = createStaticFiles(options.siteDir, { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' });
  const server = createServer((req, res) => {
    void bridge
      .handle(req, res)
      .then((handled) => (handled ? undefined : files(req, res)))
      .catch(() => {
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    sandbox,
    async close() {
      bridge.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await connection.close();
      await sandbox.close();
    },
  };
}
