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
import { installAppMenu } from './electron/app-menu';
import { createMainWindow, rendererDir } from './electron/window';
import { electronPrinting } from './electron/print';
import { electronSavePdf } from './electron/save-pdf';
import { electronSnapshotPaths } from './snapshot/electron-snapshot-paths';
import { connectionStatusTracker } from './ipc/connection-status';
import { createDispatcher } from './ipc/dispatch';
import { createHandlers } from './ipc/handlers';
import { fileCompanyJournals } from './journal/company-journals';
import { adoptLegacyJournal } from './journal/legacy-journal';
import { startSandbox } from './siigo-sandbox';
import { createSettingsService } from './settings/settings-service';
import { openSettings } from './settings/settings-store';
import { APP_ID } from './desktop/app-identity';
import { closeAction, showWindowAtStart } from './desktop/close-policy';
import { createCrashGuard } from './desktop/crash-guard';
import { devOverrides } from './desktop/dev-overrides';
import { createInFlightTracker, trackingSends } from './desktop/in-flight';
import { hiddenToTrayNotice, minimizedWhileSendingNotice } from './desktop/notification-plan';
import { createShellController, type TrayView } from './desktop/shell-controller';
import { hasTrayHost, waitForTrayHost } from './desktop/tray-host';

/** How long a tray host may take to appear after start (a panel still starting at login). */
const TRAY_HOST_ATTEMPTS = 12;
const TRAY_HOST_INTERVAL_MS = 5_000;

/** The log once it exists, so a start-up failure can be written to it. */
let startLog: ReturnType<typeof createRotatingLog> | null = null;

/** Main process entry: wires settings, keychain, the Siigo connection, the bridge and the shell, then opens the window. */
async function main(): Promise<void> {
  // A second launch focuses the first instance (see 'second-instance' below).
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // Before any window or notification: Windows groups and attributes them by this id.
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  // The window's own controls (date fields, number formats) in Colombian Spanish whatever the
  // system's language: "05/12/2026" is 5 December at the counter. Only works before 'ready'.
  app.commandLine.appendSwitch('lang', 'es-CO');
  const overrides = devOverrides(app.isPackaged, process.env);
  const hidden = startedHidden();
  guardAllContents();
  const trayHost = hasTrayHost(process.platform);
  await app.whenReady();
  installAppMenu({ platform: process.platform, packaged: app.isPackaged });

  const knownSecrets = new Set<string>();
  const redactor = createRedactor(() => knownSecrets);
  const log = createRotatingLog({ dir: join(app.getPath('userData'), 'logs'), redactor });
  startLog = log;
  process.on('uncaughtException', (error) => log.log('error', 'Uncaught exception', { error: String(error), stack: error.stack }));
  process.on('unhandledRejection', (error) => log.log('error', 'Unhandled rejection', { error: String(error) }));
  log.log('info', 'Starting', { version: app.getVersion(), platform: process.platform, hidden });

  const settings = openSettings(electronSettingsPersistence(), (message) => log.log('warn', message));
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
    envBaseUrl: overrides.siigoApiUrl,
    startDemo: () => startSandbox({ port: 0 }),
    clientOptions: {
      log: (entry) => {
        if (entry.level === 'debug') return;
        const { level, msg, ...fields } = entry;
        log.log(level, msg, fields);
      },
    },
  });

  const origin: AppOrigin = { rendererDir, devServerUrl: overrides.rendererUrl };
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
    ...electronPrinting({
      window: () => window,
      settings: () => settings.get().defaults,
      warn: (message, fields) => log.log('warn', message, fields),
    }),
    savePdf: electronSavePdf({
      window: () => window,
      dialog,
      defaultDir: () => app.getPath('documents'),
      warn: (message, fields) => log.log('warn', message, fields),
    }),
  });
  const showTray = () => {
    trayView.current = createElectronTray((id) => controller.menu(id), showWindow);
    controller.refresh();
  };
  if (await trayHost) showTray();
  else {
    log.log('info', 'No tray on this desktop yet: closing quits, or minimises while documents wait');
    controller.refresh();
    // At a login start the panel may register its tray host after we asked.
    void waitForTrayHost(process.platform, { attempts: TRAY_HOST_ATTEMPTS, intervalMs: TRAY_HOST_INTERVAL_MS }).then((found) => {
      if (!found || trayView.current) return;
      log.log('info', 'A tray host appeared: showing the tray icon');
      showTray();
    });
  }

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
    snapshotPaths: electronSnapshotPaths({ window: () => window, dialog, defaultDir: () => app.getPath('documents') }),
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
  let minimizedNoticeShown = false;
  function openWindow(show: boolean): BrowserWindow {
    const created = createMainWindow({ show, packaged: app.isPackaged, devServerUrl: overrides.rendererUrl });
    created.on('close', (event) => {
      // The window's outbox replay and DIAN polling stop with it: see close-policy.ts.
      const action = closeAction({ quitting, tray: trayView.current !== null, waiting: controller.waiting() });
      if (action === null || action === 'quit') return;
      event.preventDefault();
      if (action === 'minimize') {
        created.minimize();
        if (!minimizedNoticeShown) notify(minimizedWhileSendingNotice(controller.waiting()));
        minimizedNoticeShown = true;
        return;
      }
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
  window = openWindow(showWindowAtStart({ startedHidden: hidden, tray: trayView.current !== null }));

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

/**
 * A start that fails after taking the single-instance lock must not leave a windowless process
 * holding it (every later launch would only "focus" it): say so, then exit.
 */
function failStart(error: unknown): void {
  const detail = error instanceof Error ? error.message : String(error);
  startLog?.log('error', 'Start-up failed', { error: detail, stack: error instanceof Error ? error.stack : undefined });
  dialog.showErrorBox(
    'Mostrador no pudo iniciar',
    `Vuelva a abrir Mostrador. Los documentos pendientes no se pierden: se enviarán cuando lo abra.\n\nDetalle técnico: ${detail}`,
  );
  app.exit(1);
}

main().catch(failStart);
