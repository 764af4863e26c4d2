import { BrowserWindow } from 'electron';
import { fileURLToPath } from 'node:url';
import { appIconPath } from './assets';

const here = fileURLToPath(new URL('.', import.meta.url));

/** The bundled renderer's folder (file:// pages must come from here). */
export const rendererDir = fileURLToPath(new URL('../renderer/', `file://${here}`));

/**
 * The app window: isolated, sandboxed, no Node in the page, no remote content (see
 * hardening.ts for navigation, new windows, CSP and permissions). Background throttling is off
 * so the outbox replay and DIAN polling keep running while the window is hidden in the tray.
 */
export function createMainWindow(options: { show: boolean }): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    title: 'Mostrador',
    show: false,
    icon: process.platform === 'linux' ? appIconPath() : undefined,
    webPreferences: {
      preload: fileURLToPath(new URL('../preload/preload.cjs', `file://${here}`)),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      backgroundThrottling: false,
      spellcheck: false,
    },
  });
  if (options.show) window.once('ready-to-show', () => window.show());
  const devServer = process.env['ELECTRON_RENDERER_URL'];
  if (devServer) void window.loadURL(devServer);
  else void window.loadFile(fileURLToPath(new URL('index.html', `file://${rendererDir}`)));
  return window;
}
