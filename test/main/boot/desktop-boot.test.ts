import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invokeChannels } from '../../../src-shared/ipc/channels';
import { APP_ID } from '../../../src-main/desktop/app-identity';
import { parseCsp } from '../../../src-main/electron/content-security-policy';

/**
 * Boots the *built* desktop main bundle (out/main/index.js, made by `npm run build` before the
 * tests) in Node, with a recording stand-in for the `electron` module (stand-in/electron.mjs),
 * from an install folder with a space, accents, ñ, '#', '%' and '?' in its name. It checks the
 * wiring a user depends on without Electron's binary, which this machine cannot download; the
 * `_electron` end-to-end test (test/e2e/electron-app.test.ts) runs wherever the binary exists.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const register = fileURLToPath(new URL('./stand-in/register.mjs', import.meta.url));
const built = join(root, 'out', 'main', 'index.js');

let base = '';
let installDir = '';
let withTray = '';
let withoutTray = '';

interface Call {
  name: string;
  args: unknown[];
}
interface BootRecord {
  calls: Call[];
  windows: Array<{ options: { show: boolean; webPreferences: Record<string, unknown> }; state: { shown: boolean; loaded: { file?: string; url: string } | null } }>;
  handlers: string[];
  menu: Array<{ label: string; submenu: Array<{ role?: string; label?: string }> }> | null;
  trays: number;
  probes: {
    pageHeaders?: { responseHeaders?: Record<string, string[]> };
    remoteHeaders?: { responseHeaders?: Record<string, string[]> };
    pageRequest?: { cancel: boolean };
    remoteRequest?: { cancel: boolean };
    close?: { prevented: boolean; hidden: boolean; minimized: boolean };
  };
}

interface Scenario {
  packaged?: boolean;
  lock?: boolean;
  platform?: NodeJS.Platform;
  failAt?: string;
  tray?: boolean;
  args?: string[];
  env?: Record<string, string>;
}

/** One start of the built main in its own Node process; what it asked of Electron. */
function boot(scenario: Scenario = {}): { status: number | null; record: BootRecord } {
  const run = mkdtempSync(join(base, 'run-'));
  const recordFile = join(run, 'record.json');
  const fakeBin = scenario.tray === false ? withoutTray : withTray;
  const result = spawnSync(process.execPath, ['--import', register, join(installDir, 'out', 'main', 'index.js'), ...(scenario.args ?? [])], {
    env: {
      PATH: `${fakeBin}${delimiter}${process.env['PATH'] ?? ''}`,
      HOME: run,
      BOOT_RECORD: recordFile,
      BOOT_SCENARIO: JSON.stringify({
        packaged: scenario.packaged ?? true,
        lock: scenario.lock ?? true,
        // Linux unless said otherwise, whatever OS runs the test: the expectations are Linux's.
        platform: scenario.platform ?? 'linux',
        failAt: scenario.failAt,
        userData: join(run, 'Datos de José'),
        appPath: installDir,
        resourcesPath: join(installDir, 'resources'),
      }),
      ...scenario.env,
    },
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (!existsSync(recordFile)) throw new Error(`The boot wrote no record (status ${result.status}): ${result.stderr}`);
  return { status: result.status, record: JSON.parse(readFileSync(recordFile, 'utf8')) as BootRecord };
}

const named = (record: BootRecord, name: string) => record.calls.filter((call) => call.name === name);
const roles = (record: BootRecord) => (record.menu ?? []).flatMap((menu) => menu.submenu.map((item) => item.role).filter(Boolean));

beforeAll(() => {
  // The folder name holds '?', which Windows forbids, and the fake dbus-send is a shell script.
  if (process.platform === 'win32') return;
  if (!existsSync(built)) throw new Error('out/main/index.js is missing: run `npm run build` first (npm test does).');
  base = mkdtempSync(join(tmpdir(), 'mostrador-boot-'));
  // Windows forbids '?' in names; Linux and macOS allow it, and '#', '%' are legal everywhere.
  installDir = join(base, 'Programas de José Núñez #1 100% ¿?', 'Mostrador');
  mkdirSync(installDir, { recursive: true });
  cpSync(join(root, 'out'), join(installDir, 'out'), { recursive: true });
  cpSync(join(root, 'package.json'), join(installDir, 'package.json'));
  symlinkSync(join(root, 'node_modules'), join(installDir, 'node_modules'), 'junction');
  // The desktop's session bus, as the tray check asks it (tray-host.ts): a StatusNotifier host or none.
  const fakeDbusSend = (dir: string, answer: string) => {
    mkdirSync(dir);
    writeFileSync(join(dir, 'dbus-send'), `#!/bin/sh\n${answer}\n`);
    chmodSync(join(dir, 'dbus-send'), 0o755);
  };
  withTray = join(base, 'bus-with-tray');
  fakeDbusSend(withTray, 'echo "   variant       boolean true"');
  withoutTray = join(base, 'bus-without-tray');
  fakeDbusSend(withoutTray, 'echo "Error org.freedesktop.DBus.Error.ServiceUnknown" >&2; exit 1');
});

afterAll(() => {
  if (base) rmSync(base, { recursive: true, force: true });
});

describe.skipIf(process.platform === 'win32')('the built desktop main, booted with a stand-in for Electron', () => {
  describe('an installed app from a folder with spaces, accents, ñ, #, % and ?', () => {
    let record: BootRecord;
    beforeAll(() => {
      // Development overrides set in the environment, which an installed app must ignore.
      record = boot({ env: { ELECTRON_RENDERER_URL: 'https://evil.example/', SIIGO_API_URL: 'http://evil.example/' } }).record;
    });

    it('takes the single-instance lock before anything else', () => {
      expect(record.calls[0]?.name).toBe('app.requestSingleInstanceLock');
    });

    it('opens one isolated, sandboxed window without Node or DevTools, with the built preload', () => {
      expect(record.windows).toHaveLength(1);
      const preferences = record.windows[0]!.options.webPreferences;
      expect(preferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        webviewTag: false,
        webSecurity: true,
        devTools: false,
      });
      expect(preferences['preload']).toBe(join(installDir, 'out', 'preload', 'preload.cjs'));
      expect(existsSync(preferences['preload'] as string)).toBe(true);
    });

    it('loads the built renderer from the install folder, not the URL in the environment', () => {
      const loaded = record.windows[0]!.state.loaded;
      expect(loaded?.file).toBe(join(installDir, 'out', 'renderer', 'index.html'));
      expect(existsSync(loaded!.file!)).toBe(true);
      expect(loaded?.url).not.toContain('evil.example');
    });

    it('gives its own page the strict CSP and lets the window load nothing remote', () => {
      const policy = record.probes.pageHeaders?.responseHeaders?.['Content-Security-Policy']?.[0] ?? '';
      expect(parseCsp(policy).get('script-src')).toEqual(["'self'"]);
      expect(record.probes.remoteHeaders?.responseHeaders).toBeUndefined();
      expect(record.probes.pageRequest).toEqual({ cancel: false });
      expect(record.probes.remoteRequest).toEqual({ cancel: true });
    });

    it('answers every channel of the bridge contract', () => {
      expect([...record.handlers].sort()).toEqual([...invokeChannels].sort());
    });

    it('has a Spanish menu with Edición, and neither Reload nor DevTools', () => {
      expect(record.menu?.map((menu) => menu.label)).toEqual(['Archivo', 'Edición', 'Ver', 'Ventana']);
      expect(roles(record)).toEqual(expect.arrayContaining(['quit', 'undo', 'cut', 'copy', 'paste', 'selectAll']));
      expect(roles(record)).not.toContain('reload');
      expect(roles(record)).not.toContain('forceReload');
      expect(roles(record)).not.toContain('toggleDevTools');
    });

    it('shows a tray icon where the desktop has a tray host, and closing hides to it', () => {
      expect(record.trays).toBe(1);
      expect(record.probes.close).toMatchObject({ prevented: true, hidden: true });
      expect(named(record, 'app.quit')).toEqual([]);
      expect(named(record, 'new Notification').map((call) => call.args[0])).toContain('Mostrador sigue abierto');
    });

    it('sets no Windows AppUserModelId on Linux', () => {
      expect(named(record, 'app.setAppUserModelId')).toEqual([]);
    });

    it('draws the window controls (date fields) in Colombian Spanish, set before any window', () => {
      expect(named(record, 'app.commandLine.appendSwitch')).toEqual([{ name: 'app.commandLine.appendSwitch', args: ['lang', 'es-CO'] }]);
      const names = record.calls.map((entry) => entry.name);
      expect(names.indexOf('app.commandLine.appendSwitch')).toBeLessThan(names.indexOf('new BrowserWindow'));
    });
  });

  it('in development, loads the dev server and keeps Reload and DevTools', () => {
    const { record } = boot({ packaged: false, env: { ELECTRON_RENDERER_URL: 'http://localhost:5173/' } });
    expect(record.windows[0]!.state.loaded).toEqual({ url: 'http://localhost:5173/' });
    expect(record.windows[0]!.options.webPreferences['devTools']).toBe(true);
    expect(roles(record)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('without a tray host: no tray icon, a login start still opens the window, and closing quits', () => {
    const { record } = boot({ tray: false, args: ['--hidden'] });
    expect(record.trays).toBe(0);
    expect(record.windows[0]!.state.shown).toBe(true);
    expect(record.probes.close).toMatchObject({ prevented: false, hidden: false, minimized: false });
    expect(named(record, 'app.quit')).toHaveLength(1);
  });

  it('with a tray host, a login start stays in the tray', () => {
    const { record } = boot({ args: ['--hidden'] });
    expect(record.windows[0]!.state.shown).toBe(false);
  });

  it('a second launch quits at once and opens nothing', () => {
    const { status, record } = boot({ lock: false });
    expect(status).toBe(0);
    expect(named(record, 'app.quit')).toHaveLength(1);
    expect(record.windows).toEqual([]);
    expect(record.handlers).toEqual([]);
  });

  it('on Windows, sets the installer\'s AppUserModelId before any window or notification', () => {
    const { record } = boot({ platform: 'win32' });
    const names = record.calls.map((call) => call.name);
    expect(named(record, 'app.setAppUserModelId')).toEqual([{ name: 'app.setAppUserModelId', args: [APP_ID] }]);
    expect(names.indexOf('app.setAppUserModelId')).toBeLessThan(names.indexOf('new BrowserWindow'));
    expect(names).toContain('new Notification');
    expect(names.indexOf('app.setAppUserModelId')).toBeLessThan(names.indexOf('new Notification'));
  });

  it('a start-up failure after the lock says so in a dialog and exits, releasing the lock', () => {
    const { status, record } = boot({ failAt: 'userData' });
    expect(status).toBe(1);
    expect(named(record, 'app.requestSingleInstanceLock')).toHaveLength(1);
    const [dialog] = named(record, 'dialog.showErrorBox');
    expect(dialog?.args[0]).toBe('Mostrador no pudo iniciar');
    expect(dialog?.args[1]).toContain('No se pudo leer la carpeta userData');
    expect(named(record, 'app.exit')).toEqual([{ name: 'app.exit', args: [1] }]);
    expect(record.windows).toEqual([]);
  });
});

describe('the built preload', () => {
  it('requires nothing but electron and exposes only invoke, invokeBytes and subscribe', async () => {
    const code = readFileSync(join(root, 'out', 'preload', 'preload.cjs'), 'utf8');
    const required: string[] = [];
    const exposed = new Map<string, Record<string, (...args: unknown[]) => unknown>>();
    const invoked: unknown[][] = [];
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: Record<string, (...args: unknown[]) => unknown>) => exposed.set(key, api) },
      ipcRenderer: { invoke: async (...args: unknown[]) => invoked.push(args), on: () => {}, removeListener: () => {} },
    };
    const module = { exports: {} };
    const require = (name: string) => {
      required.push(name);
      if (name === 'electron') return electron;
      throw new Error(`A sandboxed preload cannot require ${name}`);
    };
    runInNewContext(code, { require, module, exports: module.exports, Promise, Error });
    expect(required).toEqual(['electron']);
    expect([...exposed.keys()]).toEqual(['mostrador']);
    const api = exposed.get('mostrador')!;
    expect(Object.keys(api).sort()).toEqual(['invoke', 'invokeBytes', 'subscribe']);
    await api['invoke']!('customers:list', { page: 1 }, { company: 'demo' });
    expect(invoked).toEqual([['customers:list', { page: 1 }, { company: 'demo' }]]);
    await expect(api['invoke']!('fs:read', {}, {})).rejects.toThrow('Unknown bridge channel');
  });
});
