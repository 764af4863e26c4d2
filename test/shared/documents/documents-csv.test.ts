import { describe, expect, it } from 'vitest';
import { CSV_BOM } from '../../../src-shared/csv/excel-csv';
import { documentsCsv, documentsCsvFileName, type DocumentCsvRow } from '../../../src-shared/documents/documents-csv';

const invoice: DocumentCsvRow = {
  day: '2025-03-14',
  kind: 'Factura',
  number: 'FV-1-123',
  customerName: 'Ferretería "El Tornillo"; sucursal',
  identification: '900123456',
  seller: 'Ana Gómez',
  state: 'Enviado',
  dian: 'Aceptada',
  total: '119000.50',
  net: '119000.50',
};

describe('Documentos as CSV for Excel in Colombia', () => {
  const csv = documentsCsv([invoice, { ...invoice, kind: 'Cliente', number: null, customerName: '=HYPERLINK("x")', seller: null, dian: '', total: null, net: null, day: null }, { ...invoice, kind: 'Nota crédito', number: 'NC-1-4', total: '19000.00', net: '-19000.00' }]);
  const lines = csv.slice(1).split('\r\n');

  it('is UTF-8 with a BOM, CRLF lines, Spanish headers and semicolons', () => {
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines[0]).toBe('Fecha;Tipo;Número;Cliente;Identificación;Vendedor;Estado;DIAN;Total;Valor neto');
  });

  it('writes the day as Colombia does, amounts with a decimal comma, and quotes text holding ; or "', () => {
    expect(lines[1]).toBe('14/03/2025;Factura;FV-1-123;"Ferretería ""El Tornillo""; sucursal";900123456;Ana Gómez;Enviado;Aceptada;119000,50;119000,50');
  });

  it('leaves empty what a document does not have and never lets Excel run a name as a formula', () => {
    expect(lines[2]).toBe(';Cliente;;"\'=HYPERLINK(""x"")";900123456;;Enviado;;;');
  });

  it('writes the net value of a credit note negative, so summing the column gives the net sales', () => {
    expect(lines[3]).toMatch(/;Nota crédito;NC-1-4;.*;19000,00;-19000,00$/);
  });

  it('names the file by the range shown', () => {
    expect(documentsCsvFileName({ from: '2025-03-01', to: '2025-03-14' }, '2025-03-20')).toBe('documentos-2025-03-01-a-2025-03-14.csv');
    expect(documentsCsvFileName({ from: '2025-03-14', to: '2025-03-14' }, '2025-03-20')).toBe('documentos-2025-03-14.csv');
    expect(documentsCsvFileName({ from: '', to: '' }, '2025-03-20')).toBe('documentos-al-2025-03-20.csv');
    expect(documentsCsvFileName({ from: '2025-03-01', to: '' }, '2025-03-20')).toBe('documentos-2025-03-01-a-2025-03-20.csv');
  });
});
