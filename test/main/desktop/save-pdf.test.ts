import { describe, expect, it } from 'vitest';
import { headlessShell } from '../../../src-main/desktop/desktop-shell';
import { isAllowedExternalUrl } from '../../../src-main/desktop/external-links';
import { createShellController } from '../../../src-main/desktop/shell-controller';
import { electronSavePdf, safePdfName } from '../../../src-main/electron/save-pdf';
import { savePdfResultSchema } from '../../../src-shared/ipc/desktop';

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46]);

/** Stand-ins for the window, its PDF printer, the save dialog and the disk. */
function fakes(options: { choose?: string | null; printFails?: boolean; writeFails?: boolean; noWindow?: boolean } = {}) {
  const calls = { printToPDF: [] as unknown[], dialog: [] as unknown[], written: [] as Array<{ path: string; data: Uint8Array }>, warnings: [] as string[] };
  const window = {
    isDestroyed: () => false,
    webContents: {
      printToPDF: async (opts: unknown) => {
        calls.printToPDF.push(opts);
        if (options.printFails) throw new Error('renderer gone');
        return Buffer.from(PDF);
      },
    },
  };
  const savePdf = electronSavePdf({
    window: () => (options.noWindow ? null : (window as never)),
    dialog: {
      showSaveDialog: (async (_window: unknown, opts: unknown) => {
        calls.dialog.push(opts);
        const chosen = options.choose === undefined ? 'C:\\Users\\tienda\\Documents\\Cotizacion C-1-23.pdf' : options.choose;
        return chosen === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: chosen };
      }) as never,
    },
    defaultDir: () => '/home/tienda/Documentos',
    writeFile: async (path, data) => {
      if (options.writeFails) throw new Error('EACCES');
      calls.written.push({ path, data });
    },
    warn: (message) => calls.warnings.push(message),
  });
  return { savePdf, calls };
}

describe('saving the quotation as a PDF', () => {
  it('draws the window’s print on the chosen sheet and writes it where the user chose', async () => {
    const { savePdf, calls } = fakes();
    expect(await savePdf({ fileName: 'Cotizacion C-1-23 Obra.pdf', pageSize: 'A4' })).toEqual({ saved: true, path: 'C:\\Users\\tienda\\Documents\\Cotizacion C-1-23.pdf', reason: null });
    expect(calls.printToPDF).toEqual([expect.objectContaining({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true })]);
    expect(calls.dialog).toEqual([expect.objectContaining({ defaultPath: '/home/tienda/Documentos/Cotizacion C-1-23 Obra.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] })]);
    expect(calls.written).toHaveLength(1);
    expect([...calls.written[0]!.data]).toEqual([...PDF]);
  });

  it('adds .pdf to a name typed without it', async () => {
    const { savePdf, calls } = fakes({ choose: '/home/tienda/cotizacion' });
    expect(await savePdf({ fileName: 'x', pageSize: 'Letter' })).toEqual({ saved: true, path: '/home/tienda/cotizacion.pdf', reason: null });
    expect(calls.written[0]?.path).toBe('/home/tienda/cotizacion.pdf');
  });

  it('writes nothing when the user cancels, and says it was a cancel', async () => {
    const { savePdf, calls } = fakes({ choose: null });
    expect(await savePdf({ fileName: 'Cotizacion.pdf', pageSize: 'Letter' })).toEqual({ saved: false, path: null, reason: 'cancelled' });
    expect(calls.written).toEqual([]);
  });

  it('answers failed (not a cancel), with a warning in the log, when drawing or writing fails or there is no window', async () => {
    const failedDraw = fakes({ printFails: true });
    expect(await failedDraw.savePdf({ fileName: 'a.pdf', pageSize: 'Letter' })).toEqual({ saved: false, path: null, reason: 'failed' });
    expect(failedDraw.calls.dialog).toEqual([]);
    expect(failedDraw.calls.warnings).toEqual(['Could not draw the PDF']);
    const failedWrite = fakes({ writeFails: true });
    // The file is open in a PDF reader that locks it, or the folder is read-only.
    expect(await failedWrite.savePdf({ fileName: 'a.pdf', pageSize: 'Letter' })).toEqual({ saved: false, path: null, reason: 'failed' });
    expect(failedWrite.calls.warnings).toEqual(['Could not write the PDF']);
    expect(await fakes({ noWindow: true }).savePdf({ fileName: 'a.pdf', pageSize: 'Letter' })).toEqual({ saved: false, path: null, reason: 'failed' });
  });

  it('never lets the window choose the folder through the suggested name', () => {
    expect(safePdfName('../../etc/passwd')).toBe('passwd.pdf');
    expect(safePdfName('C:\\Windows\\system32\\x.PDF')).toBe('x.pdf');
    expect(safePdfName('Cotización: "Obra" <1>?')).toBe('Cotización Obra 1.pdf');
    expect(safePdfName('...')).toBe('Cotizacion.pdf');
  });

  it('goes through the shell controller; without a desktop (browser preview) nothing is saved', async () => {
    const { savePdf } = fakes();
    const controller = createShellController({
      tray: null,
      notify: () => undefined,
      command: () => undefined,
      showWindow: () => undefined,
      quit: () => undefined,
      paused: () => false,
      setPaused: () => undefined,
      openExternal: async () => undefined,
      savePdf,
    });
    expect((await controller.savePdf({ fileName: 'a.pdf', pageSize: 'Letter' })).saved).toBe(true);
    expect(savePdfResultSchema.parse(await savePdf({ fileName: 'a.pdf', pageSize: 'Letter' })).reason).toBeNull();
    expect(await headlessShell().savePdf({ fileName: 'a.pdf', pageSize: 'Letter' })).toEqual({ saved: false, path: null });
  });
});

describe('the quotation e-mail link', () => {
  it('is opened for plain addresses with a subject and body only', () => {
    expect(isAllowedExternalUrl('mailto:compras@obra.co?subject=Cotizaci%C3%B3n%20C-1-23&body=Hola')).toBe(true);
    expect(isAllowedExternalUrl('mailto:a@b.co,c@d.co')).toBe(true);
  });

  it('is refused with attachments, other headers or odd addresses', () => {
    expect(isAllowedExternalUrl('mailto:a@b.co?attach=C:/secret.txt')).toBe(false);
    expect(isAllowedExternalUrl('mailto:a@b.co?bcc=x@y.co')).toBe(false);
    expect(isAllowedExternalUrl('mailto:not-an-address')).toBe(false);
    expect(isAllowedExternalUrl('mailto:')).toBe(false);
  });
});
