/**
 * Prints a letter-size document (the recibo de caja "en carta") through the system print
 * dialog: the shop picks its office printer there, as Ajustes' printer is the counter's roll.
 * The copy goes into the same print root as the roll receipts (receipt.css prints only that
 * element), with a letter page and margins instead of the roll's size.
 */
const PRINT_ROOT_ID = 'receipt-print-root';
const PAGE_STYLE_ID = 'receipt-page-style';

export function prepareLetterPrint(source: Element | null | undefined): { done(): void } | null {
  if (!source) return null;
  document.getElementById(PRINT_ROOT_ID)?.remove();
  document.getElementById(PAGE_STYLE_ID)?.remove();
  const root = document.createElement('div');
  root.id = PRINT_ROOT_ID;
  root.setAttribute('aria-hidden', 'true');
  root.appendChild(source.cloneNode(true));
  document.body.appendChild(root);
  const style = document.createElement('style');
  style.id = PAGE_STYLE_ID;
  style.textContent = '@page { size: letter; margin: 15mm 18mm; }';
  document.head.appendChild(style);
  return {
    done() {
      root.remove();
      style.remove();
    },
  };
}

export function printLetter(source: Element | null | undefined): void {
  const prepared = prepareLetterPrint(source);
  if (!prepared) return;
  try {
    window.print();
  } finally {
    prepared.done();
  }
}
