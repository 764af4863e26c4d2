import { app, BrowserWindow, dialog, ipcMain, safeStorage, session, shell } from 'electron';
import { join } from 'node:path';
import type { ConnectionStatus } from '../src-shared/ipc/contract';
import { chooseSecretStore } from './connection/choose-secret-store';
import { createConnectionService } from './connection/connection-service';
import { loadKeytarSecretStore } from './connection/keytar-secret-store';
import { registeringSecretStore } from './connection/registering-secret-store';
import { createSafeStorageSecretStore } from './connection/safe-storage-secret-store';
import { createRedactor } from './diagnostics/redact';
import { createRotatingLog } from './diagnostics/rotating-log';
import { createSupportExporter } from './diagnostics/support-export';
import { electronSettingsPersistence } from './electron/electron-settings';
import { guardAllContents, hardenSession } from './electron/hardening';
import { mountIpcTransport, type IpcTransport } from './electron/ipc-transport';
import { applyStartAtLogin, installQuitGuard, startedHidden, watchWake } from './electron/lifecycle';
import { isAppUrl, type AppOrigin } from './electron/navigation-policy';
import { electronNotifier } from './electron/notifier';
import { createElectronTray } from './electron/tray';
import { createMainWindow, rendererDir } from './electron/window';
import { connectionStatusTracker } from './ipc/connection-status';
import { createDispatcher } from './ipc/dispatch';
import { createHandlers } from './ipc/handlers';
import { fileCompanyJournals } from './journal/company-journals';
import { adoptLegacyJournal } from './journal/legacy-journal';
import { startSandbox } from './siigo-sandbox';
import { createSettingsService } from './settings/settings-service';
import { openSettings } from './settings/settings-store';
import { createCrashGuard } from './desktop/crash-guard';
import { createInFlightTracker, trackingSends } from './desktop/in-flight';
import { hiddenToTrayNotice } from './desktop/notification-plan';
import { createShellController, type TrayView } from './desktop/shell-controller';

