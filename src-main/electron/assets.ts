import { app } from 'electron';
import { join } from 'node:path';
import type { TrayIcon } from '../desktop/tray-state';

/**
 * Icons ship in `build/` (committed PNGs, see build/generate-icons.mjs). Packaged, electron-builder
 * copies `build/tray` and `build/icon.png` into the resources folder (package.json "build").
 */
function assetsDir(): string {
  return app.isPackaged ? process.resourcesPath : join(app.getAppPath(), 'build');
}

/** 16 px; Electron picks `<name>@2x.png` beside it on HiDPI screens. Linux trays get 32 px. */
export function trayIconPath(icon: TrayIcon): string {
  const file = process.platform === 'linux' ? `${icon}@2x.png` : `${icon}.png`;
  return join(assetsDir(), 'tray', file);
}

export function appIconPath(): string {
  return join(assetsDir(), 'icon.png');
}
