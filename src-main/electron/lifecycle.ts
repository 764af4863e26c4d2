import { app, net, powerMonitor } from 'electron';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { AUTOSTART_FILE, autostartDesktopEntry, HIDDEN_ARG } from '../desktop/autostart';
import type { InFlightTracker } from '../desktop/in-flight';
import { watchOnline } from '../desktop/online-watcher';

/** How long quitting waits for a send in flight; after that the outbox replays it next start. */
export const QUIT_GRACE_MS = 5_000;

/** Was this launch a login start (tray only, no window)? */
export function startedHidden(): boolean {
  return process.argv.includes(HIDDEN_ARG) || (process.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAsHidden);
}

/** Start at login: Electron's login items on Windows and macOS, an XDG autostart entry on Linux. */
export function applyStartAtLogin(enabled: boolean): void {
  if (process.platform !== 'linux') {
    app.setLoginItemSettings({ openAtLogin: enabled, openAsHidden: true, args: [HIDDEN_ARG] });
    return;
  }
  const dir = join(process.env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'), 'autostart');
  const file = join(dir, AUTOSTART_FILE);
  if (!enabled) {
    rmSync(file, { force: true });
    return;
  }
  // An AppImage runs from a temporary mount: start the AppImage file itself.
  const command = app.isPackaged ? [process.env['APPIMAGE'] ?? process.execPath] : [process.execPath, app.getAppPath()];
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, autostartDesktopEntry(command));
}

/**
 * Quitting waits (at most QUIT_GRACE_MS) for sends in flight to settle, so an invoice being sent
 * learns its outcome instead of being cut off. `onQuitting` runs first (the window stops hiding
 * itself to the tray).
 */
export function installQuitGuard(inFlight: InFlightTracker, onQuitting: () => void, log: (msg: string) => void): void {
  let ready = false;
  app.on('before-quit', (event) => {
    onQuitting();
    if (ready || inFlight.count === 0) return;
    event.preventDefault();
    log(`Quitting: waiting for ${inFlight.count} send(s) in flight`);
    void inFlight.settled(QUIT_GRACE_MS).then((settled) => {
      if (!settled) log('Quitting with sends still in flight; the outbox will replay them');
      ready = true;
      app.quit();
    });
  });
}

/** Waking from sleep or getting the network back: tell the window to sync now. */
export function watchWake(onWake: () => void): () => void {
  powerMonitor.on('resume', onWake);
  const online = watchOnline({ isOnline: () => net.isOnline(), onReconnect: onWake });
  return () => {
    powerMonitor.removeListener('resume', onWake);
    online.stop();
  };
}
