import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSessionBus } from '../../support/session-bus';
import { secretAccount } from '../../../src-main/connection/secret-store';

/**
 * The keytar store against a real Secret Service: a private D-Bus session bus and an unlocked
 * gnome-keyring daemon started here (a throwaway keyring in a temporary folder, never the
 * user's). Each store operation runs in a child Node process, so "restart" is a real new
 * process reading the same keychain. Skipped only when the binaries are missing; `.ci/run`
 * installs them (dbus-x11, gnome-keyring), so on CI it runs.
 */
const binaries = ['dbus-daemon', 'dbus-send', 'gnome-keyring-daemon'];
const onPath = (name: string) =>
  (process.env['PATH'] ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, name), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
const missing = process.platform === 'linux' ? binaries.filter((name) => !onPath(name)) : binaries;
if (missing.length > 0) console.warn(`Keychain test skipped: missing ${missing.join(', ')} (install dbus-x11 and gnome-keyring)`);

const root = fileURLToPath(new URL('../../../', import.meta.url));
const child = fileURLToPath(new URL('./keytar-child.ts', import.meta.url));
const service = `Mostrador Test ${process.pid}`;
let dir = '';
let env: NodeJS.ProcessEnv = {};
const daemons: ChildProcess[] = [];

function secretServiceReady(): boolean {
  const answer = spawnSync(
    'dbus-send',
    ['--session', '--print-reply', '--dest=org.freedesktop.DBus', '/org/freedesktop/DBus', 'org.freedesktop.DBus.NameHasOwner', 'string:org.freedesktop.secrets'],
    { env, encoding: 'utf8', timeout: 2_000 },
  );
  return answer.stdout.includes('boolean true');
}

/** Runs the operations in a new Node process (a new keytar instance). */
function keychain(operations: unknown[]): Array<string | null> {
  const out = execFileSync(process.execPath, ['--import', 'tsx', child, JSON.stringify(operations)], {
    cwd: root,
    env: { ...env, KEYTAR_TEST_SERVICE: service },
    encoding: 'utf8',
    timeout: 15_000,
  });
  const parsed = JSON.parse(out.trim().split('\n').pop() ?? '{}') as { results?: Array<string | null> };
  if (!parsed.results) throw new Error(`keytar child answered ${out}`);
  return parsed.results;
}

describe.skipIf(missing.length > 0)('keytar secret store on gnome-keyring (real D-Bus session)', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mostrador-keyring-'));
    for (const sub of ['data', 'config', 'cache', 'run']) mkdirSync(join(dir, sub), { mode: 0o700 });
    env = {
      PATH: process.env['PATH'],
      HOME: dir,
      XDG_DATA_HOME: join(dir, 'data'),
      XDG_CONFIG_HOME: join(dir, 'config'),
      XDG_CACHE_HOME: join(dir, 'cache'),
      XDG_RUNTIME_DIR: join(dir, 'run'),
    };
    const bus = await startSessionBus(env);
    daemons.push(bus.daemon);
    env['DBUS_SESSION_BUS_ADDRESS'] = bus.address;

    // --unlock reads the login keyring's password from stdin: a throwaway one creates it unlocked.
    const keyring = spawn('gnome-keyring-daemon', ['--foreground', '--unlock', '--components=secrets'], { env, stdio: ['pipe', 'ignore', 'ignore'] });
    daemons.push(keyring);
    keyring.stdin?.end('mostrador-test');
    const deadline = Date.now() + 10_000;
    while (!secretServiceReady()) {
      if (Date.now() > deadline) throw new Error('gnome-keyring-daemon did not register org.freedesktop.secrets');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });

  afterAll(() => {
    for (const daemon of daemons.reverse()) if (daemon.pid !== undefined && daemon.exitCode === null) daemon.kill();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('stores, reads, replaces and deletes a credential, and a restarted store reads it', () => {
    // Accounts as the app names them: the company id (scheme, host, port, path, user).
    const account = secretAccount('https://api.siigo.com', 'caja@tienda.co');
    const other = secretAccount('https://api.siigo.com', 'otra@tienda.co');
    expect(keychain([{ op: 'get', account }])).toEqual([null]);
    expect(keychain([{ op: 'set', account, secret: 'clave-de-acceso-1' }, { op: 'get', account }])).toEqual([null, 'clave-de-acceso-1']);
    // A new process: the credential survived the restart of the store.
    expect(keychain([{ op: 'get', account }])).toEqual(['clave-de-acceso-1']);
    keychain([{ op: 'set', account, secret: 'clave-de-acceso-2' }]);
    expect(keychain([{ op: 'get', account }])).toEqual(['clave-de-acceso-2']);
    // One entry per company.
    keychain([{ op: 'set', account: other, secret: 'clave-de-otra-empresa' }]);
    expect(keychain([{ op: 'get', account }, { op: 'get', account: other }])).toEqual(['clave-de-acceso-2', 'clave-de-otra-empresa']);
    keychain([{ op: 'delete', account }]);
    expect(keychain([{ op: 'get', account }, { op: 'get', account: other }])).toEqual([null, 'clave-de-otra-empresa']);
  });
});
