import { mountPrintCopy, printWithDialog } from './print-copy';

/**
 * Prints a letter-size document (the recibo de caja "en carta") through the system print
 * dialog: the shop picks its office printer there, as Ajustes' printer is the counter's roll.
 * The copy goes into the same print root as the roll receipts (receipt.css prints only that
 * element), with a letter page and margins instead of the roll's size.
 */
const PRINT_IDS = { root: 'receipt-print-root', pageStyle: 'receipt-page-style' };

export function prepareLetterPrint(source: Element | null | undefined): { done(): void } | null {
  if (!source) return null;
  return { done: mountPrintCopy(source, PRINT_IDS, () => 'size: letter; margin: 15mm 18mm;') };
}

export function printLetter(source: Element | null | undefined): void {
  printWithDialog(prepareLetterPrint(source)?.done ?? null);
}
