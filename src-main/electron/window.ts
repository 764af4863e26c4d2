import { BrowserWindow } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appIconPath } from './assets';

// Paths come from the bundle's own file URL through fileURLToPath, never by pasting a folder into
// a "file://" string: install folders hold spaces, accents, ñ, and may hold '#', '%' or '?'.
const bundleDir = dirname(fileURLToPath(import.meta.url));

/** The bundled renderer's folder (file:// pages must come from here). */
export const rendererDir = join(bundleDir, '..', 'renderer');

/** The sandboxed preload, built beside the main bundle. */
export const preloadPath = join(bundleDir, '..', 'preload', 'preload.cjs');

/**
 * The app window: isolated, sandboxed, no Node in the page, no remote content (see
 * hardening.ts for navigation, new windows, CSP and permissions). Background throttling is off
 * so the outbox replay and DIAN polling keep running while the window is hidden in the tray.
 * `devServerUrl` is set only in an unpackaged app (dev-overrides.ts); a packaged app has no DevTools.
 */
export function createMainWindow(options: { show: boolean; packaged: boolean; devServerUrl: string | undefined }): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    title: 'Mostrador',
    show: false,
    icon: process.platform === 'linux' ? appIconPath() : undefined,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      backgroundThrottling: false,
      spellcheck: false,
      devTools: !options.packaged,
    },
  });
  if (options.show) window.once('ready-to-show', () => window.show());
  if (options.devServerUrl) void window.loadURL(options.devServerUrl);
  else void window.loadFile(join(rendererDir, 'index.html'));
  return window;
}
