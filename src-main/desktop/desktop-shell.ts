import type { AttentionDocument, DianChange, PrinterInfo, PrintPage, SavePdfRequest, SavePdfResult, ShellSyncStatus } from '../../src-shared/ipc/desktop';

/**
 * What the bridge handlers need from the desktop shell. The Electron app implements it with the
 * tray and notifications; the browser preview and tests use `headlessShell` (no-ops).
 */
export interface DesktopShell {
  syncStatus(status: ShellSyncStatus): void;
  dianChanges(changes: DianChange[]): void;
  needsAttention(documents: AttentionDocument[]): void;
  /** Opens an allow-listed https address in the system browser; false when refused. */
  openExternal(url: string): Promise<boolean>;
  /**
   * Prints the window silently to the chosen printer, on a page the chosen roll's width and
   * `page`'s length; false when there is no printer chosen (or no window).
   */
  print(page?: PrintPage): Promise<boolean>;
  /** The OS's printers, for Ajustes; empty where there is no desktop. */
  printers(): Promise<PrinterInfo[]>;
  /** Saves the window's print as a PDF where the user chooses; not saved when cancelled or without a desktop. */
  savePdf(request: SavePdfRequest): Promise<SavePdfResult>;
}

export function headlessShell(): DesktopShell {
  return {
    syncStatus: () => {},
    dianChanges: () => {},
    needsAttention: () => {},
    openExternal: async () => false,
    print: async () => false,
    printers: async () => [],
    savePdf: async () => ({ saved: false, path: null }),
  };
}
