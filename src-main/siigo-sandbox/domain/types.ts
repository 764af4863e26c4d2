/**
 * Shapes the sandbox stores and serves. Records are kept in Siigo's response shape (field names
 * and nesting as in 01-data-structures.md and the real samples) so serving one is a plain
 * JSON.stringify; state that Siigo does not expose lives in separate `Internal` fields.
 */
import type { CityRef } from '../seed/colombia';

export interface Metadata {
  created: string;
  /** null until the entity is changed after creation (as in the real create responses). */
  last_updated: string | null;
}

export interface Tax {
  id: number;
  name: string;
  type: 'IVA' | 'Retefuente' | 'ReteIVA' | 'ReteICA' | 'Impoconsumo' | 'AdValorem' | 'Autorretencion';
  percentage: number;
  active: boolean;
}

export interface DocumentType {
  id: number;
  code: string;
  name: string;
  description: string;
  type: 'FV' | 'C' | 'RC' | 'NC';
  active: boolean;
  seller_by_item: boolean;
  cost_center: boolean;
  cost_center_mandatory: boolean;
  automatic_number: boolean;
  consecutive: number;
  discount_type: 'Percentage' | 'Value';
  decimals: boolean;
  advance_payment: boolean;
  reteiva: boolean;
  reteica: boolean;
  self_withholding: boolean;
  self_withholding_limit: number;
  electronic_type: 'NoElectronic' | 'Electronicvoice' | 'ContingencyInvoice' | 'ExportInvoice';
  cargo_transportation: boolean;
  healthcare_company: boolean;
  customer_by_item: boolean;
}

export interface PaymentType {
  id: number;
  name: string;
  type: 'Cartera' | 'Proveedor' | 'CarteraProveedor';
  active: boolean;
  due_date: boolean;
}

export interface User {
  id: number;
  username: string;
  first_name: string;
  last_name: string;
  email: string;
  active: boolean;
  identification: string;
}

export interface Warehouse {
  id: number;
  name: string;
  active: boolean;
  has_movements: boolean;
}

export interface PriceList {
  id: number;
  name: string;
  active: boolean;
  position: number;
}

export interface CostCenter {
  id: number;
  code: string;
  name: string;
  active: boolean;
}

export interface Catalogs {
  taxes: Tax[];
  documentTypes: DocumentType[];
  paymentTypes: PaymentType[];
  /** Which payment type ids each document type (FV, NC, RC) offers. */
  paymentTypesByDocument: Record<'FV' | 'NC' | 'RC', number[]>;
  users: User[];
  warehouses: Warehouse[];
  priceLists: PriceList[];
  costCenters: CostCenter[];
  accountGroups: Array<{ id: number; name: string; active: boolean }>;
}

export interface Phone {
  indicative?: string;
  number: string;
  extension?: string;
}

export interface Contact {
  first_name: string;
  last_name?: string;
  email?: string;
  phone?: Phone;
}

export interface Customer {
  id: string;
  type: 'Customer' | 'Supplier' | 'Other';
  person_type: 'Person' | 'Company';
  id_type: { code: string; name: string };
  identification: string;
  check_digit?: string;
  name: string[];
  commercial_name: string;
  branch_office: number;
  active: boolean;
  vat_responsible: boolean;
  fiscal_responsibilities: Array<{ code: string; name: string }>;
  address: { address: string; city: CityRef; postal_code?: string };
  phones: Phone[];
  contacts: Contact[];
  comments: string;
  related_users?: { seller_id?: number; collector_id?: number };
  metadata: Metadata;
}

export interface ProductTax {
  id: number;
  name: string;
  type: Tax['type'];
  percentage: number;
}

export interface Product {
  id: string;
  code: string;
  name: string;
  account_group: { id: number; name: string };
  type: 'Product' | 'Service' | 'ConsumerGood';
  stock_control: boolean;
  active: boolean;
  tax_classification: 'Taxed' | 'Exempt' | 'Excluded';
  tax_included: boolean;
  tax_consumption_value: number;
  taxes: ProductTax[];
  prices: Array<{ currency_code: string; price_list: Array<{ position: number; name: string; value: number }> }>;
  unit: { code: string; name: string };
  unit_label: string;
  reference: string;
  description: string;
  additional_fields: { barcode: string; brand: string; tariff: string; model: string };
  available_quantity: number;
  warehouses: Array<{ id: number; name: string; quantity: number }>;
  metadata: Metadata;
}

