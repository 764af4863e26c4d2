import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * `npm ci` installs exactly what package-lock.json holds. A lockfile written on one OS can lack
 * the other platforms' optional native packages (npm/cli#4828): `npm ci` then succeeds on Linux
 * and leaves Vite's bundler without its native module on Windows or macOS. `.ci/run` installs
 * with `npm ci`, so a lockfile that drifted from package.json fails there; this checks the rest.
 */
interface LockEntry {
  version?: string;
  optionalDependencies?: Record<string, string>;
  os?: string[];
  cpu?: string[];
}
const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8')) as { packages: Record<string, LockEntry> };
/** Every package name the lockfile holds, at any depth. */
const names = new Set(Object.keys(lock.packages).map((path) => path.replace(/^.*node_modules\//, '')));
/** The packages installed at the top of node_modules, by name. */
const topLevel = new Map(
  Object.entries(lock.packages)
    .filter(([path]) => /^node_modules\/(@[^/]+\/)?[^/]+$/.test(path))
    .map(([path, entry]) => [path.slice('node_modules/'.length), entry]),
);

/** Where the counters and laptops run. */
const platforms = [
  ['win32', 'x64'],
  ['win32', 'arm64'],
  ['darwin', 'x64'],
  ['darwin', 'arm64'],
  ['linux', 'x64'],
  ['linux', 'arm64'],
] as const;

describe('the committed lockfile installs on every platform', () => {
  it('holds every optional dependency it names, whatever OS wrote it', () => {
    const missing = Object.entries(lock.packages).flatMap(([path, entry]) =>
      Object.keys(entry.optionalDependencies ?? {})
        .filter((dependency) => !names.has(dependency))
        .map((dependency) => `${path} → ${dependency}`),
    );
    expect(missing).toEqual([]);
  });

  it.each(['rollup', 'esbuild'])('has a native %s package for each OS and CPU', (tool) => {
    const natives = Object.keys(topLevel.get(tool)?.optionalDependencies ?? {}).map((name) => topLevel.get(name));
    for (const [os, cpu] of platforms) {
      const fits = natives.filter((entry) => entry?.os?.includes(os) && entry.cpu?.includes(cpu));
      expect(fits.length, `${tool} on ${os}-${cpu}`).toBeGreaterThan(0);
    }
  });
});
