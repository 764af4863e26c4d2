import { siigoDateFilterSchema } from '../../src-shared/ipc/queries';
import { InvalidInputError } from './errors';

/** A filter date: a Date (sent as UTC `yyyy-MM-ddTHH:mm:ssZ`) or a string already in Siigo's format. */
export type DateFilter = Date | string;

export interface PageQuery {
  /** 1-based. */
  page?: number;
  /** 1–100 (100 is the largest size every known client relies on). */
  page_size?: number;
}

export interface CreatedRange {
  created_start?: DateFilter;
  created_end?: DateFilter;
}
export interface UpdatedRange {
  updated_start?: DateFilter;
  updated_end?: DateFilter;
}

export interface CustomerFilters extends CreatedRange, UpdatedRange {
  identification?: string;
  branch_office?: number;
}
export interface ProductFilters extends CreatedRange, UpdatedRange {
  code?: string;
}
export interface InvoiceFilters extends CreatedRange, UpdatedRange {
  /** e.g. `FV-1-457`. */
  name?: string;
  customer_identification?: string;
  customer_branch_office?: number;
  document_id?: number | string;
  date_start?: DateFilter;
  date_end?: DateFilter;
}
export interface QuotationFilters extends CreatedRange {
  name?: string;
  customer_identification?: string;
  customer_branch_office?: number;
}
export interface VoucherFilters extends CreatedRange, UpdatedRange {}
/** Siigo documents only the created and updated ranges for credit notes. */
export interface CreditNoteFilters extends CreatedRange, UpdatedRange {}

export const maxPageSize = 100;

const dateKeys = new Set([
  'created_start',
  'created_end',
  'updated_start',
  'updated_end',
  'date_start',
  'date_end',
]);

/** `2024-05-01T13:04:05Z`: UTC, no milliseconds (Siigo's documented datetime format). */
export function formatSiigoDateTime(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new InvalidInputError('A date filter is an invalid Date; nothing was sent.');
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Turns filters into query parameters, validating before anything is sent: dates in Siigo's
 * formats, page >= 1, page_size 1–100. Undefined values are left out; keys keep a stable order.
 */
export function buildQuery(filters: object | undefined): URLSearchParams {
  const query = new URLSearchParams();
  if (!filters) return query;
  for (const [key, value] of Object.entries(filters as Record<string, unknown>)) {
    if (value === undefined || value === null) continue;
    query.set(key, formatValue(key, value));
  }
  return query;
}

function formatValue(key: string, value: unknown): string {
  if (dateKeys.has(key)) {
    if (value instanceof Date) return formatSiigoDateTime(value);
    if (typeof value === 'string' && siigoDateFilterSchema.safeParse(value).success && !Number.isNaN(Date.parse(value))) return value;
    throw new InvalidInputError(`The filter ${key} must be a Date, 'yyyy-MM-dd' or 'yyyy-MM-ddTHH:mm:ssZ'; nothing was sent.`);
  }
  if (key === 'page' || key === 'page_size') {
    const max = key === 'page_size' ? maxPageSize : Number.MAX_SAFE_INTEGER;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) {
      throw new InvalidInputError(`The ${key} must be an integer from 1${key === 'page_size' ? ' to 100' : ''}; nothing was sent.`);
    }
    return String(value);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new InvalidInputError(`The filter ${key} is not a finite number; nothing was sent.`);
    return String(value);
  }
  if (typeof value === 'string') {
    if (value.trim() === '') throw new InvalidInputError(`The filter ${key} is empty; nothing was sent.`);
    return value;
  }
  throw new InvalidInputError(`The filter ${key} has an unsupported type; nothing was sent.`);
}
