/**
 * The demo company's configuration catalogs: taxes, document types, payment types, sellers,
 * warehouses, price lists and cost centers. Fixed ids (modelled on the Blueprint's examples) so
 * tests and demo fixtures can name them; see `DEMO_IDS`.
 */
import type { Catalogs, DocumentType } from '../domain/types';

export const DEMO_IDS = {
  taxes: { iva19: 13156, iva5: 13157, iva0: 13158, impoconsumo8: 13159, reteIva15: 13160, reteIca: 13161, ivaInactive: 13162 },
  documentTypes: { fvElectronic: 24446, fvPaper: 24447, quotation: 24448, receipt: 27234, creditNote: 77775, creditNotePaper: 77776 },
  paymentTypes: { cash: 5629, debitCard: 5630, creditCard: 5631, transfer: 5632, credit: 5636, chequeInactive: 5637 },
  users: { main: 629, second: 630, third: 631, inactive: 632 },
  warehouses: { main: 1270, downtown: 1271, north: 1272, inactive: 1273 },
  costCenters: { main: 235, counter: 236, inactive: 237 },
  accountGroups: { products: 1253, services: 1254 },
  /** Identification of the generic final consumer, always the last seeded customer (seed/consumidor-final.ts). */
  consumidorFinal: '222222222222',
  /**
   * Fixed products at the end of every store of at least 7 products (seed/shelf-products.ts).
   * `price` is the list price; with `taxIncluded` it is the shelf price with its taxes in it.
   */
  shelfProducts: {
    iva19At10000: { code: 'MS-001', barcode: '7710000001015', price: 10000, taxIncluded: true },
    iva19At4500: { code: 'MS-002', barcode: '7710000001022', price: 4500, taxIncluded: true },
    iva5At12500: { code: 'MS-003', barcode: '7710000001039', price: 12500, taxIncluded: true },
    impoconsumo8At2500: { code: 'MS-004', barcode: '7710000001046', price: 2500, taxIncluded: true },
    iva19Impoconsumo8At3800: { code: 'MS-005', barcode: '7710000001053', price: 3800, taxIncluded: true },
    excludedAt18000: { code: 'MS-006', barcode: '7710000001060', price: 18000, taxIncluded: true },
    iva19PlusAt25000: { code: 'MS-007', barcode: '7710000001077', price: 25000, taxIncluded: false },
  },
} as const;

function documentType(partial: Partial<DocumentType> & Pick<DocumentType, 'id' | 'code' | 'name' | 'type'>): DocumentType {
  return {
    description: partial.name,
    active: true,
    seller_by_item: false,
    cost_center: true,
    cost_center_mandatory: false,
    automatic_number: true,
    consecutive: 1,
    discount_type: 'Value',
    decimals: true,
    advance_payment: false,
    reteiva: true,
    reteica: true,
    self_withholding: false,
    self_withholding_limit: 0,
    electronic_type: 'NoElectronic',
    cargo_transportation: false,
    healthcare_company: false,
    customer_by_item: false,
    ...partial,
  };
}

