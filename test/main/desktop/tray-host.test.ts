import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { hasTrayHost, waitForTrayHost, type RunCommand } from '../../../src-main/desktop/tray-host';
import { firstLine, startSessionBus } from '../../support/session-bus';

/** What dbus-send and gdbus print for the watcher's IsStatusNotifierHostRegistered property. */
const dbusSendReply = (value: boolean) =>
  `method return time=1764900000.1 sender=:1.7 -> destination=:1.42 serial=9 reply_serial=2\n   variant       boolean ${value}\n`;

function fakeRun(answers: Record<string, { ok: boolean; stdout: string } | null>): RunCommand & { asked: string[] } {
  const asked: string[] = [];
  const run = async (command: string) => {
    asked.push(command);
    return answers[command] ?? null;
  };
  return Object.assign(run, { asked });
}

describe('is there a tray to hide into?', () => {
  it('always on Windows and macOS, without asking anything', async () => {
    const run = fakeRun({});
    expect(await hasTrayHost('win32', run)).toBe(true);
    expect(await hasTrayHost('darwin', run)).toBe(true);
    expect(run.asked).toEqual([]);
  });

  it('on Linux, only when a StatusNotifier host registered with the watcher', async () => {
    expect(await hasTrayHost('linux', fakeRun({ 'dbus-send': { ok: true, stdout: dbusSendReply(true) } }))).toBe(true);
    expect(await hasTrayHost('linux', fakeRun({ 'dbus-send': { ok: true, stdout: dbusSendReply(false) } }))).toBe(false);
    // Vanilla GNOME: nobody owns the watcher's name.
    const unknown = { ok: false, stdout: '' };
    expect(await hasTrayHost('linux', fakeRun({ 'dbus-send': unknown }))).toBe(false);
  });

  it('asks gdbus where dbus-send is not installed, and assumes no tray when neither is', async () => {
    const run = fakeRun({ gdbus: { ok: true, stdout: '(<true>,)\n' } });
    expect(await hasTrayHost('linux', run)).toBe(true);
    expect(run.asked).toEqual(['dbus-send', 'gdbus']);
    expect(await hasTrayHost('linux', fakeRun({ gdbus: { ok: true, stdout: '(<false>,)\n' } }))).toBe(false);
    expect(await hasTrayHost('linux', fakeRun({}))).toBe(false);
  });
});

describe('a tray host that appears after start (a panel still starting at login)', () => {
  it('is found when it registers within the attempts', async () => {
    let asked = 0;
    const run: RunCommand = async () => ({ ok: true, stdout: dbusSendReply(++asked >= 3) });
    expect(await waitForTrayHost('linux', { attempts: 5, intervalMs: 1, run })).toBe(true);
    expect(asked).toBe(3);
  });

  it('gives up after the attempts', async () => {
    let asked = 0;
    const run: RunCommand = async () => (asked++, { ok: false, stdout: '' });
    expect(await waitForTrayHost('linux', { attempts: 4, intervalMs: 1, run })).toBe(false);
    expect(asked).toBe(4);
  });
});

/** Debian's python3 with Gio (python3-gi), which runs the stand-in watcher; `.ci/run` installs it. */
const PYTHON = '/usr/bin/python3';
const watcherScript = fileURLToPath(new URL('./support/status-notifier-watcher.py', import.meta.url));
const haveBus =
  process.platform === 'linux' &&
  spawnSync('dbus-daemon', ['--version']).status === 0 &&
  spawnSync(PYTHON, ['-c', 'from gi.repository import Gio']).status === 0;
if (!haveBus) console.warn('Tray host test on a real bus skipped: install dbus-daemon, python3-gi and libglib2.0-bin (.ci/run does)');

/**
 * The check against a real session bus, private to this test, asked by the real dbus-send and
 * gdbus: with no watcher (vanilla GNOME), and with a watcher (stand-in for KDE's, XFCE's or the
 * AppIndicator extension's) whose host is or is not registered.
 */
describe.skipIf(!haveBus)('on a real session bus', () => {
  let bus: ChildProcess | null = null;
  let watcher: ChildProcess | null = null;
  let onlyGdbus = '';
  const saved = { bus: process.env['DBUS_SESSION_BUS_ADDRESS'], path: process.env['PATH'] };

  beforeAll(async () => {
    const started = await startSessionBus();
    bus = started.daemon;
    process.env['DBUS_SESSION_BUS_ADDRESS'] = started.address;
    onlyGdbus = mkdtempSync(join(tmpdir(), 'mostrador-gdbus-'));
    symlinkSync('/usr/bin/gdbus', join(onlyGdbus, 'gdbus'));
  });

  afterEach(() => {
    watcher?.kill();
    watcher = null;
    process.env['PATH'] = saved.path;
  });

  afterAll(() => {
    bus?.kill();
    if (onlyGdbus) rmSync(onlyGdbus, { recursive: true, force: true });
    if (saved.bus === undefined) delete process.env['DBUS_SESSION_BUS_ADDRESS'];
    else process.env['DBUS_SESSION_BUS_ADDRESS'] = saved.bus;
  });

  async function startWatcher(hostRegistered: boolean): Promise<void> {
    watcher = spawn(PYTHON, [watcherScript, String(hostRegistered)], { stdio: ['ignore', 'pipe', 'inherit'] });
    expect(await firstLine(watcher)).toBe('ready');
  }

  it('finds no tray where nobody owns the watcher (vanilla GNOME)', async () => {
    expect(await hasTrayHost('linux')).toBe(false);
  });

  it('finds the tray once a StatusNotifier host has registered with the watcher', async () => {
    await startWatcher(true);
    expect(await hasTrayHost('linux')).toBe(true);
  });

  it('finds no tray where the watcher runs but no host has registered', async () => {
    await startWatcher(false);
    expect(await hasTrayHost('linux')).toBe(false);
  });

  it('asks gdbus where dbus-send is not installed', async () => {
    await startWatcher(true);
    process.env['PATH'] = onlyGdbus;
    expect(await hasTrayHost('linux')).toBe(true);
  });
});
