/**
 * Idempotency-Key, as Siigo documents it (00-overview.md "Idempotencia", FIELD-NOTES): only on
 * POST of invoices, credit notes and vouchers (among the endpoints we serve); alphanumeric, at most 30
 * characters, otherwise `invalid_idempotency-key`. The first successful creation with a key is
 * remembered per company and resource; the same key again returns that document, with the first
 * status code, whatever the new body says, and creates nothing. A failed attempt (4xx) records
 * nothing, so a corrected retry with the same key goes through.
 */
import { siigoError } from '../errors';

export const IDEMPOTENT_POSTS: ReadonlySet<string> = new Set(['/v1/invoices', '/v1/credit-notes', '/v1/vouchers']);
const KEY_PATTERN = /^[A-Za-z0-9]{1,30}$/;

export function validateIdempotencyKey(key: string): void {
  if (!KEY_PATTERN.test(key)) {
    throw siigoError(
      400,
      'invalid_idempotency-key',
      'The Idempotency-Key header is invalid, it must be alphanumeric without special characters and up to 30 characters',
      ['Idempotency-Key'],
    );
  }
}

export class IdempotencyLedger {
  private readonly entries = new Map<string, { status: number; id: string }>();

  private static key(company: string, resource: string, key: string): string {
    return `${company}\u0000${resource}\u0000${key}`;
  }

  lookup(company: string, resource: string, key: string): { status: number; id: string } | undefined {
    return this.entries.get(IdempotencyLedger.key(company, resource, key));
  }

  record(company: string, resource: string, key: string, status: number, id: string): void {
    this.entries.set(IdempotencyLedger.key(company, resource, key), { status, id });
  }
}
