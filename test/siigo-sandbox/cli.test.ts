import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('sandbox: CLI', () => {
  it('prints exactly one JSON line, serves, and exits cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src-main/siigo-sandbox/cli.ts', '--port', '0', '--seed', '5', '--customers', '30', '--products', '40', '--rate-limit', '50'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    const firstLine = new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout! }).on('line', (line) => {
        lines.push(line);
        if (lines.length === 1) resolve(line);
      });
      child.once('exit', (code) => reject(new Error(`exited early with ${code}`)));
    });
    const info = JSON.parse(await firstLine) as { url: string; username: string; access_key: string };
    expect(Object.keys(info).sort()).toEqual(['access_key', 'url', 'username']);
    expect(info.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const auth = await fetch(`${info.url}/auth`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: info.username, access_key: info.access_key }),
    });
    const { access_token } = (await auth.json()) as { access_token: string };
    const customers = await fetch(`${info.url}/v1/customers`, { headers: { 'partner-id': 'CliTest', authorization: `Bearer ${access_token}` } });
    expect(((await customers.json()) as { pagination: { total_results: number } }).pagination.total_results).toBe(30);

    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(lines).toHaveLength(1);
  });
});
