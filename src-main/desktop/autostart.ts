/**
 * Start at login on Linux, where Electron's `setLoginItemSettings` does nothing: an XDG autostart
 * entry in ~/.config/autostart. `--hidden` starts the app in the tray without showing the window.
 */
export const HIDDEN_ARG = '--hidden';

const quoteExec = (part: string) => (/[\s"'\\$`]/.test(part) ? `"${part.replace(/(["\\$`])/g, '\\$1')}"` : part);

export function autostartDesktopEntry(command: readonly string[]): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Mostrador',
    'Comment=Facturación con Siigo Nube, también sin conexión',
    `Exec=${[...command, HIDDEN_ARG].map(quoteExec).join(' ')}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

export const AUTOSTART_FILE = 'mostrador.desktop';
