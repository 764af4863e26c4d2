import { execFile } from 'node:child_process';

/** Runs a command; null when it is not installed, else whether it exited 0 and what it printed. */
export type RunCommand = (command: string, args: string[]) => Promise<{ ok: boolean; stdout: string } | null>;

const WATCHER = 'org.kde.StatusNotifierWatcher';
const PROPERTY = 'IsStatusNotifierHostRegistered';

/**
 * Is there somewhere to show a tray icon? Windows and macOS always have one. On Linux, Electron's
 * tray is a StatusNotifierItem, visible only when a StatusNotifier host (KDE, XFCE, GNOME with the
 * AppIndicator extension…) has registered with the watcher on the session bus; vanilla GNOME has
 * none, and `new Tray()` then succeeds with an icon nobody can see. Asked with `dbus-send`, or
 * `gdbus` where that is missing; when neither can answer, there is no tray.
 */
export async function hasTrayHost(platform: NodeJS.Platform, run: RunCommand = runCommand): Promise<boolean> {
  if (platform !== 'linux') return true;
  const viaDbusSend = await run('dbus-send', [
    '--session',
    '--print-reply',
    `--dest=${WATCHER}`,
    '/StatusNotifierWatcher',
    'org.freedesktop.DBus.Properties.Get',
    `string:${WATCHER}`,
    `string:${PROPERTY}`,
  ]);
  if (viaDbusSend) return viaDbusSend.ok && /\bboolean true\b/.test(viaDbusSend.stdout);
  const viaGdbus = await run('gdbus', [
    'call',
    '--session',
    '--dest',
    WATCHER,
    '--object-path',
    '/StatusNotifierWatcher',
    '--method',
    'org.freedesktop.DBus.Properties.Get',
    WATCHER,
    PROPERTY,
  ]);
  return viaGdbus !== null && viaGdbus.ok && /<true>/.test(viaGdbus.stdout);
}

const runCommand: RunCommand = (command, args) =>
  new Promise((resolve) => {
    execFile(command, args, { timeout: 2_000, encoding: 'utf8' }, (error, stdout) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') resolve(null);
      else resolve({ ok: !error, stdout });
    });
  });

/**
 * Asks again until a tray host appears, for a while: at a login start the app can run before the
 * desktop's panel has registered its host. True once one is there; false when it never came.
 */
export async function waitForTrayHost(
  platform: NodeJS.Platform,
  options: { attempts: number; intervalMs: number; run?: RunCommand },
): Promise<boolean> {
  for (let attempt = 0; attempt < options.attempts; attempt += 1) {
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs));
    if (await hasTrayHost(platform, options.run)) return true;
  }
  return false;
}
