import type { BridgeClient } from '../../../src-shared/ipc/client';
import { mountPrintCopy, printWithDialog } from '../../receipt/print-copy';
import type { PageSize } from './QuotationDocument';

const PRINT_IDS = { root: 'quotation-print-root', pageStyle: 'quotation-page-style' };
const PAGE_MARGIN_MM = 14;

/**
 * Makes the page the quotation and nothing else (quotation-print.css prints only the copy), on
 * sheets of the chosen size with margins. Returns the undo, or null when no quotation is drawn.
 */
function preparePage(pageSize: PageSize): (() => void) | null {
  const page = document.querySelector('[data-testid="quotation-document"]');
  if (!page) return null;
  return mountPrintCopy(page, PRINT_IDS, () => `size: ${pageSize === 'A4' ? 'A4' : 'letter'}; margin: ${PAGE_MARGIN_MM}mm;`);
}

/** The system's print dialog on the quotation (a full page: never the receipt printer's silent roll). */
export function printQuotation(pageSize: PageSize): void {
  printWithDialog(preparePage(pageSize));
}

export type SavePdfOutcome = { kind: 'saved'; path: string } | { kind: 'cancelled' } | { kind: 'failed' } | { kind: 'dialog' };

/**
 * Saves the quotation as a PDF file where the user chooses (the desktop app draws it with
 * Chromium's own PDF printer). Without a desktop (the browser preview) the print dialog opens
 * instead, where "Guardar como PDF" does the same: `dialog`. `cancelled` only when the user closed
 * the save dialog; anything else that saved nothing (a file open in another program, a folder
 * that cannot be written) is `failed`, for the screen to say so.
 */
export async function saveQuotationPdf(bridge: Pick<BridgeClient, 'invoke'>, fileName: string, pageSize: PageSize): Promise<SavePdfOutcome> {
  const done = preparePage(pageSize);
  if (!done) return { kind: 'failed' };
  try {
    if (!window.mostrador) {
      window.print();
      return { kind: 'dialog' };
    }
    const result = await bridge.invoke('shell:save-pdf', { fileName, pageSize }).catch(() => null);
    if (result?.saved && result.path) return { kind: 'saved', path: result.path };
    return result?.reason === 'cancelled' ? { kind: 'cancelled' } : { kind: 'failed' };
  } finally {
    done();
  }
}
