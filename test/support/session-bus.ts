import { spawn, type ChildProcess } from 'node:child_process';

/** The first line a process prints on stdout; rejects if it exits first. */
export function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('\n')) resolve(text.split('\n')[0]!.trim());
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code} before printing`)));
  });
}

/**
 * A private D-Bus session bus (dbus-daemon from Debian's dbus packages), never the user's: the
 * keychain and tray host tests run their daemons on it. Kill `daemon` when done.
 */
export async function startSessionBus(env?: NodeJS.ProcessEnv): Promise<{ address: string; daemon: ChildProcess }> {
  const daemon = spawn('dbus-daemon', ['--session', '--nofork', '--print-address=1'], { env, stdio: ['ignore', 'pipe', 'ignore'] });
  return { address: await firstLine(daemon), daemon };
}
