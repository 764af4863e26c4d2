import { bridge } from '../bridge';
import { mountPrintCopy } from './print-copy';

const PRINT_ROOT_ID = 'receipt-print-root';
const PAGE_STYLE_ID = 'receipt-page-style';
const MM_PER_CSS_PX = 25.4 / 96;
/** Paper fed after the last line, so the cutter does not cut through it. */
const TAIL_MM = 6;

export interface PreparedPrint {
  widthMm: number;
  heightMm: number;
  /** Removes the print copy and the page size again. */
  done(): void;
}

/**
 * Makes the page a roll document and nothing else (receipt.css prints only the copy), sized to the
 * roll's width and the receipt's length, without margins. Null when no receipt is drawn.
 */
export function preparePrint(source?: Element | null): PreparedPrint | null {
  const receipt = source ?? document.querySelector('.receipt-printable');
  if (!receipt) return null;
  const widthMm = Number((receipt as HTMLElement).dataset['roll'] ?? '80') || 80;
  let heightMm = 20;
  const done = mountPrintCopy(receipt, { root: PRINT_ROOT_ID, pageStyle: PAGE_STYLE_ID }, (copy) => {
    // Laid out at the roll's width with the print padding (receipt.css), so this is its printed length.
    const measured = (copy?.getBoundingClientRect().height ?? 0) * MM_PER_CSS_PX;
    heightMm = Math.min(5000, Math.max(20, Math.ceil(measured + TAIL_MM)));
    return `size: ${widthMm}mm ${heightMm}mm; margin: 0;`;
  });
  return { widthMm, heightMm, done };
}

/**
 * Prints the receipt on screen (or `source`): the desktop app prints silently to the printer
 * chosen in Ajustes, on a page the roll's width and the receipt's length; without a printer
 * chosen, and in the browser preview, the system print dialog opens on the same page. Every
 * screen prints through this function.
 */
export async function printReceipt(source?: unknown): Promise<void> {
  // Used as an onClick handler too: then the argument is the click, not a receipt.
  const prepared = preparePrint(source instanceof Element ? source : null);
  if (!prepared) return;
  try {
    const { printed } = await bridge.invoke('shell:print', { heightMm: prepared.heightMm }).catch(() => ({ printed: false }));
    if (!printed) window.print();
  } finally {
    prepared.done();
  }
}