export function buildCatalogs(): Catalogs {
  const t = DEMO_IDS.taxes;
  const d = DEMO_IDS.documentTypes;
  const p = DEMO_IDS.paymentTypes;
  const u = DEMO_IDS.users;
  const w = DEMO_IDS.warehouses;
  const c = DEMO_IDS.costCenters;
  return {
    taxes: [
      { id: t.iva19, name: 'IVA 19%', type: 'IVA', percentage: 19, active: true },
      { id: t.iva5, name: 'IVA 5%', type: 'IVA', percentage: 5, active: true },
      { id: t.iva0, name: 'IVA 0% (exento)', type: 'IVA', percentage: 0, active: true },
      { id: t.impoconsumo8, name: 'Impoconsumo 8%', type: 'Impoconsumo', percentage: 8, active: true },
      { id: t.reteIva15, name: 'ReteIVA 15%', type: 'ReteIVA', percentage: 15, active: true },
      { id: t.reteIca, name: 'ReteICA 0,966%', type: 'ReteICA', percentage: 0.966, active: true },
      { id: t.ivaInactive, name: 'IVA 16% (anterior)', type: 'IVA', percentage: 16, active: false },
    ],
    documentTypes: [
      documentType({ id: d.fvElectronic, code: '1', name: 'Factura electrónica de venta', type: 'FV', electronic_type: 'Electronicvoice', consecutive: 1 }),
      documentType({ id: d.fvPaper, code: '2', name: 'Factura de venta POS', type: 'FV', consecutive: 1 }),
      documentType({ id: d.quotation, code: '1', name: 'Cotización', type: 'C' }),
      documentType({ id: d.receipt, code: '1', name: 'Recibo de caja', type: 'RC' }),
      documentType({ id: d.creditNote, code: '1', name: 'Nota crédito', type: 'NC', electronic_type: 'Electronicvoice' }),
      // Notes to paper (POS) invoices: a note must have its invoice's electronic_type.
      documentType({ id: d.creditNotePaper, code: '2', name: 'Nota crédito POS', type: 'NC' }),
    ],
    paymentTypes: [
      { id: p.cash, name: 'Efectivo', type: 'Cartera', active: true, due_date: false },
      { id: p.debitCard, name: 'Tarjeta débito', type: 'Cartera', active: true, due_date: false },
      { id: p.creditCard, name: 'Tarjeta crédito', type: 'Cartera', active: true, due_date: false },
      { id: p.transfer, name: 'Transferencia', type: 'Cartera', active: true, due_date: false },
      { id: p.credit, name: 'Crédito', type: 'Cartera', active: true, due_date: true },
      { id: p.chequeInactive, name: 'Cheque', type: 'Cartera', active: false, due_date: false },
    ],
    paymentTypesByDocument: {
      FV: [p.cash, p.debitCard, p.creditCard, p.transfer, p.credit, p.chequeInactive],
      // Cash and transfer are refunds; Crédito (due_date) is a balance in the customer's favour.
      NC: [p.cash, p.transfer, p.credit],
      // A receipt records money coming in: payment types with a due date make no sense there.
      RC: [p.cash, p.debitCard, p.creditCard, p.transfer, p.chequeInactive],
    },
    users: [
      { id: u.main, username: 'gerencia@ferreteriaelprogreso.co', first_name: 'Martha Lucía', last_name: 'Restrepo Gómez', email: 'gerencia@ferreteriaelprogreso.co', active: true, identification: '43512877' },
      { id: u.second, username: 'ventas1@ferreteriaelprogreso.co', first_name: 'Juan Camilo', last_name: 'Ospina Ruiz', email: 'ventas1@ferreteriaelprogreso.co', active: true, identification: '1036654321' },
      { id: u.third, username: 'ventas2@ferreteriaelprogreso.co', first_name: 'Yésica', last_name: 'Muñoz Peña', email: 'ventas2@ferreteriaelprogreso.co', active: true, identification: '1017223344' },
      { id: u.inactive, username: 'exvendedor@ferreteriaelprogreso.co', first_name: 'Hernán', last_name: 'Zapata', email: 'exvendedor@ferreteriaelprogreso.co', active: false, identification: '71654987' },
    ],
    warehouses: [
      { id: w.main, name: 'Bodega principal', active: true, has_movements: true },
      { id: w.downtown, name: 'Punto de venta Centro', active: true, has_movements: true },
      { id: w.north, name: 'Bodega Norte', active: true, has_movements: true },
      { id: w.inactive, name: 'Bodega antigua', active: false, has_movements: false },
    ],
    priceLists: [
      { id: 2766, name: 'Precio de venta 1', active: true, position: 1 },
      { id: 2767, name: 'Mayorista', active: true, position: 2 },
      { id: 2768, name: 'Distribuidor', active: true, position: 3 },
    ],
    costCenters: [
      { id: c.main, code: '1-1', name: 'Principal', active: true },
      { id: c.counter, code: '1-2', name: 'Ventas mostrador', active: true },
      { id: c.inactive, code: '1-3', name: 'Sede cerrada', active: false },
    ],
    accountGroups: [
      { id: DEMO_IDS.accountGroups.products, name: 'Productos', active: true },
      { id: DEMO_IDS.accountGroups.services, name: 'Servicios', active: true },
    ],
  };
}
