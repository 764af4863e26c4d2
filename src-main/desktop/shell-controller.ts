import type { ConnectionStatus } from '../../src-shared/ipc/contract';
import type { PrinterInfo, PrintPage, SavePdfRequest, SavePdfResult, ShellCommand, ShellSyncStatus } from '../../src-shared/ipc/desktop';
import { createBacklogTracker } from './backlog-tracker';
import type { DesktopShell } from './desktop-shell';
import { isAllowedExternalUrl } from './external-links';
import { planBacklogSummary, type NotificationSpec } from './notification-plan';
import { createNotificationQueue } from './notification-queue';
import type { Timers } from './timers';
import { deriveTrayState, trayMenu, type TrayMenuId, type TrayMenuItem, type TrayState } from './tray-state';

/** The tray icon as the controller drives it (Electron's Tray in the app, a fake in tests). */
export interface TrayView {
  update(state: TrayState, menu: TrayMenuItem[]): void;
}

export interface ShellControllerDeps {
  tray: TrayView | null;
  /** Shows a notification; when clicked, the adapter pushes `click` to the window and shows it. */
  notify: (notification: NotificationSpec) => void;
  /** Pushes a command to the window (`shell:command`). */
  command: (command: ShellCommand) => void;
  showWindow: () => void;
  quit: () => void;
  paused: () => boolean;
  setPaused: (paused: boolean) => void;
  openExternal: (url: string) => Promise<void>;
  /** Silent printing of the window; absent where there is no desktop. */
  print?: (page?: PrintPage) => Promise<boolean>;
  /** The OS's printers; absent where there is no desktop. */
  printers?: () => Promise<PrinterInfo[]>;
  /** Saves the window's print as a PDF; absent where there is no desktop. */
  savePdf?: (request: SavePdfRequest) => Promise<SavePdfResult>;
  now?: () => number;
  timers?: Timers;
  coalesceMs?: number;
}

/**
 * The desktop shell's logic without Electron: the renderer's reports become the tray's icon,
 * tooltip and menu and coalesced notifications; the tray menu becomes commands to the window.
 */
export function createShellController(deps: ShellControllerDeps) {
  const now = deps.now ?? (() => Date.now());
  const queue = createNotificationQueue({ show: deps.notify, windowMs: deps.coalesceMs, timers: deps.timers });
  const backlog = createBacklogTracker();
  let sync: ShellSyncStatus | null = null;
  let connection: ConnectionStatus['state'] | null = null;

  const state = () => deriveTrayState({ sync, connection, paused: deps.paused(), now: now() });
  const refresh = () => {
    const current = state();
    deps.tray?.update(current, trayMenu(current));
  };

  const shell: DesktopShell = {
    syncStatus(status) {
      sync = status;
      const summary = backlog.observe(status, deps.paused());
      if (summary && summary.sent > 0) deps.notify(planBacklogSummary(summary.sent, summary.needsAttention));
      refresh();
    },
    dianChanges: (changes) => queue.dian(changes),
    needsAttention: (documents) => queue.needsAttention(documents),
    async openExternal(url) {
      if (!isAllowedExternalUrl(url)) return false;
      await deps.openExternal(url);
      return true;
    },
    print: (page) => deps.print?.(page) ?? Promise.resolve(false),
    printers: () => deps.printers?.() ?? Promise.resolve([]),
    savePdf: (request) => deps.savePdf?.(request) ?? Promise.resolve({ saved: false, path: null }),
  };

  return {
    ...shell,
    state,
    refresh,
    /** Documents the window last said are waiting to be sent (0 before it reported). */
    waiting: () => sync?.pending ?? 0,
    connectionState(next: ConnectionStatus['state']) {
      connection = next;
      refresh();
    },
    setPaused(paused: boolean, origin: 'tray' | 'window') {
      if (paused === deps.paused()) return;
      deps.setPaused(paused);
      // The window asked for it itself; only a tray click needs telling it.
      if (origin === 'tray') deps.command({ command: paused ? 'pause-sync' : 'resume-sync' });
      refresh();
    },
    menu(id: TrayMenuId) {
      switch (id) {
        case 'open':
          return deps.showWindow();
        case 'sync-now':
          return deps.command({ command: 'sync-now' });
        case 'toggle-pause':
          return this.setPaused(!deps.paused(), 'tray');
        case 'quit':
          return deps.quit();
      }
    },
    /** Resume from sleep or the network came back: sync now unless the user paused it. */
    wake() {
      if (!deps.paused()) deps.command({ command: 'sync-now' });
    },
    flushNotifications: () => queue.flush(),
  };
}
export type ShellController = ReturnType<typeof createShellController>;
