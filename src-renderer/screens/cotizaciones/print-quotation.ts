import type { BridgeClient } from '../../../src-shared/ipc/client';
import type { PageSize } from './QuotationDocument';

const PRINT_ROOT_ID = 'quotation-print-root';
const PAGE_STYLE_ID = 'quotation-page-style';
const PAGE_MARGIN_MM = 14;

/**
 * Makes the page the quotation and nothing else (quotation-print.css hides the rest): a copy of
 * the drawn quotation becomes the body's only printed child, on sheets of the chosen size with
 * margins. Returns the undo, or null when no quotation is drawn.
 */
function preparePage(pageSize: PageSize): (() => void) | null {
  const page = document.querySelector('[data-testid="quotation-document"]');
  if (!page) return null;
  document.getElementById(PRINT_ROOT_ID)?.remove();
  document.getElementById(PAGE_STYLE_ID)?.remove();
  const root = document.createElement('div');
  root.id = PRINT_ROOT_ID;
  root.setAttribute('aria-hidden', 'true');
  root.appendChild(page.cloneNode(true));
  document.body.appendChild(root);
  const style = document.createElement('style');
  style.id = PAGE_STYLE_ID;
  style.textContent = `@page { size: ${pageSize === 'A4' ? 'A4' : 'letter'}; margin: ${PAGE_MARGIN_MM}mm; }`;
  document.head.appendChild(style);
  return () => {
    root.remove();
    style.remove();
  };
}

/** The system's print dialog on the quotation (a full page: never the receipt printer's silent roll). */
export function printQuotation(pageSize: PageSize): void {
  const done = preparePage(pageSize);
  if (!done) return;
  try {
    window.print();
  } finally {
    done();
  }
}

export type SavePdfOutcome = { kind: 'saved'; path: string } | { kind: 'not-saved' } | { kind: 'dialog' };

/**
 * Saves the quotation as a PDF file where the user chooses (the desktop app draws it with
 * Chromium's own PDF printer). Without a desktop (the browser preview) the print dialog opens
 * instead, where "Guardar como PDF" does the same: `dialog`.
 */
export async function saveQuotationPdf(bridge: Pick<BridgeClient, 'invoke'>, fileName: string, pageSize: PageSize): Promise<SavePdfOutcome> {
  const done = preparePage(pageSize);
  if (!done) return { kind: 'not-saved' };
  try {
    if (!window.mostrador) {
      window.print();
      return { kind: 'dialog' };
    }
    const { saved, path } = await bridge.invoke('shell:save-pdf', { fileName, pageSize }).catch(() => ({ saved: false, path: null }));
    return saved && path ? { kind: 'saved', path } : { kind: 'not-saved' };
  } finally {
    done();
  }
}
