import { bridge } from '../bridge';

/**
 * Prints the receipt on screen (receipt.css lays the page out for an 80 mm thermal printer). The
 * desktop app prints silently to the printer chosen in Ajustes; without one, and in the browser
 * preview, the system print dialog opens. Every screen prints through this function.
 */
export async function printReceipt(): Promise<void> {
  const { printed } = await bridge.invoke('shell:print', undefined).catch(() => ({ printed: false }));
  if (!printed) window.print();
}
