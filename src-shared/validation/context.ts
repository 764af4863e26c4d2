/**
 * What the validators need to know about the company, as plain data: the rows of the app's local
 * mirror of Siigo's catalogs. Field names follow Siigo's JSON so mirror rows (Siigo's shapes) can
 * be passed as they are; `active: null/undefined` counts as active, as Siigo omits it on
 * records that were never deactivated. Products and customers can be many, so they are looked up
 * by key; the caller fetches the few a draft references and builds the lookup (see `lookupBy`).
 */
import type { Amount } from '../money/invoice-totals';

/** Document kinds as `/v1/document-types?type=` names them. */
export type DocumentKind = 'FV' | 'C' | 'RC' | 'NC';
/** Kinds that carry payments (`/v1/payment-types?document_type=`). */
export type PaymentDocumentKind = 'FV' | 'RC' | 'NC';

export interface DocumentTypeRow {
  id: number;
  /** FV, C, RC, NC… */
  type?: string | null;
  active?: boolean | null;
  /** 'NoElectronic' for paper/POS documents; anything else is sent to the DIAN. */
  electronic_type?: string | null;
  cost_center_mandatory?: boolean | null;
  /** false: the document's `number` must be sent. */
  automatic_number?: boolean | null;
  /** 'Percentage' or 'Value': how `items[].discount` is read. */
  discount_type?: string | null;
  seller_by_item?: boolean | null;
  advance_payment?: boolean | null;
  /** false: the document type does not take that withholding (`invalid_retentions`). */
  reteiva?: boolean | null;
  reteica?: boolean | null;
}

export interface PaymentTypeRow {
  id: number;
  name: string;
  active?: boolean | null;
  /** Payments of this type are credit: they need a due date and must be the only payment. */
  due_date?: boolean | null;
  /** The document kinds whose `/payment-types?document_type=` list offers it. */
  documents: readonly PaymentDocumentKind[];
}

export interface TaxRow {
  id: number;
  name: string;
  /** IVA, Impoconsumo, AdValorem, ReteIVA, ReteICA, Autorretencion, Retefuente. */
  type: string;
  percentage: Amount;
  active?: boolean | null;
}

export interface CatalogRow {
  id: number;
  name?: string | null;
  active?: boolean | null;
}

export interface ProductRow {
  code: string;
  name?: string | null;
  active?: boolean | null;
  /** Only products with inventory control may name a warehouse (`product_settings`). */
  stock_control?: boolean | null;
}

export interface CustomerRow {
  identification: string;
  branch_office?: number | null;
  active?: boolean | null;
  /** Invoices and quotations for a customer without contacts fail (`customer_settings`). */
  contacts?: readonly unknown[] | null;
}

/** An invoice instalment (cuota) a receipt can pay, with what is still owed on it. */
export interface DueRow {
  prefix: string;
  consecutive: number;
  quote: number;
  /** The invoice's customer: a receipt pays only its own customer's dues. */
  customer: { identification: string; branch_office?: number | null };
  balance: Amount;
}

export type ProductLookup = (code: string) => ProductRow | undefined;
export type CustomerLookup = (identification: string, branchOffice: number) => CustomerRow | undefined;
export type DueLookup = (due: { prefix: string; consecutive: number; quote: number }) => DueRow | undefined;
/** Whether a city exists: DANE codes for Colombia. */
export type CityLookup = (city: { country_code: string; state_code: string; city_code: string }) => boolean;

export const isActive = (row: { active?: boolean | null }): boolean => row.active !== false;

/** A lookup over rows already in memory (tests, small mirrors). */
export function lookupBy<Row, Key extends unknown[]>(rows: readonly Row[], keyOfRow: (row: Row) => string, keyOfArgs: (...args: Key) => string): (...args: Key) => Row | undefined {
  const index = new Map(rows.map((row) => [keyOfRow(row), row]));
  return (...args: Key) => index.get(keyOfArgs(...args));
}

export const productLookup = (rows: readonly ProductRow[]): ProductLookup =>
  lookupBy(rows, (p) => p.code, (code: string) => code);

export const customerLookup = (rows: readonly CustomerRow[]): CustomerLookup =>
  lookupBy(rows, (c) => `${c.identification}|${c.branch_office ?? 0}`, (identification: string, branch: number) => `${identification}|${branch}`);

export const dueLookup = (rows: readonly DueRow[]): DueLookup =>
  lookupBy(rows, (d) => `${d.prefix}|${d.consecutive}|${d.quote}`, (d: { prefix: string; consecutive: number; quote: number }) => `${d.prefix}|${d.consecutive}|${d.quote}`);
