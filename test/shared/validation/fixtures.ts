/**
 * Hand-written catalogs for the validation unit tests: a small company mirror with one row per
 * situation (active, inactive, electronic, manual numbering…). Ids echo the sandbox's demo ids
 * for readability only; nothing here is imported from the sandbox.
 */
import {
  type CustomerRow, type DueRow, type InvoiceContext, type QuotationContext, type ValidationResult, type VoucherContext,
  customerLookup, dueLookup, productLookup,
} from '../../../src-shared/validation';

export const TODAY = '2025-03-10';

export const DOC = { fvElectronic: 24446, fvPaper: 24447, quotation: 24448, receipt: 27234, creditNote: 77775, creditNotePaper: 77776, fvInactive: 24449, fvManual: 24450, fvStrict: 24451 } as const;
export const TAX = { iva19: 13156, iva5: 13157, iva0: 13158, inc8: 13159, reteIva15: 13160, reteIca: 13161, ivaInactive: 13162, adValorem: 13170 } as const;
export const PAY = { cash: 5629, debit: 5630, credit: 5636, chequeInactive: 5637 } as const;

export const documentTypes = [
  { id: DOC.fvElectronic, type: 'FV', active: true, electronic_type: 'ElectronicInvoice' },
  { id: DOC.fvPaper, type: 'FV', active: true, electronic_type: 'NoElectronic' },
  { id: DOC.quotation, type: 'C', active: true },
  { id: DOC.receipt, type: 'RC', active: true },
  { id: DOC.creditNote, type: 'NC', active: true, electronic_type: 'ElectronicInvoice' },
  { id: DOC.creditNotePaper, type: 'NC', active: true, electronic_type: 'NoElectronic' },
  { id: DOC.fvInactive, type: 'FV', active: false, electronic_type: 'NoElectronic' },
  // Manual numbering, mandatory cost center, seller per line, advances, no ReteICA.
  { id: DOC.fvManual, type: 'FV', active: true, electronic_type: 'NoElectronic', automatic_number: false },
  { id: DOC.fvStrict, type: 'FV', active: true, electronic_type: 'NoElectronic', cost_center_mandatory: true, seller_by_item: true, advance_payment: true, reteica: false },
];

export const taxes = [
  { id: TAX.iva19, name: 'IVA 19%', type: 'IVA', percentage: 19, active: true },
  { id: TAX.iva5, name: 'IVA 5%', type: 'IVA', percentage: 5, active: true },
  { id: TAX.iva0, name: 'IVA 0%', type: 'IVA', percentage: 0, active: true },
  { id: TAX.inc8, name: 'Impoconsumo 8%', type: 'Impoconsumo', percentage: 8, active: true },
  { id: TAX.reteIva15, name: 'ReteIVA 15%', type: 'ReteIVA', percentage: 15, active: true },
  { id: TAX.reteIca, name: 'ReteICA 0,966%', type: 'ReteICA', percentage: 0.966, active: true },
  { id: TAX.ivaInactive, name: 'IVA 16%', type: 'IVA', percentage: 16, active: false },
  { id: TAX.adValorem, name: 'AdValorem', type: 'AdValorem', percentage: 10, active: true },
];

export const paymentTypes = [
  { id: PAY.cash, name: 'Efectivo', active: true, due_date: false, documents: ['FV', 'NC', 'RC'] as const },
  { id: PAY.debit, name: 'Tarjeta débito', active: true, due_date: false, documents: ['FV', 'RC'] as const },
  { id: PAY.credit, name: 'Crédito', active: true, due_date: true, documents: ['FV', 'NC'] as const },
  { id: PAY.chequeInactive, name: 'Cheque', active: false, due_date: false, documents: ['FV', 'RC'] as const },
];

export const users = [{ id: 629, name: 'Martha', active: true }, { id: 632, name: 'Hernán', active: false }];
export const warehouses = [{ id: 1270, name: 'Bodega principal', active: true }, { id: 1273, name: 'Bodega antigua', active: false }];
export const costCenters = [{ id: 235, name: 'Principal', active: true }, { id: 237, name: 'Sede cerrada', active: false }];

export const products = productLookup([
  { code: 'P00001', name: 'Martillo de uña', active: true, stock_control: true },
  { code: 'SRV-00001', name: 'Domicilio', active: true, stock_control: false },
  { code: 'P00029', name: 'Cemento gris', active: false, stock_control: true },
]);

export const CUSTOMER = { company: '900123456', noContacts: '1036654321', inactive: '43512877' } as const;
const contact = [{ first_name: 'Ana' }];
export const customerRows: CustomerRow[] = [
  { identification: CUSTOMER.company, branch_office: 0, active: true, contacts: contact },
  { identification: CUSTOMER.company, branch_office: 1, active: true, contacts: contact },
  { identification: CUSTOMER.noContacts, branch_office: 0, active: true, contacts: [] },
  { identification: CUSTOMER.inactive, branch_office: 0, active: false, contacts: contact },
];

export const invoiceContext: InvoiceContext = {
  today: TODAY, documentTypes, paymentTypes: paymentTypes, taxes, users, warehouses, costCenters, products,
  customers: customerLookup(customerRows),
};

export const quotationContext: QuotationContext = {
  documentTypes, taxes, users, costCenters, products, customers: customerLookup(customerRows),
};

export const dues: DueRow[] = [
  { prefix: 'FV-1', consecutive: 68, quote: 1, customer: { identification: CUSTOMER.company, branch_office: 0 }, balance: 119000 },
  { prefix: 'FV-1', consecutive: 70, quote: 1, customer: { identification: CUSTOMER.company, branch_office: 0 }, balance: '50000.50' },
  { prefix: 'FV-1', consecutive: 71, quote: 1, customer: { identification: CUSTOMER.noContacts, branch_office: 0 }, balance: 1000 },
];

export const voucherContext: VoucherContext = {
  documentTypes, paymentTypes, costCenters, customers: customerLookup(customerRows), dues: dueLookup(dues),
};

/** The documented example line: 10 × 100 − 50 with IVA 19% = 1130.50. */
export function invoice(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    document: { id: DOC.fvPaper },
    date: TODAY,
    customer: { identification: CUSTOMER.company, branch_office: 0 },
    seller: 629,
    items: [{ code: 'P00001', quantity: 10, price: 100, discount: 50, taxes: [{ id: TAX.iva19 }] }],
    payments: [{ id: PAY.cash, value: 1130.5 }],
    ...overrides,
  };
}

export function issuesOf(result: ValidationResult) {
  return result.ok ? [] : result.issues;
}

export function codesOf(result: ValidationResult): string[] {
  return issuesOf(result).map((i) => i.code);
}

/** The single issue the result must hold. */
export function onlyIssue(result: ValidationResult) {
  const issues = issuesOf(result);
  if (issues.length !== 1) throw new Error(`expected exactly one issue, got ${JSON.stringify(issues, null, 1)}`);
  return issues[0] as (typeof issues)[number];
}
