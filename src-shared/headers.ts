import { z } from 'zod';

/**
 * Siigo's `Partner-Id` header: 3–100 strictly alphanumeric characters (a hyphen or a space gets
 * 400 invalid_partner_id, see FIELD-NOTES.md). Checked before anything is sent.
 */
export const partnerIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9]{3,100}$/, 'Partner-Id must be 3 to 100 letters or digits, without spaces or symbols');

/**
 * Siigo's `Idempotency-Key` header: alphanumeric, at most 30 characters (the error-code page says
 * 32; the live service rejects above 30). A ULID (26 characters) fits; a UUID does not.
 */
export const idempotencyKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9]{1,30}$/, 'Idempotency-Key must be 1 to 30 letters or digits');
