import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { APP_ID } from '../../../src-main/desktop/app-identity';

/**
 * The installers' settings, checked with electron-builder's own validation (which refuses an
 * unknown key, so a misspelt fuse cannot be silently ignored). Installers themselves need
 * Electron's binary and are built on each OS (README, "The desktop app").
 */
const root = new URL('../../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { build: Record<string, unknown> & { appId: string; asar?: boolean; electronFuses: Record<string, boolean> } };
const require = createRequire(new URL('package.json', root));

describe('packaging', () => {
  it("is a configuration electron-builder accepts", async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as { validateConfiguration(config: unknown, logger: unknown): Promise<void> };
    const { DebugLogger } = require('builder-util/out/DebugLogger') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(structuredClone(pkg.build), new DebugLogger(false))).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...structuredClone(pkg.build), electronFuses: { runAsNod: false } }, new DebugLogger(false))).rejects.toThrow(/Invalid configuration object/);
  });

  it('sets the fuses that close Node-level back doors in the shipped binary', () => {
    expect(pkg.build.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      // Flipping fuses breaks the binary's signature; an unsigned arm64 Mac app must be re-signed
      // ad hoc or it does not start (signing is not configured, README).
      resetAdHocDarwinSignature: true,
    });
    // onlyLoadAppFromAsar and the integrity check need the app inside an ASAR archive.
    expect(pkg.build.asar).not.toBe(false);
  });

  it('gives Windows the same AppUserModelId as the installer', () => {
    expect(APP_ID).toBe(pkg.build.appId);
  });
});
