import { Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * The application menu, in Spanish, instead of Electron's default one (which ships Reload,
 * Force Reload and Toggle DevTools). Edición keeps copy and paste working in text fields (on
 * macOS the shortcuts need the menu items). Recargar and the developer tools exist only in an
 * unpackaged app.
 */
export function appMenuTemplate(options: { platform: NodeJS.Platform; packaged: boolean }): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const appMenu: MenuItemConstructorOptions = mac
    ? {
        label: 'Mostrador',
        submenu: [
          { role: 'about', label: 'Acerca de Mostrador' },
          { type: 'separator' },
          { role: 'hide', label: 'Ocultar Mostrador' },
          { role: 'hideOthers', label: 'Ocultar otras' },
          { role: 'unhide', label: 'Mostrar todas' },
          { type: 'separator' },
          { role: 'quit', label: 'Salir de Mostrador' },
        ],
      }
    : { label: 'Archivo', submenu: [{ role: 'quit', label: 'Salir', accelerator: 'Ctrl+Q' }] };
  const development: MenuItemConstructorOptions[] = options.packaged
    ? []
    : [
        { type: 'separator' },
        { role: 'reload', label: 'Recargar' },
        { role: 'toggleDevTools', label: 'Herramientas de desarrollo' },
      ];
  return [
    appMenu,
    {
      label: 'Edición',
      submenu: [
        { role: 'undo', label: 'Deshacer' },
        { role: 'redo', label: 'Rehacer' },
        { type: 'separator' },
        { role: 'cut', label: 'Cortar' },
        { role: 'copy', label: 'Copiar' },
        { role: 'paste', label: 'Pegar' },
        { role: 'selectAll', label: 'Seleccionar todo' },
      ],
    },
    {
      label: 'Ver',
      submenu: [
        { role: 'zoomIn', label: 'Aumentar' },
        { role: 'zoomOut', label: 'Reducir' },
        { role: 'resetZoom', label: 'Tamaño normal' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: 'Pantalla completa' },
        ...development,
      ],
    },
    { label: 'Ventana', submenu: [{ role: 'minimize', label: 'Minimizar' }, ...(mac ? [{ role: 'front', label: 'Traer todo al frente' } as const] : [])] },
  ];
}

export function installAppMenu(options: { platform: NodeJS.Platform; packaged: boolean }): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(options)));
}
