/**
 * `npm run sandbox` — runs the sandbox for demo mode and manual testing.
 *   --port N (0 or absent = free port)  --seed N  --customers N --products N  --rate-limit N (per minute)
 * Once listening it prints exactly one JSON line to stdout: {"url", "username", "access_key"}.
 * Nothing else goes to stdout (diagnostics go to stderr); SIGINT/SIGTERM close it cleanly.
 */
import { startSandbox } from './index';
import type { SandboxOptions } from './types';

function parseArgs(argv: string[]): SandboxOptions {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) throw new Error(`unexpected argument: ${arg}`);
    const [name, inline] = arg.slice(2).split('=', 2);
    const value = inline ?? argv[++i];
    if (!name || value === undefined) throw new Error(`missing value for ${arg}`);
    values.set(name, value);
  }
  const int = (name: string): number | undefined => {
    const raw = values.get(name);
    if (raw === undefined) return undefined;
    if (!/^\d+$/.test(raw)) throw new Error(`--${name} must be a non-negative integer`);
    return Number(raw);
  };
  for (const name of values.keys()) {
    if (!['port', 'seed', 'customers', 'products', 'rate-limit'].includes(name)) throw new Error(`unknown option --${name}`);
  }
  const options: SandboxOptions = { port: int('port') ?? 0 };
  const seed = int('seed');
  if (seed !== undefined) options.seed = seed;
  const customers = int('customers');
  const products = int('products');
  if (customers !== undefined || products !== undefined) {
    options.size = { customers: customers ?? 200, products: products ?? 500 };
  }
  const rate = int('rate-limit');
  if (rate !== undefined) options.rateLimit = { requests: rate, windowMs: 60_000 };
  return options;
}

async function main(): Promise<void> {
  const sandbox = await startSandbox(parseArgs(process.argv.slice(2)));
  process.stdout.write(`${JSON.stringify({ url: sandbox.url, ...sandbox.credentials })}\n`);
  let closing = false;
  const shutdown = (): void => {
    if (closing) return;
    closing = true;
    void sandbox.close().then(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(`sandbox: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
