import type { BridgeClient } from '../../../src-shared/ipc/client';
import type { AppDefaults, AppSettings } from '../../../src-shared/ipc/desktop';
import { useApp } from '../../app/app-store';

/**
 * Where Ajustes keeps the defaults for new documents: main's settings (`settings:get` /
 * `settings:set`, settings.json in the desktop app, memory in the browser preview). This is the
 * only module that knows, so moving them elsewhere changes one file.
 */

/** The settings as main has them; Ajustes loads them itself if the shell has not yet. */
export async function loadSettings(bridge: BridgeClient): Promise<AppSettings> {
  const settings = await bridge.invoke('settings:get', undefined);
  useApp.getState().set({ settings });
  return settings;
}

export async function saveDefaults(bridge: BridgeClient, defaults: AppDefaults): Promise<AppSettings> {
  const settings = await bridge.invoke('settings:set', { defaults: { ...defaults, printerName: defaults.printerName?.trim() || null } });
  useApp.getState().set({ settings });
  return settings;
}
