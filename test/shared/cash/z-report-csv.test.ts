import { describe, expect, it } from 'vitest';
import { CSV_BOM, zReportCsv, zReportFileName } from '../../../src-shared/cash/z-report-csv';
import { computeZReport } from '../../../src-shared/cash/z-report';
import { CARD, CASH, catalogs, documents, movements, NEQUI, session } from './fixtures';

const report = computeZReport({
  session,
  movements,
  documents,
  catalogs,
  counted: [
    { paymentTypeId: CASH, amount: '203300.00' },
    { paymentTypeId: CARD, amount: '46900.00' },
    { paymentTypeId: NEQUI, amount: '30000.00' },
  ],
  closedAt: '2025-03-14T23:00:00.000Z',
});
const csv = zReportCsv(report);
const lines = csv.slice(1).split('\r\n');
/** The lines of a section, from its title to the blank line after it. */
const sectionOf = (title: string) => {
  const start = lines.indexOf(title);
  const end = lines.indexOf('', start);
  return lines.slice(start, end);
};

describe('Z report as CSV for Excel in Colombia', () => {
  it('is UTF-8 with a BOM, CRLF lines, one titled section per table with Spanish headers', () => {
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines.filter((line, i) => i === 0 || lines[i - 1] === '').filter(Boolean)).toEqual([
      'Informe Z',
      'Ventas y devoluciones',
      'Impuestos',
      'Formas de pago',
      'Movimientos de efectivo',
      'Documentos por numeración',
      'Documentos pendientes',
    ]);
    expect(sectionOf('Informe Z')).toEqual([
      'Informe Z',
      'Dato;Valor',
      `Sesión;${session.id}`,
      'Cajero;Marta Gómez',
      'Apertura;14/03/2025 08:00',
      'Cierre;14/03/2025 18:00',
      'Base inicial;100000,00',
    ]);
  });

  it('writes amounts with a decimal comma and no thousands separator, so cells are numbers', () => {
    expect(sectionOf('Ventas y devoluciones')).toEqual(['Ventas y devoluciones', 'Concepto;Cantidad;Total', 'Ventas;5;144800,00', 'Devoluciones;2;23800,00', 'Ventas netas;;121000,00', 'Recibos de caja;2;65000,00']);
    expect(sectionOf('Impuestos')).toEqual(['Impuestos', 'Impuesto;Base;Valor', 'Impoconsumo 8%;7407,41;592,59', 'IVA 19%;40000,00;7600,00', 'IVA 5%;48000,00;2400,00', 'Sin impuestos;15000,00;0,00']);
    expect(sectionOf('Formas de pago')).toEqual([
      'Formas de pago',
      'Forma de pago;Ventas;Devoluciones;Recibos de caja;Esperado;Contado;Diferencia',
      'Efectivo;52200,00;11900,00;45000,00;205300,00;203300,00;-2000,00',
      'Tarjeta débito;26900,00;0,00;20000,00;46900,00;46900,00;0,00',
      'Transferencia Nequi;30000,00;0,00;0,00;30000,00;30000,00;0,00',
      'Crédito;35700,00;11900,00;0,00;23800,00;;',
      'Total;;;;282200,00;280200,00;-2000,00',
    ]);
  });

  it('quotes text holding a separator or quotes, and never lets Excel run text as a formula', () => {
    const tricky = zReportCsv({ ...report, cashMovements: [...report.cashMovements, { at: '2025-03-14T16:30:00.000Z', kind: 'out', amount: '1.00', reason: '=HYPERLINK("x")' }] });
    expect(tricky.slice(1).split('\r\n').filter((line) => /^\d\d\/03/.test(line))).toEqual([
      '14/03/2025 09:00;Entrada;50000,00;Sencillo del banco',
      '14/03/2025 10:00;Salida;30000,00;"Pago de hielo; proveedor ""El Polo"""',
      `14/03/2025 11:30;Salida;1,00;"'=HYPERLINK(""x"")"`,
    ]);
  });

  it('lists the numbering and the documents Siigo has not accepted, in Spanish', () => {
    expect(sectionOf('Documentos por numeración')).toEqual([
      'Documentos por numeración',
      'Tipo;Prefijo;Desde;Hasta;Cantidad;Sin número',
      'Factura;FV-1;101;104;5;1',
      'Nota crédito;NC-1;7;7;2;1',
      'Recibo de caja;RC-1;55;55;2;1',
    ]);
    expect(lines.slice(lines.indexOf('Documentos pendientes'))).toEqual([
      'Documentos pendientes',
      'Documento;Tipo;Estado;Total',
      'Factura sin número · Consumidor final;Factura;En cola;8000,00',
      'Nota crédito sin número · José Pérez;Nota crédito;Requiere atención;11900,00',
      'Anticipo José Pérez;Recibo de caja;En cola;20000,00',
      '',
    ]);
    expect(zReportFileName(report)).toBe('informe-z-2025-03-14-0800.csv');
  });
});
