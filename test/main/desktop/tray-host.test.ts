import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasTrayHost, type RunCommand } from '../../../src-main/desktop/tray-host';

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

const haveBus = process.platform === 'linux' && spawnSync('dbus-daemon', ['--version']).status === 0;

describe.skipIf(!haveBus)('on a real session bus without a tray host (vanilla GNOME)', () => {
  let bus: ChildProcess | null = null;
  const saved = process.env['DBUS_SESSION_BUS_ADDRESS'];

  beforeAll(async () => {
    bus = spawn('dbus-daemon', ['--session', '--nofork', '--print-address=1'], { stdio: ['ignore', 'pipe', 'ignore'] });
    process.env['DBUS_SESSION_BUS_ADDRESS'] = await new Promise<string>((resolve, reject) => {
      let text = '';
      bus!.stdout!.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        if (text.includes('\n')) resolve(text.trim());
      });
      bus!.once('exit', (code) => reject(new Error(`dbus-daemon exited with ${code}`)));
    });
  });

  afterAll(() => {
    bus?.kill();
    if (saved === undefined) delete process.env['DBUS_SESSION_BUS_ADDRESS'];
    else process.env['DBUS_SESSION_BUS_ADDRESS'] = saved;
  });

  it('finds no tray, so closing will not hide the window into nothing', async () => {
    expect(await hasTrayHost('linux')).toBe(false);
  });
});
