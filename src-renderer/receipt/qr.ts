import qrcode from 'qrcode-generator';

/**
 * What the QR code of an accepted electronic document holds: the DIAN's public page for it, so
 * a buyer's phone opens the DIAN's own record of the CUFE (or a credit note's CUDE).
 */
export const dianQrUrl = (cufe: string): string => `https://catalogo-vpfe.dian.gov.co/document/searchqr?documentkey=${encodeURIComponent(cufe)}`;

/** Modules of white round the code, as the QR standard asks, so a reader finds its edges on any paper. */
export const QR_QUIET_ZONE = 4;

/**
 * The QR symbol for `text` (byte mode, the smallest version that fits, error correction M: a
 * thermal print smudges, and L's smaller symbol would not be easier to read), as rows of dark
 * (true) and light modules.
 */
export function qrModules(text: string): boolean[][] {
  const code = qrcode(0, 'M');
  code.addData(text, 'Byte');
  code.make();
  const size = code.getModuleCount();
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => code.isDark(row, col)));
}

/**
 * One SVG path for the dark modules, a rectangle per horizontal run, offset by the quiet zone:
 * one element instead of thousands, and integer coordinates, so the printer's rasteriser
 * gives every module the same width.
 */
export function qrPath(modules: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      const run = x - start;
      parts.push(`M${start + QR_QUIET_ZONE} ${y + QR_QUIET_ZONE}h${run}v1h-${run}z`);
    }
  });
  return parts.join('');
}
