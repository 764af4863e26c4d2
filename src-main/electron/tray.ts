import { Menu, nativeImage, Tray, type MenuItemConstructorOptions } from 'electron';
import type { TrayView } from '../desktop/shell-controller';
import type { TrayMenuId, TrayMenuItem } from '../desktop/tray-state';
import { trayIconPath } from './assets';

function template(items: TrayMenuItem[], onMenu: (id: TrayMenuId) => void): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    switch (item.type) {
      case 'separator':
        return { type: 'separator' };
      case 'checkbox':
        return { type: 'checkbox', label: item.label, checked: item.checked, click: () => onMenu(item.id) };
      case 'item':
        return { label: item.label, enabled: item.enabled, click: () => onMenu(item.id) };
    }
  });
}

/**
 * The system tray icon. Returns null where the desktop has no tray (some Linux sessions): the
 * shell then closes the window normally instead of hiding it.
 */
export function createElectronTray(onMenu: (id: TrayMenuId) => void, onOpen: () => void): (TrayView & { destroy(): void }) | null {
  let tray: Tray;
  try {
    tray = new Tray(nativeImage.createFromPath(trayIconPath('pending')));
  } catch {
    return null;
  }
  tray.on('click', onOpen);
  let lastIcon = '';
  return {
    update(state, menu) {
      if (state.icon !== lastIcon) {
        tray.setImage(nativeImage.createFromPath(trayIconPath(state.icon)));
        lastIcon = state.icon;
      }
      tray.setToolTip(state.tooltip);
      tray.setContextMenu(Menu.buildFromTemplate(template(menu, onMenu)));
    },
    destroy: () => tray.destroy(),
  };
}