/** Main process entry: wires settings, keychain, the Siigo connection, the bridge and the shell, then opens the window. */
async function main(): Promise<void> {
  // A second launch focuses the first instance (see 'second-instance' below).
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  const hidden = startedHidden();
  guardAllContents();
  await app.whenReady();

  const knownSecrets = new Set<string>();
  const redactor = createRedactor(() => knownSecrets);
  const log = createRotatingLog({ dir: join(app.getPath('userData'), 'logs'), redactor });
  process.on('uncaughtException', (error) => log.log('error', 'Uncaught exception', { error: String(error), stack: error.stack }));
  process.on('unhandledRejection', (error) => log.log('error', 'Unhandled rejection', { error: String(error) }));
  log.log('info', 'Starting', { version: app.getVersion(), platform: process.platform, hidden });

  const settings = openSettings(electronSettingsPersistence());
  const secrets = await chooseSecretStore({
    keychain: () => loadKeytarSecretStore(),
    fallback: () =>
      createSafeStorageSecretStore({
        safeStorage,
        platform: process.platform,
        entries: settings.secretEntries(),
        allowPlainText: () => settings.get().desktop.allowPlainTextSecrets,
      }),
  });
  log.log('info', 'Secret storage chosen', { kind: secrets.info().kind });

  const connection = createConnectionService({
    settings: settings.connectionStore(),
    secrets: registeringSecretStore(secrets.store, knownSecrets),
    envBaseUrl: process.env['SIIGO_API_URL'],
    startDemo: () => startSandbox({ port: 0 }),
    clientOptions: {
      log: (entry) => {
        if (entry.level === 'debug') return;
        const { level, msg, ...fields } = entry;
        log.log(level, msg, fields);
      },
    },
  });

  const origin: AppOrigin = { rendererDir, devServerUrl: process.env['ELECTRON_RENDERER_URL'] };
  hardenSession(session.defaultSession, origin);

  let window: BrowserWindow | null = null;
  let quitting = false;
  let transport: IpcTransport | null = null;
  const showWindow = () => {
    if (!window || window.isDestroyed()) window = openWindow(true);
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  };

  const trayView: { current: (TrayView & { destroy(): void }) | null } = { current: null };
  const notify = electronNotifier((command) => {
    showWindow();
    if (command) transport?.emit('shell:command', command);
  });
  const controller = createShellController({
    tray: { update: (state, menu) => trayView.current?.update(state, menu) },
    notify,
    command: (command) => transport?.emit('shell:command', command),
    showWindow,
    quit: () => app.quit(),
    paused: () => settings.get().desktop.syncPaused,
    setPaused: (paused) => {
      settings.update((draft) => {
        draft.desktop.syncPaused = paused;
      });
    },
    openExternal: (url) => shell.openExternal(url),
    print: () => {
      const printer = settings.get().defaults.printerName;
      if (!printer || !window || window.isDestroyed()) return Promise.resolve(false);
      const target = window;
      return new Promise<boolean>((resolve) => {
        target.webContents.print({ silent: true, deviceName: printer, printBackground: false }, (success, reason) => {
          if (!success) log.log('warn', 'Silent printing failed', { reason });
          resolve(success);
        });
      });
    },
  });
  trayView.current = createElectronTray((id) => controller.menu(id), showWindow);
  controller.refresh();

  const startAtLogin = (enabled: boolean) => {
    try {
      applyStartAtLogin(enabled);
    } catch (error) {
      log.log('warn', 'Could not change start at login', { error: String(error) });
    }
  };
  // Re-applied at every start: the executable's path can change (an AppImage moved, an update).
  if (settings.get().desktop.startAtLogin) startAtLogin(true);
  settings.onChange((next, previous) => {
    if (next.desktop.startAtLogin !== previous.desktop.startAtLogin) startAtLogin(next.desktop.startAtLogin);
    if (next.desktop.allowPlainTextSecrets !== previous.desktop.allowPlainTextSecrets) secrets.consentChanged();
    if (next.desktop.syncPaused !== previous.desktop.syncPaused) controller.refresh();
  });

  const settingsService = createSettingsService(settings, secrets.info);
  const appInfo = { name: app.getName(), version: app.getVersion(), platform: process.platform };
  const exporter = createSupportExporter({
    dir: () => app.getPath('downloads'),
    logs: () => log.read(),
    context: async () => ({ app: appInfo, connection: await connection.info().catch(() => null), settings: await settingsService.get() }),
    redactor,
  });

  const journals = fileCompanyJournals(join(app.getPath('userData'), 'journals'));
  await adoptLegacyJournal(join(app.getPath('userData'), 'outbox-journal.jsonl'), connection.identity().company.id, journals).then(
    (adopted) => adopted > 0 && log.log('info', 'Adopted the journal of an earlier version', { lines: adopted }),
    (error: unknown) => log.log('error', 'Could not adopt the journal of an earlier version', { error: String(error) }),
  );
  const handlers = createHandlers({
    connection,
    journals,
    app: appInfo,
    shell: controller,
    settings: settingsService,
    diagnostics: {
      async export(audit) {
        const result = await exporter.export(audit);
        log.log('info', 'Support export written', { path: result.path, bytes: result.bytes });
        shell.showItemInFolder(result.path);
        return result;
      },
    },
  });

  const onConnectionState = (state: ConnectionStatus['state']) => {
    controller.connectionState(state);
    const { mode, company } = connection.identity();
    transport?.emit('connection:status', { state, mode, company: company.id, at: new Date().toISOString() });
  };
  const inFlight = createInFlightTracker();
  const dispatch = trackingSends(createDispatcher(handlers, connectionStatusTracker(onConnectionState)), inFlight);
  transport = mountIpcTransport(ipcMain, dispatch, () => window, (url) => isAppUrl(url, origin));

  const crashGuard = createCrashGuard();
  function openWindow(show: boolean): BrowserWindow {
    const created = createMainWindow({ show });
    created.on('close', (event) => {
      // With a tray, closing hides: the window's outbox replay and DIAN polling keep running.
      if (quitting || !trayView.current) return;
      event.preventDefault();
      created.hide();
      if (!settings.get().notices.hiddenToTray) {
        notify(hiddenToTrayNotice);
        settings.update((draft) => {
          draft.notices.hiddenToTray = true;
        });
      }
    });
    created.webContents.on('render-process-gone', (_event, details) => {
      log.log('error', 'Renderer process gone', { reason: details.reason, exitCode: details.exitCode });
      // The outbox is durable (IndexedDB + main's journal): a reload resumes where it stopped.
      if (crashGuard.shouldReload(details.reason)) created.webContents.reload();
      else if (details.reason !== 'clean-exit')
        dialog.showErrorBox('Mostrador', 'La ventana falló varias veces seguidas. Cierre y vuelva a abrir la aplicación; los documentos pendientes no se pierden.');
    });
    return created;
  }
  window = openWindow(!hidden);

  app.on('second-instance', showWindow);
  app.on('activate', showWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' || !trayView.current) app.quit();
  });
  const stopWatching = watchWake(() => controller.wake());
  installQuitGuard(inFlight, () => {
    quitting = true;
  }, (msg) => log.log('info', msg));
  app.on('will-quit', () => {
    stopWatching();
    controller.flushNotifications();
    trayView.current?.destroy();
    transport?.unmount();
    void connection.close();
    log.log('info', 'Quit');
  });
}

void main();
