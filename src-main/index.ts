import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { createConnectionService } from './connection/connection-service';
import { loadKeytarSecretStore } from './connection/keytar-secret-store';
import { memorySecretStore } from './connection/secret-store';
import { electronConnectionSettings } from './electron/connection-store';
import { mountIpcTransport } from './electron/ipc-transport';
import { createMainWindow } from './electron/window';
import { connectionStatusTracker } from './ipc/connection-status';
import { createDispatcher } from './ipc/dispatch';
import { createHandlers } from './ipc/handlers';
import { fileJournal } from './journal/outbox-journal';
import { startSandbox } from './sandbox';

/** Main process entry: wires settings, keychain, the Siigo connection and the bridge, then opens the window. */
async function main(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  await app.whenReady();

  let window: BrowserWindow | null = null;
  const secrets = (await loadKeytarSecretStore()) ?? memorySecretStore();
  const connection = createConnectionService({
    settings: electronConnectionSettings(),
    secrets,
    envBaseUrl: process.env['SIIGO_API_URL'],
    startDemo: () => startSandbox({ port: 0 }),
    clientOptions: {
      log: (entry) => {
        if (entry.level !== 'debug') console.log(JSON.stringify(entry));
      },
    },
  });

  const handlers = createHandlers({
    connection,
    journal: fileJournal(join(app.getPath('userData'), 'outbox-journal.jsonl')),
    app: { name: app.getName(), version: app.getVersion(), platform: process.platform },
  });
  let emitStatus: (state: 'online' | 'offline' | 'auth_error' | 'rate_limited') => void = () => {};
  const dispatch = createDispatcher(handlers, connectionStatusTracker((state) => emitStatus(state)));
  const transport = mountIpcTransport(dispatch, () => window);
  emitStatus = (state) => {
    void connection.info().then((info) =>
      transport.emit('connection:status', { state, mode: info.mode, at: new Date().toISOString() }),
    );
  };

  window = createMainWindow();
  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) window = createMainWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    transport.unmount();
    void connection.close();
  });
}

void main();
