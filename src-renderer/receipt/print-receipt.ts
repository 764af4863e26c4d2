/**
 * Prints the receipt on screen. In the browser and for now in the desktop app this is the
 * system print dialog (`window.print()`, with receipt.css laying the page out for an 80 mm
 * thermal printer).
 *
 * HOOK POINT for silent printing: when the bridge gets a print channel (e.g. 'print:receipt',
 * main calling webContents.print({silent: true, deviceName})), call it here and fall back to
 * window.print() when it is absent. Every screen prints through this function.
 */
export function printReceipt(): void {
  window.print();
}
