import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The Electron binary `npm start` downloads on first launch, when this machine has it. */
function electronBinary(): string | null {
  try {
    const dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const binary = join(dir, 'dist', readFileSync(join(dir, 'path.txt'), 'utf8'));
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
if (!binary) {
  console.log('Skipping the desktop-app test: the Electron binary is not installed here (no internet to download it; `npm start` fetches it where there is).');
}

describe.skipIf(!binary)('desktop app (Electron)', () => {
  it('opens the window in demo mode with the bridge working', async () => {
    const app = await electron.launch({
      executablePath: binary!,
      args: [join(root, 'out', 'main', 'index.js'), `--user-data-dir=${mkdtempSync(join(tmpdir(), 'mostrador-electron-'))}`],
      env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' },
    });
    try {
      const window = await app.firstWindow();
      await window.getByRole('note').filter({ hasText: 'Modo demostración' }).waitFor();
      await window.getByLabel('Buscar producto o escanear código').waitFor();
      expect(await window.evaluate(() => typeof (window as unknown as { mostrador?: unknown }).mostrador)).toBe('object');
      await window.screenshot({ path: join(root, 'test-results', 'screenshots', 'electron-venta.png') });
    } finally {
      await app.close();
    }
  }, 60_000);
});
