import { describe, expect, it } from 'vitest';
import { quotationFileName, quotationPrint } from '../../../src-renderer/screens/cotizaciones/quotation-print-model';

const taxes = [
  { id: 1, active: true, siigo: { id: 1, name: 'IVA 19%', type: 'IVA', percentage: 19 } },
  { id: 2, active: true, siigo: { id: 2, name: 'Impoconsumo', type: 'Impoconsumo', percentage: 8 } },
];
const issuer = { name: 'Ferretería El Tornillo', nit: '900123456', address: 'Cra 15 # 93-47', phone: '601 555 1234', resolution: '' };

describe('the printed quotation', () => {
  it('has the shop’s header, the customer, validity, lines, taxes by rate and Siigo’s totals', () => {
    const model = quotationPrint({
      quotation: { siigo: { id: 's', name: 'C-1-23', number: 23, prefix: 'C' }, createdAt: '2026-03-14T20:00:00.000Z' },
      body: {
        date: '2026-03-14',
        customer: { identification: '900555111', branch_office: 0 },
        observations: 'Entrega en obra',
        items: [
          { code: 'A', description: 'Cemento', quantity: 2, price: 10000, taxes: [{ id: 1 }] },
          { code: 'B', description: 'Gaseosa', quantity: 1.5, price: 2000, discount: 500, taxes: [{ id: 1 }, { id: 2 }] },
          { code: 'C', description: 'Arena', quantity: 1, price: 5000, taxes: [] },
        ],
      },
      summary: { customerName: 'Constructora Andina' },
      validUntil: '2026-04-13',
      sellerName: 'Marta Gómez',
      taxes,
      issuer,
      discountKind: 'value',
    });
    expect(model.issuer).toEqual({ name: 'Ferretería El Tornillo', lines: ['NIT 900.123.456-8', 'Cra 15 # 93-47', 'Tel. 601 555 1234'] });
    expect(model).toMatchObject({ number: 'C-1-23', date: '14/03/2026', validUntil: '13/04/2026', seller: 'Marta Gómez', notes: 'Entrega en obra' });
    expect(model.customer).toEqual({ name: 'Constructora Andina', identification: '900555111' });
    expect(model.lines.map((l) => [l.code, l.quantity, l.price, l.discount, l.taxes, l.total])).toEqual([
      ['A', '2', '$ 10.000', null, 'IVA 19%', '$ 23.800'],
      ['B', '1,5', '$ 2.000', '$ 500', 'IVA 19%, Impoconsumo 8%', '$ 3.175'],
      ['C', '1', '$ 5.000', null, '', '$ 5.000'],
    ]);
    expect(model.discounts).toBe(true);
    // Bases after discounts: 20.000 + 2.500 + 5.000; IVA on 22.500, Impoconsumo on 2.500.
    expect(model.subtotal).toBe('$ 27.500');
    expect(model.taxes).toEqual([
      { name: 'IVA 19%', base: '$ 22.500', value: '$ 4.275' },
      { name: 'Impoconsumo 8%', base: '$ 2.500', value: '$ 200' },
    ]);
    expect(model.total).toBe('$ 31.975');
  });

  it('reads a discount as a percentage when the quotation type discounts by percentage, as the editor does', () => {
    const model = quotationPrint({
      quotation: { siigo: null, createdAt: '2026-03-14T20:00:00.000Z' },
      body: { date: '2026-03-14', items: [{ code: 'A', description: 'Cemento', quantity: 2, price: 10000, discount: 10, taxes: [{ id: 1 }] }] },
      summary: {},
      validUntil: '',
      sellerName: null,
      taxes,
      issuer,
      discountKind: 'percentage',
    });
    // 10% of 20.000 off: base 18.000, IVA 3.420 (read as pesos it would be $ 10 off).
    expect(model.lines[0]).toMatchObject({ discount: '10%', total: '$ 21.420' });
    expect(model.discount).toBe('$ 2.000');
    expect(model.total).toBe('$ 21.420');
  });

  it('says where the header comes from while Ajustes has none, and that the number is pending', () => {
    const model = quotationPrint({ quotation: { siigo: null, createdAt: '2026-03-14T20:00:00.000Z' }, body: { items: [] }, summary: {}, validUntil: '', sellerName: null, taxes, issuer: { name: '', nit: '', address: '', phone: '', resolution: '' }, discountKind: 'value' });
    expect(model.issuer).toEqual({ name: 'Nombre del negocio (escríbalo en Ajustes › Recibo)', lines: [] });
    expect(model.number).toBeNull();
    expect(model.validUntil).toBeNull();
  });

  it('is saved under a plain file name', () => {
    expect(quotationFileName('C-1-23', 'Ferretería Ñandú & Cía.')).toBe('Cotizacion C-1-23 Ferreteria Nandu Cia..pdf');
    expect(quotationFileName(null, null)).toBe('Cotizacion sin numero.pdf');
  });
});