export interface DocumentItemOut {
  id: string;
  code: string;
  quantity: number;
  /** The unit price without taxes; with `taxed_price`, the unit base Siigo derived from it. */
  price: number;
  /** Echoed when the line was priced with its taxes included. */
  taxed_price?: number;
  description: string;
  discount?: { percentage: number; value: number };
  taxes: Array<{ id: number; name: string; type: Tax['type']; percentage: number; value: number }>;
  warehouse?: { id: number; name: string };
  total: number;
}

export interface InvoicePaymentOut {
  id: number;
  name: string;
  value: number;
  due_date?: string;
}

export interface Invoice {
  id: string;
  document: { id: number };
  prefix: string;
  number: number;
  name: string;
  date: string;
  customer: { id: string; identification: string; branch_office: number };
  cost_center?: number;
  seller: number;
  retentions?: Array<{ id: number; name: string; type: Tax['type']; percentage: number; value: number }>;
  total: number;
  balance: number;
  observations: string;
  items: DocumentItemOut[];
  payments: InvoicePaymentOut[];
  stamp: { status: StampStatus; cufe?: string; observations: string; errors: string };
  mail: { status: string; observations: string };
  public_url: string;
  metadata: Metadata;
}

/** CreditNoteOut (01-data-structures.md): a return or credit against an invoice. */
export interface CreditNote {
  id: string;
  document: { id: number };
  number: number;
  name: string;
  date: string;
  invoice: { id: string; name: string };
  customer: { id: string; identification: string; branch_office: number };
  cost_center?: number;
  seller: number;
  retentions?: Array<{ id: number; name: string; type: Tax['type']; percentage: number; value: number }>;
  total: number;
  observations: string;
  /** DIAN reason code (08-notas-credito.md table); absent on paper notes sent without one. */
  reason?: number;
  items: DocumentItemOut[];
  payments: InvoicePaymentOut[];
  /** The DIAN code of a credit note is `cude`, not `cufe` (StampOutDianNC). */
  stamp: { status: StampStatus; cude?: string; observations: string; errors: string };
  mail: { status: string; observations: string };
  metadata: Metadata;
}

export type StampStatus = 'Draft' | 'Accepted' | 'Rejected';

/** The DIAN lifecycle of an electronic document (domain/stamp.ts), never served. */
export interface StampLifecycle {
  createdMs: number;
  electronic: boolean;
  stampRequested: boolean;
  mailRequested: boolean;
  /** Decided once, the first time the document is read after the stamp delay. */
  stampOutcome?: { accepted: boolean; errors: Array<{ code?: string; message: string }> };
}

/** Stock an invoice took out, per line, so that a credit note can put it back where it came from. */
export interface StockOut {
  productId: string;
  warehouseId: number;
  /** Exact decimal text. */
  quantity: string;
  /** Already put back by credit notes, exact decimal text. */
  returned: string;
}

/** What the sandbox knows about an invoice beyond its JSON (never served). */
export interface InvoiceInternal extends StampLifecycle {
  /** The invoice's balance in exact decimal text, for balance arithmetic. */
  balanceText: string;
  stockOut: StockOut[];
}

export interface Quotation {
  id: string;
  document: { id: number };
  number: number;
  name: string;
  date: string;
  customer: { id: string; identification: string; branch_office: number };
  cost_center?: number;
  seller: number;
  total: number;
  observations: string;
  items: DocumentItemOut[];
  public_url: string;
  metadata: Metadata;
}

export interface Voucher {
  id: string;
  document: { id: number };
  number: number;
  name: string;
  date: string;
  type: 'DebtPayment' | 'AdvancePayment' | 'Detailed';
  customer: { id: string; identification: string; branch_office: number };
  cost_center?: number;
  items: Array<{ due?: { prefix: string; consecutive: number; quote: number; date?: string }; value: number; [k: string]: unknown }>;
  payment?: { id: number; name: string; value: number };
  balance: number;
  observations: string;
  metadata: Metadata;
}
