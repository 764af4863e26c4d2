import type { BrowserWindow, Dialog } from 'electron';
import { writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { SavePdfRequest, SavePdfResult } from '../../src-shared/ipc/desktop';

interface SavePdfDeps {
  window(): Pick<BrowserWindow, 'isDestroyed' | 'webContents'> | null;
  dialog: Pick<Dialog, 'showSaveDialog'>;
  /** Where the save dialog starts (the user's Documents folder). */
  defaultDir(): string;
  writeFile?: (path: string, data: Uint8Array) => Promise<void>;
  warn(message: string, fields: Record<string, unknown>): void;
}

const cancelled: SavePdfResult = { saved: false, path: null, reason: 'cancelled' };
const failed: SavePdfResult = { saved: false, path: null, reason: 'failed' };
/** 14 mm in inches, as the quotation's @page rule. */
const PAGE_MARGINS = { top: 0.55, bottom: 0.55, left: 0.55, right: 0.55 };

/**
 * The suggested name without folders or characters Windows refuses, always ending in .pdf: it
 * comes from the window, so it never chooses where the file goes (the user does, in the dialog).
 */
export function safePdfName(fileName: string): string {
  const printable = [...fileName].map((char) => (char.charCodeAt(0) < 32 ? ' ' : char)).join('');
  const base = basename(printable.replace(/\\/g, '/')).replace(/[<>:"/\\|?*]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  const stem = extname(base).toLowerCase() === '.pdf' ? base.slice(0, -4).trim() : base;
  return `${stem.slice(0, 150) || 'Cotizacion'}.pdf`;
}

/**
 * Saves what the window prints as a PDF: Chromium draws it with the print CSS (the quotation and
 * nothing else, on the chosen sheet with the margins of its @page rule), then the user chooses
 * where, then it is written. Drawn before asking, so the page does not change while the dialog
 * is open. Not saved when the user cancels (`cancelled`), or there is no window or drawing or
 * writing fails (`failed`: e.g. the file is open in a PDF reader that locks it, or the folder is
 * read-only), so the window can tell the user which.
 */
export function electronSavePdf(deps: SavePdfDeps) {
  const write = deps.writeFile ?? ((path: string, data: Uint8Array) => writeFile(path, data));
  return async function savePdf(request: SavePdfRequest): Promise<SavePdfResult> {
    const window = deps.window();
    if (!window || window.isDestroyed()) return failed;
    let pdf: Uint8Array;
    try {
      // The sheet and its margins as the window's @page rule sets them (print-quotation.ts: 14 mm).
      pdf = await window.webContents.printToPDF({ pageSize: request.pageSize, printBackground: true, preferCSSPageSize: true, margins: PAGE_MARGINS });
    } catch (error) {
      deps.warn('Could not draw the PDF', { error: String(error) });
      return failed;
    }
    const choice = await deps.dialog.showSaveDialog(window as BrowserWindow, {
      title: 'Guardar PDF',
      defaultPath: join(deps.defaultDir(), safePdfName(request.fileName)),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    });
    if (choice.canceled || !choice.filePath) return cancelled;
    const path = extname(choice.filePath).toLowerCase() === '.pdf' ? choice.filePath : `${choice.filePath}.pdf`;
    try {
      await write(path, pdf);
    } catch (error) {
      deps.warn('Could not write the PDF', { error: String(error) });
      return failed;
    }
    return { saved: true, path, reason: null };
  };
}
