import type { BrowserWindow } from 'electron';
import type { PrinterInfo, PrintPage, RollWidth } from '../../src-shared/ipc/desktop';
import { printerChoices, silentPrintOptions } from '../desktop/print-options';

interface PrintingDeps {
  window(): BrowserWindow | null;
  /** Read at each print, so a change in Ajustes applies to the next receipt. */
  settings(): { printerName: string | null; rollWidth: RollWidth };
  warn(message: string, fields: Record<string, unknown>): void;
}

/** Silent receipt printing and the printer list, for the shell controller. */
export function electronPrinting(deps: PrintingDeps) {
  const liveWindow = () => {
    const window = deps.window();
    return window && !window.isDestroyed() ? window : null;
  };
  return {
    print(page?: PrintPage): Promise<boolean> {
      const { printerName, rollWidth } = deps.settings();
      const options = silentPrintOptions(printerName, rollWidth, page);
      const target = liveWindow();
      if (!options || !target) return Promise.resolve(false);
      return new Promise<boolean>((resolve) => {
        try {
          target.webContents.print(options, (success, reason) => {
            if (!success) deps.warn('Silent printing failed', { reason, printer: options.deviceName });
            resolve(success);
          });
        } catch (error) {
          // Electron throws on options it refuses; the window then offers the print dialog.
          deps.warn('Silent printing refused', { error: String(error) });
          resolve(false);
        }
      });
    },
    async printers(): Promise<PrinterInfo[]> {
      const target = liveWindow();
      if (!target) return [];
      try {
        return printerChoices(await target.webContents.getPrintersAsync());
      } catch (error) {
        deps.warn('Could not list the printers', { error: String(error) });
        return [];
      }
    },
  };
}
