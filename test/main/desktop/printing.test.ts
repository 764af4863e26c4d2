import { describe, expect, it } from 'vitest';
import { headlessShell } from '../../../src-main/desktop/desktop-shell';
import { printerChoices, silentPrintOptions } from '../../../src-main/desktop/print-options';
import { createShellController } from '../../../src-main/desktop/shell-controller';

describe('silent receipt printing', () => {
  it('goes to the chosen printer on a page the roll’s width and the receipt’s length, without margins', () => {
    expect(silentPrintOptions('EPSON_TM_T20', '80', { heightMm: 153 })).toEqual({
      silent: true,
      deviceName: 'EPSON_TM_T20',
      printBackground: false,
      color: false,
      margins: { marginType: 'none' },
      pageSize: { width: 80_000, height: 153_000 },
    });
    expect(silentPrintOptions('POS58', '58', { heightMm: 97.4 })?.pageSize).toEqual({ width: 58_000, height: 97_400 });
  });

  it('without a length from the window, prints an A4-long page of the roll’s width', () => {
    expect(silentPrintOptions('POS58', '58')?.pageSize).toEqual({ width: 58_000, height: 297_000 });
  });

  it('without a printer chosen, does not print (the window opens the dialog)', () => {
    expect(silentPrintOptions(null, '80', { heightMm: 100 })).toBeNull();
    expect(silentPrintOptions('', '80', { heightMm: 100 })).toBeNull();
  });

  it('passes the page from the window to the printer, through the shell controller', async () => {
    const pages: unknown[] = [];
    const controller = createShellController({
      tray: null,
      notify: () => undefined,
      command: () => undefined,
      showWindow: () => undefined,
      quit: () => undefined,
      paused: () => false,
      setPaused: () => undefined,
      openExternal: async () => undefined,
      print: async (page) => (pages.push(page), true),
      printers: async () => [{ name: 'EPSON_TM_T20', displayName: 'EPSON TM-T20' }],
    });
    expect(await controller.print({ heightMm: 120 })).toBe(true);
    expect(pages).toEqual([{ heightMm: 120 }]);
    expect(await controller.printers()).toEqual([{ name: 'EPSON_TM_T20', displayName: 'EPSON TM-T20' }]);
  });
});

describe('the printers Ajustes offers', () => {
  it('lists the OS’s printers by name, sorted by what people read, once each', () => {
    expect(
      printerChoices([
        { name: 'POS58', displayName: 'Térmica 58' },
        { name: 'EPSON_TM_T20', displayName: 'EPSON TM-T20' },
        { name: 'POS58', displayName: 'Térmica 58 (otra vez)' },
        { name: '  ', displayName: 'sin nombre' },
        { name: 'PDF', displayName: '' },
      ]),
    ).toEqual([
      { name: 'EPSON_TM_T20', displayName: 'EPSON TM-T20' },
      { name: 'PDF', displayName: 'PDF' },
      { name: 'POS58', displayName: 'Térmica 58' },
    ]);
  });

  it('is empty where there is no desktop (browser preview, tests)', async () => {
    const shell = headlessShell();
    expect(await shell.printers()).toEqual([]);
    expect(await shell.print({ heightMm: 100 })).toBe(false);
  });
});
