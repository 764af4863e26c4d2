import { spawnSync } from 'node:child_process';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'vite';
import type { Sandbox } from '../../src-main/siigo-sandbox';

/**
 * The site the bench serves: the production renderer exactly as `electron-vite build` makes it
 * (at /), the bench page built from test/bench/page with Vite's API (at /bench/), and the
 * sandbox's records dumped as JSON (at /bench-data/). The production entry is not touched.
 */
export async function buildSite(root: string): Promise<string> {
  const built = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('electron-vite build failed');
  const site = join(root, 'out', 'bench-site');
  await rm(site, { recursive: true, force: true });
  await cp(join(root, 'out', 'renderer'), site, { recursive: true });
  await build({
    root: join(root, 'test', 'bench', 'page'),
    base: '/bench/',
    logLevel: 'warn',
    configFile: false,
    build: { outDir: join(site, 'bench'), emptyOutDir: true, target: 'es2022' },
  });
  return site;
}

const CHUNK = 10_000;

/** Customers and products as the list endpoints return them, 10,000 per file. */
export async function dumpData(site: string, sandbox: Sandbox): Promise<void> {
  const dir = join(site, 'bench-data');
  await mkdir(dir, { recursive: true });
  const manifest: Record<'customers' | 'products', string[]> = { customers: [], products: [] };
  for (const entity of ['customers', 'products'] as const) {
    const rows = sandbox.store[entity] as readonly unknown[];
    for (let i = 0; i < rows.length; i += CHUNK) {
      const file = `${entity}-${i / CHUNK}.json`;
      await writeFile(join(dir, file), JSON.stringify(rows.slice(i, i + CHUNK)));
      manifest[entity].push(file);
    }
  }
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
}
