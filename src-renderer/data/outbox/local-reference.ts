import type { DocumentRow } from './rows';

/**
 * The short reference a provisional receipt prints before Siigo numbers the sale: the end of the
 * local id (a ULID, unique on this PC). A buyer returning with that receipt is found by it.
 */
export const localReference = (document: Pick<DocumentRow, 'id'>): string => document.id.slice(-8).toUpperCase();
