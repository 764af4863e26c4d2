import type {
  CostCenter,
  Customer,
  DocumentType,
  Invoice,
  PaymentType,
  PriceList,
  Product,
  Tax,
  User,
  Warehouse,
} from '../../../src-shared/siigo';

/**
 * A customer of the local mirror. `siigo` is the record exactly as Siigo sent it (unknown fields
 * kept); the other fields are derived from it for indexes and display.
 */
export interface CustomerRow {
  id: string;
  /** As Siigo has it (shown, and sent back in documents). */
  identification: string;
  /** `identifierKey(identification)`: the search index's key (no dots, spaces or hyphens, lower case). */
  identificationKey: string;
  branchOffice: number;
  /** Person: first names + last names; Company: the business name. */
  name: string;
  commercialName: string | null;
  /** Siigo's `active`, true when absent. Inactive rows stay (history needs them) but search skips them. */
  active: boolean;
  /** Normalized words of name and commercial name (lower case, no accents): the search index's words. */
  tokens: string[];
  /** metadata.last_updated, or created when never updated. */
  lastUpdated: string | null;
  siigo: Customer;
}

/** A product of the local mirror; `siigo` is the record as Siigo sent it. */
export interface ProductRow {
  id: string;
  code: string;
  /** `identifierKey(code)`: the search index's key, so search by code ignores case and separators. */
  codeKey: string;
  /** `identifierKey(additional_fields.barcode)`, null when the product has none. */
  barcode: string | null;
  name: string;
  active: boolean;
  /** Normalized words of name, brand and reference: the search index's words. */
  tokens: string[];
  lastUpdated: string | null;
  siigo: Product;
}

export interface CatalogRow<T> {
  id: number;
  active: boolean;
  siigo: T;
}

export type DocumentTypeRow = CatalogRow<DocumentType> & { type: string };
/** One payment type may be offered for several document kinds (cash: FV and RC). */
export type PaymentTypeRow = CatalogRow<PaymentType> & { documentTypes: string[] };
export type TaxRow = CatalogRow<Tax>;
export type UserRow = CatalogRow<User>;
export type WarehouseRow = CatalogRow<Warehouse>;
export type PriceListRow = CatalogRow<PriceList>;
export type CostCenterRow = CatalogRow<CostCenter>;

/** Progress and checkpoint of one mirrored entity (customers, products, each catalog). */
export interface SyncStateRow {
  entity: string;
  /** Where the next incremental pull starts (ISO time), null before the first full pull ends. */
  checkpoint: string | null;
  /** A full pull under way: resumes from `nextPage` after a crash or restart. */
  fullPull: {
    nextPage: number;
    totalResults: number | null;
    done: number;
    startedAt: string;
    /**
     * The table was empty when this pull began, so every stored row came from one of its own
     * earlier pages (older or equal copies): pages overwrite without reading first. Absent in
     * pulls saved before this field existed, which then keep reading first.
     */
    intoEmpty?: boolean;
  } | null;
  lastSuccessAt: string | null;
  lastError: string | null;
}

/** A customer's invoices with balance, as last fetched, for offline collections. */
export interface CustomerAccountRow {
  customerId: string;
  identification: string;
  branchOffice: number;
  /** When the invoices were fetched from Siigo (client clock): shown next to the balance offline. */
  fetchedAt: string;
  invoices: Invoice[];
  /** Sum of the invoices' balances, exact to the cent (Siigo's balances have 2 decimals). */
  totalBalance: number;
}

/**
 * One Siigo invoice as the accounts-receivable view (Cartera › Cuentas por cobrar) keeps it:
 * every invoice listed, paid ones too, so an incremental refresh can tell a paid invoice from
 * one never fetched. Amounts as Siigo gives them (2 decimals).
 */
export interface ReceivableInvoiceRow {
  id: string;
  /** "FV-1-68". */
  name: string;
  number: number | null;
  /** `identification|branch office`: one customer of the view. */
  customerKey: string;
  identification: string;
  branchOffice: number;
  date: string;
  /** The credit instalment's due date; null for an invoice without one (due on its date). */
  dueDate: string | null;
  total: number;
  balance: number;
  lastUpdated: string | null;
}

/** The one row (`id` 'receivables') saying how current the receivables are. */
export interface ReceivablesStateRow {
  id: string;
  /** When the last complete refresh started (client clock): the data are Siigo's as of then. */
  fetchedAt: string | null;
  /** When the last complete full listing started; incremental refreshes follow from it. */
  fullAt: string | null;
  /** What the last complete refresh cost, in requests, and how it was made. */
  lastRequests: number;
  lastMode: 'full' | 'incremental' | null;
  lastError: string | null;
}
