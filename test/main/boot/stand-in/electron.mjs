// A recording stand-in for the `electron` module, for booting the built main bundle in Node.
// It records what main asks of Electron, plays the part of the OS just enough for start-up to
// finish, then probes the result (the session's hooks, closing the window), writes the record
// to BOOT_RECORD and exits. The scenario (BOOT_SCENARIO, JSON) says what to pretend.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const scenario = JSON.parse(process.env.BOOT_SCENARIO ?? '{}');
const record = { calls: [], windows: [], handlers: [], menu: null, trays: 0, probes: {} };
const call = (name, ...args) => record.calls.push({ name, args: JSON.parse(JSON.stringify(args ?? null) ?? 'null') });

function finish(code) {
  writeFileSync(process.env.BOOT_RECORD, JSON.stringify(record, null, 1));
  process.exit(code);
}

function emitter() {
  const listeners = new Map();
  return {
    on(event, listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return this;
    },
    once(event, listener) {
      return this.on(event, listener);
    },
    removeListener(event, listener) {
      listeners.set(event, (listeners.get(event) ?? []).filter((l) => l !== listener));
      return this;
    },
    emit(event, ...args) {
      for (const listener of listeners.get(event) ?? []) listener(...args);
    },
    listenerCount: (event) => (listeners.get(event) ?? []).length,
  };
}

const webRequest = { headers: null, before: null };
const appEvents = emitter();

export const app = {
  ...appEvents,
  isPackaged: scenario.packaged ?? true,
  requestSingleInstanceLock() {
    call('app.requestSingleInstanceLock');
    return scenario.lock ?? true;
  },
  whenReady: () => Promise.resolve(),
  getPath(name) {
    call('app.getPath', name);
    if (scenario.failAt === name) throw new Error(`No se pudo leer la carpeta ${name}`);
    return join(scenario.userData, name);
  },
  getAppPath: () => scenario.appPath,
  getVersion: () => '0.1.0',
  getName: () => 'Mostrador',
  getLoginItemSettings: () => ({ openAtLogin: false, wasOpenedAsHidden: false }),
  setLoginItemSettings: (settings) => call('app.setLoginItemSettings', settings),
  setAppUserModelId: (id) => call('app.setAppUserModelId', id),
  commandLine: { appendSwitch: (name, value) => call('app.commandLine.appendSwitch', name, value) },
  quit() {
    call('app.quit');
    setTimeout(() => finish(0), 50);
  },
  exit(code) {
    call('app.exit', code);
    finish(code);
  },
};

export class BrowserWindow {
  constructor(options) {
    Object.assign(this, emitter());
    this.state = { shown: false, hidden: false, minimized: false, loaded: null };
    record.windows.push({ options: JSON.parse(JSON.stringify(options)), state: this.state });
    call('new BrowserWindow');
    this.webContents = { ...emitter(), send: () => {}, getURL: () => this.state.loaded?.url ?? '', reload: () => {}, setWindowOpenHandler: () => {} };
  }
  loadFile(path) {
    this.state.loaded = { file: path, url: pathToFileURL(path).href };
    setTimeout(() => probe(this), 300);
    return Promise.resolve();
  }
  loadURL(url) {
    this.state.loaded = { url };
    setTimeout(() => probe(this), 300);
    return Promise.resolve();
  }
  show() {
    this.state.shown = true;
  }
  hide() {
    this.state.hidden = true;
  }
  minimize() {
    this.state.minimized = true;
  }
  restore() {}
  focus() {}
  isMinimized() {
    return this.state.minimized;
  }
  isDestroyed() {
    return false;
  }
}

/** After start-up: what the session does with our page and with remote content, then closing. */
function probe(window) {
  const page = window.state.loaded.url;
  const ask = (hook, details) => new Promise((resolve) => (hook ? hook(details, resolve) : resolve(null)));
  void (async () => {
    record.probes.pageHeaders = await ask(webRequest.headers, { url: page, responseHeaders: { 'Content-Type': ['text/html'] } });
    record.probes.remoteHeaders = await ask(webRequest.headers, { url: 'https://evil.example/x.js', responseHeaders: {} });
    record.probes.pageRequest = await ask(webRequest.before, { url: page });
    record.probes.remoteRequest = await ask(webRequest.before, { url: 'https://evil.example/x.js' });
    window.emit('ready-to-show');
    let prevented = false;
    window.emit('close', { preventDefault: () => (prevented = true) });
    record.probes.close = { prevented, ...window.state };
    // A close nobody prevented closes the last window.
    if (!prevented) appEvents.emit('window-all-closed');
    finish(0);
  })();
}

export const ipcMain = {
  handle: (channel) => record.handlers.push(channel),
  removeHandler: () => {},
  on: () => {},
};

export const session = {
  defaultSession: {
    webRequest: {
      onHeadersReceived: (listener) => (webRequest.headers = listener),
      onBeforeRequest: (listener) => (webRequest.before = listener),
    },
    setPermissionRequestHandler: () => call('session.setPermissionRequestHandler'),
    setPermissionCheckHandler: () => call('session.setPermissionCheckHandler'),
  },
};

export const Menu = {
  buildFromTemplate: (template) => ({ template }),
  setApplicationMenu: (menu) => {
    record.menu = JSON.parse(JSON.stringify(menu.template));
    call('Menu.setApplicationMenu');
  },
};

export class Tray {
  constructor(image) {
    Object.assign(this, emitter());
    record.trays += 1;
    call('new Tray', image);
  }
  setImage() {}
  setToolTip() {}
  setContextMenu() {}
  destroy() {}
}

export class Notification {
  static isSupported = () => true;
  constructor(options) {
    Object.assign(this, emitter());
    call('new Notification', options.title);
  }
  show() {}
}

export const nativeImage = { createFromPath: (path) => ({ path }) };
export const dialog = { showErrorBox: (title, content) => call('dialog.showErrorBox', title, content) };
export const safeStorage = { isEncryptionAvailable: () => false, getSelectedStorageBackend: () => 'basic_text', encryptString: () => Buffer.alloc(0), decryptString: () => '' };
export const shell = { openExternal: async () => {}, showItemInFolder: () => {} };
export const net = { isOnline: () => true };
export const powerMonitor = emitter();

const electron = { app, BrowserWindow, ipcMain, session, Menu, Tray, Notification, nativeImage, dialog, safeStorage, shell, net, powerMonitor };
export default electron;
