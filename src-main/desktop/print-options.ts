import type { PrinterInfo, PrintPage, RollWidth } from '../../src-shared/ipc/desktop';

/** The options of Electron's `webContents.print` used here (kept free of Electron for tests). */
export interface SilentPrintOptions {
  silent: true;
  deviceName: string;
  printBackground: false;
  /** Thermal heads print black only; grey would be dithered. */
  color: false;
  margins: { marginType: 'none' };
  /** Microns, as Electron takes a custom page size. */
  pageSize: { width: number; height: number };
}

const MICRONS_PER_MM = 1000;
/** When the window gave no length: long enough for a long sale; the driver cuts after the content or at this length. */
const DEFAULT_HEIGHT_MM = 297;

/**
 * How a receipt goes to the thermal printer chosen in Ajustes: silently, to that printer, on a
 * page exactly the roll's width and the receipt's length, without margins (the receipt's own
 * padding keeps the text inside the head's reach). Null when no printer is chosen: the window then
 * opens the print dialog.
 */
export function silentPrintOptions(printerName: string | null, rollWidth: RollWidth, page?: PrintPage): SilentPrintOptions | null {
  if (!printerName) return null;
  return {
    silent: true,
    deviceName: printerName,
    printBackground: false,
    color: false,
    margins: { marginType: 'none' },
    pageSize: {
      width: Number(rollWidth) * MICRONS_PER_MM,
      height: Math.round((page?.heightMm ?? DEFAULT_HEIGHT_MM) * MICRONS_PER_MM),
    },
  };
}

/** The OS's printers as Ajustes lists them, by name, without duplicates or unnamed entries. */
export function printerChoices(printers: ReadonlyArray<{ name: string; displayName?: string | null }>): PrinterInfo[] {
  const seen = new Set<string>();
  const choices: PrinterInfo[] = [];
  for (const printer of printers) {
    const name = printer.name.trim();
    if (!name || name.length > 200 || seen.has(name)) continue;
    seen.add(name);
    choices.push({ name, displayName: (printer.displayName?.trim() || name).slice(0, 200) });
  }
  return choices.sort((a, b) => a.displayName.localeCompare(b.displayName, 'es'));
}
